/**
 * A published report as PDF: its own page printed by headless Chromium (decision 018), so the PDF
 * and the HTML are one source. Printing takes seconds, so each (report, version, language) is
 * printed once and kept while its content is the same: a version never changes, and the live part
 * of the page, its dialogue's follow-up, is read as a stamp (the actions' count and latest change,
 * and the statuses) that is part of the key. Requests for one not yet printed share its print.
 * Public pages only: no cookie is passed, so every reader gets the same document.
 *
 * The server also prints ahead (`printAhead`): once writes have settled, the newest version of the
 * most recently published reports is printed in every language that is not kept yet, one print at
 * a time, so a reader asking after a publication or a follow-up change gets the PDF at once.
 */
import { LRUCache } from 'lru-cache';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { LANGUAGES, pick, translator, type Language } from '$lib/i18n';
import type { Db } from '../db/client';
import { DomainError } from '../core/errors';
import { onCommittedWrite } from '../core/transaction';
import { fileResponse } from '../files/attachments';
import { printPdf, selfUrl } from '../pdf';
import { publishedHead, type PublishedHead } from './queries';
import { followUpActions, followUpStatuses, reports, reportVersions } from './schema';

/**
 * Every language of the newest versions of a dozen reports, and some older versions; a PDF is about
 * a megabyte. The oldest used goes first.
 */
const printed = new LRUCache<string, Promise<Buffer>>({ max: 48 });

/** Changes whenever an action of the dialogue is added or changes (a timeline entry moves its action's time on too), or one of its statuses. */
async function followUpStamp(db: Db, dialogueId: string): Promise<string> {
	// The statuses too: a status's progress or label changed shows in every recommendation using it.
	const [row] = await db
		.select({
			stamp: sql<string>`count(*)::text || '/' || coalesce(max(${followUpActions.updatedAt})::text, '') || '/' || coalesce((
				select md5(string_agg(s.key || ':' || s.progress || ':' || s.labels::text, ',' order by s.key))
				from ${followUpStatuses} s where s.dialogue_id = ${dialogueId}), '')`
		})
		.from(followUpActions)
		.where(eq(followUpActions.dialogueId, dialogueId));
	return row.stamp;
}

/** One PDF that can be asked for: where it is kept, and how to print it. */
interface PdfJob {
	key: string;
	fileName: string;
	print: () => Promise<Buffer>;
}

/** What version `head` of a report in `lang` is kept as (with the dialogue's follow-up `stamp`), and how it prints. */
function pdfJob(slug: string, head: PublishedHead, lang: Language, stamp: string, newestAddress: boolean): PdfJob {
	const path = newestAddress ? `/reports/${slug}` : `/reports/${slug}/versions/${head.number}`;
	return {
		// The version printed and the newest one: the short address prints a new version once
		// published, and an older version's print says a newer one exists.
		key: `${path}:${head.number}/${head.latest}:${lang}:${stamp}`,
		fileName: `${slug}-v${head.number}-${lang}.pdf`,
		print: () =>
			printPdf(selfUrl(path), {
				headerTitle: pick(head.titles, lang),
				lang,
				dir: lang === 'ar' ? 'rtl' : 'ltr',
				footerLabel: translator(lang)('common.page')
			}).catch((e) => {
				// Chromium missing or too slow is already a 503 with its message; a page that did not
				// print (navigation failed, the page answered an error) is one too, not a 500, and is logged.
				if (e instanceof DomainError) throw e;
				console.error('report PDF: printing failed', e);
				throw new DomainError('pdf.errors.unavailable', 503);
			})
	};
}

/** The kept PDF of a job, or its print (shared with whoever asks for it meanwhile). */
function keptOrPrinted(job: PdfJob): Promise<Buffer> {
	const known = printed.get(job.key);
	if (known) return known;
	const pending = job.print();
	printed.set(job.key, pending);
	pending.catch(() => printed.delete(job.key));
	return pending;
}

/** The PDF of version `number` (the newest when absent) in `lang`, or null for an unknown report or version. */
export async function reportPdf(db: Db, slug: string, lang: Language, number?: number): Promise<Response | null> {
	const head = await publishedHead(db, slug, number);
	if (!head) return null;
	const job = pdfJob(slug, head, lang, await followUpStamp(db, head.dialogueId), number === undefined);
	const pdf = await keptOrPrinted(job);
	return fileResponse(
		{ fileName: job.fileName, contentType: 'application/pdf', size: pdf.length, content: pdf },
		// Short: the newest version's address shows a correction, and the follow-up moves on.
		{ cacheControl: 'public, max-age=60' }
	);
}

/** How many reports are printed ahead: the most recently published, a quarter of what is kept. */
const AHEAD_REPORTS = 6;
/** Writes come in bursts (a form, an import): print once they have settled… */
const SETTLE_MS = 2_000;
/** …or at the latest this long after the first, on a server that is never quiet. */
const MAX_WAIT_MS = 15_000;

/**
 * Prints that failed ahead (a timeout, Chromium missing or crashing): not tried ahead again for a
 * while, or each later write would have them all tried again, each holding a printing turn for up
 * to 20 s while readers wait. A reader asking still prints on demand; a new version or follow-up
 * change is a new key, tried at once.
 */
const failedAhead = new LRUCache<string, true>({ max: 256, ttl: 10 * 60_000 });

let aheadDb: Db | null = null;
let settleMs = SETTLE_MS;
let aheadTimer: NodeJS.Timeout | null = null;
let pendingSince = 0;
let aheadRun: Promise<void> | null = null;
let runAgain = false;

/**
 * Starts printing ahead on this database (the server does, at start; tests and scripts do not):
 * now, and after every committed write once writes have settled. Returns how to stop.
 */
export function printAhead(db: Db, options: { settleMs?: number } = {}): () => void {
	aheadDb = db;
	settleMs = options.settleMs ?? SETTLE_MS;
	const unsubscribe = onCommittedWrite(scheduleAhead);
	scheduleAhead();
	return () => {
		unsubscribe();
		aheadDb = null;
		if (aheadTimer) clearTimeout(aheadTimer);
		aheadTimer = null;
	};
}

/** Resolves once printing ahead has nothing left to do (tests). */
export async function aheadSettled(): Promise<void> {
	while (aheadTimer || aheadRun) {
		await (aheadRun ?? new Promise((resolve) => setTimeout(resolve, 50)));
	}
}

function scheduleAhead(): void {
	if (!aheadDb) return;
	const now = Date.now();
	if (aheadTimer) {
		if (now - pendingSince >= MAX_WAIT_MS) return; // due soon anyway
		clearTimeout(aheadTimer);
	} else {
		pendingSince = now;
	}
	aheadTimer = setTimeout(() => {
		aheadTimer = null;
		void runAhead();
	}, settleMs);
	aheadTimer.unref();
}

async function runAhead(): Promise<void> {
	// One run at a time: a write during a run asks for another pass after it.
	if (aheadRun) {
		runAgain = true;
		return;
	}
	aheadRun = (async () => {
		const started = performance.now();
		let count = 0;
		do {
			runAgain = false;
			count += await printNewest();
		} while (runAgain && aheadDb);
		// For whoever runs the server (and the benchmark, which waits for it): what the cores were busy with.
		if (count) console.log(`Printed ahead ${count} report PDF(s) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	})()
		.catch((e) => console.error('report PDF: printing ahead failed', e))
		.finally(() => (aheadRun = null));
	await aheadRun;
}

/**
 * Prints, one after another, every language of the newest published reports' newest versions that
 * is not kept yet; returns how many it printed.
 */
async function printNewest(): Promise<number> {
	const db = aheadDb;
	if (!db) return 0;
	let count = 0;
	const newest = await db
		.select({ slug: reports.slug, dialogueId: reports.dialogueId })
		.from(reports)
		.innerJoin(reportVersions, and(eq(reportVersions.reportId, reports.id), eq(reportVersions.number, reports.publishedVersion)))
		.where(isNotNull(reports.publishedVersion))
		.orderBy(desc(reportVersions.publishedAt))
		.limit(AHEAD_REPORTS);
	const stamps = new Map<string, string>();
	for (const { slug, dialogueId } of newest) {
		if (!stamps.has(dialogueId)) stamps.set(dialogueId, await followUpStamp(db, dialogueId));
		const head = await publishedHead(db, slug);
		if (!head) continue; // unpublished meanwhile
		for (const lang of LANGUAGES) {
			if (aheadDb !== db) return count; // stopped meanwhile
			const job = pdfJob(slug, head, lang, stamps.get(dialogueId)!, true);
			if (printed.has(job.key) || failedAhead.has(job.key)) continue;
			// A failure is the reader's to see when they ask (and is logged by the print); go on.
			await keptOrPrinted(job).then(
				() => count++,
				() => void failedAhead.set(job.key, true)
			);
		}
	}
	return count;
}
