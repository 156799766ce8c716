import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { FundingOut } from '$lib/api/funding';
import type { Role } from '$lib/auth/roles';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { actorWith } from '../testing/actors';
import * as demo from '../demo';
import { upcomingSessionDates } from '../demo/registration-data';
import * as dialogues from '../dialogues';
import { api } from '../api/http';
import { openApiDocument } from '../api/openapi';
import { addPledge, cycleFunding } from '../api/v1-funding';
import { pledges } from './schema';
import * as funding from '.';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
});

function request(path: string, params: Record<string, string>, options: { role?: Role | null; body?: unknown } = {}) {
	const actor = actorWith(options.role ?? null);
	const url = new URL(`http://localhost/api/v1${path}`);
	const init: RequestInit =
		options.body === undefined
			? {}
			: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) };
	return {
		url,
		params,
		request: new Request(url, init),
		locals: { lang: 'en', actor, ctx: { db: database.db, actor }, user: null }
	} as unknown as RequestEvent;
}

async function call(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	return { status: response.status, body: await response.json() };
}

describe('demo funding from the seeds', () => {
	it('IDM 2014: USD 250,000, USD 125,000 per workshop, about two thirds for sponsored participation, figures computed', async () => {
		const cycle = (await dialogues.getCycle(database.db, 'idm', 2014))!;
		const view = (await funding.forCycle(database.db, cycle.cycle.id))!;
		expect(view).toMatchObject({
			currency: 'USD',
			total: '250000.00',
			allocated: '250000.00',
			sponsoredPercent: '66.67',
			sponsored: '166675.00'
		});
		expect(view.lines.map((l) => l.cost)).toEqual(['125000.00', '125000.00']);
		// Invented pledges: 100,000 + CHF 50,000 × 1.1 + 60,000 = 215,000, all whole-programme, shared equally.
		expect(view).toMatchObject({ pledged: '215000.00', received: '100000.00', unearmarked: '215000.00', shortfall: '35000.00' });
		expect(view.lines.map((l) => [l.funded, l.status])).toEqual([
			['107500.00', 'partly-funded'],
			['107500.00', 'partly-funded']
		]);
	});

	it('next year’s workshop on migration and the environment is subject to available funding and partly funded', async () => {
		const next = (await dialogues.getCycle(database.db, 'idm', upcomingSessionDates().year))!;
		const workshop = next.events.find((e) => e.kind === 'workshop')!;
		const result = (await funding.forEvent(database.db, workshop.id))!;
		// EUR 40,000 × 1.08 = USD 43,200 earmarked; needs: session 125,000, workshop 81,800; the organisation's
		// USD 150,000 is shared 125,000 : 81,800, so the workshop gets 59,332.69 and is funded at 102,532.69.
		expect(result.line).toMatchObject({
			subjectToFunding: true,
			status: 'partly-funded',
			earmarked: '43200.00',
			share: '59332.69',
			funded: '102532.69'
		});
		const summary = funding.eventFundingSummary(result, 'en');
		expect(summary.text).toBe('Partly funded: 102,532.69 of 125,000.00 USD (82 %)');
	});

	it('the public page and its CSV tables hold donors (States, organisations) and never a person or an internal reference', async () => {
		const cycle = (await dialogues.getCycle(database.db, 'idm', 2014))!;
		const view = (await funding.forCycle(database.db, cycle.cycle.id))!;
		const page = funding.fundingPage(view, 'en', { event: (id) => `/events/${id}` });
		const donors = page.tables.find((t) => t.key === 'donors')!;
		expect(donors.rows.map((r) => r.cells[0])).toEqual(['Australia', 'Bureau of Population, Refugees, and Migration (PRM)', 'Switzerland']);
		expect(donors.svg).toContain('role="img"');
		const csv = funding.fundingCsv(
			page.tables.find((t) => t.key === 'lines')!,
			view.currency
		);
		expect(csv.split('\r\n')[0]).toBe('\ufeffkey,line,event,status,cost,earmarked,share,funded,gap,received,percent_funded,currency');
		expect(csv).toContain('partly-funded,125000.00,0.00,107500.00,107500.00,17500.00,0.00,86,USD');
	});
});

describe('funding in the JSON API', () => {
	it('GET /cycles/{id}/funding returns the computed funding in the documented shape', async () => {
		const cycle = (await dialogues.getCycle(database.db, 'idm', 2014))!;
		const { status, body } = await call(cycleFunding, request(`/cycles/${cycle.cycle.id}/funding`, { id: cycle.cycle.id }));
		expect(status).toBe(200);
		const parsed = FundingOut.parse(body);
		expect(parsed.lines[0].status).toBe('partly-funded');
		expect(parsed.rule).toContain('in proportion to their remaining needs');
		expect(JSON.stringify(body)).not.toContain('reference');
		expect(Object.keys(openApiDocument().paths)).toContain('/cycles/{id}/funding');
	});

	it('an unknown cycle is a 404 problem document', async () => {
		const id = '00000000-0000-4000-8000-000000000000';
		expect((await call(cycleFunding, request(`/cycles/${id}/funding`, { id }))).status).toBe(404);
	});

	it('POST /cycles/{id}/pledges refuses an earmark to another cycle’s event and a negative amount, writing nothing', async () => {
		const y2014 = (await dialogues.getCycle(database.db, 'idm', 2014))!;
		const y2024 = (await dialogues.getCycle(database.db, 'idm', 2024))!;
		const before = (await database.db.select().from(pledges).where(eq(pledges.cycleId, y2014.cycle.id))).length;
		const params = { id: y2014.cycle.id };
		const body = { donorStateId: 'NOR', amount: '1000', currency: 'USD', pledgedOn: '2014-02-01' };
		const visitor = await call(addPledge, request('/cycles/x/pledges', params, { body }));
		expect(visitor.status).toBe(401);
		const otherCycle = await call(
			addPledge,
			request('/cycles/x/pledges', params, { role: 'secretariat', body: { ...body, eventId: y2024.events[0].id } })
		);
		expect(otherCycle.status).toBe(400);
		expect(otherCycle.body.errors).toEqual([
			{
				field: 'eventId',
				code: 'funding.errors.eventOfOtherCycle',
				detail: 'This event belongs to another cycle: choose an event of this cycle.'
			}
		]);
		const negative = await call(addPledge, request('/cycles/x/pledges', params, { role: 'secretariat', body: { ...body, amount: -5 } }));
		expect(negative.body.errors[0]).toMatchObject({ field: 'amount', code: 'funding.errors.negative' });
		expect((await database.db.select().from(pledges).where(eq(pledges.cycleId, y2014.cycle.id))).length).toBe(before);
		const created = await call(addPledge, request('/cycles/x/pledges', params, { role: 'secretariat', body }));
		expect(created.status).toBe(201);
	});
});
