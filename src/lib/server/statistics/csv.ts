import { stringify } from 'csv-stringify/sync';
import type { TableView } from '$lib/statistics/types';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A table of the annex as CSV: stable column keys in the header (the row's code, its label in the
 * reader's language, then the counts and shares as plain numbers, shares in percent with one
 * decimal). A label starting with = + - @ is quoted by a leading apostrophe so that a spreadsheet
 * never runs it as a formula.
 */
export function tableCsv(table: TableView): string {
	const header = [table.rowHeader.key, `${table.rowHeader.key}_label`, ...table.columns.map((c) => snake(c.key))];
	const guard = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
	const rows = table.rows.map((r) => [r.key ?? '', guard(r.label), ...table.columns.map((c) => r.values[c.key] ?? '')]);
	return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
