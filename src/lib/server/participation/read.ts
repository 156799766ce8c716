/**
 * Reading participation files as streams: a CSV or the first sheet of an XLSX workbook becomes one
 * record (an array of cell texts) at a time, so a 100,000-row file never sits in memory whole. The
 * format is told by the bytes, not the name: an XLSX file is a ZIP archive; anything with NUL
 * bytes is neither.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CellValue } from 'exceljs';
import { loadExcel } from '../files/xlsx';
import { DomainError } from '../core/errors';

export type FileFormat = 'csv' | 'xlsx';

/** The largest file an import takes; a larger one is refused while it arrives, never read whole. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '40 MB';

export const tooLarge = () => new DomainError('participation.errors.tooLarge', 413, 'file', { max: MAX_IMPORT_LABEL });

/**
 * The bytes of `input`, failing as soon as more than `max` have come. Pulled on demand (nothing is
 * read before the import asks), so a too-large body fails the import, never the process.
 */
export function byteLimit(input: AsyncIterable<Uint8Array>, max = MAX_IMPORT_BYTES): Readable {
	return Readable.from(
		(async function* () {
			let seen = 0;
			for await (const chunk of input) {
				seen += chunk.length;
				if (seen > max) throw tooLarge();
				yield Buffer.from(chunk);
			}
		})(),
		{ objectMode: false }
	);
}

export interface FileRecord {
	/** The line (CSV) or row (XLSX) number in the file, from 1 for the header. */
	line: number;
	cells: string[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads the first bytes to tell the format, then gives the stream back whole. */
export async function sniff(input: Readable): Promise<{ format: FileFormat; stream: Readable }> {
	const iterator = input[Symbol.asyncIterator]();
	const head: Buffer[] = [];
	let length = 0;
	let done = false;
	while (length < 4096) {
		const next = await iterator.next();
		if (next.done) {
			done = true;
			break;
		}
		const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
		head.push(chunk);
		length += chunk.length;
	}
	const first = Buffer.concat(head);
	if (
		first
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim() === ''
	)
		throw new DomainError('participation.errors.empty', 422, 'file');
	const format: FileFormat | null = first.subarray(0, 4).equals(ZIP_MAGIC) ? 'xlsx' : first.includes(0) ? null : 'csv';
	if (!format) throw new DomainError('participation.errors.notCsvOrXlsx', 415, 'file');
	const stream = Readable.from(
		(async function* () {
			yield first;
			if (done) return;
			for (;;) {
				const next = await iterator.next();
				if (next.done) return;
				yield next.value as Buffer;
			}
		})(),
		{ objectMode: false }
	);
	return { format, stream };
}

/** The delimiter of a CSV file: the one of `,` `;` and tab that the header line has most of. */
function delimiterOf(headLine: string): string {
	const counts = [',', ';', '\t'].map((d) => [d, headLine.split(d).length] as const);
	return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

async function* csvRecords(stream: Readable): AsyncGenerator<FileRecord> {
	// The first chunk holds the header line (sniff read at least 4 KB or the whole file).
	const iterator = stream[Symbol.asyncIterator]();
	const first = await iterator.next();
	const head = first.done ? '' : Buffer.from(first.value as Buffer).toString('utf8');
	// Line numbers are counted here rather than asked of the parser (its `info` option copies its
	// state into a new object per record, a tenth of the parse): each record starts on the line
	// after the previous one, plus the line breaks inside its quoted cells; empty lines are
	// skipped but counted.
	const parser = parse({
		bom: true,
		delimiter: delimiterOf(head.replace(/^\uFEFF/, '').split(/\r?\n/)[0]),
		relax_column_count: true,
		skip_empty_lines: false
	});
	const source = Readable.from(
		(async function* () {
			if (!first.done) yield first.value as Buffer;
			for (;;) {
				const next = await iterator.next();
				if (next.done) return;
				yield next.value as Buffer;
			}
		})(),
		{ objectMode: false }
	);
	source.on('error', (e) => parser.destroy(e));
	source.pipe(parser);
	let line = 1;
	try {
		for await (const record of parser as AsyncIterable<string[]>) {
			const at = line;
			line++;
			for (let i = 0; i < record.length; i++) {
				const cell = record[i];
				for (let n = cell.indexOf('\n'); n !== -1; n = cell.indexOf('\n', n + 1)) line++;
			}
			if (record.length === 1 && record[0] === '') continue;
			yield { line: at, cells: record };
		}
	} catch (e) {
		if (e instanceof DomainError) throw e;
		throw new DomainError('participation.errors.unreadable', 422, 'file', { reason: (e as Error).message.slice(0, 200) });
	}
}

/** The text of an XLSX cell value: strings as they are, dates as ISO 8601, formulas by their result. */
export function cellText(value: CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value && typeof value.text === 'string') return value.text;
		if ('result' in value) return cellText(value.result as CellValue);
		if ('error' in value) return '';
		return '';
	}
	return String(value);
}

async function* xlsxRecords(stream: Readable): AsyncGenerator<FileRecord> {
	const ExcelJS = await loadExcel();
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
		worksheets: 'emit',
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		// The number formats tell dates from numbers: without them a date cell reads as a serial number.
		styles: 'cache',
		entries: 'ignore'
	});
	try {
		for await (const sheet of reader) {
			for await (const row of sheet) {
				const values = row.values as CellValue[];
				const cells: string[] = [];
				for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
				if (cells.some((c) => c !== '')) yield { line: row.number, cells };
			}
			return; // the first sheet only
		}
	} catch (e) {
		if (e instanceof DomainError) throw e;
		throw new DomainError('participation.errors.unreadable', 422, 'file', { reason: (e as Error).message.slice(0, 200) });
	}
}

/** The records of a file, header first; the format is told by its first bytes. */
export async function readFile(input: Readable): Promise<{ format: FileFormat; records: AsyncGenerator<FileRecord> }> {
	const { format, stream } = await sniff(input);
	return { format, records: format === 'xlsx' ? xlsxRecords(stream) : csvRecords(stream) };
}
