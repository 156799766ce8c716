/** Reading registrations: the secretariat's list, a delegation, a participant's own, one with its form. */
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { RegistrationCategory, RegistrationStatus } from '$lib/registration/types';
import type { Ctx } from '../core/actor';
import { requireRoleIn, requireSignedIn } from '../core/guards';
import { DomainError, forbidden, notFound } from '../core/errors';
import type { Db } from '../db/client';
import { likePattern } from '../db/like';
import { users } from '../auth/schema';
import { events } from '../dialogues/schema';
import { delegations, registrationForms, registrations, registrationSettings } from './schema';
import { canActForState, canView } from './registrations';

export interface RegistrationFilter {
	status?: RegistrationStatus;
	category?: RegistrationCategory;
	stateId?: string;
	q?: string;
	page?: number;
	pageSize?: number;
}

/** The secretariat's list of an event's registrations, filtered and paged. */
export async function listForEvent(ctx: Ctx, eventId: string, filter: RegistrationFilter = {}) {
	requireRoleIn(ctx.actor, 'secretariat');
	const pageSize = filter.pageSize ?? 50;
	const page = Math.max(1, filter.page ?? 1);
	const conditions: SQL[] = [eq(registrations.eventId, eventId)];
	if (filter.status) conditions.push(eq(registrations.status, filter.status));
	if (filter.category) conditions.push(eq(registrations.category, filter.category));
	if (filter.stateId) conditions.push(eq(registrations.stateId, filter.stateId));
	if (filter.q) {
		const like = likePattern(filter.q);
		conditions.push(or(ilike(registrations.givenName, like), ilike(registrations.familyName, like), ilike(registrations.email, like))!);
	}
	const where = and(...conditions);
	const [rows, [{ total }]] = await Promise.all([
		ctx.db
			.select()
			.from(registrations)
			.where(where)
			.orderBy(asc(registrations.number))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		ctx.db.select({ total: count() }).from(registrations).where(where)
	]);
	return { rows, total, page, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Counts by status, the places taken and the waiting list: the event's registration at a glance. */
export async function summary(db: Db, eventId: string) {
	const [byStatus, [settings]] = await Promise.all([
		db
			.select({ status: registrations.status, n: count() })
			.from(registrations)
			.where(eq(registrations.eventId, eventId))
			.groupBy(registrations.status),
		db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId))
	]);
	const counts = Object.fromEntries(byStatus.map((r) => [r.status, r.n])) as Partial<Record<RegistrationStatus, number>>;
	return { counts, placesTaken: settings?.placesTaken ?? 0, capacity: settings?.capacity ?? null };
}

/** A State's delegation to an event, for its focal point: the delegates, the quota used, the head. */
export async function delegation(ctx: Ctx, eventId: string, stateId: string) {
	if (ctx.actor.kind === 'anonymous') throw new DomainError('errors.signInRequired', 401);
	if (!canActForState(ctx.actor, stateId)) throw new DomainError('registration.errors.otherState', 403);
	const [members, [row], [settings]] = await Promise.all([
		ctx.db
			.select()
			.from(registrations)
			.where(and(eq(registrations.eventId, eventId), eq(registrations.stateId, stateId), eq(registrations.category, 'government')))
			.orderBy(asc(registrations.number)),
		ctx.db
			.select()
			.from(delegations)
			.where(and(eq(delegations.eventId, eventId), eq(delegations.stateId, stateId))),
		ctx.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId))
	]);
	return {
		members,
		quota: settings?.delegationQuota ?? null,
		seatsTaken: row?.seatsTaken ?? 0,
		headRegistrationId: row?.headRegistrationId ?? null,
		requiresApproval: settings?.requiresFocalPointApproval ?? false
	};
}

/** The signed-in user's registrations (their own and those they entered for others), newest event first. */
export async function listMine(ctx: Ctx) {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	return ctx.db
		.select({
			registration: registrations,
			event: { id: events.id, titles: events.titles, startDate: events.startDate, endDate: events.endDate }
		})
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.where(or(eq(registrations.userId, userId), eq(registrations.nominatedByUserId, userId)))
		.orderBy(desc(events.startDate), asc(registrations.number));
}

/** The events a user is registered and approved for (their agenda). */
export async function approvedEventIds(db: Db, userId: string): Promise<string[]> {
	const rows = await db
		.selectDistinct({ eventId: registrations.eventId })
		.from(registrations)
		.where(and(eq(registrations.userId, userId), eq(registrations.status, 'approved')));
	return rows.map((r) => r.eventId);
}

/** One registration with the form version it answered, if the actor (or the key's holder) may see it. */
export async function getViewable(ctx: Ctx, id: string, key?: string | null) {
	const [row] = await ctx.db
		.select({ registration: registrations, definition: registrationForms.definition, formVersion: registrationForms.version })
		.from(registrations)
		.innerJoin(registrationForms, eq(registrationForms.id, registrations.formId))
		.where(eq(registrations.id, id));
	if (!row) throw notFound();
	if (!canView(ctx.actor, row.registration, key))
		throw ctx.actor.kind === 'anonymous' ? new DomainError('errors.signInRequired', 401) : forbidden();
	return row;
}

/** The place in the waiting list (1 = next to be promoted). */
export async function waitlistPosition(db: Db, registration: { eventId: string; waitlistedAt: Date | null; number: number }) {
	if (!registration.waitlistedAt) return null;
	const [row] = await db
		.select({ ahead: count() })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, registration.eventId),
				eq(registrations.status, 'waitlisted'),
				sql`(${registrations.waitlistedAt}, ${registrations.number}) < (${registration.waitlistedAt.toISOString()}::timestamptz, ${registration.number})`
			)
		);
	return row.ahead + 1;
}

/**
 * The accounts an event's survey may ask: its approved registrants with an account (not disabled),
 * or only those who attended (in the room or online), with the language each reads. For survey
 * audiences, invitations and reminders.
 */
export async function audienceUsers(db: Db, eventId: string, attendedOnly: boolean, userId?: string) {
	return db
		.selectDistinct({ userId: sql<string>`${registrations.userId}`, email: registrations.email, locale: users.locale })
		.from(registrations)
		.innerJoin(users, eq(users.id, registrations.userId))
		.where(
			and(
				eq(registrations.eventId, eventId),
				eq(registrations.status, 'approved'),
				eq(users.disabled, false),
				userId ? eq(registrations.userId, userId) : undefined,
				attendedOnly ? or(eq(registrations.attendedInRoom, true), eq(registrations.attendedOnline, true)) : undefined
			)
		);
}
