import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { DialogueOut, EventOut, OrganisationOut, Page, StateOut } from '$lib/api/resources';
import { testDatabase } from '../testing/database';
import { actorWith } from '../testing/actors';
import type { Database } from '../db/client';
import type { Role } from '$lib/auth/roles';
import * as demo from '../demo';
import * as dialogues from '../dialogues';
import { api } from './http';
import { openApiDocument, OPERATIONS } from './openapi';
import * as v1 from './v1';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
});

/** The parts of a SvelteKit RequestEvent the API handlers read. */
function request(path: string, options: { role?: Role | null; params?: Record<string, string>; body?: unknown; lang?: 'en' | 'fr' } = {}) {
	const actor = actorWith(options.role ?? null);
	const url = new URL(`http://localhost/api/v1${path}`);
	const init: RequestInit =
		options.body === undefined
			? {}
			: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) };
	return {
		url,
		params: options.params ?? {},
		request: new Request(url, init),
		locals: { lang: options.lang ?? 'en', actor, ctx: { db: database.db, actor }, user: null }
	} as unknown as RequestEvent;
}

async function call(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('JSON API', () => {
	it('lists dialogues, events, States and organisations in the shapes the OpenAPI document promises', async () => {
		expect(Page(DialogueOut).parse((await call(v1.listDialogues, request('/dialogues'))).body).data.length).toBeGreaterThan(0);
		expect(Page(EventOut).parse((await call(v1.listEvents, request('/events'))).body).data.length).toBeGreaterThan(5);
		expect(Page(StateOut).parse((await call(v1.listStates, request('/states?on=2024-05-21'))).body).data.length).toBeGreaterThan(200);
		expect(Page(OrganisationOut).parse((await call(v1.listOrganisations, request('/organisations'))).body).data.length).toBeGreaterThan(10);
		const [first] = (await dialogues.listEvents(database.db)).slice(-1);
		EventOut.parse((await call(v1.getEvent, request(`/events/${first.id}`, { params: { id: first.id } }))).body);
	});

	it('the secretariat creates an event with a bearer identity and gets its id', async () => {
		const cycle = (await dialogues.listCycles(database.db)).find((c) => c.year === 2024)!;
		const body = {
			cycleId: cycle.id,
			kind: 'side-event',
			titles: { en: 'Side event at the IMRF' },
			startDate: '2026-05-05',
			endDate: '2026-05-05',
			format: 'hybrid'
		};
		const created = await call(v1.createEvent, request('/events', { role: 'secretariat', body }));
		expect(created.status).toBe(201);
		expect((await dialogues.getEvent(database.db, created.body.id))?.event.titles.en).toBe('Side event at the IMRF');
	});

	it('answers bad input with an RFC 9457 problem listing each field, in the client language', async () => {
		const cycle = (await dialogues.listCycles(database.db))[0];
		const body = { cycleId: cycle.id, kind: 'party', titles: { en: 'X' }, startDate: '2026-05-05', endDate: '2026-05-01' };
		const result = await call(v1.createEvent, request('/events', { role: 'secretariat', body, lang: 'fr' }));
		expect(result.status).toBe(400);
		expect(result.type).toBe('application/problem+json');
		expect(result.body).toMatchObject({ type: '/problems/validation', status: 400 });
		expect(result.body.errors).toEqual(
			expect.arrayContaining([
				{ field: 'kind', code: 'validation.choice', detail: 'Choisissez l\u2019une des options proposées.' },
				{ field: 'endDate', code: 'validation.dateOrder', detail: 'La date de fin ne peut pas précéder la date de début.' }
			])
		);
	});

	it('refuses creation to visitors (401) and participants (403) with problem documents', async () => {
		const body = { any: 'thing' };
		expect((await call(v1.createEvent, request('/events', { role: null, body: {} }))).status).toBe(400);
		const cycle = (await dialogues.listCycles(database.db))[0];
		const valid = { cycleId: cycle.id, kind: 'seminar', titles: { en: 'X' }, startDate: '2026-01-01', endDate: '2026-01-01' };
		expect(await call(v1.createEvent, request('/events', { role: null, body: valid }))).toMatchObject({
			status: 401,
			body: { type: '/problems/unauthenticated' }
		});
		expect(await call(v1.createEvent, request('/events', { role: 'participant', body: valid }))).toMatchObject({
			status: 403,
			body: { type: '/problems/forbidden' }
		});
		expect(body).toBeTruthy();
	});

	it('an unknown id is a 404 problem, and an unknown language a 400', async () => {
		expect((await call(v1.getEvent, request('/events/nope', { params: { id: 'nope' } }))).status).toBe(404);
		expect((await call(v1.getState, request('/states/ZZZ', { params: { id: 'ZZZ' } }))).status).toBe(404);
		expect((await call(v1.listStates, request('/states?lang=de'))).body).toMatchObject({
			status: 400,
			errors: [{ field: 'lang', code: 'validation.unknownLanguage' }]
		});
	});

	it('publishes an OpenAPI 3 document whose event input schema is the form schema', () => {
		const doc = openApiDocument();
		expect(doc.openapi).toBe('3.0.3');
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining(['/dialogues', '/cycles', '/events', '/events/{id}', '/states', '/organisations'])
		);
		const post = doc.paths['/events'].post as {
			requestBody: { content: { 'application/json': { schema: { required: string[]; properties: Record<string, unknown> } } } };
		};
		const schema = post.requestBody.content['application/json'].schema;
		expect(schema.required).toEqual(expect.arrayContaining(['cycleId', 'kind', 'titles', 'startDate', 'endDate']));
		expect(Object.keys(schema.properties)).toContain('expectedOutcomes');
		expect(OPERATIONS.filter((o) => o.method === 'post').every((o) => o.role)).toBe(true);
	});

	it('registers for the upcoming session, refuses the same e-mail twice as a problem, and counts for the secretariat', async () => {
		const session = (await dialogues.listEvents(database.db)).find((e) => e.titles.en.includes('(demonstration)'))!;
		const params = { id: session.id };
		const summary = await call(v1.registrationSummary, request(`/events/${session.id}/registrations`, { role: 'secretariat', params }));
		expect(summary.body).toMatchObject({ open: true, capacity: 300, placesTaken: 0 });
		const body = {
			formVersion: summary.body.formVersion,
			givenName: 'Ana',
			familyName: 'Pereira',
			email: 'ana.pereira@example.org',
			gender: 'female',
			affiliation: 'University of Lisbon',
			position: 'Researcher',
			category: 'other',
			mode: 'online',
			answers: { interpretation: 'es' },
			consent: true
		};
		const created = await call(v1.register, request(`/events/${session.id}/registrations`, { role: 'secretariat', params, body }));
		expect(created).toMatchObject({ status: 201, body: { number: 1, status: 'approved' } });
		const twice = await call(v1.register, request(`/events/${session.id}/registrations`, { role: 'secretariat', params, body }));
		expect(twice.status).toBe(400);
		expect(twice.type).toBe('application/problem+json');
		expect(twice.body.errors).toEqual([
			{ field: 'email', code: 'registration.errors.duplicate', detail: 'This e-mail address is already registered for this event.' }
		]);
		const anonymous = await call(v1.registrationSummary, request(`/events/${session.id}/registrations`, { params }));
		expect(anonymous.status).toBe(401);
		const counted = await call(v1.registrationSummary, request(`/events/${session.id}/registrations`, { role: 'secretariat', params }));
		expect(counted.body.counts).toEqual({ approved: 1 });
	});
});
