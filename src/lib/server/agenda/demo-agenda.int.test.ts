import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { BallotOut, ConsultationOut, ProposalOut, ResponseOut, ResultsOut } from '$lib/api/agenda';
import { Page } from '$lib/api/resources';
import type { Role } from '$lib/auth/roles';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { api } from '../api/http';
import * as v1 from '../api/v1-agenda';
import { openApiDocument } from '../api/openapi';
import { users } from '../auth/schema';
import * as demo from '../demo';
import * as dialogues from '../dialogues';
import { actorWith } from '../testing/actors';
import { testDatabase } from '../testing/database';
import * as agenda from '.';

let db: Db;
let canadaUserId: string;

beforeAll(async () => {
	db = (await testDatabase()).db;
	await demo.load(db);
	const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'focal-point.can@demo.idm.test'));
	canadaUserId = user.id;
});

function request(
	path: string,
	options: { role?: Role | null; stateId?: string; userId?: string; params?: Record<string, string>; method?: string; body?: unknown } = {}
) {
	const actor = actorWith(options.role ?? null, { stateId: options.stateId, userId: options.userId });
	const url = new URL(`http://localhost/api/v1${path}`);
	const init: RequestInit =
		options.body === undefined
			? {}
			: { method: options.method ?? 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) };
	return {
		url,
		params: options.params ?? {},
		request: new Request(url, init),
		locals: { lang: 'en', actor, ctx: { db, actor }, user: null }
	} as unknown as RequestEvent;
}

async function call(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	return { status: response.status, body: await response.json() };
}

async function consultationBySymbol(symbol: string) {
	const all = await agenda.listAllConsultations(db);
	const c = all.find((x) => x.documentSymbol === symbol)!;
	return (await agenda.getConsultation(db, c.id))!;
}

describe('the demo’s agenda setting, from the seeds', () => {
	it('2007: the follow-up survey finds 68% of 25 responses in favour of a migration and environment workshop, counted from the recorded responses', async () => {
		const found = await consultationBySymbol('IC/2006/8');
		expect(found.consultation.heldOn).toBe('2006-10-19');
		const results = (await agenda.results(db, found.ballots[0].id))!;
		const environment = results.tally.proposals.find((p) => p.titles.en === 'Migration and the Environment')!;
		expect(results.tally.responses).toBe(25);
		expect(environment).toMatchObject({ yes: 17, shareOfResponses: 68 });
		const view = agenda.resultsView(results, 'en');
		expect(view.rows.find((r) => r.label === 'Migration and the Environment')?.cells).toContain('68% of 25 responses');
		expect(found.proposals.find((p) => p.titles.en === 'Migration and the Environment')?.status).toBe('deferred');
	});

	it('2007: the two selected workshops are linked to their events with their dates', async () => {
		const found = await consultationBySymbol('IC/2006/8');
		const selected = found.proposals.filter((p) => p.kind === 'workshop-topic' && p.status === 'selected');
		const events = await Promise.all(selected.map((p) => dialogues.getEvent(db, p.eventId!)));
		expect(events.map((e) => e?.event.startDate).sort()).toEqual(['2007-05-24', '2007-10-08']);
		expect(await agenda.proposalOfEvent(db, selected[0].eventId!)).toMatchObject({ id: selected[0].id });
	});

	it('2014: two themes merged into the cycle’s theme; three workshop topics of which two to be chosen, with results', async () => {
		const found = await consultationBySymbol('IC/2013/4');
		const theme = found.proposals.find((p) => p.kind === 'theme')!;
		expect(theme.status).toBe('selected');
		const proposal = (await agenda.getProposal(db, theme.id))!;
		expect(proposal.mergedFrom).toHaveLength(2);
		expect(proposal.cycle.themes.en).toBe(theme.titles.en);
		const results = (await agenda.results(db, found.ballots[0].id))!;
		expect(results.ballot).toMatchObject({ rule: 'choose', maxChoices: 2 });
		expect(results.tally.proposals.map((p) => [p.titles.en, p.yes])).toEqual([
			['Migration and families', 31],
			['South-South migration', 27],
			['Promoting strategic partnership frameworks for addressing new migration challenges', 18]
		]);
	});

	it('next year: a ballot is open, and Canada’s focal point casts and changes the State’s vote through the API (PUT, idempotent)', async () => {
		const ballots = (await agenda.listAllBallots(db)).filter((b) => b.closesAt > new Date() && b.opensAt < new Date());
		expect(ballots).toHaveLength(1);
		const ballot = (await agenda.getBallot(db, ballots[0].id))!;
		const [a, b, c] = ballot.proposals.map((p) => p.id);
		const put = (body: unknown, state = 'CAN') =>
			call(
				v1.putResponse,
				request(`/ballots/${ballot.ballot.id}/responses/${state}`, {
					role: 'state-focal-point',
					stateId: 'CAN',
					userId: canadaUserId,
					params: { id: ballot.ballot.id, state },
					body
				})
			);
		const first = await put({ chosen: [a, b] });
		expect(first.status).toBe(200);
		expect(ResponseOut.parse(first.body)).toMatchObject({ stateId: 'CAN', revision: 1 });
		const again = await put({ chosen: [a, b] });
		// The same marks again write nothing: the revision stays.
		expect(again.body).toMatchObject({ responseId: first.body.responseId, revision: 1 });
		expect((await put({ chosen: [c] })).body).toMatchObject({ revision: 2 });
		expect((await agenda.responseOf(db, ballot.ballot.id, 'CAN'))?.marks.map((m) => m.proposalId)).toEqual([c]);
		const tooMany = await put({ chosen: [a, b, c] });
		expect(tooMany.status).toBe(400);
		expect(tooMany.body.errors[0]).toMatchObject({ field: 'chosen', code: 'agenda.errors.tooMany', detail: 'Choose at most 2.' });
		expect((await put({ chosen: [a] }, 'MEX')).status).toBe(403);
		expect((await agenda.responseOf(db, ballot.ballot.id, 'CAN'))?.marks.map((m) => m.proposalId)).toEqual([c]);
	});

	it('the API lists consultations, proposals and ballots, and published results, in the documented shapes', async () => {
		const consultations = Page(ConsultationOut).parse((await call(v1.listConsultations, request('/consultations'))).body);
		expect(consultations.data.map((c) => c.documentSymbol)).toEqual(expect.arrayContaining(['IC/2006/8', 'IC/2013/4']));
		Page(ProposalOut).parse((await call(v1.listProposals, request('/proposals'))).body);
		const ballots = Page(BallotOut).parse((await call(v1.listBallots, request('/ballots'))).body);
		const closed = ballots.data.find((b) => b.phase === 'closed')!;
		const open = ballots.data.find((b) => b.phase === 'open')!;
		const published = await call(v1.ballotResults, request(`/ballots/${closed.id}/results`, { params: { id: closed.id } }));
		expect(ResultsOut.parse(published.body).responses).toBeGreaterThan(0);
		expect((await call(v1.ballotResults, request(`/ballots/${open.id}/results`, { params: { id: open.id } }))).status).toBe(401);
		expect(
			(await call(v1.ballotResults, request(`/ballots/${open.id}/results`, { role: 'secretariat', params: { id: open.id } }))).status
		).toBe(200);
		const doc = openApiDocument();
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining(['/consultations', '/proposals', '/ballots', '/ballots/{id}/results', '/ballots/{id}/responses/{state}'])
		);
		expect(doc.paths['/ballots/{id}/responses/{state}'].put).toBeDefined();
	});
});
