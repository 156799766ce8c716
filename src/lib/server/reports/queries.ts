/** What the public reads: published reports, their versions, and the follow-up of a dialogue's recommendations. */
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { reportProgress, type Progress } from '$lib/domain/follow-up';
import type { LocalizedText } from '$lib/i18n';
import type { ReportSnapshot, SnapshotItem } from '$lib/reports/snapshot';
import type { Db } from '../db/client';
import { cycles, events } from '../dialogues/schema';
import { isUuid } from '../web/params';
import { actionsFor, type ActionView } from './follow-up';
import { reports, reportVersions } from './schema';

export interface PublishedSummary {
	slug: string;
	titles: LocalizedText;
	summaries: LocalizedText | null;
	year: number;
	eventId: string | null;
	eventTitles: LocalizedText | null;
	version: number;
	publishedAt: Date;
}

/** Published reports, newest cycle first; of one dialogue or one event when asked. */
export async function listPublished(db: Db, filter: { dialogueId?: string; eventId?: string } = {}): Promise<PublishedSummary[]> {
	if ((filter.dialogueId !== undefined && !isUuid(filter.dialogueId)) || (filter.eventId !== undefined && !isUuid(filter.eventId)))
		return [];
	const rows = await db
		.select({
			slug: reports.slug,
			// As published: the working copy's title may be a draft nobody reviewed yet.
			titles: sql<LocalizedText>`${reportVersions.content}->'report'->'titles'`,
			summaries: sql<LocalizedText | null>`${reportVersions.content}->'report'->'summaries'`,
			year: cycles.year,
			eventId: reports.eventId,
			eventTitles: events.titles,
			version: reports.publishedVersion,
			publishedAt: reportVersions.publishedAt
		})
		.from(reports)
		.innerJoin(cycles, eq(cycles.id, reports.cycleId))
		.innerJoin(reportVersions, and(eq(reportVersions.reportId, reports.id), eq(reportVersions.number, reports.publishedVersion)))
		.leftJoin(events, eq(events.id, reports.eventId))
		.where(
			and(
				isNotNull(reports.publishedVersion),
				filter.dialogueId ? eq(reports.dialogueId, filter.dialogueId) : undefined,
				filter.eventId ? eq(reports.eventId, filter.eventId) : undefined
			)
		)
		.orderBy(desc(cycles.year), asc(reports.slug));
	return rows.map((r) => ({ ...r, version: r.version! }));
}

export interface PublishedReport {
	reportId: string;
	slug: string;
	/** The newest published version's number: an older one says a newer exists. */
	latest: number;
	version: { number: number; content: ReportSnapshot; notes: LocalizedText | null; publishedAt: Date };
	versions: { number: number; notes: LocalizedText | null; publishedAt: Date }[];
}

/** A published version of a report (the newest unless `number` is given), or null. */
export async function publishedReport(db: Db, slug: string, number?: number): Promise<PublishedReport | null> {
	// PostgreSQL refuses a NUL character in text: no slug holds one (hooks.server.ts refuses it in addresses too).
	if (slug.includes('\0')) return null;
	const [report] = await db
		.select({ id: reports.id, slug: reports.slug, latest: reports.publishedVersion })
		.from(reports)
		.where(and(eq(reports.slug, slug), isNotNull(reports.publishedVersion)));
	if (!report) return null;
	const wanted = number ?? report.latest!;
	if (!Number.isInteger(wanted) || wanted < 1 || wanted > report.latest!) return null;
	const [version, versions] = await Promise.all([
		db
			.select()
			.from(reportVersions)
			.where(and(eq(reportVersions.reportId, report.id), eq(reportVersions.number, wanted)))
			.then((r) => r[0]),
		db
			.select({ number: reportVersions.number, notes: reportVersions.notes, publishedAt: reportVersions.publishedAt })
			.from(reportVersions)
			.where(eq(reportVersions.reportId, report.id))
			.orderBy(desc(reportVersions.number))
	]);
	if (!version) return null;
	return {
		reportId: report.id,
		slug: report.slug,
		latest: report.latest!,
		version: { number: version.number, content: version.content, notes: version.notes, publishedAt: version.publishedAt },
		versions
	};
}

/** What names a published version's PDF: its number, the newest number, its title and dialogue. */
export interface PublishedHead {
	number: number;
	latest: number;
	titles: LocalizedText;
	dialogueId: string;
}

/**
 * The head of a published version (the newest unless `number` is given), or null: read from the
 * frozen content without loading it, which is a few hundred KB for a full report (a kept PDF is
 * found by this alone).
 */
export async function publishedHead(db: Db, slug: string, number?: number): Promise<PublishedHead | null> {
	if (slug.includes('\0')) return null;
	if (number !== undefined && (!Number.isInteger(number) || number < 1 || number > 2147483647)) return null;
	const [head] = await db
		.select({
			number: reportVersions.number,
			latest: reports.publishedVersion,
			titles: sql<LocalizedText>`${reportVersions.content}->'report'->'titles'`,
			dialogueId: sql<string>`${reportVersions.content}->'dialogue'->>'id'`
		})
		.from(reports)
		.innerJoin(
			reportVersions,
			and(eq(reportVersions.reportId, reports.id), eq(reportVersions.number, number ?? sql`${reports.publishedVersion}`))
		)
		.where(and(eq(reports.slug, slug), isNotNull(reports.publishedVersion)));
	return head ? { ...head, latest: head.latest! } : null;
}

/** The live follow-up of a published version's recommendations, and the report's progress. */
export async function followUpOf(db: Db, content: ReportSnapshot) {
	const ids = Object.values(content.items)
		.filter((i) => i.kind === 'recommendation')
		.map((i) => i.id);
	const { actions, progress } = await actionsFor(db, ids);
	return {
		actions,
		progress: Object.fromEntries(progress) as Record<string, Progress>,
		report: reportProgress(ids.map((id) => progress.get(id)?.percent ?? null))
	};
}

export interface FollowedRecommendation {
	item: SnapshotItem;
	/** The year of the first published report listing it. */
	year: number;
	reports: { slug: string; titles: LocalizedText; year: number }[];
	actions: ActionView[];
	progress: Progress;
}

/**
 * Every recommendation of the dialogue's published reports, as its newest published version
 * states it (a recommendation only in a draft is not public), with its actions and progress; by
 * year, then in the order the reports list them.
 */
export async function recommendationsOf(db: Db, dialogueId: string): Promise<FollowedRecommendation[]> {
	if (!isUuid(dialogueId)) return [];
	const result = (await db.execute(sql`
		select r.slug, v.content->'report'->'titles' as titles, c.year, v.published_at, i.key as item_id, i.value as item
		from ${reports} r
		join ${reportVersions} v on v.report_id = r.id and v.number = r.published_version
		join ${cycles} c on c.id = r.cycle_id
		cross join lateral jsonb_each(v.content->'items') i
		where r.dialogue_id = ${dialogueId} and i.value->>'kind' = 'recommendation'
		order by c.year, r.slug, (
			-- the order the report lists them in (jsonb keeps an object's keys in no useful order)
			select min(s.n * 10000 + e.n)
			from jsonb_array_elements(v.content->'sections') with ordinality s(section, n)
			cross join lateral jsonb_array_elements_text(s.section->'items') with ordinality e(id, n)
			where e.id = i.key
		), i.key`)) as unknown as {
		rows: { slug: string; titles: LocalizedText; year: number; published_at: string | Date; item_id: string; item: SnapshotItem }[];
	};
	const byItem = new Map<string, FollowedRecommendation>();
	// Listed by several reports, a recommendation reads as its most recently published version states it.
	const statedAt = new Map<string, number>();
	for (const row of result.rows) {
		const found = byItem.get(row.item_id);
		const listed = { slug: row.slug, titles: row.titles, year: Number(row.year) };
		const at = new Date(row.published_at).getTime();
		if (found) {
			found.reports.push(listed);
			if (at > statedAt.get(row.item_id)!) found.item = row.item;
		} else
			byItem.set(row.item_id, {
				item: row.item,
				year: Number(row.year),
				reports: [listed],
				actions: [],
				progress: { percent: null, of: 0 }
			});
		statedAt.set(row.item_id, Math.max(at, statedAt.get(row.item_id) ?? 0));
	}
	const { actions, progress } = await actionsFor(db, [...byItem.keys()]);
	for (const [id, rec] of byItem) {
		rec.actions = actions.filter((a) => a.itemId === id);
		rec.progress = progress.get(id) ?? rec.progress;
	}
	return [...byItem.values()];
}
