import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import { createCycle, createDialogue, createEvent } from '../dialogues';
import * as peopleOps from '../directory/people';
import { users } from '../auth/schema';
import { registrationForms, registrations } from '../registration/schema';
import * as programme from '../programme';
import { agendaCalendar, eventCalendar } from '.';

let database: Database;
let geneva: string;
let newYork: string;
let untimed: string;
let springNight: string;
let userId: string;

/** The feed's events as ical.js reads them, with UTC instants (ical.js applies the feed's VTIMEZONEs). */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		return {
			summary: event.summary,
			start: event.startDate,
			end: event.endDate,
			tzid: component.getFirstProperty('dtstart')?.getParameter('tzid'),
			startUtc: event.startDate.isDate ? null : event.startDate.toJSDate().toISOString(),
			endUtc: event.endDate.isDate ? null : event.endDate.toJSDate().toISOString(),
			description: event.description,
			location: event.location
		};
	});
}

beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	const dialogue = await createDialogue(ctx, { slug: 'cal-test', names: { en: 'Calendar test' }, languages: ['en'] });
	const cycle = await createCycle(ctx, { dialogueId: dialogue.id, year: 2024, themes: { en: 'Time' }, status: 'active' });
	const base = {
		cycleId: cycle.id,
		kind: 'workshop' as const,
		format: 'in-person' as const,
		status: 'planned' as const,
		expectedOutcomes: [],
		organiserIds: []
	};
	geneva = (
		await createEvent(ctx, { ...base, titles: { en: 'Winter workshop' }, startDate: '2024-01-10', endDate: '2024-01-11', city: 'Geneva' })
	).id;
	newYork = (
		await createEvent(ctx, {
			...base,
			titles: { en: 'Spring session' },
			startDate: '2024-05-21',
			endDate: '2024-05-22',
			timeZone: 'America/New_York'
		})
	).id;
	untimed = (await createEvent(ctx, { ...base, titles: { en: 'Seminar without times' }, startDate: '2024-06-03', endDate: '2024-06-05' }))
		.id;
	const person = await peopleOps.create(ctx, { givenName: 'Ana', familyName: 'Pereira', gender: 'female' });
	await programme.createItem(ctx, geneva, {
		kind: 'opening',
		titles: { en: 'Opening' },
		day: '2024-01-10',
		startsAt: '10:00',
		endsAt: '10:30',
		room: 'Room XVII',
		speakers: [{ personId: person.id, role: 'keynote', titleAtEvent: 'Director' }]
	});
	await programme.createItem(ctx, geneva, { kind: 'panel', titles: { en: 'Untimed panel' }, speakers: [] });
	await programme.createItem(ctx, newYork, {
		kind: 'panel',
		titles: { en: 'Panel on pathways' },
		day: '2024-05-21',
		startsAt: '10:00',
		endsAt: '11:30',
		room: 'ECOSOC Chamber',
		speakers: []
	});
	// The night Geneva's clocks go forward (2024-03-31, 02:00 → 03:00 local).
	springNight = (
		await createEvent(ctx, { ...base, titles: { en: 'Night of the clock change' }, startDate: '2024-03-31', endDate: '2024-03-31' })
	).id;
	await programme.createItem(ctx, springNight, {
		kind: 'side-meeting',
		titles: { en: 'Late talk' },
		day: '2024-03-31',
		startsAt: '00:50',
		endsAt: '01:10',
		speakers: []
	});
	await programme.createItem(ctx, untimed, { kind: 'panel', titles: { en: 'A panel' }, day: '2024-06-04', speakers: [] });

	const [user] = await database.db
		.insert(users)
		.values({ email: 'agenda@example.org', displayName: 'Agenda', passwordHash: 'x' })
		.returning();
	userId = user.id;
	for (const [eventId, status] of [
		[geneva, 'approved'],
		[newYork, 'approved'],
		[untimed, 'pending']
	] as const) {
		const [form] = await database.db
			.insert(registrationForms)
			.values({ eventId, version: 1, definition: { personal: {}, fields: [] } as never })
			.returning();
		await database.db.insert(registrations).values({
			eventId,
			number: 1,
			formId: form.id,
			userId,
			category: 'other',
			status,
			mode: 'in-room',
			consentedAt: new Date(),
			checkInToken: `token-${eventId}`
		});
	}
});

describe('iCalendar feed of an event', () => {
	it('has one VEVENT per timed item, in the event’s zone: 10:00 in Geneva in winter is 09:00Z', async () => {
		const text = await eventCalendar(database.db, geneva);
		expect(text).toContain('BEGIN:VCALENDAR');
		expect(text).toContain('DTSTART;TZID=Europe/Zurich:20240110T100000');
		expect(text).toContain('BEGIN:VTIMEZONE');
		const events = parse(text);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({
			summary: 'Opening – Winter workshop',
			tzid: 'Europe/Zurich',
			startUtc: '2024-01-10T09:00:00.000Z',
			endUtc: '2024-01-10T09:30:00.000Z'
		});
		expect(events[0].description).toContain('Ana Pereira, Director (Keynote speaker)');
		expect(events[0].location).toContain('Room XVII');
	});

	it('gives times in America/New_York for an event there: 10:00 in May is 14:00Z', async () => {
		const events = parse(await eventCalendar(database.db, newYork));
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ tzid: 'America/New_York', startUtc: '2024-05-21T14:00:00.000Z', endUtc: '2024-05-21T15:30:00.000Z' });
	});

	it('keeps an item’s start and end on the night of a clock change (00:50–01:10 before Geneva’s clocks go forward)', async () => {
		const text = await eventCalendar(database.db, springNight);
		expect(text).toContain('DTSTART;TZID=Europe/Zurich:20240331T005000');
		expect(text).toContain('DTEND;TZID=Europe/Zurich:20240331T011000');
		const events = parse(text);
		expect(events[0]).toMatchObject({ startUtc: '2024-03-30T23:50:00.000Z', endUtc: '2024-03-31T00:10:00.000Z' });
	});

	it('is one all-day event spanning the dates when no item has a time', async () => {
		const text = await eventCalendar(database.db, untimed);
		const events = parse(text);
		expect(events).toHaveLength(1);
		expect(events[0].start.isDate).toBe(true);
		expect(events[0].start.toString()).toBe('2024-06-03');
		// DTEND is exclusive: the day after the last day.
		expect(events[0].end.toString()).toBe('2024-06-06');
		expect(text).not.toContain('BEGIN:VTIMEZONE');
	});
});

describe('an unknown event', () => {
	it('has no calendar: not found for an unknown id and for one that is not an id', async () => {
		await expect(eventCalendar(database.db, '00000000-0000-4000-8000-000000000009')).rejects.toMatchObject({ status: 404 });
		await expect(eventCalendar(database.db, 'abc')).rejects.toMatchObject({ status: 404 });
	});
});

describe('a participant’s agenda', () => {
	it('holds the programmes of the events where the registration is approved, each in its zone', async () => {
		const text = await agendaCalendar(database.db, userId);
		const events = parse(text);
		expect(events.map((e) => [e.summary, e.startUtc])).toEqual([
			['Opening – Winter workshop', '2024-01-10T09:00:00.000Z'],
			['Panel on pathways – Spring session', '2024-05-21T14:00:00.000Z']
		]);
		expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
	});

	it('is an empty calendar for someone with no approved registration', async () => {
		const [other] = await database.db
			.insert(users)
			.values({ email: 'none@example.org', displayName: 'None', passwordHash: 'x' })
			.returning();
		expect(parse(await agendaCalendar(database.db, other.id))).toEqual([]);
	});
});
