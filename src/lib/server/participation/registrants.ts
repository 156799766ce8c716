/**
 * Importing registrants: each row creates a registration of the event or updates the one with the
 * same e-mail address (case-insensitive, withdrawn ones aside), linked to the person of the
 * directory with that address when there is one. Rows are checked and written a batch at a time
 * in one transaction (one statement per batch for the new registrations and one for the changed
 * ones, an array per column: db/bulk.ts), under the event's registration_settings row lock like
 * every registration (admission.ts). A change of status goes through the registration
 * capability's changeHolds, as a decision or a withdrawal does (limited choices included); the
 * counters of the room and the delegations (places taken, last number, delegation seats) are then
 * set from the rows themselves, so they agree with them whatever the file held, and the
 * database's CHECKs still refuse an overbooked room or quota.
 *
 * Where the time of 100,000 rows went and what changed: scripts/bench/README.md, "Import of
 * registrants".
 */
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, eq, isNotNull, isNull, ne, sql, type Column } from 'drizzle-orm';
import { membershipOn } from '$lib/domain/validity';
import { checkRegistrant, type Lookups, type RegistrantValues } from '$lib/participation/rows';
import type { MembershipStatus } from '$lib/directory/types';
import type { Ctx } from '../core/actor';
import type { MessageKey } from '$lib/i18n';
import { DomainError, notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import type { Db, Tx } from '../db/client';
import { insertColumns, updateColumns } from '../db/bulk';
import * as audit from '../audit';
import { organisations, people } from '../directory/schema';
import { stateMemberships, states } from '../reference/schema';
import { attendance } from '../attendance/schema';
import { delegations, registrationForms, registrations, registrationSettings } from '../registration/schema';
import { DEFAULT_FORM } from '../registration/settings';
import { changeHolds } from '../registration';
import { events } from '../dialogues/schema';
import { allOrNothing, openFile, Tally, type ImportOptions, type Row } from './pipeline';
import type { ImportReportSummary } from './schema';
import { queriesOn } from '../core/transaction';

type Registration = typeof registrations.$inferSelect;

export interface ReferenceData extends Lookups {
	membership(stateId: string, date: string): MembershipStatus;
	organisation(name: string): { id: string; type: NonNullable<Registration['organisationType']> } | null;
}

/** States (by code and by every name) and organisations (by name and acronym), read once per import. */
export async function referenceData(db: Db | Tx): Promise<ReferenceData> {
	const [stateRows, membershipRows, orgRows] = await queriesOn(db, [
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

/** The columns of a registration a row of the file can set, besides its e-mail address. */
type Fields = Partial<
	Pick<
		Registration,
		| 'givenName'
		| 'familyName'
		| 'honorific'
		| 'gender'
		| 'position'
		| 'category'
		| 'stateId'
		| 'membership'
		| 'organisationId'
		| 'organisationType'
		| 'affiliation'
		| 'countryId'
		| 'phone'
		| 'mode'
		| 'status'
		| 'sponsored'
		| 'personId'
		| 'decidedAt'
		| 'waitlistedAt'
	>
>;

/** What an update writes: every column a row can set (the registration as it will be). */
const UPDATED = [
	'givenName',
	'familyName',
	'honorific',
	'gender',
	'position',
	'category',
	'stateId',
	'membership',
	'organisationId',
	'organisationType',
	'affiliation',
	'countryId',
	'phone',
	'mode',
	'status',
	'sponsored',
	'personId',
	'decidedAt',
	'waitlistedAt'
] as const satisfies readonly (keyof Fields)[];

/** The fields of a registration a row sets (only the columns it has a value in). */
function fieldsOf(v: RegistrantValues, ref: ReferenceData, membership: (stateId: string) => Registration['membership']): Fields {
	const out: Fields = {};
	if (v.givenName !== undefined) out.givenName = v.givenName;
	if (v.familyName !== undefined) out.familyName = v.familyName;
	if (v.honorific !== undefined) out.honorific = v.honorific;
	if (v.gender !== undefined) out.gender = v.gender;
	if (v.position !== undefined) out.position = v.position;
	if (v.category !== undefined) out.category = v.category;
	if (v.stateId !== undefined) {
		out.stateId = v.stateId;
		out.membership = membership(v.stateId);
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

function changes(existing: Registration, fields: Fields): Fields {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(fields)) if ((existing as Record<string, unknown>)[k] !== v) out[k] = v;
	return out as Fields;
}

type Maybe<T> = T | null | undefined;

/** The registrations a batch creates, one array per column (bulk.ts writes them in one statement). */
function newRegistrations() {
	return {
		id: [] as string[],
		number: [] as number[],
		personId: [] as (string | null)[],
		email: [] as string[],
		givenName: [] as Maybe<string>[],
		familyName: [] as Maybe<string>[],
		honorific: [] as Maybe<string>[],
		gender: [] as Maybe<Registration['gender']>[],
		position: [] as Maybe<string>[],
		category: [] as Registration['category'][],
		stateId: [] as Maybe<string>[],
		membership: [] as Maybe<Registration['membership']>[],
		organisationId: [] as Maybe<string>[],
		organisationType: [] as Maybe<Registration['organisationType']>[],
		affiliation: [] as Maybe<string>[],
		countryId: [] as Maybe<string>[],
		phone: [] as Maybe<string>[],
		mode: [] as Registration['mode'][],
		status: [] as Registration['status'][],
		sponsored: [] as Maybe<boolean>[],
		consentedAt: [] as Date[],
		createdAt: [] as Date[],
		decidedAt: [] as (Date | null)[],
		waitlistedAt: [] as (Date | null)[],
		checkInToken: [] as string[]
	};
}

export interface RegistrantImportReport extends ImportReportSummary {
	/** Registrations linked to a person of the directory by their e-mail address. */
	linkedToPeople: number;
	/** In-room attendance records made from Indico's check-in columns. */
	checkIns: number;
}

/**
 * The addresses of the import, in a temporary table of its transaction (dropped at its end) whose
 * primary key is the address: first the event's live registrations before the import (with their
 * id), then each row's address as the rows come (with its line). So the duplicate check and the
 * lookup of the registration a row updates take one statement per batch, and the server holds no
 * set of the file's addresses (it grew with the rows: 8 MB per 100,000, and V8 let the heap grow
 * four times that between its collections).
 *
 * Looking the batch's addresses up in the registrations table itself went wrong as the import grew
 * it: PostgreSQL's statistics know neither the rows the transaction adds nor `lower(email)` (an
 * expression of a partial index), so it planned each batch's lookup as a walk through every
 * registration of the event, the import's own included, and the import slowed down quadratically
 * (8 to 18 s of 100,000 rows). A row can only match a registration that was there before.
 */
async function rememberExisting(tx: Tx, eventId: string): Promise<void> {
	await tx.execute(sql`create temporary table import_addresses (email text primary key, id uuid, line integer) on commit drop`);
	await tx.execute(
		sql`insert into import_addresses (email, id) select lower(${registrations.email}), ${registrations.id} from ${registrations} where ${and(
			eq(registrations.eventId, eventId),
			ne(registrations.status, 'withdrawn'),
			isNotNull(registrations.email)
		)}`
	);
}

/**
 * Claims the batch's addresses (distinct within the batch) for their lines. Returns, for each
 * address, the registration it updates (one there before the import, claimed by no earlier row),
 * or the line of the earlier row that claimed it (a duplicate); a new address has neither.
 */
async function claim(tx: Tx, emails: string[], lines: number[]) {
	const claimed = (await tx.execute(
		sql`insert into import_addresses as a (email, line) select * from unnest(${sql.param(emails)}::text[], ${sql.param(lines)}::int[])
		on conflict (email) do update set line = excluded.line where a.line is null
		returning a.email, a.id`
	)) as unknown as { rows: { email: string; id: string | null }[] };
	const out = new Map<string, { id: string | null; first: number | null }>(claimed.rows.map((r) => [r.email, { id: r.id, first: null }]));
	// An address the statement did not claim was claimed by an earlier row (rare: only then a second query).
	const taken = emails.filter((email) => !out.has(email));
	if (taken.length) {
		const earlier = (await tx.execute(
			sql`select email, line from import_addresses where email = any(${sql.param(taken)}::text[])`
		)) as unknown as { rows: { email: string; line: number }[] };
		for (const r of earlier.rows) out.set(r.email, { id: null, first: r.line });
	}
	return out;
}

/** Registrations by id (those a batch updates). */
function registrationsById(tx: Tx, ids: string[]) {
	return tx
		.select()
		.from(registrations)
		.where(sql`${registrations.id} = any(${sql.param(ids)}::uuid[])`);
}

/** `lower(column) = any($1::text[])`: one array parameter, however many addresses. */
const lowerIn = (column: Column, emails: string[]) => sql`lower(${column}) = any(${sql.param(emails)}::text[])`;

/**
 * Imports registrants from a CSV or XLSX stream. `dryRun` reports what would be created, updated
 * or rejected and writes nothing; otherwise all rows are written or, if any is rejected, none.
 *
 * Per batch of rows: the rows are checked (pure, no database), then one query finds the
 * registrations of the event with the batch's addresses and one the people of the directory with
 * them; the new registrations are written in one statement and the changed ones in another, one
 * array per column (db/bulk.ts). A registration whose status the file changes goes through the
 * registration capability's own change of status (`changeHolds`): the place, seat and limited
 * choices it holds are taken or given back as a decision or a withdrawal would.
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
	const memberships = new Map<string, Registration['membership']>();
	const membershipOf = (stateId: string) => {
		let m = memberships.get(stateId);
		if (m === undefined) memberships.set(stateId, (m = ref.membership(stateId, event.startDate)));
		return m;
	};
	const file = await openFile(input, 'registrants', options.mapping);
	let linkedToPeople = 0;
	let checkIns = 0;
	const report = await allOrNothing(ctx.db, options.dryRun, async (tx) => {
		const tally = new Tally();
		const { settings, formId } = await lockSettings(tx, eventId);
		let lastNumber = settings.lastNumber;
		await rememberExisting(tx, eventId);
		const now = new Date();
		/**
		 * The last batch's writes, still running while the next batch is read and checked: on
		 * PostgreSQL the database works on one core while this thread parses the file on the other.
		 * Awaited before the next batch's first query (queries of one transaction run in order anyway).
		 */
		let writing: Promise<void> | null = null;

		for await (const batch of file.rows) {
			tally.rows += batch.length;
			const checked: { line: number; values: RegistrantValues }[] = [];
			/** First line of each address in the batch (a second one is a duplicate); the import's earlier lines are in the database. */
			const inBatch = new Map<string, number>();
			for (const row of batch) {
				const result = checkRegistrant(row.cells, ref);
				if (!result.ok) {
					tally.reject(row.line, result.errors);
					continue;
				}
				const first = inBatch.get(result.values.email);
				if (first !== undefined) {
					tally.reject(row.line, [{ column: 'email', key: 'participation.errors.duplicateRow', params: { row: first } }]);
					continue;
				}
				inBatch.set(result.values.email, row.line);
				checked.push({ line: row.line, values: result.values });
			}
			if (writing) await writing;
			const claims = checked.length
				? await claim(
						tx,
						checked.map((g) => g.values.email),
						checked.map((g) => g.line)
					)
				: new Map();
			const good: typeof checked = [];
			const updatedIds: string[] = [];
			for (const row of checked) {
				const claimed = claims.get(row.values.email);
				if (claimed && claimed.first !== null) {
					tally.reject(row.line, [{ column: 'email', key: 'participation.errors.duplicateRow', params: { row: claimed.first } }]);
					continue;
				}
				if (claimed?.id) updatedIds.push(claimed.id);
				good.push(row);
			}
			const emails = good.map((g) => g.values.email);
			const existingRows = updatedIds.length ? await registrationsById(tx, updatedIds) : [];
			const personRows = emails.length
				? await tx
						.select({ id: people.id, email: sql<string>`lower(${people.email})` })
						.from(people)
						.where(and(isNull(people.mergedIntoId), lowerIn(people.email, emails)))
				: [];
			const existing = new Map(existingRows.map((r) => [r.email!.toLowerCase(), r]));
			const personOf = new Map(personRows.map((p) => [p.email, p.id]));

			const created = newRegistrations();
			const updated: Record<(typeof UPDATED)[number] | 'id', unknown[]> = Object.fromEntries(
				['id', ...UPDATED].map((k) => [k, []])
			) as never;
			const checkInsOf: { registrationId: string; day: string }[] = [];
			const tokens = crypto.randomBytes(16 * good.length);
			for (const { line, values } of good) {
				const fields = fieldsOf(values, ref, membershipOf);
				const personId = personOf.get(values.email);
				const found = existing.get(values.email);
				const checkIn = values.checkedIn ? (values.checkedInOn ?? event.startDate) : null;
				if (found) {
					const set = changes(found, fields);
					if (personId && !found.personId) set.personId = personId;
					const category = set.category ?? found.category;
					const stateId = set.stateId !== undefined ? set.stateId : found.stateId;
					if (category === 'government' && !stateId) {
						tally.reject(line, [{ column: 'delegation', key: 'participation.errors.governmentWithoutState' }]);
						continue;
					}
					if (category !== 'government' && set.category && found.stateId) set.stateId = null;
					if (checkIn) checkInsOf.push({ registrationId: found.id, day: checkIn });
					if (!Object.keys(set).length) {
						tally.unchanged++;
						continue;
					}
					if (set.status && set.status !== found.status) {
						// The registration capability's own change of status: what it holds follows it.
						try {
							await changeHolds(tx, found, set.status, settings);
						} catch (e) {
							if (!(e instanceof DomainError)) throw e;
							tally.reject(line, [{ column: 'state', key: e.code as MessageKey, params: e.params }]);
							continue;
						}
						if (set.status === 'approved' || set.status === 'rejected') set.decidedAt = now;
						if (set.status === 'waitlisted') set.waitlistedAt = now;
					}
					const after = { ...found, ...set };
					updated.id.push(found.id);
					for (const k of UPDATED) updated[k].push(after[k]);
					tally.updated++;
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
				const at = created.number.length;
				const id = crypto.randomUUID();
				if (checkIn) checkInsOf.push({ registrationId: id, day: checkIn });
				created.id.push(id);
				created.number.push(++lastNumber);
				created.personId.push(personId ?? null);
				created.email.push(values.email);
				created.givenName.push(fields.givenName);
				created.familyName.push(fields.familyName);
				created.honorific.push(fields.honorific);
				created.gender.push(fields.gender);
				created.position.push(fields.position);
				created.category.push(fields.category ?? 'other');
				created.stateId.push(fields.stateId);
				created.membership.push(fields.membership);
				created.organisationId.push(fields.organisationId);
				created.organisationType.push(fields.organisationType);
				created.affiliation.push(fields.affiliation);
				created.countryId.push(fields.countryId);
				created.phone.push(fields.phone);
				created.mode.push(fields.mode ?? 'in-room');
				created.status.push(status);
				created.sponsored.push(fields.sponsored);
				created.consentedAt.push(registeredAt);
				created.createdAt.push(registeredAt);
				created.decidedAt.push(status === 'approved' || status === 'rejected' ? registeredAt : null);
				created.waitlistedAt.push(status === 'waitlisted' ? registeredAt : null);
				created.checkInToken.push(tokens.toString('base64url', at * 16, at * 16 + 16));
				tally.created++;
			}
			// Once a row is rejected nothing will be kept: the rest is only checked and counted.
			if (tally.rejected === 0) {
				writing = (async () => {
					await insertColumns(tx, registrations, created, { eventId, formId });
					await updateColumns(tx, registrations, 'id', updated, { version: sql`${registrations.version} + 1`, updatedAt: now });
					if (checkInsOf.length) checkIns += await recordCheckIns(tx, eventId, checkInsOf, ctx.actor.label);
				})();
				// Its failure is taken up where it is awaited, not as an unhandled rejection meanwhile.
				writing.catch(() => undefined);
			}
			options.onProgress?.(tally.rows);
		}
		if (writing) await writing;
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

/** An in-room attendance record on the check-in day of each checked-in row (Indico's `Checked in`), by registration. */
async function recordCheckIns(tx: Tx, eventId: string, rows: { registrationId: string; day: string }[], by: string): Promise<number> {
	const inserted = await tx
		.insert(attendance)
		.values(
			rows.map((r) => ({
				eventId,
				registrationId: r.registrationId,
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
