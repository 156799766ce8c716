import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { ProgrammeItemSchema } from '$lib/programme/schemas';
import { groupByDay } from '$lib/domain/programme';
import { EventSchema } from '$lib/dialogues/schemas';
import { parseWith } from '$lib/validation';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import { ValidationError, DomainError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { createCycle, createDialogue, createEvent } from '../dialogues';
import * as peopleOps from '../directory/people';
import * as organisationsOps from '../directory/organisations';
import { programmeItems, programmeSpeakers } from './schema';
import * as programme from '.';

let database: Database;
let eventId: string;
let otherEventId: string;
let ana: string;
let ben: string;
let orgId: string;

const secretariat = () => ctxAs(database.db, 'secretariat');

const item = (over: Record<string, unknown> = {}) => {
	const parsed = parseWith(ProgrammeItemSchema, {
		kind: 'panel',
		titles: { en: 'Panel on pathways' },
		day: '2025-03-10',
		startsAt: '10:00',
		endsAt: '11:00',
		room: 'Room XVII',
		speakers: [],
		...over
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
};

async function rows() {
	const [items] = await database.db.select({ n: count() }).from(programmeItems);
	const [speakers] = await database.db.select({ n: count() }).from(programmeSpeakers);
	const [audits] = await database.db.select({ n: count() }).from(auditLog);
	return { items: items.n, speakers: speakers.n, audits: audits.n };
}

/** One item of the event with its speakers, as the pages read it, or null. */
async function itemOf(id: string) {
	return (await programme.forEvent(database.db, eventId)).find((i) => i.id === id) ?? null;
}

async function refusal(promise: Promise<unknown>) {
	const e = await promise.then(
		() => null,
		(err: unknown) => err
	);
	expect(e).toBeInstanceOf(ValidationError);
	return (e as ValidationError).errors;
}

beforeAll(async () => {
	database = await testDatabase();
	const ctx = secretariat();
	const dialogue = await createDialogue(ctx, { slug: 'prog-test', names: { en: 'Programme test dialogue' }, languages: ['en'] });
	const cycle = await createCycle(ctx, { dialogueId: dialogue.id, year: 2025, themes: { en: 'Pathways' }, status: 'active' });
	const base = {
		cycleId: cycle.id,
		kind: 'workshop' as const,
		format: 'in-person' as const,
		status: 'planned' as const,
		expectedOutcomes: [],
		organiserIds: []
	};
	eventId = (await createEvent(ctx, { ...base, titles: { en: 'Workshop in Geneva' }, startDate: '2025-03-10', endDate: '2025-03-11' })).id;
	otherEventId = (await createEvent(ctx, { ...base, titles: { en: 'Another workshop' }, startDate: '2025-03-10', endDate: '2025-03-10' }))
		.id;
	orgId = (await organisationsOps.create(ctx, { name: 'Test Ministry', type: 'national-government' })).id;
	ana = (await peopleOps.create(ctx, { givenName: 'Ana', familyName: 'Pereira', gender: 'female' })).id;
	ben = (await peopleOps.create(ctx, { givenName: 'Ben', familyName: 'Okafor', gender: 'male' })).id;
});

describe('programme items', () => {
	it('the secretariat adds an item with speakers, their role, title and organisation at the event', async () => {
		const created = await programme.createItem(
			secretariat(),
			eventId,
			item({
				descriptions: { en: 'How pathways work', fr: 'Comment fonctionnent les voies' },
				speakers: [
					{ personId: ana, role: 'moderator', titleAtEvent: 'Director', organisationId: orgId },
					{ personId: ben, role: 'panellist' }
				]
			})
		);
		const [found] = await programme.forEvent(database.db, eventId);
		expect(found.id).toBe(created.id);
		expect(found).toMatchObject({ day: '2025-03-10', startsAt: '10:00:00', endsAt: '11:00:00', room: 'Room XVII' });
		expect(found.descriptions?.fr).toBe('Comment fonctionnent les voies');
		expect(found.speakers.map((s) => [s.familyName, s.role, s.titleAtEvent, s.organisation])).toEqual([
			['Pereira', 'moderator', 'Director', 'Test Ministry'],
			['Okafor', 'panellist', null, null]
		]);
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
		expect(audits.map((a) => a.action)).toEqual(['programme.create-item']);
	});

	it('refuses an item that ends before it starts, next to the end time', () => {
		const parsed = parseWith(ProgrammeItemSchema, {
			kind: 'panel',
			titles: { en: 'Backwards' },
			day: '2025-03-10',
			startsAt: '11:00',
			endsAt: '10:00'
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors.endsAt).toEqual({ key: 'programme.errors.endBeforeStart' });
	});

	it('the operation too refuses an item that ends before it starts, and writes nothing', async () => {
		const before = await rows();
		const errors = await refusal(programme.createItem(secretariat(), eventId, { ...item(), startsAt: '12:00', endsAt: '11:00' }));
		expect(errors.endsAt).toEqual({ key: 'programme.errors.endBeforeStart' });
		expect(await rows()).toEqual(before);
	});

	it('refuses an item overlapping another in the same room on the same day, and writes nothing', async () => {
		const before = await rows();
		const errors = await refusal(
			programme.createItem(secretariat(), eventId, item({ startsAt: '10:30', endsAt: '11:30', room: 'room xvii' }))
		);
		expect(errors.startsAt).toEqual({
			key: 'programme.errors.overlap',
			params: { title: 'Panel on pathways', start: '10:00', end: '11:00' }
		});
		expect(await rows()).toEqual(before);
	});

	it('accepts back-to-back items, another room at the same time, and the same room in another event', async () => {
		await programme.createItem(secretariat(), eventId, item({ titles: { en: 'Next panel' }, startsAt: '11:00', endsAt: '12:00' }));
		await programme.createItem(secretariat(), eventId, item({ titles: { en: 'Side room' }, room: 'Room XVIII' }));
		await programme.createItem(secretariat(), otherEventId, item({ titles: { en: 'Elsewhere', fr: 'Ailleurs' } }));
		expect((await programme.forEvent(database.db, eventId)).map((i) => i.titles.en)).toEqual([
			'Panel on pathways',
			'Next panel',
			'Side room'
		]);
	});

	it('names the clashing item in the reader’s language', async () => {
		const errors = await refusal(
			programme.createItem(
				secretariat(),
				otherEventId,
				item({ titles: { en: 'Clash' }, startsAt: '10:30', endsAt: '11:30', room: 'Room XVII' }),
				{ lang: 'fr' }
			)
		);
		expect(errors.startsAt).toEqual({ key: 'programme.errors.overlap', params: { title: 'Ailleurs', start: '10:00', end: '11:00' } });
	});

	it('refuses a day outside the event’s dates, and writes nothing', async () => {
		const before = await rows();
		const errors = await refusal(programme.createItem(secretariat(), eventId, item({ day: '2025-03-12' })));
		expect(errors.day).toEqual({ key: 'programme.errors.dayOutsideEvent', params: { start: '2025-03-10', end: '2025-03-11' } });
		expect(await rows()).toEqual(before);
	});

	it('refuses an unknown person as speaker, next to that row, and writes nothing', async () => {
		const before = await rows();
		const unknown = '00000000-0000-4000-8000-000000000000';
		const errors = await refusal(
			programme.createItem(
				secretariat(),
				eventId,
				item({
					day: '2025-03-11',
					speakers: [
						{ personId: ana, role: 'speaker' },
						{ personId: unknown, role: 'speaker' }
					]
				})
			)
		);
		expect(errors['speakers.1.personId']).toEqual({ key: 'programme.errors.unknownPerson' });
		expect(await rows()).toEqual(before);
	});

	it('refuses a person named twice in one item', () => {
		const parsed = parseWith(ProgrammeItemSchema, {
			kind: 'panel',
			titles: { en: 'Twice' },
			speakers: [
				{ personId: ana, role: 'speaker' },
				{ personId: ana, role: 'moderator' }
			]
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors['speakers.1.personId']).toEqual({ key: 'programme.errors.duplicateSpeaker' });
	});

	it('refuses writes by anyone but the secretariat', async () => {
		const before = await rows();
		await expect(programme.createItem(ctxAs(database.db, 'participant'), eventId, item({ day: '2025-03-11' }))).rejects.toBeInstanceOf(
			DomainError
		);
		await expect(programme.createItem(ctxAs(database.db, null), eventId, item({ day: '2025-03-11' }))).rejects.toMatchObject({
			status: 401
		});
		expect(await rows()).toEqual(before);
	});

	it('updates an item and its speakers; an edit does not clash with the item itself but does with others', async () => {
		const [first] = await programme.forEvent(database.db, eventId);
		await programme.updateItem(
			secretariat(),
			eventId,
			first.id,
			item({ startsAt: '09:30', endsAt: '10:45', speakers: [{ personId: ben, role: 'chair' }] })
		);
		const updated = await itemOf(first.id);
		expect(updated).toMatchObject({ startsAt: '09:30:00', endsAt: '10:45:00' });
		expect(updated?.speakers.map((s) => [s.familyName, s.role])).toEqual([['Okafor', 'chair']]);

		const before = await rows();
		const errors = await refusal(programme.updateItem(secretariat(), eventId, first.id, item({ startsAt: '09:30', endsAt: '11:30' })));
		expect(errors.startsAt?.key).toBe('programme.errors.overlap');
		expect(await rows()).toEqual(before);
		expect((await itemOf(first.id))?.endsAt).toBe('10:45:00');
	});

	it('moves an item only past its neighbour on the same day at the same start time, changing only those two', async () => {
		const ctx = secretariat();
		const day = '2025-03-11';
		const early = await programme.createItem(
			ctx,
			eventId,
			item({ titles: { en: 'Early' }, day, startsAt: '09:00', endsAt: '09:30', room: 'A' })
		);
		const first = await programme.createItem(
			ctx,
			eventId,
			item({ titles: { en: 'First' }, day, startsAt: '10:00', endsAt: '10:30', room: 'B' })
		);
		const second = await programme.createItem(
			ctx,
			eventId,
			item({ titles: { en: 'Second' }, day, startsAt: '10:00', endsAt: '10:30', room: 'C' })
		);
		const shown = async () =>
			groupByDay(await programme.forEvent(database.db, eventId))
				.find((g) => g.day === day)!
				.items.map((i) => i.titles.en);
		const positions = async () =>
			new Map((await database.db.select().from(programmeItems).where(eq(programmeItems.eventId, eventId))).map((r) => [r.id, r.position]));
		expect(await shown()).toEqual(['Early', 'First', 'Second']);
		const before = await positions();

		await programme.moveItem(ctx, eventId, second.id, 'up');
		expect(await shown()).toEqual(['Early', 'Second', 'First']);
		const after = await positions();
		expect(after.get(second.id)).toBe(before.get(first.id));
		expect(after.get(first.id)).toBe(before.get(second.id));
		for (const [id, position] of before) if (id !== first.id && id !== second.id) expect(after.get(id)).toBe(position);
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, second.id));
		expect(audits.map((a) => a.action)).toContain('programme.move-item');

		const rowsBefore = await rows();
		// Second now starts the 10:00 items: above it is Early, at 09:00, whose place the time decides.
		await expect(programme.moveItem(ctx, eventId, second.id, 'up')).rejects.toMatchObject({
			code: 'programme.errors.cannotMove',
			status: 409
		});
		await expect(programme.moveItem(ctx, eventId, early.id, 'down')).rejects.toMatchObject({ code: 'programme.errors.cannotMove' });
		expect(await shown()).toEqual(['Early', 'Second', 'First']);
		expect(await positions()).toEqual(after);
		expect(await rows()).toEqual(rowsBefore);
	});

	it('an event id that is not an id is not found, and nothing is written', async () => {
		const before = await rows();
		await expect(programme.createItem(secretariat(), 'abc', item())).rejects.toMatchObject({ status: 404, code: 'errors.notFound' });
		await expect(programme.updateItem(secretariat(), 'abc', eventId, item())).rejects.toMatchObject({ status: 404 });
		expect(await rows()).toEqual(before);
	});

	it('an item of another event is not found through this event: not changed, deleted or moved', async () => {
		const [elsewhere] = await programme.forEvent(database.db, otherEventId);
		const before = await rows();
		await expect(programme.updateItem(secretariat(), eventId, elsewhere.id, item({ titles: { en: 'Hijacked' } }))).rejects.toMatchObject({
			status: 404
		});
		await expect(programme.deleteItem(secretariat(), eventId, elsewhere.id)).rejects.toMatchObject({ status: 404 });
		await expect(programme.moveItem(secretariat(), eventId, elsewhere.id, 'up')).rejects.toMatchObject({ status: 404 });
		await expect(programme.deleteItem(secretariat(), eventId, 'not-an-id')).rejects.toMatchObject({ status: 404 });
		expect(await rows()).toEqual(before);
		const [still] = await programme.forEvent(database.db, otherEventId);
		expect(still).toMatchObject({ id: elsewhere.id, titles: elsewhere.titles, position: elsewhere.position });
	});

	it('deletes an item with its speakers, audited', async () => {
		const [first] = await programme.forEvent(database.db, eventId);
		await programme.deleteItem(secretariat(), eventId, first.id);
		expect(await itemOf(first.id)).toBeNull();
		const [left] = await database.db.select({ n: count() }).from(programmeSpeakers).where(eq(programmeSpeakers.itemId, first.id));
		expect(left.n).toBe(0);
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, first.id));
		expect(audits.map((a) => a.action)).toContain('programme.delete-item');
		await expect(programme.deleteItem(secretariat(), eventId, first.id)).rejects.toMatchObject({ status: 404 });
	});
});

describe('speaker page', () => {
	it('lists the events and items a person spoke at, with the role, title and organisation of the time', async () => {
		const [item0] = await programme.forEvent(database.db, otherEventId);
		await programme.updateItem(
			secretariat(),
			otherEventId,
			item0.id,
			item({ titles: { en: 'Elsewhere' }, speakers: [{ personId: ana, role: 'keynote', titleAtEvent: 'Minister', organisationId: orgId }] })
		);
		const page = await programme.speakerAppearances(database.db, ana);
		expect(page?.kind).toBe('speaker');
		if (page?.kind !== 'speaker') return;
		expect(page.person).toMatchObject({ givenName: 'Ana', familyName: 'Pereira' });
		const other = page.events.find((e) => e.id === otherEventId)!;
		expect(other.items.map((i) => [i.titles.en, i.role, i.titleAtEvent, i.organisation])).toEqual([
			['Elsewhere', 'keynote', 'Minister', 'Test Ministry']
		]);
		expect(page.person).not.toHaveProperty('email');
	});

	it('knows nothing of a person who never spoke', async () => {
		const quiet = await peopleOps.create(secretariat(), { givenName: 'Quiet', familyName: 'Person', gender: 'undisclosed' });
		expect(await programme.speakerAppearances(database.db, quiet.id)).toBeNull();
		expect(await programme.speakerAppearances(database.db, '00000000-0000-4000-8000-000000000002')).toBeNull();
	});
});

describe('event time zone', () => {
	it('the event form takes an IANA zone and refuses an unknown one next to the field', () => {
		const event = {
			cycleId: '00000000-0000-4000-8000-000000000003',
			kind: 'workshop',
			titles: { en: 'Zoned' },
			startDate: '2025-01-01',
			endDate: '2025-01-01'
		};
		const ok = parseWith(EventSchema, { ...event, timeZone: 'America/New_York' });
		expect(ok.ok && ok.data.timeZone).toBe('America/New_York');
		const bad = parseWith(EventSchema, { ...event, timeZone: 'Mars/Olympus_Mons' });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors.timeZone).toEqual({ key: 'programme.errors.timeZone' });
	});
});
