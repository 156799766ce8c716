/**
 * The first words of a text in the formatting language of report bodies and items (domain/note.ts),
 * as plain text: what a list shows so the secretariat recognises an item without reading it whole.
 */
export function firstWords(text: string | null | undefined, max = 140): string {
	if (!text) return '';
	const plain = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/^\s*(#{1,3}|[-*]|\d+\.)\s+/, '').trim())
		.filter(Boolean)
		.join(' ')
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(/\*(\S(?:.*?\S)?)\*/g, '$1');
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
