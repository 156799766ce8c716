/**
 * The header and footer Chromium prints on every page. They are rendered apart from the page, in a
 * blank document without its stylesheet: every style is inline, and the font size must be set
 * (Chromium's default there is too small to read). Chromium fills the elements of class
 * `pageNumber` and `totalPages` itself.
 */

export interface HeaderFooterText {
	/** Plain text; escaped here, so a title such as "Jobs <and> skills" prints as written. */
	title: string;
	lang: string;
	dir: 'ltr' | 'rtl';
	/** A translated label with {page} and {pages} placeholders, e.g. "Page {page} of {pages}". */
	pageLabel?: string;
}

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// The side margins of the page (print.ts), so header and footer line up with the text.
const box = (lang: string, dir: 'ltr' | 'rtl', align: string, inner: string) =>
	`<div lang="${escapeHtml(lang)}" dir="${dir}" style="box-sizing:border-box;width:100%;padding:0 16mm;font-family:sans-serif;font-size:8pt;color:#444;text-align:${align}">${inner}</div>`;

/** The report's title at the head of each page, cut with an ellipsis when it is longer than a line. */
export function headerTemplate({ title, lang, dir }: HeaderFooterText): string {
	return box(lang, dir, 'start', `<div style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${escapeHtml(title)}</div>`);
}

/** "Page X of Y" in the reader's language at the foot of each page; "X / Y" when no label is given. */
export function footerTemplate({ lang, dir, pageLabel = '{page} / {pages}' }: HeaderFooterText): string {
	// Escaped first, then the placeholders become Chromium's counters (braces survive escaping).
	const label = escapeHtml(pageLabel)
		.replace('{page}', '<span class="pageNumber"></span>')
		.replace('{pages}', '<span class="totalPages"></span>');
	return box(lang, dir, 'center', label);
}
