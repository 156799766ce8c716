/**
 * A LIKE / ILIKE pattern that finds `text` anywhere: its own %, _ and \ are escaped (backslash is
 * the default escape character in PostgreSQL), so a search for "50%" finds "50%", not everything.
 */
export function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
