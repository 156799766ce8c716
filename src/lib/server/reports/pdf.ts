/**
 * A published report as PDF: its own page printed by headless Chromium (decision 018), so the PDF
 * and the HTML are one source. Printing costs a second or more, so each (report, version, language)
 * is printed once and kept until the next committed write (the page shows live follow-up progress),
 * and requests for one not yet printed share its print. Public pages only: no cookie is passed, so
 * every reader gets the same document.
 */
import { pick, translator, type Language } from '$lib/i18n';
import type { Db } from '../db/client';
import { onCommittedWrite } from '../core/transaction';
import { fileResponse } from '../files/attachments';
import { printPdf, selfUrl } from '../pdf';
import { publishedReport } from './queries';

/** Enough for every language of the newest versions of a dozen reports; a PDF is a few hundred KB. */
const KEPT = 48;
const printed = new Map<string, Promise<Buffer>>();
onCommittedWrite(() => printed.clear());

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
	const pdf = await remember(`${slug}@${n}${number === undefined ? '' : '/v'}:${lang}`, () =>
		printPdf(selfUrl(path), {
			headerTitle: pick(content.report.titles, lang),
			lang,
			dir: lang === 'ar' ? 'rtl' : 'ltr',
			footerLabel: translator(lang)('common.page')
		})
	);
	return fileResponse(
		{ fileName: `${slug}-v${n}-${lang}.pdf`, contentType: 'application/pdf', size: pdf.length, content: pdf },
		{ cacheControl: 'public, max-age=300' }
	);
}
