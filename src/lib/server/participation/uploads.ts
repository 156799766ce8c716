/**
 * The import page's steps: the uploaded file is streamed to the data folder (DATA_DIR/imports)
 * and kept with its job; the secretariat maps its columns and runs the dry run, then commits, which runs in the
 * background while the page shows its progress. The file is deleted when the job ends.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { autoMapping, IMPORT_KINDS, type ImportKind } from '$lib/participation/columns';
import type { Ctx } from '../core/actor';
import { DomainError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { loadConfig } from '../config';
import { readFile, MAX_IMPORT_BYTES, tooLarge } from './read';
import * as jobs from './jobs';
import { importRegistrants } from './registrants';
import { importAttendance } from './attendance';
import type { ImportReportSummary } from './schema';

function folder(): string {
	const dir = path.join(loadConfig().dataDir, 'imports');
	fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
	return dir;
}

/** What the import page's upload gave: the job, or why nothing was kept (with the kind chosen, to show the form again). */
export type Received = { ok: true; job: jobs.ImportJob } | { ok: false; kind: string | null; error: DomainError };

const fileRequired = () => new DomainError('participation.errors.fileRequired', 400, 'file');

/** Room for the form's other parts and the multipart boundaries beside a file of the largest size. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * Receives the import page's form (multipart/form-data: `kind`, then `file`) as it arrives: the
 * file is streamed by busboy straight to the job's file in the data folder, counted as it comes,
 * never held in memory (request.formData() read all of it, up to 40 MB, into memory first). A
 * body that says it is too large is refused before it is read; one that turns out to be is cut off
 * at the limit. Refused with nothing kept (no file left, no job): no file or kind, an empty file,
 * one larger than the limit, one neither CSV nor XLSX. Otherwise the job is opened with the
 * automatic mapping of the file's header.
 */
export async function receive(ctx: Ctx, eventId: string, request: Request, max = MAX_IMPORT_BYTES): Promise<Received> {
	requireRoleIn(ctx.actor, 'secretariat');
	// What the parts gave, filled in by busboy's events.
	const form: {
		kind: string | null;
		file: { name: string; bytes: number; stream: Readable; writer: fs.WriteStream; saved: Promise<void> } | null;
	} = {
		kind: null,
		file: null
	};
	const type = request.headers.get('content-type') ?? '';
	const length = Number(request.headers.get('content-length') ?? NaN);
	if (!type.startsWith('multipart/form-data') || !request.body) return { ok: false, kind: null, error: fileRequired() };
	if (length > max + MULTIPART_SLACK) return { ok: false, kind: null, error: tooLarge() };

	const target = path.join(folder(), `${crypto.randomUUID()}.upload`);
	try {
		const parser = busboy({
			headers: { 'content-type': type },
			limits: { files: 1, fields: 10, fieldSize: 1024, parts: 20, fileSize: max }
		});
		parser.on('field', (name, value) => {
			if (name === 'kind') form.kind = value;
		});
		parser.on('file', (name, stream, info) => {
			if (name !== 'file' || form.file) return void stream.resume();
			const writer = fs.createWriteStream(target, { mode: 0o600 });
			const received = { name: info.filename ?? '', bytes: 0, stream, writer, saved: Promise.resolve() };
			stream.on('data', (chunk: Buffer) => (received.bytes += chunk.length));
			// busboy stops the file at the limit and says so; the upload stops there too (once busboy
			// is done with the event: it still marks the file truncated after it).
			stream.on('limit', () => process.nextTick(() => parser.destroy(tooLarge())));
			received.saved = pipeline(stream, writer);
			received.saved.catch(() => undefined); // awaited below, or dropped with the file
			form.file = received;
		});
		try {
			await pipeline(Readable.fromWeb(request.body as unknown as WebReadableStream), parser);
		} catch (e) {
			if (e instanceof DomainError) throw e;
			throw new DomainError('participation.errors.unreadable', 422, 'file', { reason: (e as Error).message.slice(0, 200) });
		}
		const { kind, file } = form;
		if (!file || !file.name || !IMPORT_KINDS.includes(kind as ImportKind)) throw fileRequired();
		await file.saved;
		if (file.bytes === 0) throw new DomainError('participation.errors.empty', 422, 'file');
		const job = await open(ctx, eventId, kind as ImportKind, { path: target, name: file.name, bytes: file.bytes });
		return { ok: true, job };
	} catch (e) {
		if (form.file) {
			const { stream, writer, saved } = form.file;
			stream.destroy();
			await saved.catch(() => undefined);
			// A file stream stopped early may still be opening its file: remove it once it is closed.
			if (!writer.closed) await new Promise<void>((resolve) => writer.once('close', () => resolve()));
		}
		fs.rmSync(target, { force: true });
		if (e instanceof DomainError) return { ok: false, kind: form.kind, error: e };
		throw e;
	}
}

/** Reads the saved file's header (its format told by its bytes) and opens its job with the automatic mapping. */
async function open(ctx: Ctx, eventId: string, kind: ImportKind, file: { path: string; name: string; bytes: number }) {
	const { format, records } = await readFile(fs.createReadStream(file.path));
	const first = await records.next();
	await records.return(undefined);
	if (first.done) throw new DomainError('participation.errors.empty', 422, 'file');
	const headers = first.value.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
	return jobs.claim(ctx.db, ctx.actor, {
		eventId,
		kind,
		format,
		status: 'uploaded',
		fileName: file.name.slice(0, 200),
		filePath: file.path,
		bytes: file.bytes,
		headers,
		mapping: autoMapping(kind, headers)
	});
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
