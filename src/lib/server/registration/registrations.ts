/** Registering, deciding, withdrawing: every change of a registration's state and what it holds. */
import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { canMove, checkAnswers, selectedChoices } from '$lib/domain/registration';
import { membershipOn } from '$lib/domain/validity';
import { messageRef } from '$lib/i18n';
import { RegistrationSchema } from '$lib/registration/schemas';
import { PERSONAL_FIELDS, type PersonalField, type RegistrationStatus } from '$lib/registration/types';
import { parseWith, type FieldErrors } from '$lib/validation';
import { hasRole, type Actor, type Ctx } from '../core/actor';
import { DomainError, forbidden, notFound, staleEdit, ValidationError, validOrThrow } from '../core/errors';
import { inTransaction } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { organisations } from '../directory/schema';
import { stateMemberships, states } from '../reference/schema';
import { delegations, registrations, registrationSettings } from './schema';
import { getSetup, openState, recentSetup } from './settings';
import { notify, type MailContext, type Notice } from './mails';
import { changeHolds, promoteWaitlisted } from './places';
import { admit, auditView, type Registration } from './admission';

export type { Registration };

/** Registrations are not on public pages: their writes leave the public page cache alone. */
export const PRIVATE = { public: false } as const;

/** Which personal field of the form each column is; first name, last name and e-mail are always asked. */
const PERSONAL_COLUMNS: Record<PersonalField, 'honorific' | 'gender' | 'affiliation' | 'position' | 'countryId' | 'phone'> = {
	honorific: 'honorific',
	gender: 'gender',
	affiliation: 'affiliation',
	position: 'position',
	country: 'countryId',
	phone: 'phone'
};

/** The result of a change: the registration, and the ones a freed place promoted (they get a mail). */
export interface Outcome {
	registration: Registration;
	promoted: Notice[];
}

/**
 * Who may register whom: a participant registers themself; a state focal point nominates its own
 * State's delegates; a partner focal point its organisation's people; the secretariat anyone.
 */
function checkRegistrant(actor: Actor, input: { category: string; stateId?: string; organisationId?: string }) {
	if (actor.kind === 'anonymous') throw new DomainError('errors.signInRequired', 401);
	if (hasRole(actor, 'secretariat')) return { self: false };
	const stateGrant = actor.grants.find((g) => g.role === 'state-focal-point');
	if (stateGrant && input.category === 'government') {
		if (input.stateId !== stateGrant.stateId) throw new DomainError('registration.errors.otherState', 403, 'stateId');
		return { self: false };
	}
	const partnerGrant = actor.grants.find((g) => g.role === 'partner-focal-point');
	if (partnerGrant && input.category === 'partner' && input.organisationId === partnerGrant.organisationId) return { self: false };
	return { self: true };
}

/** A focal point may act on its own State's delegation only; the secretariat on any. */
export function canActForState(actor: Actor, stateId: string | null): boolean {
	if (hasRole(actor, 'secretariat')) return true;
	return !!stateId && actor.grants.some((g) => g.role === 'state-focal-point' && g.stateId === stateId);
}

// The States table changes only when reference data is synchronised at start-up: read it once per database.
const stateIdCache = new WeakMap<Db, Promise<Set<string>>>();
function stateIds(db: Db): Promise<Set<string>> {
	let ids = stateIdCache.get(db);
	if (!ids) {
		ids = db
			.select({ id: states.id })
			.from(states)
			.then((rows) => new Set(rows.map((r) => r.id)));
		stateIdCache.set(db, ids);
	}
	return ids;
}

/**
 * Registers a person for an event. The place in the room, the delegation seat and every limited
 * choice are taken under the event's row lock (admission.ts), so concurrent registrations can
 * never overbook: a full event waitlists, a full choice or quota refuses, and nothing is written.
 */
export async function register(
	ctx: Ctx,
	eventId: string,
	raw: unknown,
	options: { now?: Date; mail?: MailContext } = {}
): Promise<Outcome> {
	const now = options.now ?? new Date();
	const parsed = parseWith(RegistrationSchema, raw);
	const setup = await recentSetup(ctx.db, eventId);
	if (!setup) throw notFound();
	const { open, reason } = openState(setup.settings, setup.form, now);
	if (!open)
		throw new DomainError(
			reason === 'registration.deadlinePassed' ? 'registration.errors.deadlinePassed' : 'registration.errors.closed',
			409
		);
	const form = setup.form!;
	const input = validOrThrow(parsed);
	if (input.formVersion !== form.version) throw new DomainError('registration.errors.formChanged', 409, 'formVersion');
	const { self } = checkRegistrant(ctx.actor, input);

	const countryIds = await stateIds(ctx.db);
	const { answers, errors } = checkAnswers(form.definition, input.answers, (id) => countryIds.has(id));
	const personal: FieldErrors = {};
	for (const field of PERSONAL_FIELDS) {
		const column = PERSONAL_COLUMNS[field];
		const use = form.definition.personal[field];
		if (use === 'required' && input[column] === undefined) personal[column] = { key: 'validation.required' };
		if (use === 'hidden') delete input[column];
	}
	if (input.countryId && !countryIds.has(input.countryId)) personal.countryId = { key: 'directory.errors.stateCode' };
	if (input.stateId && !countryIds.has(input.stateId)) personal.stateId = { key: 'directory.errors.stateCode' };
	if (Object.keys(errors).length || Object.keys(personal).length) throw new ValidationError({ ...personal, ...errors });

	let organisationType = null;
	if (input.organisationId) {
		const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, input.organisationId));
		if (!org) throw new ValidationError({ organisationId: { key: 'errors.notFound' } });
		organisationType = org.type;
	}
	let membership = null;
	if (input.category === 'government' && input.stateId) {
		const rows = await ctx.db.select().from(stateMemberships).where(eq(stateMemberships.stateId, input.stateId));
		membership = membershipOn(rows, setup.event.startDate);
	}

	// Number, place, choices and delegation seat are taken under the event's lock, together with the
	// other registrations arriving meanwhile (admission.ts). A second registration with the same
	// address is refused there, and by the unique index in the end, not by a query here first.
	const registration = await admit(ctx.db, {
		actor: ctx.actor,
		now,
		limitedChoices: selectedChoices(form.definition, answers, { limitedOnly: true }),
		values: {
			eventId,
			formId: form.id,
			userId: self ? ctx.actor.userId : null,
			nominatedByUserId: self ? null : ctx.actor.userId,
			givenName: input.givenName,
			familyName: input.familyName,
			email: input.email,
			honorific: input.honorific ?? null,
			gender: input.gender ?? 'undisclosed',
			affiliation: input.affiliation ?? null,
			position: input.position ?? null,
			countryId: input.countryId ?? null,
			phone: input.phone ?? null,
			category: input.category,
			stateId: input.category === 'government' ? input.stateId! : null,
			membership,
			organisationId: input.organisationId ?? null,
			organisationType,
			mode: input.mode,
			answers,
			consentedAt: now,
			checkInToken: crypto.randomBytes(18).toString('base64url')
		}
	});
	const outcome = { registration, promoted: [] };
	if (options.mail) notify(ctx.db, [registration], 'status', options.mail);
	return outcome;
}

/** Mails the registrant of a decision and everyone a freed place promoted. */
function mailOutcome(ctx: Ctx, outcome: Outcome, mail: MailContext | undefined, decided: boolean): Outcome {
	if (!mail) return outcome;
	if (decided) notify(ctx.db, [outcome.registration], 'status', mail);
	notify(ctx.db, outcome.promoted, 'promoted', mail);
	return outcome;
}

/**
 * Locks a registration for a change. The event's settings row is locked first, in the same order
 * as registering does, so a withdrawal and a promotion of the same person cannot deadlock.
 */
async function load(tx: Tx, id: string): Promise<Registration> {
	const [peek] = await tx.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, id));
	if (!peek) throw notFound();
	await tx
		.select({ eventId: registrationSettings.eventId })
		.from(registrationSettings)
		.where(eq(registrationSettings.eventId, peek.eventId))
		.for('update');
	const [row] = await tx.select().from(registrations).where(eq(registrations.id, id)).for('update');
	return row;
}

async function move(tx: Tx, ctx: Ctx, before: Registration, to: RegistrationStatus, action: string): Promise<Outcome> {
	if (!canMove(before.status, to)) {
		const status = (s: RegistrationStatus) => messageRef(`registration.statuses.${s}`);
		throw new DomainError('registration.errors.cannotMove', 409, undefined, { from: status(before.status), to: status(to) });
	}
	const setup = await getSetup(tx, before.eventId);
	const { placeFreed } = await changeHolds(tx, before, to, setup!.settings!);
	const [registration] = await tx
		.update(registrations)
		.set({
			status: to,
			decidedAt: to === 'approved' || to === 'rejected' ? new Date() : before.decidedAt,
			version: sql`${registrations.version} + 1`,
			updatedAt: new Date()
		})
		.where(eq(registrations.id, before.id))
		.returning();
	const promoted = placeFreed ? await promoteWaitlisted(tx, before.eventId) : [];
	await audit.record(tx, ctx.actor, {
		action,
		entityType: 'registration',
		entityId: before.id,
		before: auditView(before),
		after: auditView(registration)
	});
	return { registration, promoted };
}

/**
 * Approves or rejects. The secretariat decides any registration; a state focal point its own
 * State's delegates only. Approval beyond the delegation's quota or the room's capacity is refused.
 */
export async function decide(
	ctx: Ctx,
	id: string,
	decision: 'approve' | 'reject',
	options: { version?: number; mail?: MailContext } = {}
): Promise<Outcome> {
	if (ctx.actor.kind === 'anonymous') throw new DomainError('errors.signInRequired', 401);
	const { version } = options;
	const outcome = await inTransaction(
		ctx.db,
		async (tx) => {
			const before = await load(tx, id);
			if (!hasRole(ctx.actor, 'secretariat')) {
				if (before.category !== 'government' || !canActForState(ctx.actor, before.stateId))
					throw new DomainError('registration.errors.otherState', 403);
			}
			if (version !== undefined && version !== before.version) throw staleEdit();
			if (before.erasedAt) throw new DomainError('registration.errors.erased', 409);
			return move(tx, ctx, before, decision === 'approve' ? 'approved' : 'rejected', `registration.${decision}`);
		},
		PRIVATE
	);
	return mailOutcome(ctx, outcome, options.mail, true);
}

/** Whether the actor (or the holder of the confirmation key) is the registrant or acts for them. */
export function canManageOwn(actor: Actor, registration: Registration, key?: string | null): boolean {
	if (key && crypto.timingSafeEqual(Buffer.from(sha(key)), Buffer.from(sha(registration.checkInToken)))) return true;
	if (!actor.userId) return false;
	return actor.userId === registration.userId || actor.userId === registration.nominatedByUserId;
}

const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** Who may see a registration: the registrant, whoever nominated them, their focal point, the secretariat. */
export function canView(actor: Actor, registration: Registration, key?: string | null): boolean {
	if (canManageOwn(actor, registration, key) || hasRole(actor, 'secretariat')) return true;
	if (registration.category === 'government' && canActForState(actor, registration.stateId)) return true;
	return (
		registration.category === 'partner' &&
		actor.grants.some((g) => g.role === 'partner-focal-point' && g.organisationId === registration.organisationId)
	);
}

/** The registrant (or their focal point, or the secretariat) withdraws; a freed place goes to the waiting list. */
export async function withdraw(ctx: Ctx, id: string, options: { key?: string | null; mail?: MailContext } = {}): Promise<Outcome> {
	const { key } = options;
	const outcome = await inTransaction(
		ctx.db,
		async (tx) => {
			const before = await load(tx, id);
			if (!canView(ctx.actor, before, key)) throw forbidden();
			if (before.status === 'withdrawn') throw new DomainError('registration.errors.alreadyWithdrawn', 409);
			return move(tx, ctx, before, 'withdrawn', 'registration.withdraw');
		},
		PRIVATE
	);
	return mailOutcome(ctx, outcome, options.mail, false);
}

/** Marks a participation as funded (officials from developing countries); the secretariat's call. */
export async function setSponsored(ctx: Ctx, id: string, sponsored: boolean): Promise<Registration> {
	if (!hasRole(ctx.actor, 'secretariat')) throw forbidden();
	return inTransaction(
		ctx.db,
		async (tx) => {
			const before = await load(tx, id);
			const [after] = await tx
				.update(registrations)
				.set({ sponsored, version: sql`${registrations.version} + 1`, updatedAt: new Date() })
				.where(eq(registrations.id, id))
				.returning();
			await audit.record(tx, ctx.actor, {
				action: 'registration.sponsored',
				entityType: 'registration',
				entityId: id,
				before: auditView(before),
				after: auditView(after)
			});
			return after;
		},
		PRIVATE
	);
}

/** Names the head of a State's delegation: an approved or pending delegate of that State. */
export async function setHeadOfDelegation(ctx: Ctx, eventId: string, stateId: string, registrationId: string | null): Promise<void> {
	if (!canActForState(ctx.actor, stateId)) throw new DomainError('registration.errors.otherState', 403);
	await inTransaction(
		ctx.db,
		async (tx) => {
			if (registrationId) {
				const head = await load(tx, registrationId);
				if (head.eventId !== eventId || head.stateId !== stateId || (head.status !== 'approved' && head.status !== 'pending'))
					throw new DomainError('registration.errors.headNotDelegate', 409);
			}
			const setup = await getSetup(tx, eventId);
			if (!setup?.settings) throw notFound();
			await tx
				.insert(delegations)
				.values({ eventId, stateId, quota: setup.settings.delegationQuota, headRegistrationId: registrationId })
				.onConflictDoUpdate({
					target: [delegations.eventId, delegations.stateId],
					set: { headRegistrationId: registrationId, updatedAt: new Date() }
				});
			await audit.record(tx, ctx.actor, {
				action: 'registration.head-of-delegation',
				entityType: 'event',
				entityId: eventId,
				after: { stateId, registrationId }
			});
		},
		PRIVATE
	);
}
