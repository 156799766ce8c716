/**
 * Import jobs: the record of an import from upload to commit, and the one-import-per-event slot.
 * The slot is the partial unique index on the table: claiming it is an INSERT that the database
 * refuses while another import of the event is uploaded or running. A job left behind by a stopped
 * server is released after a while (an upload after a day, a run after half an hour), so an event
 * is never blocked for good.
 */
import fs from 'node:fs';
import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { ImportKind } from '$lib/participation/columns';
import type { Actor } from '../core/actor';
import { DomainError } from '../core/errors';
import { isUniqueViolation } from '../core/db-errors';
import type { Db } from '../db/client';
import type { FileFormat } from './read';
import { participationImports, type ImportReportSummary, type ImportStatus } from './schema';

export type ImportJob = typeof participationImports.$inferSelect;

const UPLOAD_EXPIRES_MS = 24 * 3600_000;
const RUN_EXPIRES_MS = 30 * 60_000;

/** Rows done of the imports running in this process, for the progress bar (the row is written at the end). */
const progress = new Map<string, { done: number; total: number | null }>();

export function setProgress(jobId: string, done: number, total: number | null): void {
	progress.set(jobId, { done, total });
}

export function progressOf(job: ImportJob): { done: number; total: number | null } {
	return progress.get(job.id) ?? { done: job.rowsDone, total: job.rowsTotal };
}

/** Releases the slots of jobs that nobody finished (a crashed server, an abandoned upload). */
async function expireStale(db: Db, eventId: string): Promise<void> {
	const now = Date.now();
	const stale = await db
		.update(participationImports)
		.set({ status: 'failed', updatedAt: new Date(), finishedAt: new Date() })
		.where(
			and(
				eq(participationImports.eventId, eventId),
				or(
					and(eq(participationImports.status, 'uploaded'), lt(participationImports.updatedAt, new Date(now - UPLOAD_EXPIRES_MS))),
					and(eq(participationImports.status, 'running'), lt(participationImports.updatedAt, new Date(now - RUN_EXPIRES_MS)))
				)
			)
		)
		.returning({ filePath: participationImports.filePath });
	for (const s of stale) if (s.filePath) fs.rmSync(s.filePath, { force: true });
}

/** Takes the event's import slot, or says that another import is under way. */
export async function claim(
	db: Db,
	actor: Actor,
	input: {
		eventId: string;
		kind: ImportKind;
		format: FileFormat;
		status: Extract<ImportStatus, 'uploaded' | 'running'>;
		fileName?: string;
		filePath?: string;
		bytes?: number;
		headers?: string[];
		mapping?: (string | null)[];
	}
): Promise<ImportJob> {
	await expireStale(db, input.eventId);
	try {
		const [job] = await db
			.insert(participationImports)
			.values({ ...input, startedBy: actor.userId, startedByLabel: actor.label })
			.returning();
		return job;
	} catch (e) {
		if (isUniqueViolation(e, 'participation_imports_one_active_per_event'))
			throw new DomainError('participation.errors.importRunning', 409, 'file');
		throw e;
	}
}

export async function get(db: Db, eventId: string, jobId: string): Promise<ImportJob | null> {
	const [job] = await db
		.select()
		.from(participationImports)
		.where(and(eq(participationImports.id, jobId), eq(participationImports.eventId, eventId)));
	return job ?? null;
}

export async function update(
	db: Db,
	jobId: string,
	values: Partial<Pick<ImportJob, 'status' | 'mapping' | 'report' | 'rowsTotal' | 'rowsDone'>>
): Promise<void> {
	await db
		.update(participationImports)
		.set({ ...values, updatedAt: new Date() })
		.where(eq(participationImports.id, jobId));
}

/** Ends a job: its report is kept, its file deleted, its slot released. */
export async function finish(db: Db, jobId: string, status: 'done' | 'failed' | 'cancelled', report?: ImportReportSummary) {
	progress.delete(jobId);
	const [job] = await db
		.update(participationImports)
		.set({
			status,
			...(report ? { report, rowsDone: report.rows, rowsTotal: report.rows } : {}),
			filePath: null,
			updatedAt: new Date(),
			finishedAt: new Date()
		})
		.where(eq(participationImports.id, jobId))
		.returning();
	return job;
}

/** Deletes a job's uploaded file (after its end). */
export function removeFile(path: string | null | undefined): void {
	if (path) fs.rmSync(path, { force: true });
}

/** The latest imports of an event, newest first. */
export function recent(db: Db, eventId: string, limit = 10) {
	return db
		.select()
		.from(participationImports)
		.where(eq(participationImports.eventId, eventId))
		.orderBy(desc(participationImports.createdAt))
		.limit(limit);
}

/** The event's import holding the slot, if any. */
export async function active(db: Db, eventId: string): Promise<ImportJob | null> {
	const [job] = await db
		.select()
		.from(participationImports)
		.where(and(eq(participationImports.eventId, eventId), inArray(participationImports.status, ['uploaded', 'running'])));
	return job ?? null;
}
