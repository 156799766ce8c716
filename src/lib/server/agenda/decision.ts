import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DecisionInput } from '$lib/agenda/schemas';
import type { Ctx } from '../core/actor';
import { notFound, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { FieldErrors } from '$lib/validation';
import * as audit from '../audit';
import { insertEvent, setCycleTheme } from '../dialogues';
import { events } from '../dialogues/schema';
import { isUuid } from '../web/params';
import { ballotProposals, ballots, consultations, proposals } from './schema';

/**
 * Records what the membership decided on a consultation's proposals: each becomes selected, not
 * selected or deferred. A selected workshop topic becomes a workshop event of the cycle (an event
 * of the cycle named by the secretariat, or a new one with the dates given), linked from the
 * proposal; a selected theme (for example the one two merged themes became) becomes the cycle's
 * overarching theme. All or nothing: one wrong line and nothing is written.
 */
export async function recordDecision(ctx: Ctx, consultationId: string, input: DecisionInput) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(consultationId)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		// One decision at a time per consultation: a second secretariat user waits, then decides on
		// what the first one left (and cannot create a second workshop for the same topic).
		const [consultation] = await tx.select().from(consultations).where(eq(consultations.id, consultationId)).for('update');
		if (!consultation) throw notFound();
		const own = await tx.select().from(proposals).where(eq(proposals.consultationId, consultationId));
		const byId = new Map(own.map((p) => [p.id, p]));
		// Workshops of the cycle that no proposal has become yet: the only events a topic may become.
		const freeWorkshops = await tx
			.select({ id: events.id })
			.from(events)
			.leftJoin(proposals, eq(proposals.eventId, events.id))
			.where(and(eq(events.cycleId, consultation.cycleId), eq(events.kind, 'workshop'), isNull(proposals.id)));
		const freeIds = new Set(freeWorkshops.map((e) => e.id));
		const onOpenBallot = new Set(
			(
				await tx
					.selectDistinct({ id: ballotProposals.proposalId })
					.from(ballotProposals)
					.innerJoin(ballots, eq(ballots.id, ballotProposals.ballotId))
					.where(and(eq(ballots.consultationId, consultationId), gt(ballots.closesAt, new Date())))
			).map((r) => r.id)
		);
		const errors: FieldErrors = {};
		const entries = Object.entries(input.decisions);
		if (!entries.length) errors._form = { key: 'agenda.errors.nothingDecided' };
		const eventsChosen = new Set<string>();
		for (const [id, d] of entries) {
			const p = byId.get(id);
			const field = `decisions.${id}`;
			if (!p) errors[`${field}.status`] = { key: 'agenda.errors.notOfConsultation' };
			else if (p.status === 'merged') errors[`${field}.status`] = { key: 'agenda.errors.decideMerged' };
			else if (onOpenBallot.has(id)) errors[`${field}.status`] = { key: 'agenda.errors.decideWhileBallotOpen' };
			// A topic that became a workshop stays selected: undoing it here would leave that workshop
			// in the cycle with nothing pointing to it.
			else if (p.eventId && d.status !== 'selected') errors[`${field}.status`] = { key: 'agenda.errors.decidedHasEvent' };
			else if (d.status === 'selected' && p.kind === 'workshop-topic' && !p.eventId) {
				if (d.eventId && (!freeIds.has(d.eventId) || eventsChosen.has(d.eventId))) {
					errors[`${field}.eventId`] = { key: 'agenda.errors.eventOfCycle' };
				}
				if (d.eventId) eventsChosen.add(d.eventId);
				if (!d.eventId && (!d.startDate || !d.endDate)) errors[`${field}.startDate`] = { key: 'agenda.errors.workshopNeedsDates' };
			}
		}
		const themes = entries.filter(([id, d]) => d.status === 'selected' && byId.get(id)?.kind === 'theme');
		if (themes.length > 1) errors._form = { key: 'agenda.errors.oneTheme' };
		if (Object.keys(errors).length) throw new ValidationError(errors);

		const changed = [];
		for (const [id, d] of entries) {
			const p = byId.get(id)!;
			let eventId = p.eventId;
			if (d.status === 'selected' && p.kind === 'workshop-topic' && !eventId) {
				eventId =
					d.eventId ??
					(
						await insertEvent(tx, ctx.actor, {
							cycleId: consultation.cycleId,
							kind: 'workshop',
							titles: p.titles,
							summaries: p.descriptions ?? undefined,
							startDate: d.startDate!,
							endDate: d.endDate!,
							format: 'in-person',
							status: 'planned',
							expectedOutcomes: [],
							organiserIds: []
						})
					).id;
			}
			if (d.status !== 'selected') eventId = null;
			const [after] = await tx
				.update(proposals)
				.set({ status: d.status, eventId, updatedAt: new Date(), version: p.version + 1 })
				.where(and(eq(proposals.id, id), eq(proposals.version, p.version)))
				.returning();
			changed.push(after);
			await audit.record(tx, ctx.actor, { action: 'proposal.decide', entityType: 'proposal', entityId: id, before: p, after });
		}
		if (themes.length === 1) await setCycleTheme(tx, ctx.actor, consultation.cycleId, byId.get(themes[0][0])!.titles);
		const [decided] = await tx
			.update(consultations)
			.set({ decisionSummary: input.summary ?? null, decidedAt: new Date(), updatedAt: new Date(), version: consultation.version + 1 })
			.where(eq(consultations.id, consultationId))
			.returning();
		await audit.record(tx, ctx.actor, {
			action: 'consultation.decide',
			entityType: 'consultation',
			entityId: consultationId,
			before: consultation,
			after: { ...decided, proposals: changed.map((p) => ({ id: p.id, status: p.status, eventId: p.eventId })) }
		});
		return { consultation: decided, proposals: changed };
	});
}
