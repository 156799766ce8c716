import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import * as demo from '../demo';
import * as dialogues from '../dialogues';
import { upcomingSessionDates } from '../demo/registration-data';
import * as registration from '.';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
});

describe('the demo\u2019s upcoming session', () => {
	it('is next year, hybrid, in Geneva, open with a form, a capacity, focal-point approval and a quota', async () => {
		const { year } = upcomingSessionDates();
		const cycle = await dialogues.getCycle(database.db, 'idm', year);
		const session = cycle!.events.find((e) => e.kind === 'session')!;
		const setup = await registration.getSetup(database.db, session.id);
		expect(setup?.event).toMatchObject({ format: 'hybrid', city: 'Geneva', countryId: 'CHE', timeZone: 'Europe/Zurich' });
		expect(setup?.settings).toMatchObject({ open: true, capacity: 300, requiresFocalPointApproval: true, delegationQuota: 3 });
		expect(setup?.settings?.closesAt?.toISOString()).toBe(`${year}-09-30T16:00:00.000Z`);
		expect(registration.openState(setup!.settings, setup!.form, new Date(`${year}-01-01`)).open).toBe(true);
		expect(setup?.form?.definition.fields.map((f) => f.key)).toEqual(['interpretation', 'breakout', 'accessibility']);

		// Canada's focal point nominates a delegate, who waits for approval, then approves.
		const canada = ctxAs(database.db, 'state-focal-point', { stateId: 'CAN' });
		const { registration: delegate } = await registration.register(
			canada,
			session.id,
			{
				formVersion: setup!.form!.version,
				givenName: 'Marie',
				familyName: 'Tremblay',
				email: 'marie.tremblay@example.gc.ca',
				gender: 'female',
				affiliation: 'Immigration, Refugees and Citizenship Canada',
				position: 'Director',
				category: 'government',
				stateId: 'CAN',
				mode: 'in-room',
				answers: { interpretation: 'fr', breakout: 'group-1' },
				consent: true
			},
			{ now: new Date(`${year}-01-01`) }
		);
		expect(delegate).toMatchObject({ status: 'pending', membership: 'member' });
		expect((await registration.decide(canada, delegate.id, 'approve')).registration.status).toBe('approved');
	});
});
