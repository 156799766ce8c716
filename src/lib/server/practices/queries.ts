import { and, arrayContains, asc, count, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { cycles, dialogues, events } from '../dialogues/schema';
import { gcmGuidingPrinciples, gcmObjectives, iomRegions, managementAreas, migrationCycleStages, states } from '../reference/schema';
import { evidenceFacts, practiceEvidence, practices } from './schema';
import type { LocalizedText } from '$lib/i18n';

const published = eq(practices.publicationStatus, 'published');

/** A published practice by its permanent address, with the event it was presented at and its evidence. */
export async function getPublished(db: Db, slug: string) {
	const [practice] = await db
		.select()
		.from(practices)
		.where(and(eq(practices.slug, slug), published));
	if (!practice) return null;
	const [event] = practice.sourceEventId
		? await db
				.select({
					id: events.id,
					titles: events.titles,
					startDate: events.startDate,
					city: events.city,
					year: cycles.year,
					dialogue: dialogues.acronym
				})
				.from(events)
				.innerJoin(cycles, eq(cycles.id, events.cycleId))
				.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
				.where(eq(events.id, practice.sourceEventId))
		: [];
	const { search: _document, ...factColumns } = getTableColumns(evidenceFacts);
	const evidence = await db
		.select({ fact: factColumns })
		.from(practiceEvidence)
		.innerJoin(evidenceFacts, eq(evidenceFacts.id, practiceEvidence.factId))
		.where(eq(practiceEvidence.practiceId, practice.id))
		.orderBy(asc(evidenceFacts.year));
	return { practice, event: event ?? null, evidence: evidence.map((e) => e.fact) };
}

/** By the permanent id (the API), published only. */
export async function getPublishedById(db: Db, id: string) {
	const [row] = await db
		.select({ slug: practices.slug })
		.from(practices)
		.where(and(eq(practices.id, id), published));
	return row ? getPublished(db, row.slug) : null;
}

export type PracticeTag = { kind: 'gcm'; value: number } | { kind: 'area' | 'country'; value: string };

function tagCondition<T extends typeof practices | typeof evidenceFacts>(table: T, tag: PracticeTag): SQL {
	if (tag.kind === 'gcm') return arrayContains(table.gcmObjectives, [tag.value]);
	if (tag.kind === 'area') return arrayContains(table.areas, [tag.value]);
	return arrayContains(table.countries, [tag.value]);
}

/** Practices per page of a tag's page (an objective can hold tens of thousands: never all at once). */
export const HOLDINGS_PAGE_SIZE = 50;
/** Facts a tag's page shows; the rest are a link to the API. */
export const HOLDINGS_EVIDENCE_SHOWN = 50;

/** The fields of a fact that pages show (not the search document). */
const factFields = {
	id: evidenceFacts.id,
	statements: evidenceFacts.statements,
	value: evidenceFacts.value,
	unit: evidenceFacts.unit,
	year: evidenceFacts.year,
	source: evidenceFacts.source,
	sourceUrl: evidenceFacts.sourceUrl
};

/**
 * What the platform holds for one GCM objective, management area or country: one page of its
 * practices (newest first, as the search sorts them), how many there are, and its first facts.
 */
export async function holdingsFor(db: Db, tag: PracticeTag, page = 1) {
	const where = and(published, tagCondition(practices, tag));
	const [list, [{ total }], evidence] = await Promise.all([
		db
			.select({
				id: practices.id,
				slug: practices.slug,
				titles: practices.titles,
				summaries: practices.summaries,
				periodStart: practices.periodStart,
				countries: practices.countries
			})
			.from(practices)
			.where(where)
			.orderBy(sql`${practices.periodStart} desc nulls last`, asc(sql`${practices.titles}->>'en'`), asc(practices.id))
			.limit(HOLDINGS_PAGE_SIZE)
			.offset((page - 1) * HOLDINGS_PAGE_SIZE),
		db.select({ total: count() }).from(practices).where(where),
		evidenceTagged(db, tag, HOLDINGS_EVIDENCE_SHOWN + 1)
	]);
	return {
		practices: list,
		total: Number(total),
		evidence: evidence.slice(0, HOLDINGS_EVIDENCE_SHOWN),
		moreEvidence: evidence.length > HOLDINGS_EVIDENCE_SHOWN
	};
}

export async function evidenceTagged(db: Db, tag: PracticeTag, limit?: number) {
	const query = db
		.select(factFields)
		.from(evidenceFacts)
		.where(tagCondition(evidenceFacts, tag))
		.orderBy(asc(evidenceFacts.year), asc(evidenceFacts.createdAt), asc(evidenceFacts.id));
	return limit === undefined ? query : query.limit(limit);
}

/** Every fact, for the API. */
export async function listEvidence(db: Db) {
	return db.select().from(evidenceFacts).orderBy(asc(evidenceFacts.year), asc(evidenceFacts.createdAt));
}

/** How many published practices each GCM objective, area and country holds (the index pages). */
export async function tagCounts(db: Db) {
	const result = (await db.execute(sql`
		select 'gcm' as kind, unnest(gcm_objectives)::text as value, count(*)::int as count from practices where publication_status = 'published' group by 2
		union all select 'area', unnest(areas), count(*)::int from practices where publication_status = 'published' group by 2
		union all select 'country', unnest(countries), count(*)::int from practices where publication_status = 'published' group by 2`)) as unknown as {
		rows: { kind: string; value: string; count: number }[];
	};
	const counts = { gcm: new Map<string, number>(), area: new Map<string, number>(), country: new Map<string, number>() };
	for (const r of result.rows) counts[r.kind as keyof typeof counts].set(r.value, Number(r.count));
	return counts;
}

/** The names of everything a practice can be tagged with, to label facets and tags in the reader's language. */
export async function labels(db: Db) {
	const [g, p, st, r, a, s] = await Promise.all([
		db.select({ key: gcmObjectives.number, titles: gcmObjectives.titles }).from(gcmObjectives).orderBy(asc(gcmObjectives.number)),
		db
			.select({ key: gcmGuidingPrinciples.letter, titles: gcmGuidingPrinciples.titles })
			.from(gcmGuidingPrinciples)
			.orderBy(asc(gcmGuidingPrinciples.position)),
		db
			.select({ key: migrationCycleStages.key, titles: migrationCycleStages.titles })
			.from(migrationCycleStages)
			.orderBy(asc(migrationCycleStages.position)),
		db.select({ key: iomRegions.code, titles: iomRegions.names }).from(iomRegions),
		db.select({ key: managementAreas.key, titles: managementAreas.titles }).from(managementAreas).orderBy(asc(managementAreas.position)),
		db.select({ key: states.id, titles: states.names }).from(states)
	]);
	const map = <K extends string | number>(rows: { key: K; titles: LocalizedText }[]) =>
		Object.fromEntries(rows.map((x) => [String(x.key), x.titles])) as Record<string, LocalizedText>;
	return { gcm: map(g), principle: map(p), stage: map(st), region: map(r), area: map(a), country: map(s) };
}
export type Labels = Awaited<ReturnType<typeof labels>>;

/** The practices presented at an event (for the event's page, if it wants them). */
export async function presentedAt(db: Db, eventIds: string[]) {
	if (!eventIds.length) return [];
	return db
		.select({ id: practices.id, slug: practices.slug, titles: practices.titles, sourceEventId: practices.sourceEventId })
		.from(practices)
		.where(and(published, inArray(practices.sourceEventId, eventIds)))
		.orderBy(asc(sql`lower(${practices.titles}->>'en')`));
}

/** What an event contributed to the platform: the published practices presented there and the facts cited there. */
export async function ofEvent(db: Db, eventId: string) {
	const [presented, evidence] = await Promise.all([
		presentedAt(db, [eventId]),
		db
			.select(factFields)
			.from(evidenceFacts)
			.where(eq(evidenceFacts.sourceEventId, eventId))
			.orderBy(asc(evidenceFacts.year), asc(evidenceFacts.createdAt))
	]);
	return { practices: presented, evidence };
}
