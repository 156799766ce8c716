import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { ballotSchema } from '$lib/agenda/schemas';
import { parseWith } from '$lib/validation';
import type { Db } from '../db/client';
import type { Ctx } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { users } from '../auth/schema';
import * as dialogues from '../dialogues';
import { organisations } from '../directory';
import { ctxAs } from '../testing/actors';
import { testDatabase } from '../testing/database';
import { ballotProposals, ballots, consultationAttachments, proposals } from './schema';
import * as agenda from '.';

let db: Db;
let secretariat: Ctx;
let canada: Ctx;
let cycleId: string;
const HOUR = 3600_000;

beforeAll(async () => {
	db = (await testDatabase()).db;
	secretariat = ctxAs(db, 'secretariat');
	const dialogue = await dialogues.createDialogue(secretariat, {
		slug: 'agenda-manage',
		names: { en: 'Agenda manage' },
		languages: ['en']
	});
	cycleId = (
		await dialogues.createCycle(secretariat, { dialogueId: dialogue.id, year: 2014, themes: { en: 'To be decided' }, status: 'planning' })
	).id;
	const [user] = await db
		.insert(users)
		.values({ email: 'can@agenda-manage.test', displayName: 'can', passwordHash: 'not-a-hash' })
		.returning({ id: users.id });
	canada = ctxAs(db, 'state-focal-point', { stateId: 'CAN', userId: user.id });
});

async function consultation(timeZone?: string) {
	const c = await agenda.createConsultation(secretariat, {
		cycleId,
		titles: { en: 'Informal consultations' },
		heldOn: '2013-10-21',
		timeZone
	});
	const topic = (en: string) => agenda.createProposal(secretariat, c.id, { kind: 'workshop-topic', titles: { en } });
	return {
		consultation: c,
		a: await topic('Migration and families'),
		b: await topic('South-South migration'),
		c: await topic('Partnerships')
	};
}

const ballotOn = (consultationId: string, proposalIds: string[], closesAt = new Date(Date.now() + 24 * HOUR)) =>
	agenda.openBallot(secretariat, consultationId, {
		titles: { en: 'Workshop topics' },
		rule: 'choose',
		maxChoices: 1,
		proposalIds,
		opensAt: new Date(Date.now() - HOUR),
		closesAt,
		includeObservers: false,
		publishResults: true
	});

async function audited(action: string, entityId: string) {
	const [row] = await db
		.select({ n: count() })
		.from(auditLog)
		.where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
	return row.n;
}

async function refusal(promise: Promise<unknown>) {
	const e = await promise.then(
		() => null,
		(error: unknown) => error
	);
	if (e instanceof DomainError) return e.code;
	if (e instanceof ValidationError) return Object.values(e.errors)[0].key;
	throw e ?? new Error('not refused');
}

describe('editing and deleting proposals', () => {
	it('the secretariat edits a proposal, naming the organisation that proposed it; the edit is audited', async () => {
		const { a } = await consultation();
		const iom = await organisations.create(secretariat, { name: 'International Organization for Migration', acronym: 'IOM', type: 'iom' });
		const after = await agenda.updateProposal(secretariat, a.id, {
			kind: 'theme',
			titles: { en: 'Migration and families, revised' },
			proposedBy: 'the Administration',
			proposedByOrganisationId: iom.id,
			version: a.version
		});
		expect(after).toMatchObject({ kind: 'theme', proposedByOrganisationId: iom.id, version: a.version + 1 });
		expect((await agenda.getProposal(db, a.id))?.organisationName).toBe('International Organization for Migration');
		expect(await audited('proposal.update', a.id)).toBe(1);
		expect(await refusal(agenda.updateProposal(secretariat, a.id, { kind: 'theme', titles: { en: 'Stale' }, version: a.version }))).toBe(
			'errors.staleEdit'
		);
	});

	it('a proposal names a proposing organisation when it is created; an unknown one is refused with a message', async () => {
		const { consultation: c } = await consultation();
		const org = await organisations.create(secretariat, { name: 'Proposing NGO', type: 'civil-society' });
		const p = await agenda.createProposal(secretariat, c.id, { kind: 'theme', titles: { en: 'T' }, proposedByOrganisationId: org.id });
		expect(p.proposedByOrganisationId).toBe(org.id);
		expect(
			await refusal(
				agenda.createProposal(secretariat, c.id, {
					kind: 'theme',
					titles: { en: 'T' },
					proposedByOrganisationId: '00000000-0000-4000-8000-000000000000'
				})
			)
		).toBe('agenda.errors.unknownOrganisation');
	});

	it('a proposal no ballot or merge refers to is deleted and the deletion audited', async () => {
		const { a } = await consultation();
		await agenda.deleteProposal(secretariat, a.id, a.version);
		expect(await agenda.getProposal(db, a.id)).toBeNull();
		expect(await audited('proposal.delete', a.id)).toBe(1);
	});

	it('a proposal on a ballot or in a merge is not deleted, with a message; its kind cannot change', async () => {
		const { consultation: c, a, b, c: third } = await consultation();
		await ballotOn(c.id, [a.id, b.id]);
		expect(await refusal(agenda.deleteProposal(secretariat, a.id, a.version))).toBe('agenda.errors.deleteOnBallot');
		expect(await refusal(agenda.updateProposal(secretariat, a.id, { kind: 'theme', titles: { en: 'x' }, version: a.version }))).toBe(
			'agenda.errors.kindLocked'
		);
		const other = await agenda.createProposal(secretariat, c.id, { kind: 'workshop-topic', titles: { en: 'Other' } });
		await agenda.mergeProposal(secretariat, other.id, third.id, other.version);
		expect(await refusal(agenda.deleteProposal(secretariat, third.id, third.version))).toBe('agenda.errors.deleteMerged');
		const merged = (await agenda.getProposal(db, other.id))!.proposal;
		expect(await refusal(agenda.deleteProposal(secretariat, other.id, merged.version))).toBe('agenda.errors.deleteMerged');
		const [left] = await db.select({ n: count() }).from(proposals).where(eq(proposals.consultationId, c.id));
		expect(left.n).toBe(4);
	});

	it('a focal point can neither edit nor delete a proposal', async () => {
		const { a } = await consultation();
		await expect(agenda.deleteProposal(canada, a.id, a.version)).rejects.toMatchObject({ status: 403 });
		await expect(agenda.updateProposal(canada, a.id, { kind: 'theme', titles: { en: 'x' }, version: a.version })).rejects.toMatchObject({
			status: 403
		});
	});

	it('the secretariat removes an attachment; the removal is audited', async () => {
		const { consultation: c } = await consultation();
		const file = await agenda.addAttachment(secretariat, c.id, { name: 'note.pdf', bytes: Buffer.from('%PDF-1.4 test') });
		await agenda.deleteAttachment(secretariat, c.id, file.id);
		const [left] = await db.select({ n: count() }).from(consultationAttachments).where(eq(consultationAttachments.consultationId, c.id));
		expect(left.n).toBe(0);
		expect(await audited('consultation.detach', c.id)).toBe(1);
		await expect(agenda.deleteAttachment(secretariat, c.id, file.id)).rejects.toMatchObject({ status: 404 });
	});
});

describe('a ballot after opening', () => {
	it('the secretariat closes an open ballot early: responses are refused after, and the close is audited', async () => {
		const { consultation: c, a, b } = await consultation();
		const ballot = await ballotOn(c.id, [a.id, b.id]);
		const closed = await agenda.closeBallot(secretariat, ballot.id, ballot.version);
		expect(closed.closesAt.getTime()).toBeLessThanOrEqual(Date.now());
		expect(await audited('ballot.close', ballot.id)).toBe(1);
		expect(await refusal(agenda.castResponse(canada, ballot.id, 'CAN', { chosen: [a.id] }))).toBe('agenda.errors.closed');
		expect(await refusal(agenda.closeBallot(secretariat, ballot.id, closed.version))).toBe('agenda.errors.closed');
	});

	it('the close date moves later, never to the past nor before the opening, and not once closed', async () => {
		const { consultation: c, a, b } = await consultation();
		const ballot = await ballotOn(c.id, [a.id, b.id]);
		const later = new Date(Date.now() + 72 * HOUR);
		const moved = await agenda.changeCloseDate(secretariat, ballot.id, later, ballot.version);
		expect(moved.closesAt.toISOString()).toBe(later.toISOString());
		expect(await audited('ballot.reschedule', ballot.id)).toBe(1);
		expect(await refusal(agenda.changeCloseDate(secretariat, ballot.id, new Date(Date.now() - HOUR), moved.version))).toBe(
			'agenda.errors.closeInPast'
		);
		expect(await refusal(agenda.changeCloseDate(secretariat, ballot.id, later, ballot.version))).toBe('errors.staleEdit');
		const closed = await agenda.closeBallot(secretariat, ballot.id, moved.version);
		expect(await refusal(agenda.changeCloseDate(secretariat, ballot.id, later, closed.version))).toBe('agenda.errors.closed');
	});

	it('the rule and proposals change while no State has answered, and are refused with a message after the first response', async () => {
		const { consultation: c, a, b, c: third } = await consultation();
		const ballot = await ballotOn(c.id, [a.id, b.id]);
		const edited = await agenda.updateBallot(secretariat, ballot.id, {
			titles: { en: 'Rank the topics' },
			rule: 'rank',
			proposalIds: [a.id, b.id, third.id],
			version: ballot.version
		});
		expect(edited).toMatchObject({ rule: 'rank', maxChoices: null });
		const on = await db.select().from(ballotProposals).where(eq(ballotProposals.ballotId, ballot.id));
		expect(on.map((p) => p.proposalId).sort()).toEqual([a.id, b.id, third.id].sort());
		expect(await audited('ballot.update', ballot.id)).toBe(1);
		await agenda.castResponse(canada, ballot.id, 'CAN', { ranks: { [third.id]: 1, [a.id]: 2 } });
		expect(
			await refusal(
				agenda.updateBallot(secretariat, ballot.id, {
					titles: { en: 'Choose' },
					rule: 'choose',
					maxChoices: 1,
					proposalIds: [a.id, b.id],
					version: edited.version
				})
			)
		).toBe('agenda.errors.ballotAnswered');
		expect((await agenda.getBallot(db, ballot.id))?.ballot.rule).toBe('rank');
	});

	it('a focal point answers a ballot whose close date was moved, until the new close', async () => {
		const { consultation: c, a, b } = await consultation();
		const ballot = await ballotOn(c.id, [a.id, b.id], new Date(Date.now() + HOUR));
		await agenda.changeCloseDate(secretariat, ballot.id, new Date(Date.now() + 48 * HOUR), ballot.version);
		const cast = await agenda.castResponse(canada, ballot.id, 'CAN', { chosen: [a.id] }, new Date(Date.now() + 2 * HOUR));
		expect(cast.revision).toBe(1);
		expect(await refusal(agenda.castResponse(canada, ballot.id, 'CAN', { chosen: [b.id] }, new Date(Date.now() + 49 * HOUR)))).toBe(
			'agenda.errors.closed'
		);
	});
});

describe('a response racing a change of the ballot', () => {
	// PGlite runs one transaction at a time: the race needs two connections.
	it.skipIf(process.env.TEST_DB_KIND !== 'postgres')(
		'a response checked against the ballot before the secretariat changed it is refused with a message, nothing written',
		async () => {
			const { consultation: c, a, b } = await consultation();
			const ballot = await ballotOn(c.id, [a.id, b.id]);
			let casting: Promise<unknown> = Promise.resolve();
			await db.transaction(async (tx) => {
				// The secretariat's change holds the ballot row and moves its version, not yet committed.
				await tx
					.update(ballots)
					.set({ version: sql`${ballots.version} + 1` })
					.where(eq(ballots.id, ballot.id));
				casting = agenda.castResponse(canada, ballot.id, 'CAN', { chosen: [a.id] }).then(
					() => null,
					(e: unknown) => e
				);
				// Let the response be checked and reach its lock before the change commits.
				await new Promise((resolve) => setTimeout(resolve, 300));
			});
			expect(await casting).toMatchObject({ code: 'agenda.errors.ballotChanged', status: 409 });
			expect(await agenda.responseCount(db, ballot.id)).toBe(0);
		}
	);
});

describe('ballot times in the consultation’s time zone', () => {
	it('a datetime typed in the form is the wall-clock time in the consultation’s zone; an offset is taken as given', () => {
		const input = { titles: { en: 'T' }, rule: 'yes-no-abstain', proposalIds: [crypto.randomUUID(), crypto.randomUUID()] };
		const zurich = parseWith(ballotSchema('Europe/Zurich'), { ...input, opensAt: '2030-07-01T09:00', closesAt: '2030-12-01T18:00' });
		expect(zurich.ok && zurich.data.opensAt.toISOString()).toBe('2030-07-01T07:00:00.000Z');
		expect(zurich.ok && zurich.data.closesAt.toISOString()).toBe('2030-12-01T17:00:00.000Z');
		const offset = parseWith(ballotSchema('Europe/Zurich'), {
			...input,
			opensAt: '2030-07-01T09:00:00Z',
			closesAt: '2030-07-02T09:00:00+02:00'
		});
		expect(offset.ok && offset.data.opensAt.toISOString()).toBe('2030-07-01T09:00:00.000Z');
		expect(offset.ok && offset.data.closesAt.toISOString()).toBe('2030-07-02T07:00:00.000Z');
	});

	it('a consultation keeps its time zone, Europe/Zurich unless another is given', async () => {
		const { consultation: zurich } = await consultation();
		expect(zurich.timeZone).toBe('Europe/Zurich');
		const { consultation: ny } = await consultation('America/New_York');
		expect(ny.timeZone).toBe('America/New_York');
	});
});
