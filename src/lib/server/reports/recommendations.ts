/**
 * What the secretariat follows up (issue 8): every recommendation of a dialogue, whether a
 * published version lists it yet or only a working copy does, since follow-up may start before
 * publication. The public reads only published recommendations (queries.ts recommendationsOf).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Progress } from '$lib/domain/follow-up';
import type { LocalizedText } from '$lib/i18n';
import type { ReportStatus } from '$lib/reports/types';
import type { Db } from '../db/client';
import { cycles } from '../dialogues/schema';
import { isUuid } from '../web/params';
import { actionsFor, type ActionView } from './follow-up';
import { reportItems, reports, reportSectionItems, reportSections } from './schema';

export interface ListingReport {
	id: string;
	slug: string;
	titles: LocalizedText;
	status: ReportStatus;
	/** Null until the report is first published. */
	publishedVersion: number | null;
}

export interface ManagedRecommendation {
	id: string;
	dialogueId: string;
	year: number;
	headlines: LocalizedText | null;
	texts: LocalizedText;
	version: number;
	/** The reports whose working copy lists it (a published version may still list an item a later draft dropped). */
	reports: ListingReport[];
	actions: ActionView[];
	progress: Progress;
}

const itemFields = {
	id: reportItems.id,
	dialogueId: reportItems.dialogueId,
	year: cycles.year,
	headlines: reportItems.headlines,
	texts: reportItems.texts,
	version: reportItems.version
};

/** The reports listing these items, by item (one query). */
async function listingReports(db: Db, itemIds: string[]): Promise<Map<string, ListingReport[]>> {
	const byItem = new Map<string, ListingReport[]>(itemIds.map((id) => [id, []]));
	if (!itemIds.length) return byItem;
	const rows = await db
		.selectDistinct({
			itemId: reportSectionItems.itemId,
			id: reports.id,
			slug: reports.slug,
			titles: reports.titles,
			status: reports.status,
			publishedVersion: reports.publishedVersion
		})
		.from(reportSectionItems)
		.innerJoin(reportSections, eq(reportSections.id, reportSectionItems.sectionId))
		.innerJoin(reports, eq(reports.id, reportSections.reportId))
		.where(inArray(reportSectionItems.itemId, itemIds))
		.orderBy(asc(reports.slug));
	for (const { itemId, ...report } of rows) byItem.get(itemId)?.push(report);
	return byItem;
}

async function withFollowUp(db: Db, items: Omit<ManagedRecommendation, 'reports' | 'actions' | 'progress'>[]) {
	const ids = items.map((i) => i.id);
	const [listing, { actions, progress }] = await Promise.all([listingReports(db, ids), actionsFor(db, ids)]);
	return items.map((item) => ({
		...item,
		reports: listing.get(item.id) ?? [],
		actions: actions.filter((a) => a.itemId === item.id),
		progress: progress.get(item.id) ?? { percent: null, of: 0 }
	}));
}

/** Every recommendation of the dialogue, newest year first, with the reports listing it and its follow-up (four queries). */
export async function dialogueRecommendations(db: Db, dialogueId: string): Promise<ManagedRecommendation[]> {
	if (!isUuid(dialogueId)) return [];
	const items = await db
		.select(itemFields)
		.from(reportItems)
		.innerJoin(cycles, eq(cycles.id, reportItems.cycleId))
		.where(and(eq(reportItems.dialogueId, dialogueId), eq(reportItems.kind, 'recommendation')))
		.orderBy(asc(cycles.year), asc(reportItems.createdAt));
	return (await withFollowUp(db, items)).sort((a, b) => b.year - a.year);
}

/** One recommendation with its reports and follow-up, or null (also for an item of another kind). */
export async function managedRecommendation(db: Db, itemId: string): Promise<ManagedRecommendation | null> {
	if (!isUuid(itemId)) return null;
	const [item] = await db
		.select(itemFields)
		.from(reportItems)
		.innerJoin(cycles, eq(cycles.id, reportItems.cycleId))
		.where(and(eq(reportItems.id, itemId), eq(reportItems.kind, 'recommendation')));
	if (!item) return null;
	const [found] = await withFollowUp(db, [item]);
	return found;
}
