import { and, asc, eq, gt, inArray, isNull, max, or } from 'drizzle-orm';
import type { ProposalEditInput, ProposalInput } from '$lib/agenda/schemas';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, staleEdit, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import { current, updateVersioned } from '../core/versioned';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { cycles, dialogues, events } from '../dialogues/schema';
import { organisations } from '../directory/schema';
import { states } from '../reference/schema';
import { isUuid } from '../web/params';
import { ballotProposals, ballots, consultations, proposals } from './schema';

export type Proposal = typeof proposals.$inferSelect;

/** The proposing State and organisation must exist (an organisation merged into another is refused: name the one it became). */
async function checkProposers(db: Db | Tx, input: ProposalInput) {
	if (input.proposedByStateId) {
		const [state] = await db.select({ id: states.id }).from(states).where(eq(states.id, input.proposedByStateId));
		if (!state) throw new ValidationError({ proposedByStateId: { key: 'directory.errors.unknownState' } });
	}
	if (input.proposedByOrganisationId) {
		const [organisation] = await db
			.select({ id: organisations.id })
			.from(organisations)
			.where(and(eq(organisations.id, input.proposedByOrganisationId), isNull(organisations.mergedIntoId)));
		if (!organisation) throw new ValidationError({ proposedByOrganisationId: { key: 'agenda.errors.unknownOrganisation' } });
	}
}

export async function createProposal(ctx: Ctx, consultationId: string, input: ProposalInput): Promise<Proposal> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(consultationId)) throw notFound();
	await checkProposers(ctx.db, input);
	return inTransaction(ctx.db, async (tx) => {
		const [consultation] = await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, consultationId));
		if (!consultation) throw notFound();
		const [{ last }] = await tx
			.select({ last: max(proposals.position) })
			.from(proposals)
			.where(eq(proposals.consultationId, consultationId));
		const [row] = await tx
			.insert(proposals)
			.values({
				consultationId,
				kind: input.kind,
				titles: input.titles,
				descriptions: input.descriptions ?? null,
				proposedBy: input.proposedBy ?? null,
				proposedByStateId: input.proposedByStateId ?? null,
				proposedByOrganisationId: input.proposedByOrganisationId ?? null,
				position: (last ?? 0) + 1
			})
			.returning();
		await audit.record(tx, ctx.actor, { action: 'proposal.create', entityType: 'proposal', entityId: row.id, after: row });
		return row;
	});
}

/** What refers to a proposal: the ballots it is on, merges into or from it, the event it became. */
async function references(tx: Tx, proposal: Proposal) {
	const [onBallot] = await tx
		.select({ ballotId: ballotProposals.ballotId })
		.from(ballotProposals)
		.where(eq(ballotProposals.proposalId, proposal.id))
		.limit(1);
	const [merged] = await tx
		.select({ id: proposals.id })
		.from(proposals)
		.where(or(eq(proposals.mergedIntoId, proposal.id), and(eq(proposals.id, proposal.id), eq(proposals.status, 'merged'))))
		.limit(1);
	return { onBallot: !!onBallot, merged: !!merged, event: !!proposal.eventId };
}

/**
 * Edits a proposal's kind, title, description and who proposed it. Its kind cannot change once it
 * is on a ballot, part of a merge or an event (those were decided for that kind).
 */
export async function updateProposal(ctx: Ctx, id: string, input: ProposalEditInput): Promise<Proposal> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	await checkProposers(ctx.db, input);
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, proposals, id);
		if (input.kind !== before.kind) {
			const refs = await references(tx, before);
			if (refs.onBallot || refs.merged || refs.event) throw new DomainError('agenda.errors.kindLocked', 409, 'kind');
		}
		const after = await updateVersioned(tx, proposals, id, input.version, {
			kind: input.kind,
			titles: input.titles,
			descriptions: input.descriptions ?? null,
			proposedBy: input.proposedBy ?? null,
			proposedByStateId: input.proposedByStateId ?? null,
			proposedByOrganisationId: input.proposedByOrganisationId ?? null
		});
		await audit.record(tx, ctx.actor, { action: 'proposal.update', entityType: 'proposal', entityId: id, before, after });
		return after;
	});
}

/**
 * Deletes a proposal entered by mistake. Refused while a ballot or a merge refers to it, or once it
 * became an event: its history must stay. Returns the consultation it belonged to.
 */
export async function deleteProposal(ctx: Ctx, id: string, version: number): Promise<{ consultationId: string }> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, proposals, id);
		if (before.version !== version) throw staleEdit();
		const refs = await references(tx, before);
		if (refs.onBallot) throw new DomainError('agenda.errors.deleteOnBallot', 409);
		if (refs.merged) throw new DomainError('agenda.errors.deleteMerged', 409);
		if (refs.event) throw new DomainError('agenda.errors.mergeDecided', 409);
		const [gone] = await tx
			.delete(proposals)
			.where(and(eq(proposals.id, id), eq(proposals.version, version)))
			.returning({ id: proposals.id });
		if (!gone) throw staleEdit();
		await audit.record(tx, ctx.actor, { action: 'proposal.delete', entityType: 'proposal', entityId: id, before });
		return { consultationId: before.consultationId };
	});
}

/**
 * Merges a proposal into another of the same cycle and kind (two themes the membership asked to
 * be made one): the merged proposal stays, marked `merged` with a link to the one it became part
 * of, so its history is still shown. Merging into itself, into a merged proposal, or across
 * cycles or kinds is refused, and so is merging a proposal that an open or upcoming ballot puts to
 * the States (their votes would go to a proposal that no longer stands). Proposals merged earlier
 * into this one keep their link: the chain A → B → T is the history, and each page follows it.
 */
export async function mergeProposal(ctx: Ctx, id: string, intoId: string, version: number): Promise<Proposal> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	if (id === intoId) throw new DomainError('agenda.errors.mergeIntoItself', 400, 'intoId');
	if (!isUuid(intoId)) throw new DomainError('agenda.errors.unknownProposal', 400, 'intoId');
	return inTransaction(ctx.db, async (tx) => {
		// Both rows locked in one order, so that A into B and B into A at the same moment cannot both
		// pass their checks, and a ballot being opened on A waits for the merge (it locks A too).
		await tx
			.select({ id: proposals.id })
			.from(proposals)
			.where(inArray(proposals.id, [id, intoId]))
			.orderBy(asc(proposals.id))
			.for('update');
		const before = await current(tx, proposals, id);
		const [target] = await tx
			.select({ proposal: proposals, cycleId: consultations.cycleId })
			.from(proposals)
			.innerJoin(consultations, eq(consultations.id, proposals.consultationId))
			.where(eq(proposals.id, intoId));
		if (!target) throw new DomainError('agenda.errors.unknownProposal', 400, 'intoId');
		const [own] = await tx
			.select({ cycleId: consultations.cycleId })
			.from(consultations)
			.where(eq(consultations.id, before.consultationId));
		if (target.cycleId !== own.cycleId || target.proposal.kind !== before.kind) {
			throw new DomainError('agenda.errors.mergeOtherCycle', 400, 'intoId');
		}
		if (target.proposal.status === 'merged') throw new DomainError('agenda.errors.mergeIntoMerged', 400, 'intoId');
		if (before.status === 'merged') throw new DomainError('agenda.errors.alreadyMerged', 409, 'intoId');
		if (before.eventId) throw new DomainError('agenda.errors.mergeDecided', 409, 'intoId');
		const [onBallot] = await tx
			.select({ id: ballots.id })
			.from(ballotProposals)
			.innerJoin(ballots, eq(ballots.id, ballotProposals.ballotId))
			.where(and(eq(ballotProposals.proposalId, id), gt(ballots.closesAt, new Date())))
			.limit(1);
		if (onBallot) throw new DomainError('agenda.errors.mergeOnOpenBallot', 409, 'intoId');
		const after = await updateVersioned(tx, proposals, id, version, { status: 'merged', mergedIntoId: intoId });
		await audit.record(tx, ctx.actor, { action: 'proposal.merge', entityType: 'proposal', entityId: id, before, after });
		return after;
	});
}

/** A proposal with its consultation, cycle, what it was merged into or from, its event and ballots. */
export async function getProposal(db: Db, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({
			proposal: proposals,
			consultation: consultations,
			cycle: cycles,
			dialogue: dialogues,
			stateNames: states.names,
			organisationName: organisations.name
		})
		.from(proposals)
		.innerJoin(consultations, eq(consultations.id, proposals.consultationId))
		.innerJoin(cycles, eq(cycles.id, consultations.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.leftJoin(states, eq(states.id, proposals.proposedByStateId))
		.leftJoin(organisations, eq(organisations.id, proposals.proposedByOrganisationId))
		.where(eq(proposals.id, id));
	if (!row) return null;
	const [mergedFrom, mergedInto, event, onBallots] = await Promise.all([
		db
			.select({ id: proposals.id, titles: proposals.titles, consultationId: proposals.consultationId })
			.from(proposals)
			.where(eq(proposals.mergedIntoId, id))
			.orderBy(asc(proposals.position)),
		row.proposal.mergedIntoId
			? db
					.select({ id: proposals.id, titles: proposals.titles, status: proposals.status })
					.from(proposals)
					.where(eq(proposals.id, row.proposal.mergedIntoId))
			: Promise.resolve([]),
		row.proposal.eventId
			? db
					.select({ id: events.id, titles: events.titles, startDate: events.startDate, endDate: events.endDate })
					.from(events)
					.where(eq(events.id, row.proposal.eventId))
			: Promise.resolve([]),
		db
			.select({
				id: ballots.id,
				titles: ballots.titles,
				opensAt: ballots.opensAt,
				closesAt: ballots.closesAt,
				publishResults: ballots.publishResults
			})
			.from(ballotProposals)
			.innerJoin(ballots, eq(ballots.id, ballotProposals.ballotId))
			.where(eq(ballotProposals.proposalId, id))
			.orderBy(asc(ballots.opensAt))
	]);
	return { ...row, mergedFrom, mergedInto: mergedInto[0] ?? null, event: event[0] ?? null, ballots: onBallots };
}

/** Proposals of a cycle (any consultation), for the merge form's choices. */
export async function listForCycle(db: Db, cycleId: string) {
	return db
		.select({
			id: proposals.id,
			kind: proposals.kind,
			titles: proposals.titles,
			status: proposals.status,
			consultationId: proposals.consultationId,
			eventId: proposals.eventId
		})
		.from(proposals)
		.innerJoin(consultations, eq(consultations.id, proposals.consultationId))
		.where(eq(consultations.cycleId, cycleId))
		.orderBy(asc(consultations.heldOn), asc(proposals.position));
}

/** Every proposal (the API), optionally of one consultation. */
export async function listAll(db: Db, consultationId?: string) {
	return db
		.select()
		.from(proposals)
		.where(consultationId ? eq(proposals.consultationId, consultationId) : undefined)
		.orderBy(asc(proposals.consultationId), asc(proposals.position));
}

/** The proposal a workshop event was selected from, if any (the event page links back to it). */
export async function proposalOfEvent(db: Db, eventId: string) {
	const [row] = await db.select({ id: proposals.id, titles: proposals.titles }).from(proposals).where(eq(proposals.eventId, eventId));
	return row ?? null;
}
