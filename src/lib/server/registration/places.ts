/**
 * The counters that keep an event from overbooking. Each take is one conditional UPDATE: on
 * PostgreSQL the row lock makes concurrent registrations queue and re-check the condition, and the
 * CHECK constraints refuse anything that would still go over. Every release is the mirror image.
 */
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { admittedStatus, holdsChoices, holdsDelegationSeat, holdsPlace, selectedChoices } from '$lib/domain/registration';
import type { Answers, FormDefinition, ParticipationMode, RegistrationCategory, RegistrationStatus } from '$lib/registration/types';
import { DomainError } from '../core/errors';
import type { Tx } from '../db/client';
import { delegations, registrationChoiceCounts, registrationForms, registrations, registrationSettings } from './schema';

/** Takes a place in the room if one is free; false when the event is full. */
export async function takePlace(tx: Tx, eventId: string): Promise<boolean> {
	const rows = await tx
		.update(registrationSettings)
		.set({ placesTaken: sql`${registrationSettings.placesTaken} + 1` })
		.where(
			and(
				eq(registrationSettings.eventId, eventId),
				or(isNull(registrationSettings.capacity), lt(registrationSettings.placesTaken, registrationSettings.capacity))
			)
		)
		.returning({ eventId: registrationSettings.eventId });
	return rows.length > 0;
}

export async function releasePlace(tx: Tx, eventId: string): Promise<void> {
	await tx
		.update(registrationSettings)
		.set({ placesTaken: sql`${registrationSettings.placesTaken} - 1` })
		.where(eq(registrationSettings.eventId, eventId));
}

/** Takes a seat in a delegation's quota; false when the delegation has used its quota. */
export async function takeSeat(tx: Tx, eventId: string, stateId: string, quota: number | null): Promise<boolean> {
	await tx.insert(delegations).values({ eventId, stateId, quota }).onConflictDoNothing();
	const rows = await tx
		.update(delegations)
		.set({ seatsTaken: sql`${delegations.seatsTaken} + 1`, updatedAt: new Date() })
		.where(
			and(
				eq(delegations.eventId, eventId),
				eq(delegations.stateId, stateId),
				or(isNull(delegations.quota), lt(delegations.seatsTaken, delegations.quota))
			)
		)
		.returning({ stateId: delegations.stateId });
	return rows.length > 0;
}

export async function releaseSeat(tx: Tx, eventId: string, stateId: string): Promise<void> {
	await tx
		.update(delegations)
		.set({ seatsTaken: sql`${delegations.seatsTaken} - 1`, updatedAt: new Date() })
		.where(and(eq(delegations.eventId, eventId), eq(delegations.stateId, stateId)));
}

/** Takes a place in every limited choice selected (unlimited ones have no counter); returns the first full one, or null. */
export async function takeChoices(tx: Tx, eventId: string, definition: FormDefinition, answers: Answers) {
	for (const { fieldKey, choiceKey } of selectedChoices(definition, answers, { limitedOnly: true })) {
		const rows = await tx
			.update(registrationChoiceCounts)
			.set({ taken: sql`${registrationChoiceCounts.taken} + 1` })
			.where(
				and(
					eq(registrationChoiceCounts.eventId, eventId),
					eq(registrationChoiceCounts.fieldKey, fieldKey),
					eq(registrationChoiceCounts.choiceKey, choiceKey),
					or(isNull(registrationChoiceCounts.capacity), lt(registrationChoiceCounts.taken, registrationChoiceCounts.capacity))
				)
			)
			.returning({ taken: registrationChoiceCounts.taken });
		if (!rows.length) return { fieldKey, choiceKey };
	}
	return null;
}

export async function releaseChoices(tx: Tx, eventId: string, definition: FormDefinition, answers: Answers): Promise<void> {
	for (const { fieldKey, choiceKey } of selectedChoices(definition, answers, { limitedOnly: true })) {
		await tx
			.update(registrationChoiceCounts)
			.set({ taken: sql`greatest(${registrationChoiceCounts.taken} - 1, 0)` })
			.where(
				and(
					eq(registrationChoiceCounts.eventId, eventId),
					eq(registrationChoiceCounts.fieldKey, fieldKey),
					eq(registrationChoiceCounts.choiceKey, choiceKey)
				)
			);
	}
}

interface Holder {
	eventId: string;
	status: RegistrationStatus;
	mode: ParticipationMode;
	category: RegistrationCategory;
	stateId: string | null;
}

/** Gives back what a registration held when it leaves `before` for `after` (a rejection, a withdrawal). */
export async function releaseHeld(tx: Tx, before: Holder, after: Pick<Holder, 'status'>): Promise<{ placeFreed: boolean }> {
	const next = { ...before, status: after.status };
	const placeFreed = holdsPlace(before) && !holdsPlace(next);
	if (placeFreed) await releasePlace(tx, before.eventId);
	if (holdsDelegationSeat(before) && !holdsDelegationSeat(next) && before.stateId) await releaseSeat(tx, before.eventId, before.stateId);
	return { placeFreed };
}

/** What a change of status needs of a registration: what it holds now, and the answers its choices come from. */
export interface Moving extends Holder {
	id: string;
	formId: string;
	answers: Answers;
}

/**
 * Takes and gives back what a registration holds when its status goes from `before.status` to
 * `to`, by the rules of $lib/domain/registration: the place in the room, the seat in its
 * delegation's quota, its limited choices; a rejected or withdrawn registration also stops heading
 * its delegation. What the new status needs is taken first and refused when it is not free (the
 * room full, the quota used, a choice full: a DomainError, and the caller's transaction is not to
 * commit); then what the old status held and the new one does not is given back. The caller holds
 * the event's settings row lock. Returns whether a place in the room was freed (for the waiting list).
 */
export async function changeHolds(
	tx: Tx,
	before: Moving,
	to: RegistrationStatus,
	settings: { delegationQuota: number | null }
): Promise<{ placeFreed: boolean }> {
	const after = { ...before, status: to };
	if (!holdsPlace(before) && holdsPlace(after) && !(await takePlace(tx, before.eventId)))
		throw new DomainError('registration.errors.full', 409);
	if (
		!holdsDelegationSeat(before) &&
		holdsDelegationSeat(after) &&
		!(await takeSeat(tx, before.eventId, before.stateId!, settings.delegationQuota))
	)
		throw new DomainError('registration.errors.quotaReached', 409, undefined, { quota: settings.delegationQuota ?? 0 });
	const choicesTaken = !holdsChoices(before) && holdsChoices(after);
	const choicesFreed = holdsChoices(before) && !holdsChoices(after);
	const definition = choicesTaken || choicesFreed ? await formOf(tx, before.formId) : null;
	if (choicesTaken && (await takeChoices(tx, before.eventId, definition!, before.answers)))
		throw new DomainError('registration.errors.choiceFull', 409);
	const { placeFreed } = await releaseHeld(tx, before, after);
	if (choicesFreed) await releaseChoices(tx, before.eventId, definition!, before.answers);
	if (to === 'rejected' || to === 'withdrawn')
		await tx
			.update(delegations)
			.set({ headRegistrationId: null })
			.where(and(eq(delegations.eventId, before.eventId), eq(delegations.headRegistrationId, before.id)));
	return { placeFreed };
}

/**
 * Gives freed places to the waiting list, oldest first. A government delegate whose delegation
 * has used its quota stays on the list and the next one is tried. Returns the promoted, with their new status.
 */
export async function promoteWaitlisted(tx: Tx, eventId: string): Promise<{ id: string; status: RegistrationStatus }[]> {
	const [settings] = await tx.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
	if (!settings) return [];
	const waiting = await tx
		.select()
		.from(registrations)
		.where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'waitlisted')))
		.orderBy(asc(registrations.waitlistedAt), asc(registrations.number));
	const promoted: { id: string; status: RegistrationStatus }[] = [];
	for (const candidate of waiting) {
		if (!(await takePlace(tx, eventId))) break;
		const status = admittedStatus({
			placeGranted: true,
			needsFocalPointApproval: candidate.category === 'government' && settings.requiresFocalPointApproval
		});
		if (holdsDelegationSeat({ ...candidate, status }) && !(await takeSeat(tx, eventId, candidate.stateId!, settings.delegationQuota))) {
			await releasePlace(tx, eventId);
			continue;
		}
		await tx
			.update(registrations)
			.set({
				status,
				decidedAt: status === 'approved' ? new Date() : null,
				version: sql`${registrations.version} + 1`,
				updatedAt: new Date()
			})
			.where(eq(registrations.id, candidate.id));
		promoted.push({ id: candidate.id, status });
	}
	return promoted;
}

/** The form version a registration answered, to read or release its answers in their own terms. */
export async function formOf(tx: Tx, formId: string): Promise<FormDefinition> {
	const [form] = await tx
		.select({ definition: registrationForms.definition })
		.from(registrationForms)
		.where(eq(registrationForms.id, formId));
	return form.definition;
}
