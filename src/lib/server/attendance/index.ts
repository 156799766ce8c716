import { and, asc, countDistinct, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AttendanceMode, AttendanceSource } from '$lib/attendance/types';
import { namedFields, registrantNameParam, type Named } from '$lib/registration/names';
import type { ParticipationMode } from '$lib/registration/types';
import { ACCENTED, PLAIN, codeFromScan, defaultDay, eventDays, searchable } from '$lib/domain/attendance';
import { dayIn, timeIn } from '$lib/domain/time-zones';
import type { FieldError } from '$lib/validation';
import type { Ctx } from '../core/actor';
import { DomainError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Db } from '../db/client';
import { likePattern } from '../db/like';
import * as audit from '../audit';
import { eventSummary, findEventSummary, type EventSummary } from '../dialogues';
import { programmeItems } from '../programme/schema';
import { registrations } from '../registration/schema';
import { attendance } from './schema';
import { admissibleRegistration, existingRecord, registrationColumns, requireEventDay, requireItemOf, type EventDates } from './records';

export { checkInUrl, qrPng, qrSvg } from './qr';
export { importJoinLog, type JoinLogReport, type JoinLogProblem, type JoinLogEntry } from './join-log';

export type AttendanceRecord = typeof attendance.$inferSelect;

/**
 * What the check-in and attendance pages need of an event: its title, days, the day they open on
 * (today in its time zone while the event is on, else its first day) and programme items in order.
 * Null when there is no such event.
 */
export async function eventForAttendance(db: Db, eventId: string) {
	const event = await findEventSummary(db, eventId);
	if (!event) return null;
	const items = await db
		.select({ id: programmeItems.id, titles: programmeItems.titles, day: programmeItems.day })
		.from(programmeItems)
		.where(eq(programmeItems.eventId, event.id))
		.orderBy(asc(programmeItems.position));
	const today = dayIn(new Date(), event.timeZone);
	return {
		...event,
		days: eventDays(event.startDate, event.endDate),
		defaultDay: defaultDay(today, event.startDate, event.endDate),
		items
	};
}

export interface CheckInInput {
	eventId: string;
	/** The secret a QR code carries (scanned or typed); or else: */
	code?: string;
	/** The registration found by name on the check-in page. */
	registrationId?: string;
	day: string;
	programmeItemId?: string | null;
	mode?: 'in-room';
}

export interface RecordOnlineInput {
	eventId: string;
	registrationId: string;
	day: string;
	programmeItemId?: string | null;
	joinedAt?: Date | null;
}

/** What a page tells the secretariat after a record: who (named by registrantName), at what time (event's zone). */
export interface Recorded extends Named {
	record: AttendanceRecord;
	time: string;
}

interface WriteInput {
	eventId: string;
	by: { code?: string; registrationId?: string };
	field: string;
	day: string;
	programmeItemId: string | null;
	mode: AttendanceMode;
	source: AttendanceSource;
	joinedAt: Date | null;
	action: string;
}

async function record(ctx: Ctx, input: WriteInput): Promise<Recorded> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(
		ctx.db,
		async (tx) => {
			const event = await eventSummary(tx, input.eventId);
			requireEventDay(event, input.day);
			await requireItemOf(tx, event, input.programmeItemId, input.day);
			const who = await admissibleRegistration(tx, event.id, input.by, input.field);
			// The unique constraint decides, so two scanners at two doors cannot both record the same person.
			const [row] = await tx
				.insert(attendance)
				.values({
					eventId: event.id,
					registrationId: who.id,
					day: input.day,
					programmeItemId: input.programmeItemId,
					mode: input.mode,
					source: input.source,
					joinedAt: input.joinedAt,
					recordedBy: ctx.actor.label
				})
				.onConflictDoNothing()
				.returning();
			if (!row) {
				const earlier = await existingRecord(tx, {
					registrationId: who.id,
					day: input.day,
					programmeItemId: input.programmeItemId,
					mode: input.mode
				});
				const key = input.mode === 'online' ? 'attendance.errors.alreadyOnline' : 'attendance.errors.alreadyCheckedIn';
				throw new DomainError(key, 409, input.field, {
					name: registrantNameParam(who),
					time: earlier ? timeIn(earlier.recordedAt, event.timeZone) : '?'
				});
			}
			await audit.record(tx, ctx.actor, { action: input.action, entityType: 'attendance', entityId: row.id, after: row });
			return { record: row, ...namedFields(who), time: timeIn(row.recordedAt, event.timeZone) };
		},
		{ public: false }
	);
}

/**
 * Records that a participant is in the room on a day (or at a programme item): from a QR code
 * (source `qr-scan`) or from the name search (source `manual`). A second check-in of the same day,
 * item and mode is refused with the time of the first; nothing is written.
 */
export function checkIn(ctx: Ctx, input: CheckInInput): Promise<Recorded> {
	const byCode = input.registrationId === undefined;
	return record(ctx, {
		eventId: input.eventId,
		by: byCode ? { code: codeFromScan(input.code ?? '') } : { registrationId: input.registrationId },
		field: byCode ? 'code' : 'registrationId',
		day: input.day,
		programmeItemId: input.programmeItemId ?? null,
		mode: 'in-room',
		source: byCode ? 'qr-scan' : 'manual',
		joinedAt: null,
		action: 'attendance.check-in'
	});
}

/** Records online attendance by hand (source `manual`), e.g. from a meeting tool's participant list. */
export function recordOnline(ctx: Ctx, input: RecordOnlineInput): Promise<Recorded> {
	return record(ctx, {
		eventId: input.eventId,
		by: { registrationId: input.registrationId },
		field: 'registrationId',
		day: input.day,
		programmeItemId: input.programmeItemId ?? null,
		mode: 'online',
		source: 'manual',
		joinedAt: input.joinedAt ?? null,
		action: 'attendance.record-online'
	});
}

export type Preview =
	| {
			ok: true;
			registration: Named & { id: string; affiliation: string | null; mode: ParticipationMode };
			checkedInAt: string | null;
	  }
	| { ok: false; error: FieldError };

/**
 * Who a code names, for the check-in page opened from a QR code: the same checks as a check-in,
 * nothing written, and whether they are already in for that day and item.
 */
export async function preview(
	ctx: Ctx,
	event: Pick<EventSummary, 'id' | 'timeZone'>,
	code: string,
	day: string,
	programmeItemId: string | null = null
): Promise<Preview> {
	requireRoleIn(ctx.actor, 'secretariat');
	try {
		const who = await admissibleRegistration(ctx.db, event.id, { code: codeFromScan(code) }, 'code');
		const earlier = await existingRecord(ctx.db, { registrationId: who.id, day, programmeItemId, mode: 'in-room' });
		return {
			ok: true,
			registration: { id: who.id, ...namedFields(who), affiliation: who.affiliation, mode: who.mode },
			checkedInAt: earlier ? timeIn(earlier.recordedAt, event.timeZone) : null
		};
	} catch (e) {
		if (e instanceof DomainError && e.status === 422) return { ok: false, error: { key: e.code, params: e.params } };
		throw e;
	}
}

const plain = (column: SQL) => sql`translate(lower(${column}), ${ACCENTED}, ${PLAIN})`;

export interface SearchResult extends Named {
	id: string;
	email: string | null;
	affiliation: string | null;
	mode: ParticipationMode;
	/** When given a day: the time they were recorded in this mode (HH:MM), or null. */
	recordedAt: string | null;
}

/**
 * Approved registrations of the event whose name or e-mail holds every word of the query, without
 * regard to case or accents ("gomez" finds Gómez); a number finds the participant number.
 */
export async function search(
	db: Db,
	event: Pick<EventSummary, 'id' | 'timeZone'>,
	query: string,
	at?: { day: string; programmeItemId?: string | null; mode?: AttendanceMode }
): Promise<SearchResult[]> {
	const words = searchable(query).split(/\s+/).filter(Boolean).slice(0, 5);
	if (!words.length) return [];
	const haystack = plain(
		sql`coalesce(${registrations.givenName}, '') || ' ' || coalesce(${registrations.familyName}, '') || ' ' || coalesce(${registrations.email}, '')`
	);
	const byWords = and(...words.map((w) => sql`${haystack} like ${likePattern(w)}`));
	const byNumber = /^\d{1,9}$/.test(query.trim()) ? eq(registrations.number, Number(query.trim())) : undefined;
	const rows = await db
		.select(registrationColumns)
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, event.id),
				eq(registrations.status, 'approved'),
				sql`${registrations.erasedAt} is null`,
				byNumber ? sql`(${byWords} or ${byNumber})` : byWords
			)
		)
		.orderBy(asc(sql`lower(${registrations.familyName})`), asc(sql`lower(${registrations.givenName})`), asc(registrations.number))
		.limit(25);
	const recorded = new Map<string, Date>();
	if (at && rows.length) {
		const item = at.programmeItemId ?? null;
		const found = await db
			.select({ registrationId: attendance.registrationId, recordedAt: attendance.recordedAt })
			.from(attendance)
			.where(
				and(
					inArray(
						attendance.registrationId,
						rows.map((r) => r.id)
					),
					eq(attendance.day, at.day),
					eq(attendance.mode, at.mode ?? 'in-room'),
					item ? eq(attendance.programmeItemId, item) : sql`${attendance.programmeItemId} is null`
				)
			);
		for (const f of found) recorded.set(f.registrationId, f.recordedAt);
	}
	return rows.map((r) => {
		const at = recorded.get(r.id);
		return {
			id: r.id,
			...namedFields(r),
			email: r.email,
			affiliation: r.affiliation,
			mode: r.mode,
			recordedAt: at ? timeIn(at, event.timeZone) : null
		};
	});
}

export interface DayCount {
	day: string;
	/** Distinct participants in the room that day (at the day or at any item). */
	inRoom: number;
	online: number;
	/** Distinct participants present in either mode. */
	people: number;
}

export const LIST_LIMIT = 1000;

/**
 * An event's attendance: per day, the distinct participants in the room, online and in all (every
 * day of the event, zeros included), and the records (of one day, if given), newest first.
 */
export async function forEvent(db: Db, event: EventDates, day?: string) {
	const where = and(eq(attendance.eventId, event.id), day ? eq(attendance.day, day) : undefined);
	const [byMode, byDay, rows] = await Promise.all([
		db
			.select({ day: attendance.day, mode: attendance.mode, n: countDistinct(attendance.registrationId) })
			.from(attendance)
			.where(eq(attendance.eventId, event.id))
			.groupBy(attendance.day, attendance.mode),
		db
			.select({ day: attendance.day, n: countDistinct(attendance.registrationId) })
			.from(attendance)
			.where(eq(attendance.eventId, event.id))
			.groupBy(attendance.day),
		db
			.select({
				id: attendance.id,
				day: attendance.day,
				mode: attendance.mode,
				source: attendance.source,
				recordedAt: attendance.recordedAt,
				joinedAt: attendance.joinedAt,
				recordedBy: attendance.recordedBy,
				number: registrations.number,
				honorific: registrations.honorific,
				givenName: registrations.givenName,
				familyName: registrations.familyName,
				erasedAt: registrations.erasedAt,
				itemTitles: programmeItems.titles
			})
			.from(attendance)
			.innerJoin(registrations, eq(registrations.id, attendance.registrationId))
			.leftJoin(programmeItems, eq(programmeItems.id, attendance.programmeItemId))
			.where(where)
			.orderBy(desc(attendance.recordedAt), asc(registrations.number))
			.limit(LIST_LIMIT)
	]);
	const days: DayCount[] = eventDays(event.startDate, event.endDate).map((d) => ({
		day: d,
		inRoom: byMode.find((c) => c.day === d && c.mode === 'in-room')?.n ?? 0,
		online: byMode.find((c) => c.day === d && c.mode === 'online')?.n ?? 0,
		people: byDay.find((c) => c.day === d)?.n ?? 0
	}));
	const records = rows.map((r) => ({
		id: r.id,
		day: r.day,
		mode: r.mode,
		source: r.source,
		...namedFields(r),
		itemTitles: r.itemTitles,
		time: timeIn(r.joinedAt ?? r.recordedAt, event.timeZone),
		recordedBy: r.recordedBy
	}));
	return { event, days, records, truncated: rows.length === LIST_LIMIT };
}
