import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { CycleInput, DialogueInput, EventInput, PostponeInput } from '$lib/dialogues/schemas';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, ValidationError } from '../core/errors';
import { isForeignKeyViolation } from '../core/db-errors';
import { current, updateVersioned } from '../core/versioned';
import { requireRoleIn } from '../core/guards';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { organisations } from '../directory/schema';
import { registerOrganisationReference } from '../directory/references';
import { states } from '../reference/schema';
import { cycles, dialogues, eventOrganisers, events } from './schema';
import { inTransaction } from '../core/transaction';
import { isUuid } from '../web/params';

registerOrganisationReference({ table: dialogues, column: dialogues.secretariatId });
registerOrganisationReference({ table: eventOrganisers, column: eventOrganisers.organisationId, alongside: [eventOrganisers.eventId] });

export type Dialogue = typeof dialogues.$inferSelect;
export type Cycle = typeof cycles.$inferSelect;
export type Event = typeof events.$inferSelect;

export async function listDialogues(db: Db) {
	return db
		.select({ dialogue: dialogues, cycles: count(cycles.id) })
		.from(dialogues)
		.leftJoin(cycles, eq(cycles.dialogueId, dialogues.id))
		.groupBy(dialogues.id)
		.orderBy(asc(dialogues.slug));
}

export async function getDialogue(db: Db, slug: string) {
	// PostgreSQL refuses a NUL character in text: no slug holds one.
	if (slug.includes('\0')) return null;
	const [dialogue] = await db.select().from(dialogues).where(eq(dialogues.slug, slug));
	if (!dialogue) return null;
	const yearRows = await db
		.select({ cycle: cycles, events: count(events.id) })
		.from(cycles)
		.leftJoin(events, eq(events.cycleId, cycles.id))
		.where(eq(cycles.dialogueId, dialogue.id))
		.groupBy(cycles.id)
		.orderBy(desc(cycles.year));
	return { dialogue, cycles: yearRows.map((r) => ({ ...r.cycle, eventCount: r.events })) };
}

const eventColumns = {
	id: events.id,
	kind: events.kind,
	titles: events.titles,
	startDate: events.startDate,
	endDate: events.endDate,
	city: events.city,
	countryId: events.countryId,
	countryNames: states.names,
	format: events.format,
	status: events.status
};

/** A cycle of a dialogue by year, with its events in date order. */
export async function getCycle(db: Db, slug: string, year: number) {
	const [row] = await db
		.select({ cycle: cycles, dialogue: dialogues })
		.from(cycles)
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.where(and(eq(dialogues.slug, slug), eq(cycles.year, year)));
	if (!row) return null;
	const cycleEvents = await db
		.select(eventColumns)
		.from(events)
		.leftJoin(states, eq(states.id, events.countryId))
		.where(eq(events.cycleId, row.cycle.id))
		.orderBy(asc(events.startDate));
	return { ...row, events: cycleEvents };
}

/** What other capabilities (programme, attendance) need of an event: its titles, dates and time zone. */
export interface EventSummary {
	id: string;
	titles: Event['titles'];
	startDate: string;
	endDate: string;
	timeZone: string;
}

/** An event's summary, or null for an unknown (or malformed) id: for pages, which answer 404. */
export async function findEventSummary(db: Db | Tx, id: string): Promise<EventSummary | null> {
	if (!isUuid(id)) return null;
	const [event] = await db
		.select({ id: events.id, titles: events.titles, startDate: events.startDate, endDate: events.endDate, timeZone: events.timeZone })
		.from(events)
		.where(eq(events.id, id));
	return event ?? null;
}

/** An event's summary; an unknown (or malformed) id is not found: for operations. */
export async function eventSummary(db: Db | Tx, id: string): Promise<EventSummary> {
	const event = await findEventSummary(db, id);
	if (!event) throw notFound();
	return event;
}

/** An event with its cycle, dialogue, country and organisers: one query for the event, one for organisers. */
export async function getEvent(db: Db, id: string) {
	const [row] = await db
		.select({ event: events, cycle: cycles, dialogue: dialogues, countryNames: states.names })
		.from(events)
		.innerJoin(cycles, eq(cycles.id, events.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.leftJoin(states, eq(states.id, events.countryId))
		.where(eq(events.id, id));
	if (!row) return null;
	const organisers = await db
		.select({ id: organisations.id, name: organisations.name, acronym: organisations.acronym })
		.from(eventOrganisers)
		.innerJoin(organisations, eq(organisations.id, eventOrganisers.organisationId))
		.where(eq(eventOrganisers.eventId, id))
		.orderBy(asc(eventOrganisers.position));
	return { ...row, organisers };
}

/** Events of every dialogue, newest first (secretariat list and the API). */
export async function listEvents(db: Db, options: { limit?: number; cycleId?: string } = {}) {
	return db
		.select({ ...eventColumns, cycleId: events.cycleId, year: cycles.year, dialogueSlug: dialogues.slug })
		.from(events)
		.innerJoin(cycles, eq(cycles.id, events.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.leftJoin(states, eq(states.id, events.countryId))
		.where(options.cycleId ? eq(events.cycleId, options.cycleId) : undefined)
		.orderBy(desc(events.startDate))
		.limit(Math.min(options.limit ?? 500, 1000));
}

/** Cycles of every dialogue (or one dialogue, or the one cycle with `id`), newest first per dialogue. */
export async function listCycles(db: Db, filter: { dialogueId?: string; id?: string } = {}) {
	return db
		.select({
			id: cycles.id,
			year: cycles.year,
			themes: cycles.themes,
			status: cycles.status,
			dialogueId: cycles.dialogueId,
			dialogueSlug: dialogues.slug,
			dialogueNames: dialogues.names
		})
		.from(cycles)
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.where(filter.id ? eq(cycles.id, filter.id) : filter.dialogueId ? eq(cycles.dialogueId, filter.dialogueId) : undefined)
		.orderBy(asc(dialogues.slug), desc(cycles.year));
}

export async function getCycleById(db: Db, id: string) {
	const [row] = await db.select().from(cycles).where(eq(cycles.id, id));
	return row ?? null;
}

async function checkEventReferences(db: Db | Tx, input: EventInput) {
	const [cycle] = await db.select({ id: cycles.id }).from(cycles).where(eq(cycles.id, input.cycleId));
	if (!cycle) throw new ValidationError({ cycleId: { key: 'dialogues.errors.unknownCycle' } });
	if (input.countryId) {
		const [state] = await db.select({ id: states.id }).from(states).where(eq(states.id, input.countryId));
		if (!state) throw new ValidationError({ countryId: { key: 'directory.errors.unknownState' } });
	}
	if (input.organiserIds.length) {
		const found = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, input.organiserIds));
		if (found.length !== new Set(input.organiserIds).size) {
			throw new ValidationError({ organiserIds: { key: 'directory.errors.unknownOrganisation' } });
		}
	}
}

/** A postponed event keeps its reason; any other status drops it. Postponing without a reason is refused. */
function postponementReasons(input: EventInput, before?: Event): Event['postponementReasons'] {
	if (input.status !== 'postponed') return null;
	const reasons = input.postponementReasons ?? (before?.status === 'postponed' ? before.postponementReasons : null);
	if (!reasons) throw new ValidationError({ postponementReasons: { key: 'dialogues.errors.postponedNeedsReason' } });
	return reasons;
}

function eventValues(input: EventInput, before?: Event) {
	return {
		postponementReasons: postponementReasons(input, before),
		cycleId: input.cycleId,
		kind: input.kind,
		titles: input.titles,
		subtitles: input.subtitles ?? null,
		summaries: input.summaries ?? null,
		startDate: input.startDate,
		endDate: input.endDate,
		venue: input.venue ?? null,
		city: input.city ?? null,
		countryId: input.countryId ?? null,
		...(input.timeZone ? { timeZone: input.timeZone } : {}),
		format: input.format,
		status: input.status,
		expectedOutcomes: input.expectedOutcomes,
		documentSymbol: input.documentSymbol ?? null
	};
}

async function setOrganisers(tx: Tx, eventId: string, organiserIds: string[]) {
	await tx.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
	const unique = [...new Set(organiserIds)];
	if (unique.length) {
		await tx.insert(eventOrganisers).values(unique.map((organisationId, position) => ({ eventId, organisationId, position })));
	}
}

export async function createEvent(ctx: Ctx, input: EventInput): Promise<Event> {
	requireRoleIn(ctx.actor, 'secretariat');
	await checkEventReferences(ctx.db, input);
	return inTransaction(ctx.db, (tx) => insertEvent(tx, ctx.actor, input));
}

/**
 * Writes a new event and its audit record inside the caller's transaction, for operations of other
 * capabilities that create events as part of their own write (a decision on a consultation creates
 * its selected workshops). The caller has checked the role and the references.
 */
export async function insertEvent(tx: Tx, actor: Ctx['actor'], input: EventInput): Promise<Event> {
	const [row] = await tx.insert(events).values(eventValues(input)).returning();
	await setOrganisers(tx, row.id, input.organiserIds);
	await audit.record(tx, actor, {
		action: 'event.create',
		entityType: 'event',
		entityId: row.id,
		after: { ...row, organiserIds: input.organiserIds }
	});
	return row;
}

/** Sets a cycle's overarching theme inside the caller's transaction (a decision on a consultation). */
export async function setCycleTheme(tx: Tx, actor: Ctx['actor'], cycleId: string, themes: Cycle['themes']): Promise<Cycle> {
	const before = await current(tx, cycles, cycleId);
	const after = await updateVersioned(tx, cycles, cycleId, before.version, { themes });
	await audit.record(tx, actor, { action: 'cycle.theme', entityType: 'cycle', entityId: cycleId, before, after });
	return after;
}

type OutcomesListener = (tx: Tx, eventId: string, actor: Ctx['actor']) => Promise<void>;
const outcomesListeners: OutcomesListener[] = [];

/**
 * Tells a capability, inside the transaction that changes them, that an event's expected outcomes
 * changed: reports map their findings to the outcomes by position, so their working copies must be
 * reviewed again (capabilities meet here, as organisation references do, instead of this module
 * reaching into theirs).
 */
export function onExpectedOutcomesChanged(listener: OutcomesListener): void {
	outcomesListeners.push(listener);
}

export async function updateEvent(ctx: Ctx, id: string, input: EventInput & { version: number }): Promise<Event> {
	requireRoleIn(ctx.actor, 'secretariat');
	await checkEventReferences(ctx.db, input);
	try {
		return await inTransaction(ctx.db, async (tx) => {
			const before = await current(tx, events, id);
			const after = await updateVersioned(tx, events, id, input.version, eventValues(input, before));
			if (JSON.stringify(before.expectedOutcomes) !== JSON.stringify(after.expectedOutcomes))
				for (const listener of outcomesListeners) await listener(tx, id, ctx.actor);
			await setOrganisers(tx, id, input.organiserIds);
			await audit.record(tx, ctx.actor, {
				action: 'event.update',
				entityType: 'event',
				entityId: id,
				before,
				after: { ...after, organiserIds: input.organiserIds }
			});
			return after;
		});
	} catch (error) {
		// Other capabilities tie records to an event within its cycle (funding's budget lines and
		// earmarked pledges reference events (id, cycle_id)): moving the event would break them.
		if (isForeignKeyViolation(error)) throw new ValidationError({ cycleId: { key: 'dialogues.errors.tiedToCycle' } });
		throw error;
	}
}

/** Postpones an event with its reason (shown on its public page), e.g. for lack of funding. */
export async function postponeEvent(ctx: Ctx, id: string, input: PostponeInput): Promise<Event> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, events, id);
		if (before.status === 'held' || before.status === 'cancelled') {
			throw new DomainError('dialogues.errors.cannotPostpone', 409, 'status');
		}
		const after = await updateVersioned(tx, events, id, input.version, { status: 'postponed', postponementReasons: input.reasons });
		await audit.record(tx, ctx.actor, { action: 'event.postpone', entityType: 'event', entityId: id, before, after });
		return after;
	});
}

export async function organiserIdsOf(db: Db, eventId: string): Promise<string[]> {
	const rows = await db
		.select({ id: eventOrganisers.organisationId })
		.from(eventOrganisers)
		.where(eq(eventOrganisers.eventId, eventId))
		.orderBy(asc(eventOrganisers.position));
	return rows.map((r) => r.id);
}

export async function createCycle(ctx: Ctx, input: CycleInput): Promise<Cycle> {
	requireRoleIn(ctx.actor, 'secretariat');
	const [dialogue] = await ctx.db.select({ id: dialogues.id }).from(dialogues).where(eq(dialogues.id, input.dialogueId));
	if (!dialogue) throw new ValidationError({ dialogueId: { key: 'dialogues.errors.unknownDialogue' } });
	const [taken] = await ctx.db
		.select({ id: cycles.id })
		.from(cycles)
		.where(and(eq(cycles.dialogueId, input.dialogueId), eq(cycles.year, input.year)));
	if (taken) throw new ValidationError({ year: { key: 'dialogues.errors.yearTaken' } });
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx
			.insert(cycles)
			.values({
				dialogueId: input.dialogueId,
				year: input.year,
				themes: input.themes,
				summaries: input.summaries ?? null,
				status: input.status
			})
			.returning();
		await audit.record(tx, ctx.actor, { action: 'cycle.create', entityType: 'cycle', entityId: row.id, after: row });
		return row;
	});
}

export async function updateCycle(ctx: Ctx, id: string, input: CycleInput & { version: number }): Promise<Cycle> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, cycles, id);
		if (before.year !== input.year) {
			const [taken] = await tx
				.select({ id: cycles.id })
				.from(cycles)
				.where(and(eq(cycles.dialogueId, before.dialogueId), eq(cycles.year, input.year)));
			if (taken) throw new ValidationError({ year: { key: 'dialogues.errors.yearTaken' } });
		}
		const after = await updateVersioned(tx, cycles, id, input.version, {
			year: input.year,
			themes: input.themes,
			summaries: input.summaries ?? null,
			status: input.status
		});
		await audit.record(tx, ctx.actor, { action: 'cycle.update', entityType: 'cycle', entityId: id, before, after });
		return after;
	});
}

async function checkSecretariat(db: Db, input: DialogueInput) {
	if (!input.secretariatId) return;
	const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.secretariatId));
	if (!org) throw new ValidationError({ secretariatId: { key: 'directory.errors.unknownOrganisation' } });
}

function dialogueValues(input: DialogueInput) {
	return {
		slug: input.slug,
		acronym: input.acronym ?? null,
		names: input.names,
		descriptions: input.descriptions ?? null,
		languages: input.languages,
		secretariatId: input.secretariatId ?? null
	};
}

export async function createDialogue(ctx: Ctx, input: DialogueInput): Promise<Dialogue> {
	requireRoleIn(ctx.actor, 'secretariat');
	await checkSecretariat(ctx.db, input);
	const [taken] = await ctx.db.select({ id: dialogues.id }).from(dialogues).where(eq(dialogues.slug, input.slug));
	if (taken) throw new ValidationError({ slug: { key: 'dialogues.errors.slugTaken' } });
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx.insert(dialogues).values(dialogueValues(input)).returning();
		await audit.record(tx, ctx.actor, { action: 'dialogue.create', entityType: 'dialogue', entityId: row.id, after: row });
		return row;
	});
}

export async function updateDialogue(ctx: Ctx, id: string, input: DialogueInput & { version: number }): Promise<Dialogue> {
	requireRoleIn(ctx.actor, 'secretariat');
	await checkSecretariat(ctx.db, input);
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, dialogues, id);
		if (before.slug !== input.slug) {
			const [taken] = await tx.select({ id: dialogues.id }).from(dialogues).where(eq(dialogues.slug, input.slug));
			if (taken) throw new ValidationError({ slug: { key: 'dialogues.errors.slugTaken' } });
		}
		const after = await updateVersioned(tx, dialogues, id, input.version, dialogueValues(input));
		await audit.record(tx, ctx.actor, { action: 'dialogue.update', entityType: 'dialogue', entityId: id, before, after });
		return after;
	});
}

export async function getDialogueById(db: Db, id: string) {
	const [row] = await db.select().from(dialogues).where(eq(dialogues.id, id));
	return row ?? null;
}
