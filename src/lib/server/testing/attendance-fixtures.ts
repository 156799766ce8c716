import crypto from 'node:crypto';
import type { ParticipationMode, RegistrationStatus } from '$lib/registration/types';
import type { Db } from '../db/client';
import * as dialogues from '../dialogues';
import { programmeItems } from '../programme/schema';
import { registrationForms, registrationSettings, registrations } from '../registration/schema';
import { ctxAs } from './actors';

/**
 * Events and registrations for the attendance tests, written straight into the tables (the
 * registration operations are another capability's; these tests only need approved people).
 */
export async function attendanceEvent(
	db: Db,
	dates: { startDate: string; endDate: string; timeZone?: string } = { startDate: '2024-05-21', endDate: '2024-05-22' }
) {
	const ctx = ctxAs(db, 'secretariat');
	let cycle: { id: string } | undefined = (await dialogues.listCycles(db))[0];
	if (!cycle) {
		const dialogue = await dialogues.createDialogue(ctx, {
			slug: 'attendance-tests',
			names: { en: 'Attendance tests' },
			languages: ['en']
		});
		cycle = await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2024, themes: { en: 'Attendance' }, status: 'planning' });
	}
	const event = await dialogues.createEvent(ctx, {
		cycleId: cycle.id,
		kind: 'workshop',
		titles: { en: `Attendance workshop ${crypto.randomUUID().slice(0, 8)}` },
		startDate: dates.startDate,
		endDate: dates.endDate,
		...(dates.timeZone ? { timeZone: dates.timeZone } : {}),
		format: 'hybrid',
		status: 'planned',
		expectedOutcomes: [],
		organiserIds: []
	});
	await db.insert(registrationSettings).values({ eventId: event.id, open: true, privacyNotices: { en: 'Test notice' } });
	const [form] = await db
		.insert(registrationForms)
		.values({
			eventId: event.id,
			version: 1,
			definition: {
				personal: {
					honorific: 'optional',
					gender: 'optional',
					affiliation: 'optional',
					position: 'optional',
					country: 'optional',
					phone: 'hidden'
				},
				fields: []
			}
		})
		.returning();
	let number = 0;
	let position = 0;
	return {
		event,
		/** Adds a registration (approved and in the room unless told otherwise). */
		async register(
			person: {
				givenName: string;
				familyName: string;
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
