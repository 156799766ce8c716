/**
 * Importing registrants: each row creates a registration of the event or updates the one with the
 * same e-mail address (case-insensitive, withdrawn ones aside), linked to the person of the
 * directory with that address when there is one. Rows are checked and written a batch at a time
 * in one transaction (multi-row INSERTs), under the event's registration_settings row lock like
 * every registration (admission.ts); the counters (places taken, last number, delegation seats)
 * are then set from the rows themselves, so they agree with them whatever the file held, and the
 * database's CHECKs still refuse an overbooked room or quota.
 */
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { membershipOn } from '$lib/domain/validity';
import { checkRegistrant, type Lookups, type RegistrantValues } from '$lib/participation/rows';
import type { MembershipStatus } from '$lib/directory/types';
import type { Ctx } from '../core/actor';
import { notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import type { Db, Tx } from '../db/client';
import { insertMany } from '../db/bulk';
import * as audit from '../audit';
import { organisations, people } from '../directory/schema';
import { stateMemberships, states } from '../reference/schema';
import { attendance } from '../attendance/schema';
import { delegations, registrationForms, registrations, registrationSettings } from '../registration/schema';
import { DEFAULT_FORM } from '../registration/settings';
import { events } from '../dialogues/schema';
import { allOrNothing, openFile, Tally, type ImportOptions, type Row } from './pipeline';
import type { ImportReportSummary } from './schema';

type Registration = typeof registrations.$inferSelect;
type NewRegistration = typeof registrations.$inferInsert;

export interface ReferenceData extends Lookups {
	membership(stateId: string, date: string): MembershipStatus;
	organisation(name: string): { id: string; type: NonNullable<Registration['organisationType']> } | null;
}

/** States (by code and by every name) and organisations (by name and acronym), read once per import. */
export async function referenceData(db: Db | Tx): Promise<ReferenceData> {
	const [stateRows, membershipRows, orgRows] = await Promise.all([
		db.select({ id: states.id, names: states.names }).from(states),
		db.select().from(stateMemberships),
		db
			.select({ id: organisations.id, name: organisations.name, acronym: organisations.acronym, type: organisations.type })
			.from(organisations)
			.where(isNull(organisations.mergedIntoId))
	]);
	const stateIndex = new Map<string, string>();
	for (const s of stateRows) {
		stateIndex.set(s.id.toLowerCase(), s.id);
		for (const name of Object.values(s.names ?? {})) if (name) stateIndex.set(String(name).toLowerCase(), s.id);
	}
	const byState = new Map<string, typeof membershipRows>();
	for (const m of membershipRows) byState.set(m.stateId, [...(byState.get(m.stateId) ?? []), m]);
	const orgIndex = new Map<string, { id: string; type: NonNullable<Registration['organisationType']> }>();
	for (const o of orgRows) {
		if (o.acronym) orgIndex.set(o.acronym.toLowerCase(), { id: o.id, type: o.type });
		orgIndex.set(o.name.toLowerCase(), { id: o.id, type: o.type });
	}
	return {
		state: (value) => stateIndex.get(value.trim().toLowerCase()) ?? null,
		membership: (stateId, date) => membershipOn(byState.get(stateId) ?? [], date),
		organisation: (name) => orgIndex.get(name.trim().toLowerCase()) ?? null
	};
}

/** The settings row, locked (created closed with the default form when the event has none yet), and the current form. */
async function lockSettings(tx: Tx, eventId: string) {
	await tx
		.insert(registrationSettings)
		.values({ eventId, open: false, privacyNotices: { en: '' } })
		.onConflictDoNothing();
	const [settings] = await tx.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId)).for('update');
	// Numbers go on from the highest one given, even if a registration was written past the counter.
	const [{ highest }] = await tx
		.select({ highest: sql<number>`coalesce(max(${registrations.number}), 0)::int` })
		.from(registrations)
		.where(eq(registrations.eventId, eventId));
	settings.lastNumber = Math.max(settings.lastNumber, highest);
	let [form] = await tx
		.select({ id: registrationForms.id })
		.from(registrationForms)
		.where(eq(registrationForms.eventId, eventId))
		.orderBy(sql`${registrationForms.version} desc`)
		.limit(1);
	if (!form) [form] = await tx.insert(registrationForms).values({ eventId, version: 1, definition: DEFAULT_FORM }).returning();
	return { settings, formId: form.id };
}

/** The fields of a registration a row sets (only the columns it has a value in). */
function fieldsOf(v: RegistrantValues, ref: ReferenceData, eventStart: string): Partial<NewRegistration> {
	const out: Partial<NewRegistration> = {};
	if (v.givenName !== undefined) out.givenName = v.givenName;
	if (v.familyName !== undefined) out.familyName = v.familyName;
	if (v.honorific !== undefined) out.honorific = v.honorific;
	if (v.gender !== undefined) out.gender = v.gender;
	if (v.position !== undefined) out.position = v.position;
	if (v.category !== undefined) out.category = v.category;
	if (v.stateId !== undefined) {
		out.stateId = v.stateId;
		out.membership = ref.membership(v.stateId, eventStart);
	}
	if (v.organisation !== undefined) {
		const org = ref.organisation(v.organisation);
		if (org) {
			out.organisationId = org.id;
			out.organisationType = org.type;
		} else if (v.affiliation === undefined) out.affiliation = v.organisation;
	}
	if (v.organisationType !== undefined) out.organisationType = v.organisationType;
	if (v.affiliation !== undefined) out.affiliation = v.affiliation;
	if (v.countryId !== undefined) out.countryId = v.countryId;
	if (v.phone !== undefined) out.phone = v.phone;
	if (v.mode !== undefined) out.mode = v.mode;
	if (v.status !== undefined) out.status = v.status;
	if (v.sponsored !== undefined) out.sponsored = v.sponsored;
	return out;
}

function changes(existing: Registration, fields: Partial<NewRegistration>): Partial<NewRegistration> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(fields)) if ((existing as Record<string, unknown>)[k] !== v) out[k] = v;
	return out as Partial<NewRegistration>;
}

export interface RegistrantImportReport extends ImportReportSummary {
	/** Registrations linked to a person of the directory by their e-mail address. */
	linkedToPeople: number;
	/** In-room attendance records made from Indico's check-in columns. */
	checkIns: number;
}

/**
 * Imports registrants from a CSV or XLSX stream. `dryRun` reports what would be created, updated
 * or rejected and writes nothing; otherwise all rows are written or, if any is rejected, none.
 */
export async function importRegistrants(
	ctx: Ctx,
	eventId: string,
	input: Readable,
	options: ImportOptions
): Promise<RegistrantImportReport> {
	requireRoleIn(ctx.actor, 'secretariat');
	const [event] = await ctx.db.select({ id: events.id, startDate: events.startDate }).from(events).where(eq(events.id, eventId));
	if (!event) throw notFound();
	const ref = await referenceData(ctx.db);
	const file = await openFile(input, 'registrants', options.mapping);
	let linkedToPeople = 0;
	let checkIns = 0;
	const report = await allOrNothing(ctx.db, options.dryRun, async (tx) => {
		const tally = new Tally();
		const { settings, formId } = await lockSettings(tx, eventId);
		let lastNumber = settings.lastNumber;
		/** First line of each address in the file: a second row with it is a duplicate. */
		const seen = new Map<string, number>();
		const now = new Date();

		for await (const batch of file.rows) {
			tally.rows += batch.length;
			const good: { line: number; values: RegistrantValues }[] = [];
			for (const row of batch) {
				const checked = checkRegistrant(row.cells, ref);
				if (!checked.ok) {
					tally.reject(row.line, checked.errors);
					continue;
				}
				const first = seen.get(checked.values.email);
				if (first !== undefined) {
					tally.reject(row.line, [{ column: 'email', key: 'participation.errors.duplicateRow', params: { row: first } }]);
					continue;
				}
				seen.set(checked.values.email, row.line);
				good.push({ line: row.line, values: checked.values });
			}
			const emails = good.map((g) => g.values.email);
			const [existingRows, personRows] = emails.length
				? await Promise.all([
						tx
							.select()
							.from(registrations)
							.where(
								and(
									eq(registrations.eventId, eventId),
									ne(registrations.status, 'withdrawn'),
									inArray(sql`lower(${registrations.email})`, emails)
								)
							),
						tx
							.select({ id: people.id, email: sql<string>`lower(${people.email})` })
							.from(people)
							.where(and(isNull(people.mergedIntoId), inArray(sql`lower(${people.email})`, emails)))
					])
				: [[], []];
			const existing = new Map(existingRows.map((r) => [r.email!.toLowerCase(), r]));
			const personOf = new Map(personRows.map((p) => [p.email, p.id]));

			const inserts: NewRegistration[] = [];
			const updates: { id: string; set: Partial<NewRegistration> }[] = [];
			const checkInsOf: { email: string; day: string }[] = [];
			for (const { line, values } of good) {
				const fields = fieldsOf(values, ref, event.startDate);
				const personId = personOf.get(values.email);
				const found = existing.get(values.email);
				if (values.checkedIn) checkInsOf.push({ email: values.email, day: values.checkedInOn ?? event.startDate });
				if (found) {
					const set = changes(found, { ...fields, ...(personId && !found.personId ? { personId } : {}) });
					const category = set.category ?? found.category;
					const stateId = set.stateId !== undefined ? set.stateId : found.stateId;
					if (category === 'government' && !stateId) {
						tally.reject(line, [{ column: 'delegation', key: 'participation.errors.governmentWithoutState' }]);
						continue;
					}
					if (category !== 'government' && set.category && found.stateId) set.stateId = null;
					if (Object.keys(set).length) {
						if (set.status && set.status !== found.status) set.decidedAt = now;
						updates.push({ id: found.id, set });
						tally.updated++;
					} else tally.unchanged++;
					continue;
				}
				if (values.givenName === undefined || values.familyName === undefined) {
					tally.reject(line, [
						{ column: values.givenName === undefined ? 'first_name' : 'last_name', key: 'participation.errors.nameMissing' }
					]);
					continue;
				}
				const registeredAt = values.registeredAt ?? now;
				const status = fields.status ?? 'approved';
				if (personId) linkedToPeople++;
				inserts.push({
					...fields,
					eventId,
					number: ++lastNumber,
					formId,
					personId: personId ?? null,
					email: values.email,
					category: fields.category ?? 'other',
					mode: fields.mode ?? 'in-room',
					status,
					consentedAt: registeredAt,
					createdAt: registeredAt,
					decidedAt: status === 'approved' || status === 'rejected' ? registeredAt : null,
					waitlistedAt: status === 'waitlisted' ? registeredAt : null,
					checkInToken: crypto.randomBytes(16).toString('base64url')
				});
				tally.created++;
			}
			// Once a row is rejected nothing will be kept: the rest is only checked and counted.
			if (tally.rejected === 0) {
				await insertMany(tx, registrations, inserts);
				for (const u of updates)
					await tx
						.update(registrations)
						.set({ ...u.set, updatedAt: now, version: sql`${registrations.version} + 1` })
						.where(eq(registrations.id, u.id));
				if (checkInsOf.length) checkIns += await recordCheckIns(tx, eventId, checkInsOf, ctx.actor.label);
			}
			options.onProgress?.(tally.rows);
		}
		const summary = tally.summary(options.dryRun);
		if (tally.rejected === 0) {
			const problem = await recount(tx, eventId, settings, lastNumber);
			if (problem) summary.fileError = problem;
		}
		if (!options.dryRun && !summary.rejected && !summary.fileError)
			await audit.record(tx, ctx.actor, {
				action: 'participation.import-registrants',
				entityType: 'event',
				entityId: eventId,
				after: { rows: summary.rows, created: summary.created, updated: summary.updated, unchanged: summary.unchanged }
			});
		return summary;
	});
	return { ...report, linkedToPeople: report.rejected || report.fileError ? 0 : linkedToPeople, checkIns: report.rejected ? 0 : checkIns };
}

/** An in-room attendance record on the check-in day of each checked-in row (Indico's `Checked in`). */
async function recordCheckIns(tx: Tx, eventId: string, rows: { email: string; day: string }[], by: string): Promise<number> {
	const ids = await tx
		.select({ id: registrations.id, email: sql<string>`lower(${registrations.email})` })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, eventId),
				ne(registrations.status, 'withdrawn'),
				inArray(
					sql`lower(${registrations.email})`,
					rows.map((r) => r.email)
				)
			)
		);
	const idOf = new Map(ids.map((r) => [r.email, r.id]));
	const inserted = await tx
		.insert(attendance)
		.values(
			rows.map((r) => ({
				eventId,
				registrationId: idOf.get(r.email)!,
				day: r.day,
				mode: 'in-room' as const,
				source: 'manual' as const,
				recordedBy: by
			}))
		)
		.onConflictDoNothing()
		.returning({ id: attendance.id });
	return inserted.length;
}

/**
 * Sets the event's counters from its registrations: places in the room, the last number, the
 * delegations' seats. A room or a quota the rows overbook is a problem of the file, not a 500.
 */
async function recount(
	tx: Tx,
	eventId: string,
	settings: { capacity: number | null; delegationQuota: number | null },
	lastNumber: number
): Promise<ImportReportSummary['fileError']> {
	const holdsPlace = sql`${registrations.status} in ('pending', 'approved') and ${registrations.mode} <> 'online'`;
	const [{ places }] = await tx
		.select({ places: sql<number>`count(*)::int` })
		.from(registrations)
		.where(and(eq(registrations.eventId, eventId), holdsPlace));
	if (settings.capacity !== null && places > settings.capacity)
		return { key: 'participation.errors.overCapacity', params: { capacity: settings.capacity, places } };
	await tx.update(registrationSettings).set({ placesTaken: places, lastNumber }).where(eq(registrationSettings.eventId, eventId));

	const seats = await tx
		.select({ stateId: registrations.stateId, seats: sql<number>`count(*)::int` })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, eventId),
				eq(registrations.category, 'government'),
				eq(registrations.status, 'approved'),
				ne(registrations.mode, 'online'),
				sql`${registrations.stateId} is not null`
			)
		)
		.groupBy(registrations.stateId);
	if (seats.length)
		await tx
			.insert(delegations)
			.values(seats.map((s) => ({ eventId, stateId: s.stateId!, quota: settings.delegationQuota })))
			.onConflictDoNothing();
	const quotas = await tx.select().from(delegations).where(eq(delegations.eventId, eventId)).for('update');
	const seatsOf = new Map(seats.map((s) => [s.stateId!, s.seats]));
	for (const d of quotas) {
		const taken = seatsOf.get(d.stateId) ?? 0;
		if (d.quota !== null && taken > d.quota)
			return { key: 'participation.errors.overQuota', params: { state: d.stateId, quota: d.quota, seats: taken } };
		if (taken !== d.seatsTaken)
			await tx
				.update(delegations)
				.set({ seatsTaken: taken, updatedAt: new Date() })
				.where(and(eq(delegations.eventId, eventId), eq(delegations.stateId, d.stateId)));
	}
	return undefined;
}

export type { Row };
