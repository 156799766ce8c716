/**
 * Admission of new registrations, in groups. Every registration of an event has to take the
 * event's counters (participant number, places in the room) under one row lock, so registrations
 * of one event queue on that lock until they commit. One transaction per registration holds the
 * lock for several round trips each; here the registrations that arrive while a transaction is
 * running wait in a queue and are admitted together by the next one (a "group commit"): one lock,
 * one read of the counters, one multi-row INSERT, one COMMIT for the whole group.
 *
 * The decisions are the same as one at a time, in arrival order: a registration takes a place if
 * one is free (else it is waitlisted), then its limited choices and its delegation seat; one that
 * cannot (a full choice, a used quota, an address already registered) is refused alone and takes
 * nothing. The counters are written back as values, and the database's CHECKs and the unique
 * index on the address still refuse anything that would overbook or register an address twice.
 * If the group's transaction fails as a whole, each registration is tried again on its own.
 */
import { and, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { admittedStatus, holdsDelegationSeat } from '$lib/domain/registration';
import type { ParticipationMode, RegistrationCategory } from '$lib/registration/types';
import type { Actor } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { isUniqueViolation } from '../core/db-errors';
import { inTransaction } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { delegations, registrationChoiceCounts, registrationForms, registrations, registrationSettings } from './schema';

type NewRegistration = typeof registrations.$inferInsert;
export type Registration = typeof registrations.$inferSelect;

/** A registration that passed every check that needs no lock: all but its number, place and status. */
export interface Candidate {
	actor: Actor;
	now: Date;
	values: Omit<NewRegistration, 'number' | 'status' | 'waitlistedAt' | 'decidedAt'> & {
		eventId: string;
		email: string;
		category: RegistrationCategory;
		mode: ParticipationMode;
	};
	/** The limited choices (those with a capacity) its answers select. */
	limitedChoices: { fieldKey: string; choiceKey: string }[];
}

type Result = { ok: true; registration: Registration } | { ok: false; error: unknown };

/** What a registration's audit entry keeps: no names or addresses (they are erased later). */
export function auditView(r: Registration) {
	const { id, eventId, number, status, category, stateId, organisationId, mode, sponsored, version } = r;
	return { id, eventId, number, status, category, stateId, organisationId, mode, sponsored, version };
}

// Enough to amortise a transaction; small enough that one statement's parameters stay well
// within PostgreSQL's limit of 65,535 (a registration row has about 30 columns).
const MAX_GROUP = 100;

interface Waiting {
	candidate: Candidate;
	resolve: (registration: Registration) => void;
	reject: (error: unknown) => void;
}

/** The registrations waiting for their event's next group, per database and event. */
const queues = new WeakMap<Db, Map<string, Waiting[]>>();

/**
 * Admits a registration with the others of its event that arrive meanwhile. Resolves with the
 * stored registration, or rejects with the reason this one was refused.
 */
export function admit(db: Db, candidate: Candidate): Promise<Registration> {
	let events = queues.get(db);
	if (!events) queues.set(db, (events = new Map()));
	const eventId = candidate.values.eventId;
	return new Promise((resolve, reject) => {
		const waiting = events.get(eventId);
		if (waiting) return void waiting.push({ candidate, resolve, reject });
		const queue = [{ candidate, resolve, reject }];
		events.set(eventId, queue);
		void drain(db, events, eventId, queue);
	});
}

/** Admits the event's queue group by group until no one is waiting. */
async function drain(db: Db, events: Map<string, Waiting[]>, eventId: string, queue: Waiting[]): Promise<void> {
	while (queue.length) {
		const group = queue.splice(0, MAX_GROUP);
		let results: Result[];
		try {
			results = await admitGroup(
				db,
				eventId,
				group.map((w) => w.candidate)
			);
		} catch (error) {
			// The group failed as a whole (a race with a writer outside this queue, say): each on its
			// own, one after another in arrival order, so the decisions stay those of one at a time.
			if (group.length === 1) results = [{ ok: false, error: refusal(error) }];
			else {
				results = [];
				for (const w of group) results.push(await alone(db, eventId, w.candidate));
			}
		}
		group.forEach((w, i) => {
			const result = results[i];
			if (result.ok) w.resolve(result.registration);
			else w.reject(result.error);
		});
	}
	events.delete(eventId);
}

async function alone(db: Db, eventId: string, candidate: Candidate): Promise<Result> {
	try {
		return (await admitGroup(db, eventId, [candidate]))[0];
	} catch (error) {
		return { ok: false, error: refusal(error) };
	}
}

/** An address registered by another path meanwhile is the registrant's mistake, not a failure. */
function refusal(error: unknown): unknown {
	return isUniqueViolation(error, 'registrations_event_email_unique') ? duplicate() : error;
}

const duplicate = () => new ValidationError({ email: { key: 'registration.errors.duplicate' } });
const choiceKey = (c: { fieldKey: string; choiceKey: string }) => `${c.fieldKey}\u0000${c.choiceKey}`;

/** One transaction for a group of registrations of one event, in arrival order. */
async function admitGroup(db: Db, eventId: string, group: Candidate[]): Promise<Result[]> {
	return inTransaction(
		db,
		async (tx) => {
			// The settings row first: every change of an event's registrations locks it before anything else.
			const [settings] = await tx.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId)).for('update');
			if (!settings?.open) return group.map(() => ({ ok: false as const, error: new DomainError('registration.errors.closed', 409) }));

			const formId = await currentFormId(tx, eventId);
			const taken = await registeredAddresses(tx, eventId, group);
			const choices = await lockedChoices(tx, eventId, group);
			const seats = await lockedDelegations(tx, eventId, group, settings);

			let { placesTaken, lastNumber } = settings;
			const admitted: NewRegistration[] = [];
			const actors = new Map<number, Actor>();
			/** Admits a candidate (it takes what it holds and the next number) or says why it cannot be. */
			function take({ values, now, limitedChoices, actor }: Candidate): { error: unknown } | { number: number } {
				if (settings.closesAt && now > settings.closesAt) return { error: new DomainError('registration.errors.deadlinePassed', 409) };
				// The form was checked before, against a setup up to two seconds old (settings.recentSetup).
				if (values.formId !== formId) return { error: new DomainError('registration.errors.formChanged', 409, 'formVersion') };
				const address = values.email.toLowerCase();
				if (taken.has(address)) return { error: duplicate() };
				const wantsPlace = values.mode !== 'online';
				const takesPlace = wantsPlace && (settings.capacity === null || placesTaken < settings.capacity);
				const status = admittedStatus({
					placeGranted: !wantsPlace || takesPlace,
					needsFocalPointApproval: values.category === 'government' && settings.requiresFocalPointApproval
				});
				const full = limitedChoices.find((c) => {
					const count = choices.get(choiceKey(c));
					return !count || (count.capacity !== null && count.taken >= count.capacity);
				});
				if (full) return { error: new ValidationError({ [`answers.${full.fieldKey}`]: { key: 'registration.errors.choiceFull' } }) };
				const seat = holdsDelegationSeat({ category: values.category, status, mode: values.mode }) ? seats.get(values.stateId!) : undefined;
				if (seat && seat.quota !== null && seat.seatsTaken >= seat.quota)
					return {
						error: new ValidationError({
							mode: { key: 'registration.errors.quotaReached', params: { quota: settings.delegationQuota ?? 0 } }
						})
					};

				taken.add(address);
				if (takesPlace) placesTaken++;
				for (const c of limitedChoices) choices.get(choiceKey(c))!.taken++;
				if (seat) seat.seatsTaken++;
				const number = ++lastNumber;
				actors.set(number, actor);
				admitted.push({
					...values,
					number,
					status,
					waitlistedAt: status === 'waitlisted' ? now : null,
					decidedAt: status === 'approved' ? now : null
				});
				return { number };
			}
			const outcomes = group.map(take);
			if (!admitted.length) return outcomes.map((o) => ({ ok: false as const, error: (o as { error: unknown }).error }));

			await tx.update(registrationSettings).set({ placesTaken, lastNumber }).where(eq(registrationSettings.eventId, eventId));
			for (const count of choices.values())
				if (count.taken !== count.before)
					await tx
						.update(registrationChoiceCounts)
						.set({ taken: count.taken })
						.where(
							and(
								eq(registrationChoiceCounts.eventId, eventId),
								eq(registrationChoiceCounts.fieldKey, count.fieldKey),
								eq(registrationChoiceCounts.choiceKey, count.choiceKey)
							)
						);
			for (const seat of seats.values()) {
				if (seat.before === null && seat.seatsTaken > 0)
					await tx.insert(delegations).values({ eventId, stateId: seat.stateId, quota: seat.quota, seatsTaken: seat.seatsTaken });
				else if (seat.before !== null && seat.seatsTaken !== seat.before)
					await tx
						.update(delegations)
						.set({ seatsTaken: seat.seatsTaken, updatedAt: new Date() })
						.where(and(eq(delegations.eventId, eventId), eq(delegations.stateId, seat.stateId)));
			}

			const stored = new Map((await tx.insert(registrations).values(admitted).returning()).map((r) => [r.number, r]));
			await audit.recordMany(
				tx,
				[...stored.values()].map((registration) => ({
					actor: actors.get(registration.number)!,
					action: 'registration.create',
					entityType: 'registration',
					entityId: registration.id,
					after: auditView(registration)
				}))
			);
			return outcomes.map((o): Result =>
				'number' in o ? { ok: true, registration: stored.get(o.number)! } : { ok: false, error: o.error }
			);
		},
		{ public: false }
	);
}

/** The group's addresses already registered (and not withdrawn) for the event. */
async function registeredAddresses(tx: Tx, eventId: string, group: Candidate[]): Promise<Set<string>> {
	const addresses = [...new Set(group.map((c) => c.values.email.toLowerCase()))];
	const rows = await tx
		.select({ email: sql<string>`lower(${registrations.email})` })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, eventId),
				ne(registrations.status, 'withdrawn'),
				isNotNull(registrations.email),
				inArray(sql`lower(${registrations.email})`, addresses)
			)
		);
	return new Set(rows.map((r) => r.email));
}

/** The current version of the event's form. */
async function currentFormId(tx: Tx, eventId: string): Promise<string | undefined> {
	const [form] = await tx
		.select({ id: registrationForms.id })
		.from(registrationForms)
		.where(eq(registrationForms.eventId, eventId))
		.orderBy(desc(registrationForms.version))
		.limit(1);
	return form?.id;
}

/** The counters of the limited choices the group selects (only those), locked; a choice without one is full. */
async function lockedChoices(tx: Tx, eventId: string, group: Candidate[]) {
	const counts = new Map<string, { fieldKey: string; choiceKey: string; capacity: number | null; taken: number; before: number }>();
	const wanted = [...new Map(group.flatMap((c) => c.limitedChoices).map((c) => [choiceKey(c), c])).values()];
	if (!wanted.length) return counts;
	const rows = await tx
		.select()
		.from(registrationChoiceCounts)
		.where(
			and(
				eq(registrationChoiceCounts.eventId, eventId),
				or(
					...wanted.map((c) => and(eq(registrationChoiceCounts.fieldKey, c.fieldKey), eq(registrationChoiceCounts.choiceKey, c.choiceKey)))
				)
			)
		)
		.orderBy(registrationChoiceCounts.fieldKey, registrationChoiceCounts.choiceKey)
		.for('update');
	for (const row of rows) counts.set(choiceKey(row), { ...row, before: row.taken });
	return counts;
}

/**
 * The delegations whose seats the group may take (government delegates in the room), locked. A
 * State without a delegation row yet starts at no seat taken; its row is written only if the group
 * gives it a seat. (No other registration of the event can create it meanwhile: they all hold the
 * settings row first.)
 */
async function lockedDelegations(tx: Tx, eventId: string, group: Candidate[], settings: { delegationQuota: number | null }) {
	const seats = new Map<string, { stateId: string; quota: number | null; seatsTaken: number; before: number | null }>();
	const stateIds = [
		...new Set(
			group
				.filter((c) => c.values.category === 'government' && c.values.mode !== 'online' && c.values.stateId)
				.map((c) => c.values.stateId!)
		)
	].sort();
	if (!stateIds.length) return seats;
	const rows = await tx
		.select({ stateId: delegations.stateId, quota: delegations.quota, seatsTaken: delegations.seatsTaken })
		.from(delegations)
		.where(and(eq(delegations.eventId, eventId), inArray(delegations.stateId, stateIds)))
		.orderBy(delegations.stateId)
		.for('update');
	for (const stateId of stateIds) seats.set(stateId, { stateId, quota: settings.delegationQuota, seatsTaken: 0, before: null });
	for (const row of rows) seats.set(row.stateId, { ...row, before: row.seatsTaken });
	return seats;
}
