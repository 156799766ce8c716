import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { BallotEditInput, BallotInput, ResponseInput } from '$lib/agenda/schemas';
import type { Choice, Mark } from '$lib/agenda/types';
import { checkResponse, phaseAt, tally, type ProposalCounts } from '$lib/domain/ballots';
import { focalPointStates, hasRole, isFocalPointOf, type Actor, type Ctx } from '../core/actor';
import { DomainError, notFound, staleEdit, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction, queriesOn } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { listStates } from '../directory/states';
import { cycles, dialogues } from '../dialogues/schema';
import { isUuid } from '../web/params';
import { ballotEligibleStates, ballotMarks, ballotProposals, ballotResponses, ballots, consultations, proposals } from './schema';

export type Ballot = typeof ballots.$inferSelect;

export { focalPointStates, isFocalPointOf };

/**
 * Opens a ballot on proposals of one consultation. The eligible States are fixed now: IOM member
 * States on the opening date (and observer States if the ballot includes them), so that "share of
 * eligible States" keeps its denominator whatever happens to memberships later.
 */
export async function openBallot(ctx: Ctx, consultationId: string, input: BallotInput): Promise<Ballot> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(consultationId)) throw notFound();
	const proposalIds = [...new Set(input.proposalIds)];
	if (proposalIds.length < 2) throw new ValidationError({ proposalIds: { key: 'agenda.errors.twoProposals' } });
	if (input.rule === 'choose' && !(input.maxChoices && input.maxChoices < proposalIds.length)) {
		throw new ValidationError({
			maxChoices: { key: input.maxChoices ? 'agenda.errors.maxChoicesTooHigh' : 'agenda.errors.maxChoicesRequired' }
		});
	}
	if (input.closesAt <= input.opensAt) throw new ValidationError({ closesAt: { key: 'agenda.errors.closesBeforeOpening' } });
	const eligibleOn = input.opensAt.toISOString().slice(0, 10);
	const eligible = (await listStates(ctx.db, 'en', { on: eligibleOn })).filter(
		(s) => s.membership === 'member' || (input.includeObservers && s.membership === 'observer')
	);
	if (!eligible.length) throw new DomainError('agenda.errors.noEligibleStates', 400, 'opensAt');
	return inTransaction(ctx.db, async (tx) => {
		const [consultation] = await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, consultationId));
		if (!consultation) throw notFound();
		const found = await tx
			.select({ id: proposals.id, status: proposals.status })
			.from(proposals)
			.where(and(eq(proposals.consultationId, consultationId), inArray(proposals.id, proposalIds)))
			// A merge running now holds these rows; waiting for it means reading the status it leaves.
			.for('share');
		if (found.length !== proposalIds.length) throw new ValidationError({ proposalIds: { key: 'agenda.errors.notOfConsultation' } });
		if (found.some((p) => p.status === 'merged')) throw new ValidationError({ proposalIds: { key: 'agenda.errors.mergedOnBallot' } });
		const [row] = await tx
			.insert(ballots)
			.values({
				consultationId,
				titles: input.titles,
				rule: input.rule,
				maxChoices: input.rule === 'choose' ? (input.maxChoices ?? null) : null,
				opensAt: input.opensAt,
				closesAt: input.closesAt,
				eligibleOn,
				includeObservers: input.includeObservers,
				publishResults: input.publishResults
			})
			.returning();
		await tx
			.insert(ballotProposals)
			.values(proposalIds.map((proposalId, position) => ({ ballotId: row.id, proposalId, consultationId, position })));
		await tx
			.insert(ballotEligibleStates)
			.values(eligible.map((s) => ({ ballotId: row.id, stateId: s.id, membership: s.membership as 'member' | 'observer' })));
		await audit.record(tx, ctx.actor, {
			action: 'ballot.open',
			entityType: 'ballot',
			entityId: row.id,
			after: { ...row, proposalIds, eligibleStates: eligible.length }
		});
		return row;
	});
}

/** The ballot row locked for a change by the secretariat, at the version the secretariat saw. */
async function lockForChange(tx: Tx, id: string, version: number): Promise<Ballot> {
	const [row] = await tx.select().from(ballots).where(eq(ballots.id, id)).for('update');
	if (!row) throw notFound();
	if (row.version !== version) throw staleEdit();
	return row;
}

/** Closes an open ballot now, before its close date. Responses can no longer be cast or changed. */
export async function closeBallot(ctx: Ctx, id: string, version: number, now = new Date()): Promise<Ballot> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const before = await lockForChange(tx, id, version);
		const phase = phaseAt(before, now);
		if (phase === 'upcoming') throw new DomainError('agenda.errors.notOpenYet', 409);
		if (phase === 'closed') throw new DomainError('agenda.errors.closed', 409);
		const [after] = await tx
			.update(ballots)
			.set({ closesAt: now, version: sql`${ballots.version} + 1`, updatedAt: now })
			.where(eq(ballots.id, id))
			.returning();
		await audit.record(tx, ctx.actor, { action: 'ballot.close', entityType: 'ballot', entityId: id, before, after });
		return after;
	});
}

/**
 * Moves the close date of a ballot that has not closed yet: never to the past, and after its
 * opening. A closed ballot stays closed (its results may be published).
 */
export async function changeCloseDate(ctx: Ctx, id: string, closesAt: Date, version: number, now = new Date()): Promise<Ballot> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	if (closesAt <= now) throw new ValidationError({ closesAt: { key: 'agenda.errors.closeInPast' } });
	return inTransaction(ctx.db, async (tx) => {
		const before = await lockForChange(tx, id, version);
		if (phaseAt(before, now) === 'closed') throw new DomainError('agenda.errors.closed', 409, 'closesAt');
		if (closesAt <= before.opensAt) throw new ValidationError({ closesAt: { key: 'agenda.errors.closesBeforeOpening' } });
		const [after] = await tx
			.update(ballots)
			.set({ closesAt, version: sql`${ballots.version} + 1`, updatedAt: now })
			.where(eq(ballots.id, id))
			.returning();
		await audit.record(tx, ctx.actor, { action: 'ballot.reschedule', entityType: 'ballot', entityId: id, before, after });
		return after;
	});
}

/**
 * Changes a ballot's title, rule and proposals: only while no State has answered (an answer was
 * given to the ballot as it was). The proposals must be open proposals of the same consultation.
 */
export async function updateBallot(ctx: Ctx, id: string, input: BallotEditInput): Promise<Ballot> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	const proposalIds = [...new Set(input.proposalIds)];
	if (proposalIds.length < 2) throw new ValidationError({ proposalIds: { key: 'agenda.errors.twoProposals' } });
	if (input.rule === 'choose' && !(input.maxChoices && input.maxChoices < proposalIds.length)) {
		throw new ValidationError({
			maxChoices: { key: input.maxChoices ? 'agenda.errors.maxChoicesTooHigh' : 'agenda.errors.maxChoicesRequired' }
		});
	}
	return inTransaction(ctx.db, async (tx) => {
		const before = await lockForChange(tx, id, input.version);
		const [responses] = await tx.select({ n: count() }).from(ballotResponses).where(eq(ballotResponses.ballotId, id));
		if (responses.n > 0) throw new DomainError('agenda.errors.ballotAnswered', 409, undefined, { count: responses.n });
		const found = await tx
			.select({ id: proposals.id, status: proposals.status })
			.from(proposals)
			.where(and(eq(proposals.consultationId, before.consultationId), inArray(proposals.id, proposalIds)));
		if (found.length !== proposalIds.length) throw new ValidationError({ proposalIds: { key: 'agenda.errors.notOfConsultation' } });
		if (found.some((p) => p.status === 'merged')) throw new ValidationError({ proposalIds: { key: 'agenda.errors.mergedOnBallot' } });
		const beforeIds = (await ballotProposalIdsOf(tx, id)).map((r) => r.proposalId);
		const [after] = await tx
			.update(ballots)
			.set({
				titles: input.titles,
				rule: input.rule,
				maxChoices: input.rule === 'choose' ? (input.maxChoices ?? null) : null,
				version: sql`${ballots.version} + 1`,
				updatedAt: new Date()
			})
			.where(eq(ballots.id, id))
			.returning();
		await tx.delete(ballotProposals).where(eq(ballotProposals.ballotId, id));
		await tx
			.insert(ballotProposals)
			.values(proposalIds.map((proposalId, position) => ({ ballotId: id, proposalId, consultationId: before.consultationId, position })));
		await audit.record(tx, ctx.actor, {
			action: 'ballot.update',
			entityType: 'ballot',
			entityId: id,
			before: { ...before, proposalIds: beforeIds },
			after: { ...after, proposalIds }
		});
		return after;
	});
}

async function ballotProposalIdsOf(tx: Tx, ballotId: string) {
	return tx
		.select({ proposalId: ballotProposals.proposalId })
		.from(ballotProposals)
		.where(eq(ballotProposals.ballotId, ballotId))
		.orderBy(asc(ballotProposals.position));
}

/** A ballot with its consultation, cycle and proposals (in ballot order); null when unknown. */
export async function getBallot(db: Db | Tx, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({ ballot: ballots, consultation: consultations, cycle: cycles, dialogue: dialogues })
		.from(ballots)
		.innerJoin(consultations, eq(consultations.id, ballots.consultationId))
		.innerJoin(cycles, eq(cycles.id, consultations.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.where(eq(ballots.id, id));
	if (!row) return null;
	const onBallot = await db
		.select({
			id: proposals.id,
			kind: proposals.kind,
			titles: proposals.titles,
			descriptions: proposals.descriptions,
			status: proposals.status
		})
		.from(ballotProposals)
		.innerJoin(proposals, eq(proposals.id, ballotProposals.proposalId))
		.where(eq(ballotProposals.ballotId, id))
		.orderBy(asc(ballotProposals.position));
	return { ...row, proposals: onBallot };
}

export async function listAll(db: Db, consultationId?: string) {
	return db
		.select()
		.from(ballots)
		.where(consultationId ? eq(ballots.consultationId, consultationId) : undefined)
		.orderBy(asc(ballots.opensAt));
}

/** How many States have answered a ballot. */
export async function responseCount(db: Db | Tx, ballotId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(ballotResponses).where(eq(ballotResponses.ballotId, ballotId));
	return row.n;
}

/** Whether a State may answer this ballot (it was eligible when the ballot opened). */
export async function isEligible(db: Db | Tx, ballotId: string, stateId: string): Promise<boolean> {
	const [row] = await db
		.select({ stateId: ballotEligibleStates.stateId })
		.from(ballotEligibleStates)
		.where(and(eq(ballotEligibleStates.ballotId, ballotId), eq(ballotEligibleStates.stateId, stateId)));
	return !!row;
}

/** A State's current response with its marks, or null. */
export async function responseOf(db: Db | Tx, ballotId: string, stateId: string) {
	const [response] = await db
		.select()
		.from(ballotResponses)
		.where(and(eq(ballotResponses.ballotId, ballotId), eq(ballotResponses.stateId, stateId)));
	if (!response) return null;
	const marks = await db
		.select({ proposalId: ballotMarks.proposalId, choice: ballotMarks.choice, rank: ballotMarks.rank })
		.from(ballotMarks)
		.where(eq(ballotMarks.responseId, response.id));
	return { ...response, marks };
}

export interface CastResult {
	responseId: string;
	stateId: string;
	revision: number;
	changed: boolean;
	marks: Mark[];
}

/**
 * Casts or changes a State's response, as one of its focal points, while the ballot is open. One
 * response per State: the unique key (ballot, State) makes two focal points casting at the same
 * moment update one row, the later one's marks replacing the earlier one's. Who cast and who
 * changed it is kept on the row and in the audit log. Idempotent: the same marks again change
 * nothing.
 */
export async function castResponse(
	ctx: Ctx,
	ballotId: string,
	stateId: string,
	input: ResponseInput,
	now = new Date()
): Promise<CastResult> {
	if (ctx.actor.kind !== 'user' || !ctx.actor.userId) throw new DomainError('errors.signInRequired', 401);
	const state = stateId.toUpperCase();
	if (!hasRole(ctx.actor, 'state-focal-point')) throw new DomainError('agenda.errors.notFocalPoint', 403);
	if (!isFocalPointOf(ctx.actor, state)) throw new DomainError('agenda.errors.otherState', 403, 'stateId');
	const found = await getBallot(ctx.db, ballotId);
	if (!found) throw notFound();
	const { ballot } = found;
	const phase = phaseAt(ballot, now);
	if (phase === 'upcoming') throw new DomainError('agenda.errors.notOpenYet', 409);
	if (phase === 'closed') throw new DomainError('agenda.errors.closed', 409);
	const checked = checkResponse({ rule: ballot.rule, maxChoices: ballot.maxChoices, proposalIds: found.proposals.map((p) => p.id) }, input);
	if (!checked.ok) throw new ValidationError({ [checked.field]: { key: checked.key, params: checked.params } });
	if (!(await isEligible(ctx.db, ballot.id, state))) throw new DomainError('agenda.errors.notEligible', 403, 'stateId');
	const userId = ctx.actor.userId;
	return inTransaction(
		ctx.db,
		async (tx) => {
			// The secretariat may close, extend or (before any response) change the ballot meanwhile: the
			// response waits for such a change to finish and is refused if the ballot is no longer the one checked.
			const [locked] = await tx
				.select({ version: ballots.version, closesAt: ballots.closesAt })
				.from(ballots)
				.where(eq(ballots.id, ballot.id))
				.for('share');
			if (locked.closesAt <= now) throw new DomainError('agenda.errors.closed', 409);
			if (locked.version !== ballot.version) throw new DomainError('agenda.errors.ballotChanged', 409);
			// The same marks again write nothing: no new revision, no "changed by", no audit entry.
			const [existing] = await tx
				.select({ id: ballotResponses.id, revision: ballotResponses.revision })
				.from(ballotResponses)
				.where(and(eq(ballotResponses.ballotId, ballot.id), eq(ballotResponses.stateId, state)))
				.for('update');
			if (existing) {
				const stored = await tx
					.select({ proposalId: ballotMarks.proposalId, choice: ballotMarks.choice, rank: ballotMarks.rank })
					.from(ballotMarks)
					.where(eq(ballotMarks.responseId, existing.id));
				if (sameMarks(stored, checked.marks)) {
					return { responseId: existing.id, stateId: state, revision: existing.revision, changed: false, marks: checked.marks };
				}
			}
			const [row] = await tx
				.insert(ballotResponses)
				.values({ ballotId: ballot.id, stateId: state, castBy: userId, castAt: now })
				.onConflictDoUpdate({
					target: [ballotResponses.ballotId, ballotResponses.stateId],
					set: { changedBy: userId, changedAt: now, revision: sql`${ballotResponses.revision} + 1` }
				})
				.returning({ id: ballotResponses.id, revision: ballotResponses.revision });
			const before =
				row.revision > 1
					? await tx
							.delete(ballotMarks)
							.where(eq(ballotMarks.responseId, row.id))
							.returning({ proposalId: ballotMarks.proposalId, choice: ballotMarks.choice, rank: ballotMarks.rank })
					: [];
			if (checked.marks.length) {
				await tx.insert(ballotMarks).values(checked.marks.map((m) => ({ ...m, responseId: row.id, ballotId: ballot.id })));
			}
			await audit.record(tx, ctx.actor, {
				action: row.revision === 1 ? 'ballot.response.cast' : 'ballot.response.change',
				entityType: 'ballot-response',
				entityId: row.id,
				before: row.revision === 1 ? undefined : { ballotId: ballot.id, stateId: state, marks: before },
				after: { ballotId: ballot.id, stateId: state, revision: row.revision, marks: checked.marks }
			});
			return { responseId: row.id, stateId: state, revision: row.revision, changed: row.revision > 1, marks: checked.marks };
		},
		// A response is not public until the results are: cached public pages stay.
		{ public: false }
	);
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
	const key = (m: Mark) => `${m.proposalId}:${m.choice ?? ''}:${m.rank ?? ''}`;
	const keys = new Set(a.map(key));
	return a.length === b.length && b.every((m) => keys.has(key(m)));
}

/** Who may see a ballot's results now: the secretariat always; everyone once closed if the ballot publishes them. */
export function resultsVisible(actor: Actor, ballot: Pick<Ballot, 'opensAt' | 'closesAt' | 'publishResults'>, now = new Date()): boolean {
	if (hasRole(actor, 'secretariat')) return true;
	return ballot.publishResults && phaseAt(ballot, now) === 'closed';
}

/** The counts per proposal, straight from the recorded marks (one aggregate query). */
async function countMarks(db: Db | Tx, ballotId: string, proposalCount: number): Promise<ProposalCounts[]> {
	return db
		.select({
			proposalId: ballotMarks.proposalId,
			yes: sql<number>`count(*) filter (where ${ballotMarks.choice} = 'yes')::int`,
			no: sql<number>`count(*) filter (where ${ballotMarks.choice} = 'no')::int`,
			abstain: sql<number>`count(*) filter (where ${ballotMarks.choice} = 'abstain')::int`,
			firstPreferences: sql<number>`count(*) filter (where ${ballotMarks.rank} = 1)::int`,
			points: sql<number>`coalesce(sum(${proposalCount + 1} - ${ballotMarks.rank}), 0)::int`,
			ranked: sql<number>`count(${ballotMarks.rank})::int`
		})
		.from(ballotMarks)
		.where(eq(ballotMarks.ballotId, ballotId))
		.groupBy(ballotMarks.proposalId);
}

/** The results of a ballot, whoever asks (callers check resultsVisible first). */
export async function results(db: Db | Tx, ballotId: string) {
	const found = await getBallot(db, ballotId);
	if (!found) return null;
	const proposalIds = found.proposals.map((p) => p.id);
	const [counts, [responses], eligibleRows] = await queriesOn(db, [
		() => countMarks(db, ballotId, proposalIds.length),
		db.select({ n: count() }).from(ballotResponses).where(eq(ballotResponses.ballotId, ballotId)),
		db
			.select({ membership: ballotEligibleStates.membership, n: count() })
			.from(ballotEligibleStates)
			.where(eq(ballotEligibleStates.ballotId, ballotId))
			.groupBy(ballotEligibleStates.membership)
	]);
	const members = eligibleRows.find((r) => r.membership === 'member')?.n ?? 0;
	const observers = eligibleRows.find((r) => r.membership === 'observer')?.n ?? 0;
	const t = tally(found.ballot.rule, proposalIds, counts, responses.n, members + observers);
	const titles = new Map(found.proposals.map((p) => [p.id, p.titles]));
	return {
		...found,
		eligibleMembers: members,
		eligibleObservers: observers,
		tally: { ...t, proposals: t.proposals.map((p) => ({ ...p, titles: titles.get(p.proposalId)! })) }
	};
}

/** The raw responses of a ballot: State, revision and marks (the secretariat's recount, the benchmark). */
export async function rawResponses(db: Db | Tx, ballotId: string) {
	const rows = await db
		.select({
			stateId: ballotResponses.stateId,
			responseId: ballotResponses.id,
			proposalId: ballotMarks.proposalId,
			choice: ballotMarks.choice,
			rank: ballotMarks.rank
		})
		.from(ballotResponses)
		.leftJoin(ballotMarks, eq(ballotMarks.responseId, ballotResponses.id))
		.where(eq(ballotResponses.ballotId, ballotId))
		.orderBy(asc(ballotResponses.stateId));
	return rows as { stateId: string; responseId: string; proposalId: string | null; choice: Choice | null; rank: number | null }[];
}

/**
 * Writes responses that were given outside the platform (a survey on paper or by e-mail), as
 * records: for the demo's past ballots and for imports by an administrator. Each is checked against
 * the ballot's rule and eligibility (the database refuses a State that was not eligible, or a second
 * response of a State); the phase is not checked, as the answers were given when the ballot was open.
 */
export async function recordResponses(ctx: Ctx, ballotId: string, rows: { stateId: string; input: ResponseInput }[]) {
	requireRoleIn(ctx.actor, 'admin');
	const found = await getBallot(ctx.db, ballotId);
	if (!found) throw notFound();
	const rules = { rule: found.ballot.rule, maxChoices: found.ballot.maxChoices, proposalIds: found.proposals.map((p) => p.id) };
	const checked = rows.map((row) => {
		const result = checkResponse(rules, row.input);
		if (!result.ok) throw new ValidationError({ [`${row.stateId}.${result.field}`]: { key: result.key, params: result.params } });
		return { stateId: row.stateId, marks: result.marks };
	});
	return inTransaction(ctx.db, async (tx) => {
		const responses = await tx
			.insert(ballotResponses)
			.values(checked.map((c) => ({ ballotId, stateId: c.stateId, castAt: found.ballot.opensAt })))
			.returning({ id: ballotResponses.id, stateId: ballotResponses.stateId });
		const idOf = new Map(responses.map((r) => [r.stateId, r.id]));
		const marks = checked.flatMap((c) => c.marks.map((m) => ({ ...m, responseId: idOf.get(c.stateId)!, ballotId })));
		if (marks.length) await tx.insert(ballotMarks).values(marks);
		await audit.record(tx, ctx.actor, {
			action: 'ballot.responses.record',
			entityType: 'ballot',
			entityId: ballotId,
			after: { responses: checked.length }
		});
		return responses.length;
	});
}
