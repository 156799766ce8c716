import type { RequestEvent } from '@sveltejs/kit';
import { ResponseSchema } from '$lib/agenda/schemas';
import { phaseAt } from '$lib/domain/ballots';
import { DomainError } from '../core/errors';
import { requireSignedIn } from '../core/guards';
import * as agenda from '../agenda';
import { isUuid } from '../web/params';
import { json, readJson } from './http';

/** The agenda endpoints of /api/v1: consultations, proposals, ballots, results and casting a State's response. */

const notFound = () => new DomainError('errors.notFound', 404);
const uuidParam = (event: RequestEvent, name: string) => {
	const value = event.url.searchParams.get(name);
	if (value === null) return undefined;
	if (!isUuid(value)) throw new DomainError('validation.format', 400, name);
	return value;
};

type ConsultationRow = Awaited<ReturnType<typeof agenda.listAllConsultations>>[number];
const consultationOut = (c: Omit<ConsultationRow, 'year' | 'dialogue'>) => ({
	id: c.id,
	cycleId: c.cycleId,
	titles: c.titles,
	heldOn: c.heldOn,
	place: c.place,
	timeZone: c.timeZone,
	documentSymbol: c.documentSymbol,
	decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null
});

export async function listConsultations(event: RequestEvent) {
	const cycle = uuidParam(event, 'cycle');
	const rows = await agenda.listAllConsultations(event.locals.ctx.db);
	return json({ data: rows.filter((c) => !cycle || c.cycleId === cycle).map(consultationOut) });
}

export async function getConsultation(event: RequestEvent) {
	const found = await agenda.getConsultation(event.locals.ctx.db, event.params.id ?? '');
	if (!found) throw notFound();
	const c = found.consultation;
	return json({
		...consultationOut(c),
		note: c.note,
		decisionSummary: c.decisionSummary,
		attachments: found.attachments.map((a) => ({ ...a, url: `/consultations/${c.id}/attachments/${a.id}` }))
	});
}

const proposalOut = (p: agenda.Proposal) => ({
	id: p.id,
	consultationId: p.consultationId,
	kind: p.kind,
	titles: p.titles,
	descriptions: p.descriptions,
	proposedBy: p.proposedBy,
	proposedByStateId: p.proposedByStateId,
	proposedByOrganisationId: p.proposedByOrganisationId,
	status: p.status,
	mergedIntoId: p.mergedIntoId,
	eventId: p.eventId
});

export async function listProposals(event: RequestEvent) {
	const rows = await agenda.listAllProposals(event.locals.ctx.db, uuidParam(event, 'consultation'));
	return json({ data: rows.map(proposalOut) });
}

export async function getProposal(event: RequestEvent) {
	const found = await agenda.getProposal(event.locals.ctx.db, event.params.id ?? '');
	if (!found) throw notFound();
	return json(proposalOut(found.proposal));
}

const ballotOut = (b: agenda.Ballot, proposalIds: string[], now: Date) => ({
	id: b.id,
	consultationId: b.consultationId,
	titles: b.titles,
	rule: b.rule,
	maxChoices: b.maxChoices,
	proposalIds,
	opensAt: b.opensAt.toISOString(),
	closesAt: b.closesAt.toISOString(),
	eligibleOn: b.eligibleOn,
	includeObservers: b.includeObservers,
	publishResults: b.publishResults,
	phase: phaseAt(b, now)
});

export async function listBallots(event: RequestEvent) {
	const consultation = uuidParam(event, 'consultation');
	const rows = await agenda.listAllBallots(event.locals.ctx.db, consultation);
	const now = new Date();
	const onBallot = await agenda.ballotProposalIds(
		event.locals.ctx.db,
		rows.map((b) => b.id)
	);
	const out = rows.map((b) => ballotOut(b, onBallot.get(b.id) ?? [], now));
	return json({ data: out });
}

export async function getBallot(event: RequestEvent) {
	const found = await agenda.getBallot(event.locals.ctx.db, event.params.id ?? '');
	if (!found) throw notFound();
	return json(
		ballotOut(
			found.ballot,
			found.proposals.map((p) => p.id),
			new Date()
		)
	);
}

/** Results for those who may see them: the secretariat always, everyone after the close if published. */
export async function ballotResults(event: RequestEvent) {
	const now = new Date();
	const r = await agenda.visibleResults(event.locals.ctx.db, event.locals.actor, event.params.id ?? '', now);
	return json(
		{
			ballotId: r.ballot.id,
			rule: r.ballot.rule,
			phase: phaseAt(r.ballot, now),
			eligible: r.tally.eligible,
			eligibleMembers: r.eligibleMembers,
			eligibleObservers: r.eligibleObservers,
			responses: r.tally.responses,
			turnout: r.tally.turnout,
			proposals: r.tally.proposals
		},
		200,
		{ 'cache-control': 'no-store' }
	);
}

/** PUT: casts or replaces the State's response (idempotent: the same body again leaves the same response). */
export async function putResponse(event: RequestEvent) {
	requireSignedIn(event.locals.actor);
	const input = await readJson(event, ResponseSchema);
	const ballotId = event.params.id ?? '';
	const cast = await agenda.castResponse(event.locals.ctx, ballotId, event.params.state ?? '', input);
	return json({ responseId: cast.responseId, ballotId, stateId: cast.stateId, revision: cast.revision, marks: cast.marks }, 200, {
		'cache-control': 'no-store'
	});
}

/** GET: the State's current response, for its focal points. */
export async function getResponse(event: RequestEvent) {
	requireSignedIn(event.locals.actor);
	const stateId = (event.params.state ?? '').toUpperCase();
	if (!agenda.isFocalPointOf(event.locals.actor, stateId)) throw new DomainError('agenda.errors.otherState', 403, 'state');
	const ballotId = event.params.id ?? '';
	if (!isUuid(ballotId)) throw notFound();
	const response = await agenda.responseOf(event.locals.ctx.db, ballotId, stateId);
	if (!response) throw notFound();
	return json({ responseId: response.id, ballotId, stateId, revision: response.revision, marks: response.marks }, 200, {
		'cache-control': 'no-store'
	});
}
