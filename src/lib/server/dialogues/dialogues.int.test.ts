import { beforeAll, describe, expect, it } from 'vitest';
import { EventSchema } from '$lib/dialogues/schemas';
import { parseWith } from '$lib/validation';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import * as demo from '../demo';
import * as dialogues from '.';
import * as programme from '../programme';

let database: Database;
let accounts: demo.DemoAccountCredentials[];
beforeAll(async () => {
	database = await testDatabase();
	accounts = await demo.load(database.db);
});

describe('demo data from the seeds', () => {
	it('holds the IDM cycles of the seeds with their themes', async () => {
		const idm = await dialogues.getDialogue(database.db, 'idm');
		// The seeds' cycles, after the demonstration cycle of next year that is open for registration.
		expect(idm?.cycles.map((c) => c.year)).toEqual([new Date().getUTCFullYear() + 1, 2024, 2014, 2013, 2007, 2006]);
		expect(idm?.cycles.find((c) => c.year === 2014)?.themes.en).toBe(
			'Human mobility and development: emerging trends and new opportunities for partnerships'
		);
		expect(idm?.cycles.find((c) => c.year === 2006)?.themes.en).toBe('Partnerships in Migration: Engaging Business and Civil Society');
	});

	it('has the 2024 first session in the ECOSOC Chamber, New York, 21–22 May, with four expected outcomes', async () => {
		const cycle = await dialogues.getCycle(database.db, 'idm', 2024);
		const session = cycle!.events.find((e) => e.kind === 'session')!;
		const full = await dialogues.getEvent(database.db, session.id);
		expect(full?.event).toMatchObject({ startDate: '2024-05-21', endDate: '2024-05-22', city: 'New York', countryId: 'USA' });
		expect(full?.event.venue).toContain('ECOSOC Chamber');
		expect(full?.event.expectedOutcomes).toHaveLength(4);
	});

	it('has the two 2007 workshops with their dates and the 2013 Diaspora Ministerial Conference', async () => {
		const y2007 = await dialogues.getCycle(database.db, 'idm', 2007);
		const workshops = y2007!.events.filter((e) => e.kind === 'workshop').map((e) => [e.startDate, e.endDate]);
		expect(workshops).toEqual([
			['2007-05-24', '2007-05-25'],
			['2007-10-08', '2007-10-09']
		]);
		const y2013 = await dialogues.getCycle(database.db, 'idm', 2013);
		expect(y2013!.events[0]).toMatchObject({ startDate: '2013-06-18', endDate: '2013-06-19', city: 'Geneva' });
	});

	it('records the panels of the 92nd Council session with their speakers, roles and titles of the time', async () => {
		const y2006 = await dialogues.getCycle(database.db, 'idm', 2006);
		const council = y2006!.events.find((e) => e.kind === 'council-session')!;
		expect(council).toMatchObject({ startDate: '2006-11-28', endDate: '2006-11-29', city: 'Geneva' });
		const items = await programme.forEvent(database.db, council.id);
		expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['panel', 'year-in-review', 'luncheon']));
		const gmg = items.find((i) => i.titles.en.includes('Global Migration Group'))!;
		expect(gmg.speakers.find((s) => s.role === 'chair')).toMatchObject({ givenName: 'Brunson', familyName: 'McKinley' });
		const theme = items.find((i) => i.titles.en === 'Partnerships in Migration: Engaging Business and Civil Society')!;
		expect(theme.speakers.find((s) => s.role === 'moderator')).toMatchObject({ familyName: 'Foulkes' });
		expect(theme.speakers.find((s) => s.familyName === 'Brion')?.titleAtEvent).toContain('Labour and Employment');
	});

	it('has the 2018 Marrakesh side event organised by IRCC and IOM', async () => {
		const events = await dialogues.listEvents(database.db);
		const side = events.find((e) => e.kind === 'side-event')!;
		expect(side).toMatchObject({ startDate: '2018-12-09', city: 'Marrakesh' });
		const full = await dialogues.getEvent(database.db, side.id);
		expect(full?.organisers.map((o) => o.acronym)).toEqual(expect.arrayContaining(['IRCC', 'IOM']));
	});

	it('creates one account per role with a generated password', () => {
		expect(accounts.map((a) => a.role).sort()).toEqual([
			'admin',
			'participant',
			'partner-focal-point',
			'reviewer',
			'secretariat',
			'state-focal-point'
		]);
		expect(new Set(accounts.map((a) => a.password)).size).toBe(6);
	});

	it('is loaded only into an empty database', async () => {
		expect(await demo.isEmpty(database.db)).toBe(false);
	});
});

describe('events', () => {
	const input = (cycleId: string) =>
		EventSchema.parse({
			cycleId,
			kind: 'workshop',
			titles: { en: 'Migration and the Environment', fr: 'Migration et environnement' },
			startDate: '2026-03-10',
			endDate: '2026-03-11',
			city: 'Geneva',
			countryId: 'che',
			organiserIds: []
		});

	it('the secretariat creates an event that the cycle then lists', async () => {
		const cycle = (await dialogues.listCycles(database.db)).find((c) => c.year === 2014)!;
		const created = await dialogues.createEvent(ctxAs(database.db, 'secretariat'), input(cycle.id));
		const listed = await dialogues.getCycle(database.db, 'idm', 2014);
		expect(listed!.events.map((e) => e.id)).toContain(created.id);
		expect(created.countryId).toBe('CHE');
		expect(created.titles.fr).toBe('Migration et environnement');
	});

	it('gives other capabilities an event’s summary, and not found for an unknown or malformed id', async () => {
		const cycle = (await dialogues.listCycles(database.db)).find((c) => c.year === 2014)!;
		const created = await dialogues.createEvent(ctxAs(database.db, 'secretariat'), { ...input(cycle.id), timeZone: 'America/New_York' });
		expect(await dialogues.eventSummary(database.db, created.id)).toEqual({
			id: created.id,
			titles: created.titles,
			startDate: '2026-03-10',
			endDate: '2026-03-11',
			timeZone: 'America/New_York'
		});
		await expect(dialogues.eventSummary(database.db, crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
		await expect(dialogues.eventSummary(database.db, 'abc')).rejects.toMatchObject({ status: 404 });
		expect(await dialogues.findEventSummary(database.db, 'abc')).toBeNull();
	});

	it('a date range that ends before it starts, an unknown language or an over-long title is refused by the shared schema', () => {
		const base = { cycleId: crypto.randomUUID(), kind: 'workshop', startDate: '2026-03-10' };
		expect(parseWith(EventSchema, { ...base, titles: { en: 'X' }, endDate: '2026-03-09' })).toMatchObject({
			errors: { endDate: { key: 'validation.dateOrder' } }
		});
		expect(parseWith(EventSchema, { ...base, titles: { en: 'X', de: 'Y' }, endDate: '2026-03-10' })).toMatchObject({
			errors: { titles: { key: 'validation.unknownLanguage' } }
		});
		expect(parseWith(EventSchema, { ...base, titles: { en: 'X'.repeat(301) }, endDate: '2026-03-10' })).toMatchObject({
			errors: { 'titles.en': { key: 'validation.tooLong' } }
		});
	});

	it('an unknown cycle or State is a field error and nothing is written', async () => {
		const before = (await dialogues.listEvents(database.db)).length;
		await expect(dialogues.createEvent(ctxAs(database.db, 'secretariat'), input(crypto.randomUUID()))).rejects.toMatchObject({
			errors: { cycleId: { key: 'dialogues.errors.unknownCycle' } }
		});
		const cycle = (await dialogues.listCycles(database.db))[0];
		await expect(dialogues.createEvent(ctxAs(database.db, 'secretariat'), { ...input(cycle.id), countryId: 'ZZZ' })).rejects.toMatchObject({
			errors: { countryId: { key: 'directory.errors.unknownState' } }
		});
		expect((await dialogues.listEvents(database.db)).length).toBe(before);
	});

	it('a participant or a focal point may not create events', async () => {
		const cycle = (await dialogues.listCycles(database.db))[0];
		await expect(dialogues.createEvent(ctxAs(database.db, 'participant'), input(cycle.id))).rejects.toMatchObject({ status: 403 });
		await expect(dialogues.createEvent(ctxAs(database.db, 'state-focal-point', { stateId: 'CAN' }), input(cycle.id))).rejects.toMatchObject(
			{ status: 403 }
		);
	});

	it('an edit based on an old version is refused and the newer edit stays', async () => {
		const cycle = (await dialogues.listCycles(database.db))[0];
		const ctx = ctxAs(database.db, 'secretariat');
		const event = await dialogues.createEvent(ctx, input(cycle.id));
		await dialogues.updateEvent(ctx, event.id, { ...input(cycle.id), city: 'Bangkok', version: 1 });
		await expect(dialogues.updateEvent(ctx, event.id, { ...input(cycle.id), city: 'Dakar', version: 1 })).rejects.toMatchObject({
			code: 'errors.staleEdit'
		});
		expect((await dialogues.getEvent(database.db, event.id))?.event.city).toBe('Bangkok');
	});

	it('a dialogue has one cycle per year', async () => {
		const [{ dialogue }] = await dialogues.listDialogues(database.db);
		const year = (await dialogues.getDialogue(database.db, dialogue.slug))!.cycles[0].year;
		await expect(
			dialogues.createCycle(ctxAs(database.db, 'secretariat'), {
				dialogueId: dialogue.id,
				year,
				themes: { en: 'Again' },
				status: 'planning'
			})
		).rejects.toMatchObject({ errors: { year: { key: 'dialogues.errors.yearTaken' } } });
	});
});
