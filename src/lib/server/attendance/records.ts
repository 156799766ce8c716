import { and, eq, isNull } from 'drizzle-orm';
import { registrantNameParam } from '$lib/registration/names';
import type { ParticipationMode, RegistrationStatus } from '$lib/registration/types';
import { isEventDay } from '$lib/domain/attendance';
import { DomainError } from '../core/errors';
import type { Db, Tx } from '../db/client';
import type { EventSummary } from '../dialogues';
import { isUuid } from '../web/params';
import { programmeItems } from '../programme/schema';
import { registrations } from '../registration/schema';
import { attendance } from './schema';

/** The shared checks of every attendance write: the event, the day, the programme item, the registration. */

/** The event an attendance operation works on (its summary, read once). */
export type EventDates = EventSummary;

export function requireEventDay(event: EventDates, day: string): void {
	if (!isEventDay(day, event.startDate, event.endDate)) {
		throw new DomainError('attendance.errors.dayOutside', 422, 'day', { day, first: event.startDate, last: event.endDate });
	}
}

/** A programme item must be one of this event's, and on the day recorded when it has a day. */
export async function requireItemOf(db: Db | Tx, event: EventDates, itemId: string | null | undefined, day: string): Promise<void> {
	if (!itemId) return;
	const [item] = isUuid(itemId)
		? await db
				.select({ eventId: programmeItems.eventId, day: programmeItems.day })
				.from(programmeItems)
				.where(eq(programmeItems.id, itemId))
		: [];
	if (!item || item.eventId !== event.id) throw new DomainError('attendance.errors.itemOtherEvent', 422, 'programmeItemId');
	if (item.day && item.day !== day) throw new DomainError('attendance.errors.itemOtherDay', 422, 'programmeItemId', { day: item.day });
}

export const registrationColumns = {
	id: registrations.id,
	eventId: registrations.eventId,
	number: registrations.number,
	honorific: registrations.honorific,
	givenName: registrations.givenName,
	familyName: registrations.familyName,
	email: registrations.email,
	affiliation: registrations.affiliation,
	status: registrations.status,
	mode: registrations.mode,
	erasedAt: registrations.erasedAt
};

export interface Registrant {
	id: string;
	eventId: string;
	number: number;
	honorific: string | null;
	givenName: string | null;
	familyName: string | null;
	email: string | null;
	affiliation: string | null;
	status: RegistrationStatus;
	mode: ParticipationMode;
	erasedAt: Date | null;
}

const STATUS_ERRORS = {
	pending: 'attendance.errors.status.pending',
	waitlisted: 'attendance.errors.status.waitlisted',
	rejected: 'attendance.errors.status.rejected',
	withdrawn: 'attendance.errors.status.withdrawn'
} as const;

/**
 * The registration a check-in names, by its QR code or its id, refused unless it belongs to this
 * event, is approved and still holds its personal data. Unknown codes and codes of other events get
 * different messages: the secretariat at the door needs to know which it is.
 */
export async function admissibleRegistration(
	db: Db | Tx,
	eventId: string,
	by: { code?: string; registrationId?: string },
	field: string
): Promise<Registrant> {
	let row: Registrant | undefined;
	if (by.registrationId !== undefined) {
		if (isUuid(by.registrationId))
			[row] = await db.select(registrationColumns).from(registrations).where(eq(registrations.id, by.registrationId));
		if (!row) throw new DomainError('attendance.errors.unknownRegistration', 422, field);
	} else {
		const code = by.code?.trim() ?? '';
		if (code) [row] = await db.select(registrationColumns).from(registrations).where(eq(registrations.checkInToken, code));
		if (!row) throw new DomainError('attendance.errors.unknownCode', 422, field);
	}
	if (row.eventId !== eventId) throw new DomainError('attendance.errors.otherEvent', 422, field);
	if (row.erasedAt) throw new DomainError('attendance.errors.erased', 422, field, { number: row.number });
	if (row.status !== 'approved') throw new DomainError(STATUS_ERRORS[row.status], 422, field, { name: registrantNameParam(row) });
	return row;
}

/** The record that already holds this registration's place on that day, item and mode, if any. */
export async function existingRecord(
	db: Db | Tx,
	key: { registrationId: string; day: string; programmeItemId: string | null; mode: 'in-room' | 'online' }
) {
	const [row] = await db
		.select()
		.from(attendance)
		.where(
			and(
				eq(attendance.registrationId, key.registrationId),
				eq(attendance.day, key.day),
				key.programmeItemId ? eq(attendance.programmeItemId, key.programmeItemId) : isNull(attendance.programmeItemId),
				eq(attendance.mode, key.mode)
			)
		);
	return row ?? null;
}
