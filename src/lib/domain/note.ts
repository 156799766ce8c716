/**
 * A discussion note is stored as the text the secretariat typed, in a small formatting language,
 * and turned into HTML here. Every character of the text is escaped first and only the tags below
 * are ever produced, so a note cannot carry markup or scripts of its own (sanitised by construction):
 * - a blank line separates paragraphs; `# `, `## `, `### ` start headings (shown one level below
 *   the page's own);
 * - lines starting with `- ` form a list, lines starting with `1. ` a numbered list;
 * - `**bold**` and `*italic*` within a line.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function inline(text: string): string {
	return escapeHtml(text)
		.replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '<strong>$1</strong>')
		.replace(/\*(\S(?:.*?\S)?)\*/g, '<em>$1</em>');
}

export function renderNote(source: string): string {
	const blocks = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
	const html: string[] = [];
	for (const block of blocks) {
		const lines = block
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		if (!lines.length) continue;
		const heading = /^(#{1,3})\s+(.*)$/.exec(lines[0]);
		if (heading && lines.length === 1) {
			const level = heading[1].length + 2;
			html.push(`<h${level}>${inline(heading[2])}</h${level}>`);
		} else if (lines.every((l) => /^[-*]\s+/.test(l))) {
			html.push(`<ul>${lines.map((l) => `<li>${inline(l.replace(/^[-*]\s+/, ''))}</li>`).join('')}</ul>`);
		} else if (lines.every((l) => /^\d+\.\s+/.test(l))) {
			html.push(`<ol>${lines.map((l) => `<li>${inline(l.replace(/^\d+\.\s+/, ''))}</li>`).join('')}</ol>`);
		} else {
			html.push(`<p>${lines.map(inline).join('<br>')}</p>`);
		}
	}
	return html.join('\n');
}
