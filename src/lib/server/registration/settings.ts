/** How an event takes registrations: its settings and the versions of its form. */
import { and, eq, sql } from 'drizzle-orm';
import { FormDefinitionSchema, SettingsSchema } from '$lib/registration/schemas';
import type { FormDefinition } from '$lib/registration/types';
import { parseWith } from '$lib/validation';
import type { Ctx } from '../core/actor';
import { requireRoleIn } from '../core/guards';
import { DomainError, notFound, staleEdit, ValidationError, validOrThrow } from '../core/errors';
import { isCheckViolation } from '../core/db-errors';
import { inTransaction, onCommittedWrite } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { events } from '../dialogues/schema';
import { delegations, registrationChoiceCounts, registrationForms, registrationSettings } from './schema';
import { promoteWaitlisted } from './places';
import { notify, type MailContext, type Notice } from './mails';

export type Settings = typeof registrationSettings.$inferSelect;
export type Form = typeof registrationForms.$inferSelect;

/** A form with every personal field optional and no questions: what a new event starts with. */
export const DEFAULT_FORM: FormDefinition = {
	personal: {
		honorific: 'optional',
		gender: 'optional',
		affiliation: 'required',
		position: 'optional',
		country: 'optional',
		phone: 'optional'
	},
	fields: []
};

/**
 * The event, its settings (null before the secretariat sets them) and its current form, in one
 * query: every registration reads this first.
 */
export async function getSetup(db: Db | Tx, eventId: string) {
	const [row] = await db
		.select({ event: events, settings: registrationSettings, form: registrationForms })
		.from(events)
		.leftJoin(registrationSettings, eq(registrationSettings.eventId, events.id))
		.leftJoin(
			registrationForms,
			and(
				eq(registrationForms.eventId, events.id),
				eq(registrationForms.version, sql`(select max(f.version) from ${registrationForms} f where f.event_id = ${events.id})`)
			)
		)
		.where(eq(events.id, eventId));
	return row ? { event: row.event, settings: row.settings, form: row.form } : null;
}

type Setup = NonNullable<Awaited<ReturnType<typeof getSetup>>>;

/**
 * The setup as registering reads it, kept for two seconds: in a burst every registration of an
 * event would otherwise read the same rows. Any public write in this process (the settings, a new
 * form version, the event) forgets it at once; the two seconds bound how long another server
 * process's change can go unseen. What must be exact is checked again under the event's lock when
 * the registration is admitted: whether registration is open, its deadline, the capacity.
 */
export function recentSetup(db: Db, eventId: string): Promise<Setup | null> {
	let forDb = setupCache.get(db);
	if (!forDb) setupCache.set(db, (forDb = new Map()));
	const cached = forDb.get(eventId);
	if (cached && performance.now() - cached.at < SETUP_TTL_MS) return cached.setup;
	if (forDb.size >= SETUP_MAX_ENTRIES) forDb.clear(); // requests for many unknown events must not grow it
	const setup = getSetup(db, eventId);
	forDb.set(eventId, { at: performance.now(), setup });
	setup.catch(() => forDb.delete(eventId));
	return setup;
}

const SETUP_TTL_MS = 2000;
const SETUP_MAX_ENTRIES = 1000;
let setupCache = new WeakMap<Db, Map<string, { at: number; setup: Promise<Setup | null> }>>();
onCommittedWrite(() => (setupCache = new WeakMap()));

/** Whether registration is open now, and if not why (a message key). */
export function openState(settings: Settings | null, form: Form | null, now = new Date()) {
	if (!settings || !form || !settings.open) return { open: false, reason: 'registration.closed' as const };
	if (settings.closesAt && now > settings.closesAt) return { open: false, reason: 'registration.deadlinePassed' as const };
	return { open: true, reason: null };
}

/**
 * Sets how an event takes registrations. Lowering the capacity below the places already taken, or
 * the delegation quota below seats already given, is refused by the database's CHECKs; raising
 * the capacity promotes from the waiting list. Returns the promoted registrations.
 */
export async function configure(ctx: Ctx, eventId: string, raw: unknown, options: { mail?: MailContext } = {}) {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(SettingsSchema, raw));
	const values = {
		open: input.open,
		// A deadline without an offset is UTC (the manage page converts the venue's local time first).
		closesAt: input.closesAt ? new Date(/(Z|[+-]\d\d:?\d\d)$/.test(input.closesAt) ? input.closesAt : `${input.closesAt}Z`) : null,
		capacity: input.capacity ?? null,
		requiresFocalPointApproval: input.requiresFocalPointApproval,
		delegationQuota: input.delegationQuota ?? null,
		retentionMonths: input.retentionMonths ?? null,
		privacyNotices: input.privacyNotices
	};
	let result: { promoted: Notice[] };
	try {
		result = await inTransaction(ctx.db, async (tx) => {
			const setup = await getSetup(tx, eventId);
			if (!setup) throw notFound();
			const before = setup.settings;
			if (before && input.version !== undefined && before.version !== input.version) throw staleEdit();
			if (before) {
				await tx
					.update(registrationSettings)
					.set({ ...values, version: sql`${registrationSettings.version} + 1`, updatedAt: new Date() })
					.where(eq(registrationSettings.eventId, eventId));
			} else {
				await tx.insert(registrationSettings).values({ eventId, ...values });
			}
			await tx.update(delegations).set({ quota: values.delegationQuota }).where(eq(delegations.eventId, eventId));
			if (!setup.form) await tx.insert(registrationForms).values({ eventId, version: 1, definition: DEFAULT_FORM });
			const promoted = await promoteWaitlisted(tx, eventId);
			await audit.record(tx, ctx.actor, {
				action: 'registration.configure',
				entityType: 'event',
				entityId: eventId,
				before,
				after: values
			});
			return { promoted };
		});
	} catch (error) {
		if (isCheckViolation(error, 'registration_places_within_capacity'))
			throw new ValidationError({ capacity: { key: 'registration.errors.capacityBelowTaken' } });
		if (isCheckViolation(error, 'delegation_seats_within_quota'))
			throw new ValidationError({ delegationQuota: { key: 'registration.errors.quotaBelowTaken' } });
		throw error;
	}
	if (options.mail) notify(ctx.db, result.promoted, 'promoted', options.mail);
	return result;
}

/**
 * Publishes a new version of the form. Earlier versions stay as they were, so answers keep the
 * meaning of the questions they answered; a choice keeps its count of places across versions by
 * its key. A capacity below the places a choice already gave is refused.
 */
export async function publishForm(ctx: Ctx, eventId: string, raw: unknown, basedOnVersion?: number): Promise<Form> {
	requireRoleIn(ctx.actor, 'secretariat');
	const definition: FormDefinition = validOrThrow(parseWith(FormDefinitionSchema, raw));
	try {
		return await inTransaction(ctx.db, async (tx) => {
			// The settings row first, as every change of the event's registrations does: the choice
			// counters below are locked after it, so this cannot deadlock with registrations.
			await tx
				.select({ eventId: registrationSettings.eventId })
				.from(registrationSettings)
				.where(eq(registrationSettings.eventId, eventId))
				.for('update');
			const setup = await getSetup(tx, eventId);
			if (!setup) throw notFound();
			const version = (setup.form?.version ?? 0) + 1;
			if (basedOnVersion !== undefined && setup.form && setup.form.version !== basedOnVersion) throw staleEdit();
			for (const field of definition.fields) {
				// Only limited choices have a counter; an unlimited one needs no lock.
				for (const choice of field.choices.filter((c) => c.capacity !== null)) {
					await tx
						.insert(registrationChoiceCounts)
						.values({ eventId, fieldKey: field.key, choiceKey: choice.key, capacity: choice.capacity })
						.onConflictDoUpdate({
							target: [registrationChoiceCounts.eventId, registrationChoiceCounts.fieldKey, registrationChoiceCounts.choiceKey],
							set: { capacity: choice.capacity }
						});
				}
			}
			const [form] = await tx.insert(registrationForms).values({ eventId, version, definition }).returning();
			await audit.record(tx, ctx.actor, {
				action: 'registration.publish-form',
				entityType: 'event',
				entityId: eventId,
				before: setup.form?.definition ?? null,
				after: { version, definition }
			});
			return form;
		});
	} catch (error) {
		if (isCheckViolation(error, 'registration_choice_within_capacity'))
			throw new DomainError('registration.errors.choiceCapacityBelowTaken', 409);
		throw error;
	}
}

/** Places taken per limited choice, for the secretariat's overview. */
export async function choiceCounts(db: Db, eventId: string) {
	return db.select().from(registrationChoiceCounts).where(eq(registrationChoiceCounts.eventId, eventId));
}
