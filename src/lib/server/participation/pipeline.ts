/**
 * What both imports share: the header row and its mapping, rows in batches, the per-row error
 * list kept short, and the all-or-nothing transaction whose dry run is the same work rolled back.
 */
import type { Readable } from 'node:stream';
import { autoMapping, checkMapping, IGNORE, type ImportKind } from '$lib/participation/columns';
import type { RowError } from '$lib/participation/rows';
import { DomainError } from '../core/errors';
import { inTransaction } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import { readFile, type FileFormat, type FileRecord } from './read';
import type { ImportReportSummary } from './schema';

export const BATCH = 1000;
/** Errors kept in a report; the counts say how many rows had one. */
export const ERRORS_KEPT = 200;

export interface Row {
	line: number;
	cells: Record<string, string>;
}

export interface ImportOptions {
	dryRun: boolean;
	/** What each column of the file maps to, in order; automatic (our keys, Indico's headers) when absent. */
	mapping?: (string | null)[];
	onProgress?: (rowsDone: number) => void;
}

export interface OpenedFile {
	format: FileFormat;
	headers: string[];
	mapping: string[];
	rows: AsyncGenerator<Row[]>;
}

/** Opens a file: its header (required), the mapping checked, then the data rows in batches. */
export async function openFile(input: Readable, kind: ImportKind, mapping?: (string | null)[]): Promise<OpenedFile> {
	const { format, records } = await readFile(input);
	const first = await records.next();
	if (first.done) throw new DomainError('participation.errors.empty', 422, 'file');
	const headers = first.value.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
	const chosen = mapping ?? autoMapping(kind, headers);
	const problem = checkMapping(kind, headers, chosen);
	if (problem) throw new DomainError(problem.key, 422, 'file', problem.params);
	const keys = chosen as string[];
	return { format, headers, mapping: keys, rows: batches(records, keys) };
}

async function* batches(records: AsyncGenerator<FileRecord>, keys: string[]): AsyncGenerator<Row[]> {
	const kept = keys.flatMap((key, i) => (key === IGNORE ? [] : [[key, i] as const]));
	let batch: Row[] = [];
	let any = false;
	for await (const { line, cells } of records) {
		const row: Record<string, string> = {};
		for (const [key, i] of kept) row[key] = cells[i] ?? '';
		batch.push({ line, cells: row });
		any = true;
		if (batch.length === BATCH) {
			yield batch;
			batch = [];
		}
	}
	if (!any) throw new DomainError('participation.errors.empty', 422, 'file');
	if (batch.length) yield batch;
}

/** The counts and errors of an import as it goes. */
export class Tally {
	rows = 0;
	created = 0;
	updated = 0;
	unchanged = 0;
	rejected = 0;
	errors: ImportReportSummary['errors'] = [];

	reject(line: number, errors: RowError[]): void {
		this.rejected++;
		for (const e of errors) if (this.errors.length < ERRORS_KEPT) this.errors.push({ row: line, ...e });
	}

	summary(dryRun: boolean): ImportReportSummary {
		const { rows, created, updated, unchanged, rejected, errors } = this;
		return { dryRun, rows, created, updated, unchanged, rejected, errors };
	}
}

class Rollback extends Error {
	constructor(readonly report: ImportReportSummary) {
		super('rollback');
	}
}

/**
 * Runs an import's work in one transaction. The dry run does the same work, database checks
 * included, and rolls it back; so does a run with any rejected row: all or nothing.
 */
export async function allOrNothing(db: Db, dryRun: boolean, work: (tx: Tx) => Promise<ImportReportSummary>): Promise<ImportReportSummary> {
	try {
		return await inTransaction(
			db,
			async (tx) => {
				const report = await work(tx);
				if (dryRun || report.rejected > 0 || report.fileError) throw new Rollback(report);
				return report;
			},
			{ public: false }
		);
	} catch (e) {
		if (e instanceof Rollback) return e.report;
		throw e;
	}
}
