/**
 * A published report as the public reads it: the page (the frozen version with its annex drawn in
 * the reader's language and the live follow-up progress) and the open data (the same version as
 * JSON, for /reports/<slug>/report.json and /api/v1/reports/<slug>). Only published versions are
 * ever read here; the working copy stays with the secretariat.
 */
import { LRUCache } from 'lru-cache';
import type { Language, LocalizedText } from '$lib/i18n';
import type { Db } from '../db/client';
import * as statistics from '../statistics';
import * as surveys from '../surveys';
import { followUpOf, listPublished, publishedReport, type PublishedReport, type PublishedSummary } from './queries';

export type FollowUp = Awaited<ReturnType<typeof followUpOf>>;

/**
 * A version number from an address: a positive whole number written plainly, else null (a 404),
 * so that `/versions/1e0`, `/versions/01` or `/versions/-1` never reach the database.
 */
export function versionNumber(param: string): number | null {
	return /^[1-9]\d{0,8}$/.test(param) ? Number(param) : null;
}

/** Where a version lives; without `number`, the newest version's own addresses. */
export function reportPaths(slug: string, number?: number) {
	const base = number === undefined ? `/reports/${slug}` : `/reports/${slug}/versions/${number}`;
	return { page: base, json: `${base}/report.json`, pdf: `${base}/report.pdf` };
}

/** A published version (the newest unless `number`) with its live follow-up, or null. */
export async function published(db: Db, slug: string, number?: number): Promise<{ report: PublishedReport; followUp: FollowUp } | null> {
	const report = await publishedReport(db, slug, number);
	if (!report) return null;
	return { report, followUp: await followUpOf(db, report.version.content) };
}

/** What the report page shows: the version, its history, its annex drawn in `lang`, and each recommendation's progress. */
export async function reportPage(db: Db, slug: string, lang: Language, number?: number) {
	const found = await published(db, slug, number);
	if (!found) return null;
	const { report, followUp } = found;
	const { content } = report.version;
	return {
		slug: report.slug,
		latest: report.latest,
		number: report.version.number,
		publishedAt: report.version.publishedAt.toISOString(),
		versions: report.versions.map((v) => ({
			number: v.number,
			notes: v.notes,
			publishedAt: v.publishedAt.toISOString(),
			path: reportPaths(report.slug, v.number).page
		})),
		// The addresses of the version read: the newest's are the short ones.
		paths: reportPaths(report.slug, number),
		content,
		// The annex was frozen at publication as data; it is drawn here, in the reader's language.
		// Its survey objects came through JSON (their dates are strings): resultsView reads none of them.
		annex: drawnAnnex(report, lang),
		// Only the figures: the actions themselves are on the dialogue's follow-up page and in the JSON.
		followUp: { progress: followUp.progress, report: followUp.report }
	};
}
export type ReportPage = NonNullable<Awaited<ReturnType<typeof reportPage>>>;

/**
 * The annex drawn in a language: its charts are most of a report page's rendering time, and a
 * version's annex never changes, so each (report, version, language) is drawn once and kept (a
 * few dozen at most: the oldest drawn goes first).
 */
const drawn = new LRUCache<string, { annex: ReturnType<typeof drawAnnex> }>({ max: 32 });

function drawnAnnex(report: PublishedReport, lang: Language) {
	const key = `${report.reportId}@${report.version.number}:${lang}`;
	// Boxed: a version without an annex is remembered too (the cache keeps no null).
	let kept = drawn.get(key);
	if (!kept) {
		kept = { annex: drawAnnex(report.version.content, lang) };
		drawn.set(key, kept);
	}
	return kept.annex;
}

/** A report's annex drawn in a language (the preview of a working copy draws its live annex so, uncached). */
export function drawAnnex(content: PublishedReport['version']['content'], lang: Language) {
	if (!content.annex) return null;
	return {
		eventId: content.event!.id,
		asOf: content.annex.statistics.asOf,
		view: statistics.withCharts(content.annex.statistics, lang),
		surveys: content.annex.surveys.map((r) => ({ id: r.survey.id, titles: r.survey.titles, view: surveys.resultsView(r, lang) }))
	};
}

/** The published reports, newest first (the list page and the API). */
export async function listing(db: Db, filter: { eventId?: string } = {}) {
	const rows = await listPublished(db, filter);
	return rows.map((r: PublishedSummary) => ({
		slug: r.slug,
		titles: r.titles,
		summaries: r.summaries,
		year: r.year,
		event: r.eventId ? { id: r.eventId, titles: r.eventTitles as LocalizedText } : null,
		version: r.version,
		publishedAt: r.publishedAt.toISOString(),
		path: reportPaths(r.slug).page
	}));
}

/**
 * The open data of a published version: the frozen content as it is, its versions, and the live
 * follow-up (each recommendation's progress, the report's, and every action with its owner,
 * status, due date and timeline). `origin` makes the addresses absolute, so a downloaded file
 * still says where it came from; the versioned address is the stable one (a version never changes,
 * only its follow-up moves).
 */
export function openData(found: { report: PublishedReport; followUp: FollowUp }, origin: string) {
	const { report, followUp } = found;
	const at = (path: string) => `${origin}${path}`;
	const own = reportPaths(report.slug, report.version.number);
	return {
		slug: report.slug,
		url: at(own.page),
		json: at(own.json),
		pdf: at(own.pdf),
		version: report.version.number,
		latestVersion: report.latest,
		publishedAt: report.version.publishedAt.toISOString(),
		notes: report.version.notes,
		versions: report.versions.map((v) => ({
			number: v.number,
			publishedAt: v.publishedAt.toISOString(),
			notes: v.notes,
			url: at(reportPaths(report.slug, v.number).page),
			json: at(reportPaths(report.slug, v.number).json)
		})),
		content: report.version.content,
		followUp: {
			definition:
				"An action's progress is its status's value (0-100); a recommendation's is the mean of its actions'; the report's is the mean of its recommendations', a recommendation without actions counting as 0.",
			page: at(`/dialogues/${report.version.content.dialogue.slug}/follow-up`),
			report: followUp.report,
			recommendations: Object.entries(followUp.progress).map(([itemId, p]) => ({ itemId, ...p })),
			actions: followUp.actions.map((a) => ({
				id: a.id,
				itemId: a.itemId,
				owner: a.owner,
				descriptions: a.descriptions,
				status: a.status,
				dueDate: a.dueDate,
				timeline: a.timeline.map((e) => ({ on: e.on, texts: e.texts, status: e.status }))
			}))
		}
	};
}
export type ReportOpenData = ReturnType<typeof openData>;

/** The Link header of a version's open data: its stable address, and the page it describes. */
export function openDataLinks(data: ReportOpenData): string {
	return `<${data.json}>; rel="canonical", <${data.url}>; rel="alternate"; type="text/html"`;
}
