import crypto from 'node:crypto';
import type { ParticipationMode, RegistrationStatus } from '$lib/registration/types';
import type { Db } from '../db/client';
import { programmeItems } from '../programme/schema';
import { registrations } from '../registration/schema';
import { openTestEvent } from './events';

/**
 * Events and registrations for the attendance tests, written straight into the tables (the
 * registration operations are another capability's; these tests only need approved people).
 */
export async function attendanceEvent(
	db: Db,
	dates: { startDate: string; endDate: string; timeZone?: string } = { startDate: '2024-05-21', endDate: '2024-05-22' }
) {
	const { event, form } = await openTestEvent(db, {
		label: 'Attendance',
		kind: 'workshop',
		startDate: dates.startDate,
		endDate: dates.endDate,
		timeZone: dates.timeZone
	});
	let number = 0;
	let position = 0;
	return {
		event,
		/** Adds a registration (approved and in the room unless told otherwise). */
		async register(
			person: {
				givenName: string;
				familyName: string;
				honorific?: string;
				email?: string;
				status?: RegistrationStatus;
				mode?: ParticipationMode;
				erased?: boolean;
			} = {
				givenName: 'Ana',
				familyName: 'García'
			}
		) {
			number += 1;
			const erased = person.erased ?? false;
			const [row] = await db
				.insert(registrations)
				.values({
					eventId: event.id,
					number,
					formId: form.id,
					honorific: erased ? null : (person.honorific ?? null),
					givenName: erased ? null : person.givenName,
					familyName: erased ? null : person.familyName,
					email: erased ? null : (person.email ?? `${person.givenName}.${person.familyName}.${number}@example.org`.toLowerCase()),
					category: 'other',
					status: person.status ?? 'approved',
					mode: person.mode ?? 'in-room',
					consentedAt: new Date(),
					checkInToken: crypto.randomBytes(16).toString('base64url'),
					erasedAt: erased ? new Date() : null
				})
				.returning();
			return row;
		},
		/** Adds a programme item, on a day of the event or on none (straight into the table, like the rest). */
		async item(title: string, day?: string) {
			const [row] = await db
				.insert(programmeItems)
				.values({ eventId: event.id, kind: 'panel', titles: { en: title }, day: day ?? null, position: ++position })
				.returning();
			return row;
		}
	};
}
