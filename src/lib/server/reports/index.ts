/**
 * Outcome reports and their follow-up (issue 8): a report's working copy (sections, items with
 * tags and links, the findings addressing each expected outcome), its review and publication as
 * frozen numbered versions with a generated annex, and the follow-up of its recommendations.
 */
export {
	createReport,
	updateReport,
	addSection,
	updateSection,
	moveSection,
	deleteSection,
	createItem,
	updateItem,
	attachItem,
	detachItem,
	moveItem,
	setOutcomeItems,
	reportRow,
	type Report,
	type Section,
	type Item
} from './working-copy';
export { submitForReview, review, publish, emptySections } from './workflow';
export { buildSnapshot } from './snapshot';
export {
	listStatuses,
	defineStatus,
	removeStatus,
	createAction,
	updateAction,
	addEntry,
	actionsFor,
	type ActionView,
	type FollowUpStatus
} from './follow-up';
export {
	listPublished,
	publishedReport,
	publishedHead,
	followUpOf,
	recommendationsOf,
	type PublishedSummary,
	type PublishedReport,
	type PublishedHead,
	type FollowedRecommendation
} from './queries';
export { reportPdf, printAhead, aheadSettled } from './pdf';
export { reviewQueue, previewPage, previewPdf, type ReviewQueueEntry, type PreviewPage } from './review-view';
export { dialogueRecommendations, managedRecommendation, type ManagedRecommendation, type ListingReport } from './recommendations';
export { followUpView, type FollowUpView, type OwnerOption } from './follow-up-view';
export {
	versionNumber,
	reportPaths,
	published,
	reportPage,
	listing,
	openData,
	openDataLinks,
	type ReportPage,
	type ReportOpenData
} from './public-view';
export {
	listWorkingCopies,
	editorView,
	itemView,
	reportListsItem,
	sectionInReport,
	factOptions,
	practiceIdsOfSlugs,
	attachCandidates,
	ATTACH_LIMIT,
	type ItemSearch,
	type AttachCandidates,
	type WorkingCopySummary,
	type EditorView,
	type EditorSection,
	type ItemLine,
	type ItemView
} from './editor';
