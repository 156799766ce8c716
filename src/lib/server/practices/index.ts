/**
 * The knowledge platform (issue 7): good practices and cited evidence, tagged against the GCM and
 * IOM's migration management model, linked to the event where they were presented, searchable in
 * every language (search.ts). Writes are secretariat operations, validated against the reference
 * lists, in one transaction, audited (operations.ts); the public reads published practices only.
 */
export { search, mayBeMisspeltTitle, MARK_START, MARK_END, type SearchResult, type SearchHit, type FacetCount } from './search';
export { importPractices, createPractice, createEvidence, referenceSets, checkTags, slugify, type ImportReport } from './operations';
export {
	getPublished,
	getPublishedById,
	holdingsFor,
	evidenceTagged,
	listEvidence,
	tagCounts,
	labels,
	presentedAt,
	ofEvent,
	type Labels,
	type PracticeTag
} from './queries';
export type Practice = typeof import('./schema').practices.$inferSelect;
export type EvidenceFact = typeof import('./schema').evidenceFacts.$inferSelect;
