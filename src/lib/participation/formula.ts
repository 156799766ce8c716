/**
 * Spreadsheet formula injection (CWE-1236): a CSV cell starting with `=`, `+`, `-` or `@` (or a tab
 * or carriage return before one) is run as a formula by Excel and LibreOffice when the file is
 * opened. The rule of our CSV exports:
 *
 * - a value that starts with one of `= + - @ \t \r` gets an apostrophe in front (spreadsheets
 *   show the text as it was; our import takes the apostrophe off again);
 * - except a value that is only a signed number or a telephone number (`+41 22 717 91 11`,
 *   `-12.5`, `+1 (212) 963-1234`): digits, spaces and `( ) . / -` after the sign cannot call
 *   anything, and these are exactly the values that other exports mangle.
 *
 * - a value that already starts with apostrophes before one of those (`'-ism`) gets one more: the
 *   import takes one apostrophe off such a value, so without it the text's own would be lost.
 *
 * XLSX exports need no apostrophe: every cell is written as a text cell, and a text cell is never
 * evaluated, whatever it starts with.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-][\d\s()./-]*\d[\d\s()./-]*$/;
/** Apostrophes before a formula's start: the import (cellValue in rows.ts) takes the first one off. */
export const ESCAPED_START = /^'+[=+\-@\t\r]/;

export function isFormulaLike(value: string): boolean {
	return FORMULA_START.test(value) && !NUMBER_LIKE.test(value);
}

/** The CSV cell for a value: neutralised with an apostrophe when a spreadsheet would run it. */
export function csvSafe(value: string): string {
	return isFormulaLike(value) || ESCAPED_START.test(value) ? `'${value}` : value;
}
