/**
 * The import page's steps: the uploaded file is kept in the data folder (DATA_DIR/imports) with
 * its job; the secretariat maps its columns and runs the dry run, then commits, which runs in the
 * background while the page shows its progress. The file is deleted when the job ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { autoMapping, type ImportKind } from '$lib/participation/columns';
import type { Ctx } from '../core/actor';
import { DomainError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { loadConfig } from '../config';
import { byteLimit, readFile, MAX_IMPORT_BYTES, tooLarge } from './read';
import * as jobs from './jobs';
import { importRegistrants } from './registrants';
import { importAttendance } from './attendance';
import type { ImportReportSummary } from './schema';

function folder(): string {
	const dir = path.join(loadConfig().dataDir, 'imports');
	fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
	return dir;
}

/** Saves an uploaded file (streamed to disk, size-checked) and opens its job with the automatic mapping. */
export async function upload(ctx: Ctx, eventId: string, kind: ImportKind, file: File): Promise<jobs.ImportJob> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
	if (file.size === 0) throw new DomainError('participation.errors.empty', 422, 'file');
	const target = path.join(folder(), `${crypto.randomUUID()}.upload`);
	try {
		await pipeline(
			byteLimit(Readable.fromWeb(file.stream() as unknown as WebReadableStream)),
			fs.createWriteStream(target, { mode: 0o600 })
		);
		const { format, records } = await readFile(fs.createReadStream(target));
		const first = await records.next();
		await records.return(undefined);
		if (first.done) throw new DomainError('participation.errors.empty', 422, 'file');
		const headers = first.value.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
		return await jobs.claim(ctx.db, ctx.actor, {
			eventId,
			kind,
			format,
			status: 'uploaded',
			fileName: file.name.slice(0, 200),
			filePath: target,
			bytes: file.size,
			headers,
			mapping: autoMapping(kind, headers)
		});
	} catch (e) {
		fs.rmSync(target, { force: true });
		throw e;
	}
}

const runner = (kind: ImportKind) => (kind === 'registrants' ? importRegistrants : importAttendance);

async function pendingJob(ctx: Ctx, eventId: string, jobId: string) {
	requireRoleIn(ctx.actor, 'secretariat');
	const job = await jobs.get(ctx.db, eventId, jobId);
	if (!job) throw new DomainError('errors.notFound', 404);
	if (job.status !== 'uploaded' || !job.filePath || !fs.existsSync(job.filePath))
		throw new DomainError('participation.errors.jobGone', 409, 'file');
	return job;
}

/** The dry run with the secretariat's mapping; the report and the mapping are kept with the job. */
export async function check(ctx: Ctx, eventId: string, jobId: string, mapping: (string | null)[]): Promise<ImportReportSummary> {
	const job = await pendingJob(ctx, eventId, jobId);
	await jobs.update(ctx.db, job.id, { mapping });
	let report: ImportReportSummary;
	try {
		report = await runner(job.kind)(ctx, eventId, fs.createReadStream(job.filePath!), { dryRun: true, mapping });
	} catch (e) {
		if (!(e instanceof DomainError) || e.status === 404 || e.status === 403) throw e;
		report = {
			dryRun: true,
			rows: 0,
			created: 0,
			updated: 0,
			unchanged: 0,
			rejected: 0,
			errors: [],
			fileError: { key: e.code, params: e.params }
		};
	}
	await jobs.update(ctx.db, job.id, { report, rowsTotal: report.rows, rowsDone: 0 });
	return report;
}

/** Starts the commit in the background (the page follows its progress); refused unless a clean dry run came first. */
export async function commit(ctx: Ctx, eventId: string, jobId: string): Promise<void> {
	const job = await pendingJob(ctx, eventId, jobId);
	if (!job.report || job.report.rejected || job.report.fileError) throw new DomainError('participation.errors.jobGone', 409, 'file');
	await jobs.update(ctx.db, job.id, { status: 'running', rowsDone: 0 });
	jobs.setProgress(job.id, 0, job.rowsTotal);
	void (async () => {
		try {
			const report = await runner(job.kind)(ctx, eventId, fs.createReadStream(job.filePath!), {
				dryRun: false,
				mapping: job.mapping,
				onProgress: (done) => jobs.setProgress(job.id, done, job.rowsTotal)
			});
			await jobs.finish(ctx.db, job.id, report.rejected || report.fileError ? 'failed' : 'done', report);
		} catch (e) {
			const fileError = e instanceof DomainError ? { key: e.code, params: e.params } : { key: 'errors.unexpected' };
			if (!(e instanceof DomainError)) console.error('[participation import]', e);
			await jobs.finish(ctx.db, job.id, 'failed', { ...job.report!, dryRun: false, fileError });
		} finally {
			jobs.removeFile(job.filePath);
		}
	})();
}

export async function cancel(ctx: Ctx, eventId: string, jobId: string): Promise<void> {
	const job = await pendingJob(ctx, eventId, jobId);
	await jobs.finish(ctx.db, job.id, 'cancelled');
	jobs.removeFile(job.filePath);
}
