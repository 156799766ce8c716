import { sql } from 'drizzle-orm';
import type { Params } from '$lib/i18n';
import { bigint, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, index } from 'drizzle-orm/pg-core';
import { id } from '../db/columns';
import { events } from '../dialogues/schema';
import { users } from '../auth/schema';
import { IMPORT_KINDS } from '../../participation/columns';

export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** The statuses that hold an event's one import slot. */
export const ACTIVE_IMPORT_STATUSES = ['uploaded', 'running'] as const;

export interface ImportReportSummary {
	dryRun: boolean;
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	rejected: number;
	/** The first rows' errors (the page and the API show these; the counts say how many there are). */
	errors: { row: number; column: string; key: string; params?: Params }[];
	/** A problem with the file as a whole (its columns, its size), instead of per-row errors. */
	fileError?: { key: string; params?: Params };
}

/**
 * An import of a participation file into an event, from upload to commit. The uploaded file waits
 * in the data folder between the dry run and the commit (`filePath`); progress is counted in rows.
 * The partial unique index lets an event have one import under way at a time, whoever starts it
 * and on whichever server process: a second one is refused by the database itself.
 */
export const participationImports = pgTable(
	'participation_imports',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
		format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
		fileName: text('file_name'),
		filePath: text('file_path'),
		bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
		/** The file's header row as read, and what each column maps to (a key or `ignore`). */
		headers: jsonb('headers').$type<string[]>().notNull().default([]),
		mapping: jsonb('mapping').$type<(string | null)[]>().notNull().default([]),
		status: text('status', { enum: IMPORT_STATUSES }).notNull(),
		rowsTotal: integer('rows_total'),
		rowsDone: integer('rows_done').notNull().default(0),
		report: jsonb('report').$type<ImportReportSummary>(),
		startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
		startedByLabel: text('started_by_label').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('participation_imports_one_active_per_event')
			.on(t.eventId)
			.where(sql`${t.status} in ('uploaded', 'running')`),
		index().on(t.eventId, t.createdAt)
	]
);
