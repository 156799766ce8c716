/**
 * A participant's rights over their registration data: see it, download it, have it erased; and
 * the event's retention period, after which personal fields are erased for everyone. Erasure keeps
 * what statistics count (category, State, membership, organisation type, gender, mode, status,
 * attendance), so figures stay correct; names become "Participant #n".
 */
import { and, eq, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { systemActor, type Ctx } from '../core/actor';
import { forbidden, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { events } from '../dialogues/schema';
import { attendance } from '../attendance/schema';
import { registrationForms, registrations, registrationSettings } from './schema';
import { canManageOwn, canView, PRIVATE, withdraw } from './registrations';

/** The columns erasure clears. */
const ERASED = {
	givenName: null,
	familyName: null,
	email: null,
	honorific: null,
	affiliation: null,
	position: null,
	countryId: null,
	phone: null,
	answers: {},
	userId: null,
	personId: null,
	nominatedByUserId: null
} as const;

/** Everything the platform holds about one registration, as the participant downloads it. */
export async function personalData(ctx: Ctx, id: string, key?: string | null) {
	const [registration] = await ctx.db.select().from(registrations).where(eq(registrations.id, id));
	if (!registration) throw notFound();
	if (!canView(ctx.actor, registration, key)) throw forbidden();
	const [[form], [event], attended] = await Promise.all([
		ctx.db.select().from(registrationForms).where(eq(registrationForms.id, registration.formId)),
		ctx.db
			.select({ titles: events.titles, startDate: events.startDate, endDate: events.endDate })
			.from(events)
			.where(eq(events.id, registration.eventId)),
		ctx.db
			.select({ day: attendance.day, mode: attendance.mode, source: attendance.source, recordedAt: attendance.recordedAt })
			.from(attendance)
			.where(eq(attendance.registrationId, id))
	]);
	const { checkInToken: _secret, ...data } = registration;
	return {
		exportedAt: new Date().toISOString(),
		event: { id: registration.eventId, ...event },
		registration: data,
		// Each answer beside the question it answered, in the form version it answered.
		answers: form.definition.fields
			.filter((f) => f.key in registration.answers)
			.map((f) => ({ question: f.labels, type: f.type, answer: registration.answers[f.key] })),
		formVersion: form.version,
		attendance: attended
	};
}

async function eraseWhere(tx: Tx, where: SQL) {
	return tx
		.update(registrations)
		.set({ ...ERASED, erasedAt: new Date(), version: sql`${registrations.version} + 1`, updatedAt: new Date() })
		.where(and(where, isNull(registrations.erasedAt)))
		.returning({ id: registrations.id });
}

/** The registrant erases their own data: the registration is withdrawn first, then emptied. */
export async function eraseOwn(ctx: Ctx, id: string, key?: string | null): Promise<void> {
	const [registration] = await ctx.db.select().from(registrations).where(eq(registrations.id, id));
	if (!registration) throw notFound();
	if (!canManageOwn(ctx.actor, registration, key)) throw forbidden();
	if (registration.status !== 'withdrawn') await withdraw(ctx, id, { key });
	await inTransaction(
		ctx.db,
		async (tx) => {
			await eraseWhere(tx, eq(registrations.id, id));
			await audit.record(tx, ctx.actor, { action: 'registration.erase', entityType: 'registration', entityId: id });
		},
		PRIVATE
	);
}

/**
 * Erases personal fields of every event whose retention period has ended (`retentionMonths` after
 * its last day). Runs at start-up and daily; returns how many registrations were erased.
 */
export async function eraseExpired(db: Db, today = new Date()): Promise<number> {
	const due = await db
		.select({ eventId: registrationSettings.eventId })
		.from(registrationSettings)
		.innerJoin(events, eq(events.id, registrationSettings.eventId))
		.where(
			and(
				isNotNull(registrationSettings.retentionMonths),
				isNull(registrationSettings.personalDataErasedAt),
				lt(
					sql`${events.endDate} + make_interval(months => ${registrationSettings.retentionMonths})`,
					sql`${today.toISOString().slice(0, 10)}::date`
				)
			)
		);
	let erased = 0;
	for (const { eventId } of due) {
		await inTransaction(
			db,
			async (tx) => {
				const rows = await eraseWhere(tx, eq(registrations.eventId, eventId));
				await tx.update(registrationSettings).set({ personalDataErasedAt: new Date() }).where(eq(registrationSettings.eventId, eventId));
				await audit.record(tx, systemActor('retention'), {
					action: 'registration.retention-erase',
					entityType: 'event',
					entityId: eventId,
					after: { registrations: rows.length }
				});
				erased += rows.length;
			},
			PRIVATE
		);
	}
	return erased;
}
