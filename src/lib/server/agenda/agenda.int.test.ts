import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { recount } from '$lib/domain/ballots';
import type { Db } from '../db/client';
import type { Ctx } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { isUniqueViolation } from '../core/db-errors';
import { auditLog } from '../audit/schema';
import { users } from '../auth/schema';
import * as dialogues from '../dialogues';
import { listStates } from '../directory/states';
import { ctxAs } from '../testing/actors';
import { testDatabase } from '../testing/database';
import { ballotMarks, ballotResponses } from './schema';
import * as agenda from '.';

let db: Db;
let secretariat: Ctx;
let cycleId: string;
let otherCycleId: string;
const userIds: Record<string, string> = {};

/** A focal point of a State with an account (responses name who cast them). */
function focalPoint(key: string, stateId: string): Ctx {
	return ctxAs(db, 'state-focal-point', { stateId, userId: userIds[key] });
}

async function account(key: string) {
	const [row] = await db
		.insert(users)
		.values({ email: `${key}@agenda.test`, displayName: key, passwordHash: 'not-a-hash' })
		.returning({ id: users.id });
	userIds[key] = row.id;
}

const HOUR = 3600_000;

beforeAll(async () => {
	db = (await testDatabase()).db;
	secretariat = ctxAs(db, 'secretariat');
	const dialogue = await dialogues.createDialogue(secretariat, { slug: 'agenda-tests', names: { en: 'Agenda tests' }, languages: ['en'] });
	cycleId = (
		await dialogues.createCycle(secretariat, { dialogueId: dialogue.id, year: 2014, themes: { en: 'To be decided' }, status: 'planning' })
	).id;
	otherCycleId = (
		await dialogues.createCycle(secretariat, { dialogueId: dialogue.id, year: 2015, themes: { en: 'Other' }, status: 'planning' })
	).id;
	for (const key of ['can1', 'can2', 'mex1', 'fra1']) await account(key);
});

async function consultationWithTopics(symbol?: string) {
	const consultation = await agenda.createConsultation(secretariat, {
		cycleId,
		titles: { en: 'Informal consultations' },
		heldOn: '2013-10-21',
		documentSymbol: symbol,
		note: '# Workshops\n\nTwo topics are to be **selected**.\n\n<script>alert(1)</script>'
	});
	const topic = (en: string) =>
		agenda.createProposal(secretariat, consultation.id, { kind: 'workshop-topic', titles: { en }, proposedBy: 'the Administration' });
	const families = await topic('Migration and families');
	const southSouth = await topic('South-South migration');
	const partnerships = await topic('Promoting strategic partnership frameworks');
	return { consultation, families, southSouth, partnerships };
}

async function openChooseTwo(
	consultationId: string,
	proposalIds: string[],
	opensAt = new Date(Date.now() - HOUR),
	closesAt = new Date(Date.now() + 24 * HOUR)
) {
	return agenda.openBallot(secretariat, consultationId, {
		titles: { en: 'Workshop topics' },
		rule: 'choose',
		maxChoices: 2,
		proposalIds,
		opensAt,
		closesAt,
		includeObservers: false,
		publishResults: true
	});
}

async function responseCount(ballotId: string) {
	const [row] = await db.select({ n: count() }).from(ballotResponses).where(eq(ballotResponses.ballotId, ballotId));
	return row.n;
}

describe('consultations and proposals', () => {
	it('a consultation keeps its note as typed and lists its proposals in order', async () => {
		const { consultation, families, partnerships } = await consultationWithTopics('IC/2013/4');
		const found = await agenda.getConsultation(db, consultation.id);
		expect(found?.consultation.note).toContain('<script>');
		expect(found?.proposals.map((p) => p.id)).toEqual([families.id, expect.any(String), partnerships.id]);
		expect(found?.proposals.every((p) => p.status === 'proposed')).toBe(true);
	});

	it('a second consultation with the same document symbol is refused', async () => {
		await expect(
			agenda.createConsultation(secretariat, { cycleId, titles: { en: 'Again' }, heldOn: '2013-10-22', documentSymbol: 'IC/2013/4' })
		).rejects.toBeInstanceOf(ValidationError);
	});

	it('only the secretariat creates consultations', async () => {
		await expect(
			agenda.createConsultation(focalPoint('can1', 'CAN'), { cycleId, titles: { en: 'Mine' }, heldOn: '2013-10-22' })
		).rejects.toMatchObject({ code: 'errors.forbidden' });
	});

	it('merging two themes keeps both, marked merged, with a link to the theme they became', async () => {
		const consultation = await agenda.createConsultation(secretariat, {
			cycleId,
			titles: { en: 'May consultations' },
			heldOn: '2013-05-02'
		});
		const theme = (en: string) => agenda.createProposal(secretariat, consultation.id, { kind: 'theme', titles: { en } });
		const a = await theme('Human mobility and development');
		const b = await theme('Emerging migration trends');
		const merged = await theme('Human mobility and development: emerging trends');
		await agenda.mergeProposal(secretariat, a.id, merged.id, a.version);
		await agenda.mergeProposal(secretariat, b.id, merged.id, b.version);
		const found = await agenda.getProposal(db, merged.id);
		expect(found?.mergedFrom.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
		const before = await agenda.getProposal(db, a.id);
		expect(before?.proposal).toMatchObject({ status: 'merged', mergedIntoId: merged.id });
		expect(before?.mergedInto?.id).toBe(merged.id);
	});

	it('merging a proposal into itself is refused and changes nothing', async () => {
		const { families } = await consultationWithTopics();
		await expect(agenda.mergeProposal(secretariat, families.id, families.id, families.version)).rejects.toMatchObject({
			code: 'agenda.errors.mergeIntoItself'
		});
		expect((await agenda.getProposal(db, families.id))?.proposal.status).toBe('proposed');
	});

	it('the database refuses a proposal merged into itself even when written directly', async () => {
		const { families } = await consultationWithTopics();
		const { proposals } = await import('./schema');
		await expect(
			db.update(proposals).set({ status: 'merged', mergedIntoId: families.id }).where(eq(proposals.id, families.id))
		).rejects.toThrow();
	});

	it('a proposal cannot be merged into one of another cycle', async () => {
		const { families } = await consultationWithTopics();
		const elsewhere = await agenda.createConsultation(secretariat, {
			cycleId: otherCycleId,
			titles: { en: 'Other' },
			heldOn: '2014-10-21'
		});
		const other = await agenda.createProposal(secretariat, elsewhere.id, { kind: 'workshop-topic', titles: { en: 'Other topic' } });
		await expect(agenda.mergeProposal(secretariat, families.id, other.id, families.version)).rejects.toMatchObject({
			code: 'agenda.errors.mergeOtherCycle'
		});
	});
});

describe('attachments', () => {
	it('a PDF is attached and read back; anything else is refused and nothing is written', async () => {
		const { consultation } = await consultationWithTopics();
		const pdf = Buffer.from('%PDF-1.4\n% test\n');
		const attached = await agenda.addAttachment(secretariat, consultation.id, { name: 'IC-2013-4<script>.pdf', bytes: pdf });
		expect(attached.fileName).toBe('IC-2013-4_script_.pdf');
		expect((await agenda.getAttachment(db, consultation.id, attached.id))?.content.equals(pdf)).toBe(true);
		await expect(
			agenda.addAttachment(secretariat, consultation.id, { name: 'note.html', bytes: Buffer.from('<html>') })
		).rejects.toMatchObject({
			code: 'agenda.errors.attachmentNotPdf'
		});
		await expect(agenda.addAttachment(focalPoint('can1', 'CAN'), consultation.id, { name: 'x.pdf', bytes: pdf })).rejects.toMatchObject({
			code: 'errors.forbidden'
		});
		expect((await agenda.getConsultation(db, consultation.id))?.attachments).toHaveLength(1);
	});

	it('an attachment with an Arabic name downloads with that name (filename*) and an ASCII fallback', async () => {
		const { consultation } = await consultationWithTopics();
		const attached = await agenda.addAttachment(secretariat, consultation.id, { name: 'مذكرة.pdf', bytes: Buffer.from('%PDF-1.4\n') });
		const { GET } = await import('../../../routes/consultations/[id]/attachments/[attachment]/+server');
		const response = await GET({ locals: { ctx: secretariat }, params: { id: consultation.id, attachment: attached.id } } as never);
		expect(response.status).toBe(200);
		const disposition = response.headers.get('content-disposition') ?? '';
		expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
		expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(attached.fileName);
	});
});

describe('ballots: one voice per State', () => {
	it('the eligible States are the IOM Member States on the opening date', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const ballot = await openChooseTwo(consultation.id, [families.id, southSouth.id, partnerships.id]);
		const members = (await listStates(db, 'en', { on: ballot.eligibleOn })).filter((s) => s.membership === 'member');
		const results = await agenda.results(db, ballot.id);
		expect(members.length).toBeGreaterThan(100);
		expect(results?.tally.eligible).toBe(members.length);
		expect(results?.eligibleObservers).toBe(0);
	});

	it('a focal point casts and changes its State’s response; one response, who cast and changed it is kept and logged', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const ballot = await openChooseTwo(consultation.id, [families.id, southSouth.id, partnerships.id]);
		const first = await agenda.castResponse(focalPoint('can1', 'CAN'), ballot.id, 'CAN', { chosen: [families.id, southSouth.id] });
		expect(first).toMatchObject({ revision: 1, changed: false });
		const second = await agenda.castResponse(focalPoint('can2', 'CAN'), ballot.id, 'CAN', { chosen: [partnerships.id] });
		expect(second).toMatchObject({ revision: 2, changed: true, responseId: first.responseId });
		expect(await responseCount(ballot.id)).toBe(1);
		const response = await agenda.responseOf(db, ballot.id, 'CAN');
		expect(response).toMatchObject({ castBy: userIds.can1, changedBy: userIds.can2, revision: 2 });
		expect(response?.marks.map((m) => m.proposalId)).toEqual([partnerships.id]);
		const trail = await db.select().from(auditLog).where(eq(auditLog.entityId, first.responseId));
		expect(trail.map((e) => e.action).sort()).toEqual(['ballot.response.cast', 'ballot.response.change']);
	});

	it('two focal points of one State voting at the same moment leave one response', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const ballot = await openChooseTwo(consultation.id, [families.id, southSouth.id, partnerships.id]);
		const outcomes = await Promise.allSettled([
			agenda.castResponse(focalPoint('can1', 'CAN'), ballot.id, 'CAN', { chosen: [families.id] }),
			agenda.castResponse(focalPoint('can2', 'CAN'), ballot.id, 'CAN', { chosen: [southSouth.id, partnerships.id] })
		]);
		expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
		expect(await responseCount(ballot.id)).toBe(1);
		const marks = await db.select().from(ballotMarks).where(eq(ballotMarks.ballotId, ballot.id));
		// The later of the two replaced the earlier one's marks entirely: never a mixture.
		expect([[families.id], [southSouth.id, partnerships.id].sort()]).toContainEqual(marks.map((m) => m.proposalId).sort());
		const revisions = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.revision : 0)).sort();
		expect(revisions).toEqual([1, 2]);
	});

	it('the database itself keeps one response per State per ballot', async () => {
		const { consultation, families, southSouth } = await consultationWithTopics();
		const ballot = await openChooseTwo(consultation.id, [families.id, southSouth.id]).catch(() => null);
		// choose 2 of 2 is refused by the schema; use yes/no/abstain for this one
		expect(ballot).toBeNull();
		const yna = await agenda.openBallot(secretariat, consultation.id, {
			titles: { en: 'Survey' },
			rule: 'yes-no-abstain',
			proposalIds: [families.id, southSouth.id],
			opensAt: new Date(Date.now() - HOUR),
			closesAt: new Date(Date.now() + HOUR),
			includeObservers: false,
			publishResults: false
		});
		await db.insert(ballotResponses).values({ ballotId: yna.id, stateId: 'MEX' });
		const duplicate = await db
			.insert(ballotResponses)
			.values({ ballotId: yna.id, stateId: 'MEX' })
			.then(() => null)
			.catch((e) => e);
		expect(isUniqueViolation(duplicate, 'ballot_responses_one_per_state')).toBe(true);
	});

	describe('bad input is refused with a clear message and writes nothing', () => {
		let ballotId: string;
		let ids: { families: string; southSouth: string; partnerships: string };
		beforeAll(async () => {
			const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
			ids = { families: families.id, southSouth: southSouth.id, partnerships: partnerships.id };
			ballotId = (await openChooseTwo(consultation.id, Object.values(ids))).id;
		});

		const refused = async (promise: Promise<unknown>, code: string) => {
			const error = await promise.then(() => null).catch((e) => e);
			expect(error).not.toBeNull();
			const codes = error instanceof ValidationError ? Object.values(error.errors).map((e) => e.key) : [(error as DomainError).code];
			expect(codes).toContain(code);
			expect(await responseCount(ballotId)).toBe(0);
		};

		it('more than N chosen', () =>
			refused(agenda.castResponse(focalPoint('can1', 'CAN'), ballotId, 'CAN', { chosen: Object.values(ids) }), 'agenda.errors.tooMany'));
		it('by someone who is not a focal point', () =>
			refused(
				agenda.castResponse(ctxAs(db, 'secretariat', { userId: userIds.fra1 }), ballotId, 'CAN', { chosen: [ids.families] }),
				'agenda.errors.notFocalPoint'
			));
		it('for a State that is not theirs', () =>
			refused(agenda.castResponse(focalPoint('mex1', 'MEX'), ballotId, 'CAN', { chosen: [ids.families] }), 'agenda.errors.otherState'));
		it('on a proposal of another ballot', async () => {
			const other = await consultationWithTopics();
			await refused(
				agenda.castResponse(focalPoint('can1', 'CAN'), ballotId, 'CAN', { chosen: [other.families.id] }),
				'agenda.errors.notOnBallot'
			);
		});
		it('after the close', () =>
			refused(
				agenda.castResponse(focalPoint('can1', 'CAN'), ballotId, 'CAN', { chosen: [ids.families] }, new Date(Date.now() + 48 * HOUR)),
				'agenda.errors.closed'
			));
		it('by a visitor', () => refused(agenda.castResponse(ctxAs(db, null), ballotId, 'CAN', { chosen: [] }), 'errors.signInRequired'));
	});

	it('results count the recorded responses and name their denominators; they match a recount of the raw responses', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const ballot = await agenda.openBallot(secretariat, consultation.id, {
			titles: { en: 'Survey' },
			rule: 'yes-no-abstain',
			proposalIds: [families.id, southSouth.id, partnerships.id],
			opensAt: new Date(Date.now() - HOUR),
			closesAt: new Date(Date.now() + HOUR),
			includeObservers: false,
			publishResults: true
		});
		const cast = (key: string, state: string, choices: string[]) =>
			agenda.castResponse(focalPoint(key, state), ballot.id, state, {
				choices: { [families.id]: choices[0], [southSouth.id]: choices[1], [partnerships.id]: choices[2] } as never
			});
		await cast('can1', 'CAN', ['yes', 'no', 'abstain']);
		await cast('mex1', 'MEX', ['yes', 'yes', 'no']);
		await cast('fra1', 'FRA', ['no', 'yes', 'abstain']);
		const results = (await agenda.results(db, ballot.id))!;
		expect(results.tally.responses).toBe(3);
		const byId = new Map(results.tally.proposals.map((p) => [p.proposalId, p]));
		expect(byId.get(families.id)).toMatchObject({ yes: 2, no: 1, abstain: 0, shareOfResponses: 66.7 });
		expect(byId.get(partnerships.id)).toMatchObject({ yes: 0, no: 1, abstain: 2, shareOfResponses: 0 });
		expect(byId.get(southSouth.id)?.shareOfEligible).toBe(Math.round((2 / results.tally.eligible) * 1000) / 10);
		const raw = await agenda.rawResponses(db, ballot.id);
		const marks = raw.filter((r) => r.proposalId).map((r) => ({ proposalId: r.proposalId!, choice: r.choice, rank: r.rank }));
		for (const c of recount(marks, 3)) expect(byId.get(c.proposalId)).toMatchObject(c);
	});

	it('a ranked ballot counts points and first preferences', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const ballot = await agenda.openBallot(secretariat, consultation.id, {
			titles: { en: 'Ranking' },
			rule: 'rank',
			proposalIds: [families.id, southSouth.id, partnerships.id],
			opensAt: new Date(Date.now() - HOUR),
			closesAt: new Date(Date.now() + HOUR),
			includeObservers: true,
			publishResults: false
		});
		await agenda.castResponse(focalPoint('can1', 'CAN'), ballot.id, 'CAN', { ranks: { [southSouth.id]: 1, [families.id]: 2 } });
		await agenda.castResponse(focalPoint('mex1', 'MEX'), ballot.id, 'MEX', {
			ranks: { [southSouth.id]: 2, [families.id]: 1, [partnerships.id]: 3 }
		});
		await expect(
			agenda.castResponse(focalPoint('fra1', 'FRA'), ballot.id, 'FRA', { ranks: { [southSouth.id]: 1, [families.id]: 1 } })
		).rejects.toBeInstanceOf(ValidationError);
		const results = (await agenda.results(db, ballot.id))!;
		expect(results.tally.proposals.map((p) => [p.proposalId, p.points, p.firstPreferences])).toEqual([
			// a tie keeps the ballot's order
			[families.id, 5, 1],
			[southSouth.id, 5, 1],
			[partnerships.id, 1, 0]
		]);
		// Observer States were included: the denominator says so.
		expect(results.eligibleObservers).toBeGreaterThan(0);
		const view = agenda.resultsView(results, 'en');
		expect(view.eligibleSplit).toBe(`${results.eligibleMembers} Member States and ${results.eligibleObservers} observer States`);
		expect(view.definition).toContain('3 − r + 1 points');
		expect(view.rows[0].cells.at(-1)).toBe(
			`${agenda.shareText((1 / results.tally.eligible) * 100, 'en')} of ${results.tally.eligible} eligible States`
		);
	});

	it('results are the secretariat’s while open, public after the close only when the ballot publishes them', async () => {
		const now = new Date();
		const ballot = { opensAt: new Date(now.getTime() - HOUR), closesAt: new Date(now.getTime() + HOUR), publishResults: true };
		expect(agenda.resultsVisible(secretariat.actor, ballot, now)).toBe(true);
		expect(agenda.resultsVisible(ctxAs(db, null).actor, ballot, now)).toBe(false);
		expect(agenda.resultsVisible(ctxAs(db, null).actor, ballot, new Date(now.getTime() + 2 * HOUR))).toBe(true);
		expect(agenda.resultsVisible(ctxAs(db, null).actor, { ...ballot, publishResults: false }, new Date(now.getTime() + 2 * HOUR))).toBe(
			false
		);
	});
});

describe('the decision', () => {
	it('selected workshop topics become workshop events of the cycle, linked from the proposal; a selected theme becomes the cycle’s theme', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const theme = await agenda.createProposal(secretariat, consultation.id, {
			kind: 'theme',
			titles: { en: 'Human mobility and development' }
		});
		const existing = await dialogues.createEvent(secretariat, {
			cycleId,
			kind: 'workshop',
			titles: { en: 'South-South migration: partnering strategically' },
			startDate: '2014-03-26',
			endDate: '2014-03-27',
			format: 'in-person',
			status: 'planned',
			expectedOutcomes: [],
			organiserIds: []
		});
		await agenda.recordDecision(secretariat, consultation.id, {
			decisions: {
				[families.id]: { status: 'selected', startDate: '2014-10-07', endDate: '2014-10-08' },
				[southSouth.id]: { status: 'selected', eventId: existing.id },
				[partnerships.id]: { status: 'not-selected' },
				[theme.id]: { status: 'selected' }
			},
			summary: 'Two workshops selected.'
		});
		const familiesAfter = (await agenda.getProposal(db, families.id))!;
		expect(familiesAfter.proposal.status).toBe('selected');
		expect(familiesAfter.event).toMatchObject({ startDate: '2014-10-07', titles: { en: 'Migration and families' } });
		const created = await dialogues.getEvent(db, familiesAfter.event!.id);
		expect(created?.event).toMatchObject({ kind: 'workshop', cycleId });
		expect((await agenda.getProposal(db, southSouth.id))?.proposal.eventId).toBe(existing.id);
		expect((await agenda.getProposal(db, partnerships.id))?.proposal).toMatchObject({ status: 'not-selected', eventId: null });
		expect((await dialogues.getCycleById(db, cycleId))?.themes).toEqual({ en: 'Human mobility and development' });
		expect((await agenda.getConsultation(db, consultation.id))?.consultation.decisionSummary).toBe('Two workshops selected.');
	});

	it('a selected workshop without an event or dates is refused and nothing is written', async () => {
		const { consultation, families, southSouth } = await consultationWithTopics();
		const before = await dialogues.listEvents(db, { cycleId });
		await expect(
			agenda.recordDecision(secretariat, consultation.id, {
				decisions: {
					[southSouth.id]: { status: 'selected', startDate: '2014-03-26', endDate: '2014-03-27' },
					[families.id]: { status: 'selected' }
				}
			})
		).rejects.toBeInstanceOf(ValidationError);
		expect(await dialogues.listEvents(db, { cycleId })).toHaveLength(before.length);
		expect((await agenda.getProposal(db, southSouth.id))?.proposal.status).toBe('proposed');
		const [{ n }] = await db
			.select({ n: count() })
			.from(auditLog)
			.where(and(eq(auditLog.entityId, southSouth.id), eq(auditLog.action, 'proposal.decide')));
		expect(n).toBe(0);
	});
});

describe('merges and decisions keep the record consistent', () => {
	it('a proposal on a ballot that has not closed cannot be merged, so no State votes for a merged proposal', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		await openChooseTwo(consultation.id, [families.id, southSouth.id, partnerships.id]);
		await expect(agenda.mergeProposal(secretariat, families.id, southSouth.id, families.version)).rejects.toMatchObject({
			code: 'agenda.errors.mergeOnOpenBallot'
		});
		expect((await agenda.getProposal(db, families.id))?.proposal.status).toBe('proposed');
	});

	it('merging A into B, then B into T, keeps A’s link to B: the history stays as it happened', async () => {
		const { families, southSouth, partnerships } = await consultationWithTopics();
		await agenda.mergeProposal(secretariat, families.id, southSouth.id, families.version);
		await agenda.mergeProposal(secretariat, southSouth.id, partnerships.id, southSouth.version);
		expect((await agenda.getProposal(db, families.id))?.proposal.mergedIntoId).toBe(southSouth.id);
		expect((await agenda.getProposal(db, southSouth.id))?.mergedFrom.map((p) => p.id)).toEqual([families.id]);
		expect((await agenda.getProposal(db, partnerships.id))?.mergedFrom.map((p) => p.id)).toEqual([southSouth.id]);
	});

	it('A into B and B into A at the same moment leave one of them standing', async () => {
		const { families, southSouth } = await consultationWithTopics();
		const outcomes = await Promise.allSettled([
			agenda.mergeProposal(secretariat, families.id, southSouth.id, families.version),
			agenda.mergeProposal(secretariat, southSouth.id, families.id, southSouth.version)
		]);
		expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
		const statuses = [
			(await agenda.getProposal(db, families.id))!.proposal.status,
			(await agenda.getProposal(db, southSouth.id))!.proposal.status
		];
		expect(statuses.sort()).toEqual(['merged', 'proposed']);
	});

	it('a topic cannot become an event that is not a workshop, nor one that another topic has become', async () => {
		const { consultation, families, southSouth } = await consultationWithTopics();
		const workshop = await dialogues.createEvent(secretariat, {
			cycleId,
			kind: 'workshop',
			titles: { en: 'A workshop' },
			startDate: '2014-03-26',
			endDate: '2014-03-27',
			format: 'in-person',
			status: 'planned',
			expectedOutcomes: [],
			organiserIds: []
		});
		const session = await dialogues.createEvent(secretariat, {
			cycleId,
			kind: 'session',
			titles: { en: 'A session' },
			startDate: '2014-10-01',
			endDate: '2014-10-02',
			format: 'in-person',
			status: 'planned',
			expectedOutcomes: [],
			organiserIds: []
		});
		const refusedEvent = (decisions: Parameters<typeof agenda.recordDecision>[2]['decisions']) =>
			agenda.recordDecision(secretariat, consultation.id, { decisions }).then(
				() => ({}),
				(e: ValidationError) => e.errors
			);
		expect(await refusedEvent({ [families.id]: { status: 'selected', eventId: session.id } })).toHaveProperty(
			[`decisions.${families.id}.eventId`, 'key'],
			'agenda.errors.eventOfCycle'
		);
		expect(
			await refusedEvent({
				[families.id]: { status: 'selected', eventId: workshop.id },
				[southSouth.id]: { status: 'selected', eventId: workshop.id }
			})
		).toHaveProperty([`decisions.${southSouth.id}.eventId`, 'key'], 'agenda.errors.eventOfCycle');
		await agenda.recordDecision(secretariat, consultation.id, {
			decisions: { [families.id]: { status: 'selected', eventId: workshop.id } }
		});
		expect(await refusedEvent({ [southSouth.id]: { status: 'selected', eventId: workshop.id } })).toHaveProperty(
			[`decisions.${southSouth.id}.eventId`, 'key'],
			'agenda.errors.eventOfCycle'
		);
		// Undoing the selection would leave the workshop with nothing pointing to it.
		expect(await refusedEvent({ [families.id]: { status: 'deferred' } })).toHaveProperty(
			[`decisions.${families.id}.status`, 'key'],
			'agenda.errors.decidedHasEvent'
		);
		expect((await agenda.getProposal(db, southSouth.id))?.proposal.status).toBe('proposed');
	});

	it('no decision on a proposal while a ballot on it is open', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		await openChooseTwo(consultation.id, [families.id, southSouth.id, partnerships.id]);
		await expect(
			agenda.recordDecision(secretariat, consultation.id, { decisions: { [families.id]: { status: 'not-selected' } } })
		).rejects.toMatchObject({ errors: { [`decisions.${families.id}.status`]: { key: 'agenda.errors.decideWhileBallotOpen' } } });
	});

	it('two decisions recorded at the same moment create one workshop for a topic', async () => {
		const { consultation, families } = await consultationWithTopics();
		const before = (await dialogues.listEvents(db, { cycleId })).length;
		const decide = () =>
			agenda.recordDecision(secretariat, consultation.id, {
				decisions: { [families.id]: { status: 'selected', startDate: '2014-10-07', endDate: '2014-10-08' } }
			});
		// The second waits for the first and finds the topic already a workshop: no error, no second event.
		const outcomes = await Promise.allSettled([decide(), decide()]);
		expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
		expect(await dialogues.listEvents(db, { cycleId })).toHaveLength(before + 1);
	});

	it('casting the same marks again writes nothing: same revision, no second audit entry', async () => {
		const { consultation, families, southSouth, partnerships } = await consultationWithTopics();
		const ballot = await openChooseTwo(consultation.id, [families.id, southSouth.id, partnerships.id]);
		const can = focalPoint('can1', 'CAN');
		const first = await agenda.castResponse(can, ballot.id, 'CAN', { chosen: [families.id, southSouth.id] });
		const again = await agenda.castResponse(can, ballot.id, 'CAN', { chosen: [southSouth.id, families.id] });
		expect(again).toMatchObject({ responseId: first.responseId, revision: 1, changed: false });
		const [{ n }] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, first.responseId));
		expect(n).toBe(1);
	});
});
