/**
 * What the secretariat's report editor reads (issue 8): every working copy, one working copy whole
 * (sections, their items, the outcomes, reviews, published versions) and one item with its links.
 * Each view is a fixed number of queries whatever the number of sections and items.
 */
import { and, asc, desc, eq, ilike, inArray, notExists, sql, type SQL } from 'drizzle-orm';
import { LANGUAGES, type LocalizedText } from '$lib/i18n';
import type { ItemKind, ItemLevel, ReportStatus, SectionKind } from '$lib/reports/types';
import type { FieldErrors } from '$lib/validation';
import { users } from '../auth/schema';
import type { Db } from '../db/client';
import { likePattern } from '../db/like';
import { cycles, dialogues, events } from '../dialogues/schema';
import { evidenceFacts, practices } from '../practices/schema';
import { isUuid } from '../web/params';
import { notFound } from '../core/errors';
import {
	reportItemFacts,
	reportItemOrganisations,
	reportItemPractices,
	reportItems,
	reportItemStates,
	reportOutcomeItems,
	reportReviews,
	reports,
	reportSectionItems,
	reportSections,
	reportVersions
} from './schema';
import { outcomesOf, readLayout } from './layout';
import { reportRow, type Item } from './working-copy';

export interface WorkingCopySummary {
	id: string;
	slug: string;
	titles: LocalizedText;
	status: ReportStatus;
	publishedVersion: number | null;
	year: number;
	dialogueNames: LocalizedText;
	eventTitles: LocalizedText | null;
}

/** Every report's working copy, newest cycle first. */
export async function listWorkingCopies(db: Db): Promise<WorkingCopySummary[]> {
	return db
		.select({
			id: reports.id,
			slug: reports.slug,
			titles: reports.titles,
			status: reports.status,
			publishedVersion: reports.publishedVersion,
			year: cycles.year,
			dialogueNames: dialogues.names,
			eventTitles: events.titles
		})
		.from(reports)
		.innerJoin(cycles, eq(cycles.id, reports.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, reports.dialogueId))
		.leftJoin(events, eq(events.id, reports.eventId))
		.orderBy(desc(cycles.year), asc(reports.slug));
}

/** An item as a list shows it: enough to recognise it. */
export interface ItemLine {
	id: string;
	kind: ItemKind;
	level: ItemLevel | null;
	headlines: LocalizedText | null;
	texts: LocalizedText;
}

export interface EditorSection {
	id: string;
	kind: SectionKind;
	titles: LocalizedText;
	bodies: LocalizedText | null;
	items: ItemLine[];
}

export interface EditorView {
	report: typeof reports.$inferSelect;
	dialogueNames: LocalizedText;
	year: number;
	event: { id: string; titles: LocalizedText; expectedOutcomes: LocalizedText[] } | null;
	sections: EditorSection[];
	/** Per expected outcome (in the event's order), the ids of the items addressing it. */
	outcomes: { texts: LocalizedText; items: string[] }[];
	/** The items the report lists (in its sections or under an outcome), once each, in reading order. */
	reportItems: ItemLine[];
	reviews: { decision: 'approve' | 'request-changes'; comment: string | null; reviewer: string | null; createdAt: Date }[];
	versions: { number: number; notes: LocalizedText | null; publishedAt: Date }[];
}

const itemLine = {
	id: reportItems.id,
	kind: reportItems.kind,
	level: reportItems.level,
	headlines: reportItems.headlines,
	texts: reportItems.texts
};

/** A report's working copy whole, or 404 (a malformed id too). */
export async function editorView(db: Db, reportId: string): Promise<EditorView> {
	const report = await reportRow(db, reportId);
	const [[owner], layout, [event], reviews, versions] = await Promise.all([
		db
			.select({ year: cycles.year, dialogueNames: dialogues.names })
			.from(cycles)
			.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
			.where(eq(cycles.id, report.cycleId)),
		readLayout(db, reportId),
		report.eventId
			? db
					.select({ id: events.id, titles: events.titles, expectedOutcomes: events.expectedOutcomes })
					.from(events)
					.where(eq(events.id, report.eventId))
			: Promise.resolve([]),
		db
			.select({
				decision: reportReviews.decision,
				comment: reportReviews.comment,
				reviewer: users.displayName,
				createdAt: reportReviews.createdAt
			})
			.from(reportReviews)
			.leftJoin(users, eq(users.id, reportReviews.reviewerId))
			.where(eq(reportReviews.reportId, reportId))
			.orderBy(desc(reportReviews.createdAt)),
		db
			.select({ number: reportVersions.number, notes: reportVersions.notes, publishedAt: reportVersions.publishedAt })
			.from(reportVersions)
			.where(eq(reportVersions.reportId, reportId))
			.orderBy(desc(reportVersions.number))
	]);
	const listedIds = layout.itemIds;
	// Only the items the report lists: the rest of the dialogue's (hundreds, in time) are searched for
	// when a section adds one (attachCandidates), not read on every view of the editor.
	const itemRows = listedIds.length ? await db.select(itemLine).from(reportItems).where(inArray(reportItems.id, listedIds)) : [];
	const byId = new Map(itemRows.map((i) => [i.id, i]));
	return {
		report,
		dialogueNames: owner.dialogueNames,
		year: owner.year,
		event: event ?? null,
		sections: layout.sections.map((s) => ({
			id: s.id,
			kind: s.kind,
			titles: s.titles,
			bodies: s.bodies,
			items: s.itemIds.flatMap((id) => byId.get(id) ?? [])
		})),
		outcomes: outcomesOf(layout, event?.expectedOutcomes ?? []),
		reportItems: listedIds.flatMap((id) => byId.get(id) ?? []),
		reviews,
		versions
	};
}

export interface ItemView {
	item: Item;
	practices: { id: string; slug: string; titles: LocalizedText; publicationStatus: string }[];
	facts: string[];
	states: string[];
	organisations: string[];
}

/** An item with its links (practices with their slug and title, the rest as ids), or 404. */
export async function itemView(db: Db, itemId: string): Promise<ItemView> {
	if (!isUuid(itemId)) throw notFound();
	const [[item], linkedPractices, facts, stateRows, organisationRows] = await Promise.all([
		db.select().from(reportItems).where(eq(reportItems.id, itemId)),
		db
			.select({ id: practices.id, slug: practices.slug, titles: practices.titles, publicationStatus: practices.publicationStatus })
			.from(reportItemPractices)
			.innerJoin(practices, eq(practices.id, reportItemPractices.practiceId))
			.where(eq(reportItemPractices.itemId, itemId))
			.orderBy(asc(practices.slug)),
		db.select({ id: reportItemFacts.factId }).from(reportItemFacts).where(eq(reportItemFacts.itemId, itemId)),
		db
			.select({ id: reportItemStates.stateId })
			.from(reportItemStates)
			.where(eq(reportItemStates.itemId, itemId))
			.orderBy(asc(reportItemStates.stateId)),
		db
			.select({ id: reportItemOrganisations.organisationId })
			.from(reportItemOrganisations)
			.where(eq(reportItemOrganisations.itemId, itemId))
	]);
	if (!item) throw notFound();
	return {
		item,
		practices: linkedPractices,
		facts: facts.map((f) => f.id),
		states: stateRows.map((s) => s.id),
		organisations: organisationRows.map((o) => o.id)
	};
}

/** Whether the report lists the item (in a section or under an outcome): the item page is reached through a report. */
export async function reportListsItem(db: Db, reportId: string, itemId: string): Promise<boolean> {
	if (!isUuid(reportId) || !isUuid(itemId)) return false;
	const [inSection, inOutcome] = await Promise.all([
		db
			.select({ id: reportSectionItems.itemId })
			.from(reportSectionItems)
			.innerJoin(reportSections, eq(reportSections.id, reportSectionItems.sectionId))
			.where(and(eq(reportSections.reportId, reportId), eq(reportSectionItems.itemId, itemId)))
			.limit(1),
		db
			.select({ id: reportOutcomeItems.itemId })
			.from(reportOutcomeItems)
			.where(and(eq(reportOutcomeItems.reportId, reportId), eq(reportOutcomeItems.itemId, itemId)))
			.limit(1)
	]);
	return inSection.length > 0 || inOutcome.length > 0;
}

/** The evidence facts an item may cite (they are few), newest first. */
export async function factOptions(db: Db) {
	return db
		.select({ id: evidenceFacts.id, statements: evidenceFacts.statements, year: evidenceFacts.year, source: evidenceFacts.source })
		.from(evidenceFacts)
		.orderBy(desc(evidenceFacts.year), asc(evidenceFacts.id));
}

/**
 * Practice slugs (as the secretariat types them, one a line) to the ids the item operations take.
 * Only published practices can be linked (a report is public): a slug of a draft is as unknown as
 * a typo, and the message names the first such slug as typed.
 */
export async function practiceIdsOfSlugs(
	db: Db,
	slugs: string[]
): Promise<{ ok: true; ids: string[] } | { ok: false; errors: FieldErrors }> {
	const wanted = [...new Set(slugs.map((s) => s.trim().toLowerCase()).filter(Boolean))];
	if (!wanted.length) return { ok: true, ids: [] };
	const found = await db
		.select({ id: practices.id, slug: practices.slug })
		.from(practices)
		.where(and(inArray(practices.slug, wanted), eq(practices.publicationStatus, 'published')));
	const idOf = new Map(found.map((p) => [p.slug, p.id]));
	const unknown = wanted.find((s) => !idOf.has(s));
	if (unknown) return { ok: false, errors: { practices: { key: 'reports.errors.unknownPractice', params: { value: unknown } } } };
	return { ok: true, ids: wanted.map((s) => idOf.get(s)!) };
}

/** Whether the section is the report's: the editor's forms act on the report in the address, never on another's section. */
export async function sectionInReport(db: Db, reportId: string, sectionId: string): Promise<boolean> {
	if (!isUuid(reportId) || !isUuid(sectionId)) return false;
	const [row] = await db
		.select({ id: reportSections.id })
		.from(reportSections)
		.where(and(eq(reportSections.id, sectionId), eq(reportSections.reportId, reportId)));
	return !!row;
}

/** How many items "add existing" shows at most: past that, the secretariat narrows the search. */
export const ATTACH_LIMIT = 25;

/** What "add existing" searches by: a kind, and words every one of which the headline or text holds, in any language. */
export interface ItemSearch {
	kind?: ItemKind;
	q?: string;
}

export interface AttachCandidates {
	/** The newest matches first, at most the limit. */
	items: ItemLine[];
	/** How many items match in all. */
	total: number;
	limit: number;
}

/** An item's headline and text in every language, as one string to search in (a missing headline or language is skipped). */
const searchableText = sql`concat_ws(' ', ${sql.join(
	LANGUAGES.flatMap((lang) => [
		sql`${reportItems.headlines}->>${sql.raw(`'${lang}'`)}`,
		sql`${reportItems.texts}->>${sql.raw(`'${lang}'`)}`
	]),
	sql`, `
)})`;

/**
 * The items "add existing" offers a section: its dialogue's items the section does not list yet
 * (one listed elsewhere in the report is offered: an item may stand in two sections), of the kind
 * asked for and holding every word typed (case aside, wildcards taken literally), newest first, at
 * most `limit` of them with the number that match in all. One query; null when the section is not
 * the report's, so a crafted address shows nothing of another report.
 */
export async function attachCandidates(
	db: Db,
	reportId: string,
	sectionId: string,
	search: ItemSearch,
	limit = ATTACH_LIMIT
): Promise<AttachCandidates | null> {
	if (!isUuid(reportId) || !isUuid(sectionId)) return null;
	const [owner] = await db
		.select({ dialogueId: reports.dialogueId })
		.from(reportSections)
		.innerJoin(reports, eq(reports.id, reportSections.reportId))
		.where(and(eq(reportSections.id, sectionId), eq(reportSections.reportId, reportId)));
	if (!owner) return null;
	const conditions: SQL[] = [
		eq(reportItems.dialogueId, owner.dialogueId),
		notExists(
			db
				.select({ one: sql`1` })
				.from(reportSectionItems)
				.where(and(eq(reportSectionItems.sectionId, sectionId), eq(reportSectionItems.itemId, reportItems.id)))
		)
	];
	if (search.kind) conditions.push(eq(reportItems.kind, search.kind));
	// A handful of words is a search; more is a paste, and only the first ones count.
	const words = (search.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
	for (const word of words) conditions.push(ilike(searchableText, likePattern(word)));
	const rows = await db
		.select({ ...itemLine, total: sql<number>`count(*) over ()`.mapWith(Number) })
		.from(reportItems)
		.where(and(...conditions))
		.orderBy(desc(reportItems.createdAt), asc(reportItems.id))
		.limit(limit);
	return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0, limit };
}
