import crypto from 'node:crypto';
import type { Db } from '../db/client';
import * as dialogues from '../dialogues';
import { registrationForms, registrationSettings } from '../registration/schema';
import { ctxAs } from './actors';

/**
 * A new hybrid event open for registration, with a version-1 form, in the database's first cycle
 * (made if there is none): what the tests that write registrations straight into the tables start
 * from. `label` names the test area in the event's title and the cycle it may create.
 */
export async function openTestEvent(
	db: Db,
	options: { label: string; kind: 'session' | 'workshop'; startDate: string; endDate: string; timeZone?: string }
) {
	const ctx = ctxAs(db, 'secretariat');
	let cycle: { id: string } | undefined = (await dialogues.listCycles(db))[0];
	if (!cycle) {
		const dialogue = await dialogues.createDialogue(ctx, {
			slug: `${options.label.toLowerCase()}-tests`,
			names: { en: `${options.label} tests` },
			languages: ['en']
		});
		cycle = await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2024, themes: { en: options.label }, status: 'planning' });
	}
	const event = await dialogues.createEvent(ctx, {
		cycleId: cycle.id,
		kind: options.kind,
		titles: { en: `${options.label} ${options.kind} ${crypto.randomUUID().slice(0, 8)}` },
		startDate: options.startDate,
		endDate: options.endDate,
		...(options.timeZone ? { timeZone: options.timeZone } : {}),
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
	return { event, form };
}
