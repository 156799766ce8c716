import { beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import { testDatabase } from '../testing/database';
import type { Database } from '../db/client';
import * as demo from '../demo';
import * as dialogues from '../dialogues';
import { people } from '../directory/schema';
import { eventCalendar } from '../calendar';
import * as programme from '.';

let database: Database;
let session2024: string;
let council2006: string;

beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
	const y2024 = await dialogues.getCycle(database.db, 'idm', 2024);
	session2024 = y2024!.events.find((e) => e.kind === 'session')!.id;
	const y2006 = await dialogues.getCycle(database.db, 'idm', 2006);
	council2006 = y2006!.events.find((e) => e.kind === 'council-session')!.id;
});

describe('demo programme of the IDM 2024 first session (seed 000)', () => {
	it('runs from the opening through the five panels to the closing, timed in New York', async () => {
		const full = await dialogues.getEvent(database.db, session2024);
		expect(full?.event.timeZone).toBe('America/New_York');
		const items = await programme.forEvent(database.db, session2024);
		expect(items.map((i) => i.kind)).toEqual(['opening', 'keynote', 'panel', 'panel', 'panel', 'panel', 'panel', 'closing']);
		expect(items.every((i) => i.day && i.startsAt && i.endsAt && i.room === 'ECOSOC Chamber')).toBe(true);
		expect(items.map((i) => i.titles.en)).toContain("Diasporas and private sector's contributions");
	});

	it('has the annex’s 30 speakers: 6 keynote, 5 moderators, 18 speakers, 1 Goodwill Ambassador; 15 women and 15 men', async () => {
		const items = await programme.forEvent(database.db, session2024);
		const speakers = items.flatMap((i) => i.speakers);
		const ids = new Set(speakers.map((s) => s.personId));
		expect(ids.size).toBe(30);
		const byRole = (role: string) => new Set(speakers.filter((s) => s.role === role).map((s) => s.personId)).size;
		expect([byRole('keynote'), byRole('moderator'), byRole('speaker'), byRole('goodwill-ambassador')]).toEqual([6, 5, 18, 1]);
		const genders = await database.db
			.select({ gender: people.gender })
			.from(people)
			.where(inArray(people.id, [...ids]));
		expect(genders.filter((g) => g.gender === 'female')).toHaveLength(15);
		expect(genders.filter((g) => g.gender === 'male')).toHaveLength(15);
	});

	it('names only the speakers the seed names; the others are labelled, not invented', async () => {
		const speakers = (await programme.forEvent(database.db, session2024)).flatMap((i) => i.speakers);
		const named = speakers.filter((s) => !s.familyName.includes('not named in the seed'));
		expect(named.map((s) => s.familyName).sort()).toEqual(['Johannsson', 'Polio']);
		expect(speakers.find((s) => s.titleAtEvent === 'Director General')?.organisation).toBe('International Organization for Migration');
	});

	it('gives the opening at 10:00 New York time (14:00Z) in the event’s calendar', async () => {
		const text = await eventCalendar(database.db, session2024);
		const calendar = new ICAL.Component(ICAL.parse(text));
		for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
		const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		expect(events).toHaveLength(8);
		expect(events[0].startDate.toJSDate().toISOString()).toBe('2024-05-21T14:00:00.000Z');
	});

	it('keeps the four panels of the 2006 Council session (seed 004) with every speaker the seed names', async () => {
		const items = await programme.forEvent(database.db, council2006);
		const names = (title: string) =>
			items
				.find((i) => i.titles.en.includes(title))!
				.speakers.map((s) => s.familyName)
				.sort();
		expect(names('Global Migration Group')).toEqual([
			'Awad',
			'Barbone',
			'Guterres',
			'McKinley',
			'Ndiaye',
			'Puri',
			'Simonen',
			'Sorgho-Moulinier'
		]);
		expect(names('Engaging Business')).toEqual(['Arkless', 'Brion', 'Foulkes', 'Hurtado', 'Klein Solomon', 'McCarthy', 'Oware']);
		expect(names('(IMDI)')).toEqual([
			'Barbone',
			'Fong Weng-Poorun',
			'Fragomen, Jr.',
			'Klein Solomon',
			'McKinley',
			'Peñalosa',
			'Romodanovskiy'
		]);
		expect(names('Year in Review')).toEqual(["O'Sullivan", 'Berenguer', 'Bosch', 'McKinley', 'de Clercq'].sort());
	});

	it('shows a named 2024 speaker on their speaker page with the title held then', async () => {
		const speakers = (await programme.forEvent(database.db, session2024)).flatMap((i) => i.speakers);
		const polio = speakers.find((s) => s.familyName === 'Polio')!;
		const page = await programme.speakerAppearances(database.db, polio.personId);
		expect(page?.kind).toBe('speaker');
		if (page?.kind !== 'speaker') return;
		expect(page.events[0].items[0]).toMatchObject({
			role: 'keynote',
			titleAtEvent: 'Assistant Secretary General for Youth Affairs',
			kind: 'opening'
		});
	});
});
