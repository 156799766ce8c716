import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { openDatabase, type Database } from '../db/client';
import { translator } from '$lib/i18n';
import { DomainError, ValidationError } from '../core/errors';
import * as dialogues from '../dialogues';
import * as auth from '../auth';
import { auditLog } from '../audit/schema';
import { delegations, registrationChoiceCounts, registrations, registrationSettings } from './schema';
import * as registration from '.';

let database: Database;
let cycleId: string;
beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	const dialogue = await dialogues.createDialogue(ctx, { slug: 'test-dialogue', names: { en: 'Test dialogue' }, languages: ['en'] });
	const cycle = await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2030, themes: { en: 'Theme' }, status: 'active' });
	cycleId = cycle.id;
});

const secretariat = () => ctxAs(database.db, 'secretariat');

/** A new event with registration open; options go to the settings form. */
async function openEvent(settings: Record<string, unknown> = {}, startDate = '2030-05-21') {
	const event = await dialogues.createEvent(secretariat(), {
		cycleId,
		kind: 'session',
		titles: { en: 'Session' },
		startDate,
		endDate: startDate,
		format: 'hybrid',
		status: 'confirmed',
		expectedOutcomes: [],
		organiserIds: []
	});
	await registration.configure(secretariat(), event.id, {
		open: 'on',
		privacyNotices: { en: 'We keep your data for the event.' },
		...settings
	});
	return event.id;
}

let seq = 0;
function person(overrides: Record<string, unknown> = {}) {
	seq += 1;
	return {
		formVersion: 1,
		givenName: 'Amina',
		familyName: `Diallo ${seq}`,
		email: `person${seq}@example.org`,
		affiliation: 'Ministry of Interior',
		category: 'other',
		mode: 'in-room',
		consent: 'on',
		...overrides
	};
}

async function refusal(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ValidationError) return Object.values(error.errors)[0].key;
		if (error instanceof DomainError) return error.code;
		throw error;
	}
	throw new Error('expected a refusal');
}

async function countRegistrations(eventId: string) {
	const [row] = await database.db.select({ n: count() }).from(registrations).where(eq(registrations.eventId, eventId));
	return row.n;
}

describe('registering', () => {
	it('approves while places are free, then waitlists, and promotes in order when a place frees, by mail', async () => {
		const eventId = await openEvent({ capacity: 2 });
		const participant = (userId: string) => ctxAs(database.db, 'participant', { userId });
		const a = await registration.register(secretariat(), eventId, person());
		const b = await registration.register(secretariat(), eventId, person());
		const c = await registration.register(secretariat(), eventId, person());
		const d = await registration.register(secretariat(), eventId, person());
		const user = await auth.signUp(ctxAs(database.db, null), {
			email: 'self@example.org',
			displayName: 'Self',
			password: 'a long enough passphrase'
		});
		const online = await registration.register(participant(user.id), eventId, person({ mode: 'online' }));
		expect(online.registration.userId).toBe(user.id);
		expect([a, b, c, d, online].map((o) => o.registration.status)).toEqual([
			'approved',
			'approved',
			'waitlisted',
			'waitlisted',
			'approved'
		]);
		expect([a, b, c, d].map((o) => o.registration.number)).toEqual([1, 2, 3, 4]);

		const withdrawn = await registration.withdraw(secretariat(), a.registration.id);
		expect(withdrawn.registration.status).toBe('withdrawn');
		expect(withdrawn.promoted).toEqual([{ id: c.registration.id, status: 'approved' }]);
		const [promoted] = await database.db.select().from(registrations).where(eq(registrations.id, c.registration.id));
		expect(promoted.status).toBe('approved');
		const [settings] = await database.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
		expect(settings.placesTaken).toBe(2);

		// Raising the capacity promotes the next in line.
		const raised = await registration.configure(secretariat(), eventId, { open: 'on', capacity: 3, privacyNotices: { en: 'Notice' } });
		expect(raised.promoted).toEqual([{ id: d.registration.id, status: 'approved' }]);
	});

	it('refuses a second registration with the same e-mail, and writes nothing', async () => {
		const eventId = await openEvent();
		await registration.register(secretariat(), eventId, person({ email: 'twice@example.org' }));
		expect(await refusal(registration.register(secretariat(), eventId, person({ email: 'Twice@Example.org' })))).toBe(
			'registration.errors.duplicate'
		);
		expect(await countRegistrations(eventId)).toBe(1);
	});

	it('refuses a change of status it does not allow, naming both statuses as the reader\u2019s language does', async () => {
		const eventId = await openEvent();
		const { registration: made } = await registration.register(secretariat(), eventId, person());
		await registration.withdraw(secretariat(), made.id);
		const error = await registration.decide(secretariat(), made.id, 'approve').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DomainError);
		const { code, params } = error as DomainError;
		expect(code).toBe('registration.errors.cannotMove');
		expect(translator('en')(code, params)).toBe('A registration cannot go from “Withdrawn” to “Approved”.');
		expect(translator('fr')(code, params)).toBe(
			'Une inscription ne peut pas passer du statut «\u00a0Retirée\u00a0» au statut «\u00a0Approuvée\u00a0».'
		);
	});

	it('refuses after the deadline, when closed, or without consent', async () => {
		const eventId = await openEvent({ closesAt: '2030-05-01T12:00' });
		expect(await refusal(registration.register(secretariat(), eventId, person(), { now: new Date('2030-05-02T00:00:00Z') }))).toBe(
			'registration.errors.deadlinePassed'
		);
		expect(
			await refusal(registration.register(secretariat(), eventId, person({ consent: undefined }), { now: new Date('2030-04-01') }))
		).toBe('registration.errors.consent');
		await registration.configure(secretariat(), eventId, { privacyNotices: { en: 'Notice' } });
		expect(await refusal(registration.register(secretariat(), eventId, person(), { now: new Date('2030-04-01') }))).toBe(
			'registration.errors.closed'
		);
		expect(await countRegistrations(eventId)).toBe(0);
	});

	it('records the State\u2019s IOM membership on the event date and the partner\u2019s organisation type', async () => {
		const eventId = await openEvent();
		const gov = await registration.register(secretariat(), eventId, person({ category: 'government', stateId: 'CAN' }));
		expect(gov.registration).toMatchObject({ stateId: 'CAN', membership: 'member', category: 'government' });
		expect(await refusal(registration.register(secretariat(), eventId, person({ category: 'government' })))).toBe(
			'registration.errors.stateRequired'
		);
	});
});

describe('versioned forms and choices with capacity', () => {
	it('checks answers against the current version, keeps old answers with their version, and fills a choice to its capacity', async () => {
		const eventId = await openEvent();
		const v2 = await registration.publishForm(secretariat(), eventId, {
			personal: { phone: 'required' },
			fields: [
				{
					key: 'visit',
					type: 'single-choice',
					labels: { en: 'Site visit' },
					required: true,
					choices: [
						{ key: 'port', labels: { en: 'Port authority' }, capacity: 1 },
						{ key: 'centre', labels: { en: 'Migrant resource centre' }, capacity: null }
					]
				},
				{ key: 'diet', type: 'text', labels: { en: 'Dietary needs' }, required: false }
			]
		});
		expect(v2.version).toBe(2);
		expect(await refusal(registration.register(secretariat(), eventId, person({ answers: { visit: 'port' } })))).toBe(
			'registration.errors.formChanged'
		);
		const missing = await refusal(registration.register(secretariat(), eventId, person({ formVersion: 2, answers: { visit: 'port' } })));
		expect(missing).toBe('validation.required'); // the phone
		const first = await registration.register(
			secretariat(),
			eventId,
			person({ formVersion: 2, phone: '+41 22 717 91 11', answers: { visit: 'port', diet: 'Vegetarian' } })
		);
		expect(first.registration.answers).toEqual({ visit: 'port', diet: 'Vegetarian' });
		expect(
			await refusal(
				registration.register(secretariat(), eventId, person({ formVersion: 2, phone: '+41 22 717 91 12', answers: { visit: 'port' } }))
			)
		).toBe('registration.errors.choiceFull');
		expect(
			await refusal(
				registration.register(secretariat(), eventId, person({ formVersion: 2, phone: '+41 22 717 91 13', answers: { visit: 'zoo' } }))
			)
		).toBe('validation.choice');

		// Version 3 relabels the question; the first registration still reads against version 2.
		await registration.publishForm(secretariat(), eventId, {
			personal: {},
			fields: [
				{
					key: 'visit',
					type: 'single-choice',
					labels: { en: 'Field trip' },
					required: false,
					choices: [{ key: 'port', labels: { en: 'Harbour' }, capacity: 1 }]
				}
			]
		});
		const viewed = await registration.getViewable(secretariat(), first.registration.id);
		expect(viewed.formVersion).toBe(2);
		expect(viewed.definition.fields[0].labels.en).toBe('Site visit');
		const [port] = await database.db
			.select()
			.from(registrationChoiceCounts)
			.where(and(eq(registrationChoiceCounts.eventId, eventId), eq(registrationChoiceCounts.choiceKey, 'port')));
		expect(port.taken).toBe(1);

		// Withdrawing gives the choice back.
		await registration.withdraw(secretariat(), first.registration.id);
		const [after] = await database.db
			.select()
			.from(registrationChoiceCounts)
			.where(and(eq(registrationChoiceCounts.eventId, eventId), eq(registrationChoiceCounts.choiceKey, 'port')));
		expect(after.taken).toBe(0);
	});
});

describe('delegations', () => {
	it('lets a focal point nominate and approve its own delegates up to the quota, and nothing for another State', async () => {
		const eventId = await openEvent({ requiresFocalPointApproval: 'on', delegationQuota: 2 });
		const canada = ctxAs(database.db, 'state-focal-point', { stateId: 'CAN' });
		const delegates = [];
		for (let i = 0; i < 3; i++)
			delegates.push((await registration.register(canada, eventId, person({ category: 'government', stateId: 'CAN' }))).registration);
		expect(delegates.map((d) => d.status)).toEqual(['pending', 'pending', 'pending']);
		expect(await refusal(registration.register(canada, eventId, person({ category: 'government', stateId: 'MEX' })))).toBe(
			'registration.errors.otherState'
		);

		await registration.decide(canada, delegates[0].id, 'approve');
		await registration.decide(canada, delegates[1].id, 'approve');
		expect(await refusal(registration.decide(canada, delegates[2].id, 'approve'))).toBe('registration.errors.quotaReached');
		const mexico = ctxAs(database.db, 'state-focal-point', { stateId: 'MEX' });
		expect(await refusal(registration.decide(mexico, delegates[2].id, 'reject'))).toBe('registration.errors.otherState');

		await registration.setHeadOfDelegation(canada, eventId, 'CAN', delegates[0].id);
		const view = await registration.delegation(canada, eventId, 'CAN');
		expect(view).toMatchObject({ quota: 2, seatsTaken: 2, headRegistrationId: delegates[0].id });
		expect(await refusal(registration.delegation(mexico, eventId, 'CAN'))).toBe('registration.errors.otherState');

		// An online delegate needs no seat.
		const online = await registration.register(canada, eventId, person({ category: 'government', stateId: 'CAN', mode: 'online' }));
		expect((await registration.decide(canada, online.registration.id, 'approve')).registration.status).toBe('approved');
		const [row] = await database.db
			.select()
			.from(delegations)
			.where(and(eq(delegations.eventId, eventId), eq(delegations.stateId, 'CAN')));
		expect(row.seatsTaken).toBe(2);
	});
});

describe('capacity under concurrency', () => {
	it('gives the last 10 places to exactly 10 of 200 simultaneous registrations', async () => {
		const eventId = await openEvent({ capacity: 50 });
		await database.db.update(registrationSettings).set({ placesTaken: 40 }).where(eq(registrationSettings.eventId, eventId));
		const outcomes = await Promise.allSettled(Array.from({ length: 200 }, () => registration.register(secretariat(), eventId, person())));
		const failed = outcomes.filter((o) => o.status === 'rejected');
		expect(failed).toEqual([]);
		const statuses = outcomes.map((o) => (o as PromiseFulfilledResult<registration.Outcome>).value.registration.status);
		expect(statuses.filter((s) => s === 'approved')).toHaveLength(10);
		expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(190);
		const [settings] = await database.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
		expect(settings.placesTaken).toBe(50);
		const numbers = (
			await database.db.select({ n: registrations.number }).from(registrations).where(eq(registrations.eventId, eventId))
		).map((r) => r.n);
		expect(new Set(numbers).size).toBe(200);
	});

	it('admits simultaneous registrations together, refusing alone each one that cannot be: same address, full choice, used quota', async () => {
		const eventId = await openEvent({ capacity: 100, delegationQuota: 2 });
		await registration.publishForm(secretariat(), eventId, {
			personal: {},
			fields: [
				{
					key: 'visit',
					type: 'single-choice',
					labels: { en: 'Site visit' },
					required: false,
					choices: [{ key: 'port', labels: { en: 'Port authority' }, capacity: 3 }]
				}
			]
		});
		const canada = ctxAs(database.db, 'state-focal-point', { stateId: 'CAN' });
		const attempts = [
			...['same@example.org', 'SAME@example.org'].map((email) =>
				registration.register(secretariat(), eventId, person({ formVersion: 2, email }))
			),
			...Array.from({ length: 5 }, () =>
				registration.register(secretariat(), eventId, person({ formVersion: 2, answers: { visit: 'port' } }))
			),
			...Array.from({ length: 4 }, () =>
				registration.register(canada, eventId, person({ formVersion: 2, category: 'government', stateId: 'CAN' }))
			),
			...Array.from({ length: 3 }, () => registration.register(secretariat(), eventId, person({ formVersion: 2, mode: 'online' })))
		];
		const reasons = await Promise.all(attempts.map((a) => refusal(a).catch(() => 'admitted')));
		expect(reasons.slice(0, 2).sort()).toEqual(['admitted', 'registration.errors.duplicate']);
		expect(reasons.slice(2, 7).sort()).toEqual([
			'admitted',
			'admitted',
			'admitted',
			'registration.errors.choiceFull',
			'registration.errors.choiceFull'
		]);
		expect(reasons.slice(7, 11).sort()).toEqual([
			'admitted',
			'admitted',
			'registration.errors.quotaReached',
			'registration.errors.quotaReached'
		]);
		expect(reasons.slice(11)).toEqual(['admitted', 'admitted', 'admitted']);

		// A refused registration took nothing: numbers have no gaps, every counter matches the rows.
		const rows = await database.db.select().from(registrations).where(eq(registrations.eventId, eventId));
		expect(rows.map((r) => r.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		const [settings] = await database.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
		expect(settings).toMatchObject({ placesTaken: 6, lastNumber: 9 });
		const [port] = await database.db.select().from(registrationChoiceCounts).where(eq(registrationChoiceCounts.eventId, eventId));
		expect(port.taken).toBe(3);
		const [seats] = await database.db.select().from(delegations).where(eq(delegations.eventId, eventId));
		expect(seats.seatsTaken).toBe(2);
		const audited = await database.db
			.select({ n: count() })
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'registration.create'),
					inArray(
						auditLog.entityId,
						rows.map((r) => r.id)
					)
				)
			);
		expect(audited[0].n).toBe(9);
	});

	it.runIf(process.env.TEST_DB_KIND === 'postgres')(
		'holds the last 10 places when two server processes register at once (the row lock and the CHECK, not one process)',
		async () => {
			const eventId = await openEvent({ capacity: 50 });
			await database.db.update(registrationSettings).set({ placesTaken: 40 }).where(eq(registrationSettings.eventId, eventId));
			const other = await openDatabase({ url: database.url!, poolSize: 10 });
			try {
				const outcomes = await Promise.all(
					Array.from({ length: 200 }, (_, i) =>
						registration.register(ctxAs(i % 2 ? other.db : database.db, 'secretariat'), eventId, person())
					)
				);
				expect(outcomes.filter((o) => o.registration.status === 'approved')).toHaveLength(10);
			} finally {
				await other.close();
			}
			const [settings] = await database.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
			expect(settings).toMatchObject({ placesTaken: 50, lastNumber: 200 });
		}
	);

	it('the database itself refuses a count above capacity', async () => {
		const eventId = await openEvent({ capacity: 1 });
		await expect(
			database.db.update(registrationSettings).set({ placesTaken: 2 }).where(eq(registrationSettings.eventId, eventId))
		).rejects.toThrow();
	});
});

describe('personal data', () => {
	it('exports a registration with its answers, erases on request and after the retention period, keeping statistics', async () => {
		const eventId = await openEvent({ retentionMonths: 6 }, '2030-01-10');
		const userId = crypto.randomUUID();
		const me = ctxAs(database.db, 'participant', { userId });
		const mine = await registration.register(secretariat(), eventId, person({ category: 'government', stateId: 'GHA', gender: 'female' }));
		const data = await registration.personalData(secretariat(), mine.registration.id);
		expect(data.registration).toMatchObject({ email: mine.registration.email, stateId: 'GHA' });
		expect(JSON.stringify(data)).not.toContain(mine.registration.checkInToken);
		expect(await refusal(registration.personalData(me, mine.registration.id))).toBe('errors.forbidden');
		// The key from the confirmation mail opens it.
		expect((await registration.personalData(me, mine.registration.id, mine.registration.checkInToken)).registration.id).toBe(
			mine.registration.id
		);

		const other = await registration.register(secretariat(), eventId, person({ category: 'government', stateId: 'GHA', gender: 'male' }));
		await registration.eraseOwn(me, other.registration.id, other.registration.checkInToken);
		const [erased] = await database.db.select().from(registrations).where(eq(registrations.id, other.registration.id));
		expect(erased).toMatchObject({ status: 'withdrawn', givenName: null, email: null, gender: 'male', stateId: 'GHA' });

		expect(await registration.eraseExpired(database.db, new Date('2030-07-10'))).toBe(0);
		expect(await registration.eraseExpired(database.db, new Date('2030-07-11'))).toBe(1);
		const rows = await database.db.select().from(registrations).where(eq(registrations.eventId, eventId));
		expect(rows.every((r) => r.givenName === null && r.email === null && r.erasedAt)).toBe(true);
		expect(rows.map((r) => r.gender).sort()).toEqual(['female', 'male']);
		// The audit log never held the names.
		const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, mine.registration.id));
		expect(JSON.stringify(entries)).not.toContain(mine.registration.familyName!);
	});
});
