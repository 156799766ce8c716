/**
 * A published report as PDF: its own page printed by headless Chromium (decision 018), so the PDF
 * and the HTML are one source. Printing costs a second or more, so each (report, version, language)
 * is printed once and kept while its content is the same: a version never changes, and the live
 * part of the page, its dialogue's follow-up, is read as a stamp (the actions' count and latest
 * change) that is part of the key. Requests for one not yet printed share its print. Public pages
 * only: no cookie is passed, so every reader gets the same document.
 */
import { pick, translator, type Language } from '$lib/i18n';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { DomainError } from '../core/errors';
import { fileResponse } from '../files/attachments';
import { printPdf, selfUrl } from '../pdf';
import { publishedReport } from './queries';
import { followUpActions, followUpStatuses } from './schema';

/** Enough for every language of the newest versions of a dozen reports; a PDF is a few hundred KB. */
const KEPT = 48;
const printed = new Map<string, Promise<Buffer>>();

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

function remember(key: string, print: () => Promise<Buffer>): Promise<Buffer> {
	const known = printed.get(key);
	if (known) {
		// Most recently used last, so the oldest is the first to go.
		printed.delete(key);
		printed.set(key, known);
		return known;
	}
	const pending = print();
	printed.set(key, pending);
	pending.catch(() => printed.delete(key));
	while (printed.size > KEPT) printed.delete(printed.keys().next().value!);
	return pending;
}

/** The PDF of version `number` (the newest when absent) in `lang`, or null for an unknown report or version. */
export async function reportPdf(db: Db, slug: string, lang: Language, number?: number): Promise<Response | null> {
	const report = await publishedReport(db, slug, number);
	if (!report) return null;
	const n = report.version.number;
	const path = number === undefined ? `/reports/${slug}` : `/reports/${slug}/versions/${n}`;
	const content = report.version.content;
	const stamp = await followUpStamp(db, content.dialogue.id);
	// The version printed and the newest one: the short address prints a new version once published,
	// and an older version's print says a newer one exists.
	const pdf = await remember(`${path}:${n}/${report.latest}:${lang}:${stamp}`, () =>
		printPdf(selfUrl(path), {
			headerTitle: pick(content.report.titles, lang),
			lang,
			dir: lang === 'ar' ? 'rtl' : 'ltr',
			footerLabel: translator(lang)('common.page')
		}).catch((e) => {
			// Chromium missing or too slow is already a 503 with its message; a page that did not print
			// (navigation failed, the page answered an error) is one too, not a 500, and is logged.
			if (e instanceof DomainError) throw e;
			console.error('report PDF: printing failed', e);
			throw new DomainError('pdf.errors.unavailable', 503);
		})
	);
	return fileResponse(
		{ fileName: `${slug}-v${n}-${lang}.pdf`, contentType: 'application/pdf', size: pdf.length, content: pdf },
		// Short: the newest version's address shows a correction, and the follow-up moves on.
		{ cacheControl: 'public, max-age=60' }
	);
}
