import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import type { MessageKey, Params } from '$lib/i18n';
import { isEventDay, joinLogColumn, parseJoinTime } from '$lib/domain/attendance';
import { namedFields, type Named } from '$lib/registration/names';
import { dayIn, timeIn } from '$lib/domain/time-zones';
import type { Ctx } from '../core/actor';
import { DomainError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { registrations } from '../registration/schema';
import { attendance } from './schema';
import { eventSummary } from '../dialogues';
import type { EventDates } from './records';

/** A row the import cannot take, by its line in the file (the header is line 1). */
export interface JoinLogProblem {
	row: number;
	key: MessageKey;
	params?: Params;
}

/** A row that would be (or was) recorded as online attendance, with who it names. */
export interface JoinLogEntry extends Named {
	row: number;
	registrationId: string;
	email: string;
	day: string;
	/** The join time in the event's time zone, HH:MM. */
	time: string;
	joinedAt: Date;
}

export interface JoinLogReport {
	dryRun: boolean;
	/** Data rows read (the header not counted). */
	rows: number;
	/** New records: what would be recorded (dry run) or was. */
	entries: JoinLogEntry[];
	/** Rows already recorded (earlier or higher up in the same file): not errors, not recorded again. */
	duplicates: number;
	problems: JoinLogProblem[];
	recorded: number;
}

const MAX_ROWS = 100_000;
const CHUNK = 1000;

interface Row {
	line: number;
	email: string;
	time: string;
}

/** The file's rows: a header naming an e-mail column and a join-time column, then one row per join. */
function readRows(csvText: string): Row[] {
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(csvText, {
			bom: true,
			delimiter: [',', ';', '\t'],
			relax_column_count: true,
			skip_empty_lines: true,
			trim: true,
			info: true
		}) as unknown as typeof records;
	} catch {
		throw new DomainError('attendance.errors.importUnreadable', 422, 'file');
	}
	const [header, ...data] = records;
	if (!header || !data.length) throw new DomainError('attendance.errors.importEmpty', 422, 'file');
	const columns = header.record.map(joinLogColumn);
	const emailAt = columns.indexOf('email');
	const timeAt = columns.indexOf('joinTime');
	if (emailAt < 0 || timeAt < 0) throw new DomainError('attendance.errors.importColumns', 422, 'file');
	if (data.length > MAX_ROWS) throw new DomainError('attendance.errors.importTooLarge', 413, 'file', { max: MAX_ROWS });
	return data.map(({ record, info }) => ({ line: info.lines, email: (record[emailAt] ?? '').toLowerCase(), time: record[timeAt] ?? '' }));
}

async function analyse(db: Db | Tx, event: EventDates, rows: Row[], dryRun: boolean): Promise<JoinLogReport> {
	const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
	const byEmail = new Map<string, Named & { id: string; status: string }>();
	for (let i = 0; i < emails.length; i += CHUNK) {
		const found = await db
			.select({
				id: registrations.id,
				number: registrations.number,
				status: registrations.status,
				email: sql<string>`lower(${registrations.email})`,
				honorific: registrations.honorific,
				givenName: registrations.givenName,
				familyName: registrations.familyName,
				erasedAt: registrations.erasedAt
			})
			.from(registrations)
			.where(and(eq(registrations.eventId, event.id), inArray(sql`lower(${registrations.email})`, emails.slice(i, i + CHUNK))));
		// A live registration wins over a withdrawn one of the same address.
		for (const f of found) if (!byEmail.has(f.email) || f.status !== 'withdrawn') byEmail.set(f.email, f);
	}

	const problems: JoinLogProblem[] = [];
	const candidates: JoinLogEntry[] = [];
	for (const row of rows) {
		const who = row.email ? byEmail.get(row.email) : undefined;
		if (!who) {
			problems.push({ row: row.line, key: 'attendance.errors.rowUnknownEmail', params: { email: row.email } });
			continue;
		}
		if (who.status !== 'approved') {
			problems.push({ row: row.line, key: 'attendance.errors.rowNotApproved', params: { email: row.email } });
			continue;
		}
		const joinedAt = parseJoinTime(row.time, event.timeZone);
		if (!joinedAt) {
			problems.push({ row: row.line, key: 'attendance.errors.rowTime', params: { value: row.time } });
			continue;
		}
		const day = dayIn(joinedAt, event.timeZone);
		if (!isEventDay(day, event.startDate, event.endDate)) {
			problems.push({ row: row.line, key: 'attendance.errors.rowDay', params: { day } });
			continue;
		}
		candidates.push({
			row: row.line,
			registrationId: who.id,
			...namedFields(who),
			email: row.email,
			day,
			time: timeIn(joinedAt, event.timeZone),
			joinedAt
		});
	}

	// Already recorded online for that day (as a whole, not per item), or twice in this file: duplicates.
	const seen = new Set<string>();
	const ids = [...new Set(candidates.map((c) => c.registrationId))];
	for (let i = 0; i < ids.length; i += CHUNK) {
		const existing = await db
			.select({ registrationId: attendance.registrationId, day: attendance.day })
			.from(attendance)
			.where(
				and(inArray(attendance.registrationId, ids.slice(i, i + CHUNK)), eq(attendance.mode, 'online'), isNull(attendance.programmeItemId))
			);
		for (const e of existing) seen.add(`${e.registrationId} ${e.day}`);
	}
	const entries: JoinLogEntry[] = [];
	for (const c of candidates) {
		const key = `${c.registrationId} ${c.day}`;
		if (seen.has(key)) continue;
		seen.add(key);
		entries.push(c);
	}
	return { dryRun, rows: rows.length, entries, duplicates: candidates.length - entries.length, problems, recorded: 0 };
}

/**
 * Imports a meeting tool's join log (CSV: an e-mail and a join time per row) as online attendance
 * (source `online-join`), matching the event's registrations by e-mail whatever the case, the day
 * taken from the join time in the event's time zone. A dry run reports what would be recorded and
 * every row's problem, writing nothing; the real run is all-or-nothing: one bad row refuses the whole
 * file, naming the rows.
 */
export async function importJoinLog(ctx: Ctx, eventId: string, csvText: string, options: { dryRun: boolean }): Promise<JoinLogReport> {
	requireRoleIn(ctx.actor, 'secretariat');
	const event = await eventSummary(ctx.db, eventId);
	const rows = readRows(csvText);
	if (options.dryRun) return analyse(ctx.db, event, rows, true);
	return inTransaction(
		ctx.db,
		async (tx) => {
			const report = await analyse(tx, event, rows, false);
			if (report.problems.length) {
				const lines = report.problems.map((p) => p.row);
				throw new DomainError('attendance.errors.importRejected', 422, 'file', {
					count: lines.length,
					rows: lines.slice(0, 20).join(', ') + (lines.length > 20 ? ', …' : '')
				});
			}
			let recorded = 0;
			for (let i = 0; i < report.entries.length; i += CHUNK) {
				const inserted = await tx
					.insert(attendance)
					.values(
						report.entries.slice(i, i + CHUNK).map((e) => ({
							eventId: event.id,
							registrationId: e.registrationId,
							day: e.day,
							mode: 'online' as const,
							source: 'online-join' as const,
							joinedAt: e.joinedAt,
							recordedBy: ctx.actor.label
						}))
					)
					.onConflictDoNothing()
					.returning({ id: attendance.id });
				recorded += inserted.length;
			}
			await audit.record(tx, ctx.actor, {
				action: 'attendance.import-join-log',
				entityType: 'event',
				entityId: event.id,
				after: { rows: report.rows, recorded, duplicates: report.duplicates + report.entries.length - recorded }
			});
			return { ...report, recorded, duplicates: report.duplicates + report.entries.length - recorded };
		},
		{ public: false }
	);
}
