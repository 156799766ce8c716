import { and, asc, eq, inArray, isNull, max, ne } from 'drizzle-orm';
import type { ProgrammeItemInput, SpeakerInput } from '$lib/programme/schemas';
import { isEventDay } from '$lib/domain/attendance';
import { endsAfterStart, findOverlap, shortTime, swapNeighbour } from '$lib/domain/programme';
import type { FieldErrors } from '$lib/validation';
import { groupBy } from '$lib/domain/group-by';
import { pick, type Language } from '$lib/i18n';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction, queriesOn } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import { isUuid } from '../web/params';
import * as audit from '../audit';
import { events } from '../dialogues/schema';
import { eventSummary } from '../dialogues';
import { organisations, people } from '../directory/schema';
import { registerOrganisationReference, registerPersonReference } from '../directory/references';
import { programmeItems, programmeSpeakers } from './schema';

registerPersonReference({ table: programmeSpeakers, column: programmeSpeakers.personId });
registerOrganisationReference({ table: programmeSpeakers, column: programmeSpeakers.organisationId });

export type ProgrammeItem = typeof programmeItems.$inferSelect;
export type { ProgrammeItemInput, SpeakerInput };

/** The language of the reader of an error message (a clashing item's title is given in it). */
export interface MessageOptions {
	lang?: Language;
}

/** The programme's own writes: every one by the secretariat, in a transaction, audited. */

/**
 * The rules that need data: the day within the event, the room free at that time, every speaker a
 * person (and organisation) of the directory. All problems at once, one message per field.
 */
async function checkItem(
	tx: Tx,
	event: { id: string; startDate: string; endDate: string },
	input: ProgrammeItemInput,
	lang: Language,
	itemId?: string
) {
	const errors: FieldErrors = {};
	// The schema checks the order too; the operation does not rely on its caller having parsed.
	if (!endsAfterStart(input.startsAt, input.endsAt)) errors.endsAt = { key: 'programme.errors.endBeforeStart' };
	if (input.day && !isEventDay(input.day, event.startDate, event.endDate)) {
		errors.day = { key: 'programme.errors.dayOutsideEvent', params: { start: event.startDate, end: event.endDate } };
	}
	if (!errors.endsAt && input.day && input.room && input.startsAt && input.endsAt) {
		const sameDay = await tx
			.select({
				id: programmeItems.id,
				titles: programmeItems.titles,
				day: programmeItems.day,
				startsAt: programmeItems.startsAt,
				endsAt: programmeItems.endsAt,
				room: programmeItems.room
			})
			.from(programmeItems)
			.where(
				and(eq(programmeItems.eventId, event.id), eq(programmeItems.day, input.day), itemId ? ne(programmeItems.id, itemId) : undefined)
			);
		const clash = findOverlap({ day: input.day, room: input.room, startsAt: input.startsAt, endsAt: input.endsAt }, sameDay);
		if (clash) {
			errors.startsAt = {
				key: 'programme.errors.overlap',
				params: { title: pick(clash.titles, lang), start: shortTime(clash.startsAt), end: shortTime(clash.endsAt) }
			};
		}
	}
	Object.assign(errors, await checkSpeakers(tx, input.speakers));
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

async function checkSpeakers(tx: Tx, speakers: SpeakerInput[]): Promise<FieldErrors> {
	const errors: FieldErrors = {};
	const personIds = [...new Set(speakers.map((s) => s.personId))];
	const orgIds = [...new Set(speakers.flatMap((s) => (s.organisationId ? [s.organisationId] : [])))];
	const [foundPeople, foundOrgs] = await queriesOn(tx, [
		personIds.length
			? tx
					.select({ id: people.id })
					.from(people)
					.where(and(inArray(people.id, personIds), isNull(people.mergedIntoId)))
			: [],
		orgIds.length ? tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds)) : []
	]);
	const knownPeople = new Set(foundPeople.map((p) => p.id));
	const knownOrgs = new Set(foundOrgs.map((o) => o.id));
	speakers.forEach((s, i) => {
		if (!knownPeople.has(s.personId)) errors[`speakers.${i}.personId`] = { key: 'programme.errors.unknownPerson' };
		if (s.organisationId && !knownOrgs.has(s.organisationId))
			errors[`speakers.${i}.organisationId`] = { key: 'programme.errors.unknownOrganisation' };
	});
	return errors;
}

async function writeSpeakers(tx: Tx, itemId: string, speakers: SpeakerInput[]) {
	await tx.delete(programmeSpeakers).where(eq(programmeSpeakers.itemId, itemId));
	if (!speakers.length) return;
	await tx.insert(programmeSpeakers).values(
		speakers.map((s, i) => ({
			itemId,
			personId: s.personId,
			role: s.role,
			titleAtEvent: s.titleAtEvent ?? null,
			organisationId: s.organisationId ?? null,
			position: i + 1
		}))
	);
}

function itemValues(input: ProgrammeItemInput) {
	return {
		kind: input.kind,
		titles: input.titles,
		descriptions: input.descriptions ?? null,
		day: input.day ?? null,
		startsAt: input.startsAt ?? null,
		endsAt: input.endsAt ?? null,
		room: input.room ?? null
	};
}

/** Adds an item with its speakers at the end of an event's programme. */
export async function createItem(
	ctx: Ctx,
	eventId: string,
	input: ProgrammeItemInput,
	options: MessageOptions = {}
): Promise<ProgrammeItem> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const event = await eventSummary(tx, eventId);
		await checkItem(tx, event, input, options.lang ?? 'en');
		const [{ last }] = await tx
			.select({ last: max(programmeItems.position) })
			.from(programmeItems)
			.where(eq(programmeItems.eventId, eventId));
		const [item] = await tx
			.insert(programmeItems)
			.values({ eventId, ...itemValues(input), position: (last ?? 0) + 1 })
			.returning();
		await writeSpeakers(tx, item.id, input.speakers);
		await audit.record(tx, ctx.actor, {
			action: 'programme.create-item',
			entityType: 'programme-item',
			entityId: item.id,
			after: { ...item, speakers: input.speakers }
		});
		return item;
	});
}

/** An item of this event with its speakers; an item of another event is not found. */
async function currentItem(tx: Tx, eventId: string, itemId: string) {
	const [item] = isUuid(itemId) ? await tx.select().from(programmeItems).where(eq(programmeItems.id, itemId)) : [];
	if (!item || item.eventId !== eventId) throw notFound();
	const speakers = await tx
		.select({
			personId: programmeSpeakers.personId,
			role: programmeSpeakers.role,
			titleAtEvent: programmeSpeakers.titleAtEvent,
			organisationId: programmeSpeakers.organisationId
		})
		.from(programmeSpeakers)
		.where(eq(programmeSpeakers.itemId, itemId))
		.orderBy(asc(programmeSpeakers.position));
	return { ...item, speakers };
}

/** Changes an item and its speakers; its place in the programme stays. */
export async function updateItem(
	ctx: Ctx,
	eventId: string,
	itemId: string,
	input: ProgrammeItemInput,
	options: MessageOptions = {}
): Promise<ProgrammeItem> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const event = await eventSummary(tx, eventId);
		const before = await currentItem(tx, eventId, itemId);
		await checkItem(tx, event, input, options.lang ?? 'en', itemId);
		const [after] = await tx
			.update(programmeItems)
			.set({ ...itemValues(input), updatedAt: new Date() })
			.where(eq(programmeItems.id, itemId))
			.returning();
		await writeSpeakers(tx, itemId, input.speakers);
		await audit.record(tx, ctx.actor, {
			action: 'programme.update-item',
			entityType: 'programme-item',
			entityId: itemId,
			before,
			after: { ...after, speakers: input.speakers }
		});
		return after;
	});
}

/** Removes an item and its speakers. */
export async function deleteItem(ctx: Ctx, eventId: string, itemId: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const before = await currentItem(tx, eventId, itemId);
		await tx.delete(programmeItems).where(eq(programmeItems.id, itemId));
		await audit.record(tx, ctx.actor, { action: 'programme.delete-item', entityType: 'programme-item', entityId: itemId, before });
	});
}

/**
 * Moves an item a place earlier or later (the editor's buttons). Pages order items by day, start
 * time, then position, so an item can only swap with its neighbour on the same day at the same start
 * time; elsewhere it is refused (change the day or time instead). Only the two rows change.
 */
export async function moveItem(ctx: Ctx, eventId: string, itemId: string, direction: 'up' | 'down'): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const item = await currentItem(tx, eventId, itemId);
		const siblings = await tx
			.select({ id: programmeItems.id, day: programmeItems.day, startsAt: programmeItems.startsAt, position: programmeItems.position })
			.from(programmeItems)
			.where(eq(programmeItems.eventId, item.eventId))
			.orderBy(asc(programmeItems.position), asc(programmeItems.createdAt));
		const moved = siblings.find((s) => s.id === itemId)!;
		const other = swapNeighbour(siblings, itemId, direction);
		if (!other) throw new DomainError('programme.errors.cannotMove', 409, 'itemId');
		await tx.update(programmeItems).set({ position: other.position }).where(eq(programmeItems.id, moved.id));
		await tx.update(programmeItems).set({ position: moved.position }).where(eq(programmeItems.id, other.id));
		await audit.record(tx, ctx.actor, {
			action: 'programme.move-item',
			entityType: 'programme-item',
			entityId: itemId,
			before: { positions: { [moved.id]: moved.position, [other.id]: other.position } },
			after: { positions: { [moved.id]: other.position, [other.id]: moved.position } }
		});
	});
}

// ─── Reading ────────────────────────────────────────────────────────────────

const speakerColumns = {
	itemId: programmeSpeakers.itemId,
	personId: programmeSpeakers.personId,
	role: programmeSpeakers.role,
	titleAtEvent: programmeSpeakers.titleAtEvent,
	organisationId: programmeSpeakers.organisationId,
	honorific: people.honorific,
	givenName: people.givenName,
	familyName: people.familyName,
	organisation: organisations.name,
	organisationAcronym: organisations.acronym
};

/** The programmes of several events in order, each item with its speakers: two queries. */
export async function forEvents(db: Db, eventIds: string[]) {
	if (!eventIds.length) return [];
	const items = await db
		.select()
		.from(programmeItems)
		.where(inArray(programmeItems.eventId, eventIds))
		.orderBy(asc(programmeItems.position), asc(programmeItems.createdAt));
	if (!items.length) return [];
	const speakers = await db
		.select(speakerColumns)
		.from(programmeSpeakers)
		.innerJoin(people, eq(people.id, programmeSpeakers.personId))
		.leftJoin(organisations, eq(organisations.id, programmeSpeakers.organisationId))
		.where(
			inArray(
				programmeSpeakers.itemId,
				items.map((i) => i.id)
			)
		)
		.orderBy(asc(programmeSpeakers.position));
	const byItem = groupBy(speakers, (s) => s.itemId);
	return items.map((item) => ({ ...item, speakers: byItem.get(item.id) ?? [] }));
}

/** An event's programme in order, each item with its speakers: two queries whatever the size. */
export async function forEvent(db: Db, eventId: string) {
	return forEvents(db, [eventId]);
}

export type ProgrammeEntry = Awaited<ReturnType<typeof forEvent>>[number];

/**
 * What a person spoke at, for their public speaker page: each event with the items, the role, and
 * the title and organisation they held then. Null when the person is unknown or never spoke (the
 * page shows only what programmes already publish); a merged record names the person it became.
 */
export async function speakerAppearances(db: Db, personId: string) {
	const [person] = await db
		.select({
			id: people.id,
			honorific: people.honorific,
			givenName: people.givenName,
			familyName: people.familyName,
			mergedIntoId: people.mergedIntoId
		})
		.from(people)
		.where(eq(people.id, personId));
	if (!person) return null;
	if (person.mergedIntoId) return { kind: 'merged' as const, mergedIntoId: person.mergedIntoId };
	const rows = await db
		.select({
			eventId: events.id,
			eventTitles: events.titles,
			startDate: events.startDate,
			endDate: events.endDate,
			timeZone: events.timeZone,
			itemId: programmeItems.id,
			kind: programmeItems.kind,
			titles: programmeItems.titles,
			day: programmeItems.day,
			startsAt: programmeItems.startsAt,
			endsAt: programmeItems.endsAt,
			room: programmeItems.room,
			position: programmeItems.position,
			role: programmeSpeakers.role,
			titleAtEvent: programmeSpeakers.titleAtEvent,
			organisation: organisations.name,
			organisationAcronym: organisations.acronym
		})
		.from(programmeSpeakers)
		.innerJoin(programmeItems, eq(programmeItems.id, programmeSpeakers.itemId))
		.innerJoin(events, eq(events.id, programmeItems.eventId))
		.leftJoin(organisations, eq(organisations.id, programmeSpeakers.organisationId))
		.where(eq(programmeSpeakers.personId, personId))
		.orderBy(asc(events.startDate), asc(programmeItems.day), asc(programmeItems.startsAt), asc(programmeItems.position));
	if (!rows.length) return null;
	const byEvent = [...groupBy(rows, (row) => row.eventId).values()].map((items) => ({
		id: items[0].eventId,
		titles: items[0].eventTitles,
		startDate: items[0].startDate,
		endDate: items[0].endDate,
		timeZone: items[0].timeZone,
		items
	}));
	const { mergedIntoId: _, ...shown } = person;
	return { kind: 'speaker' as const, person: shown, events: byEvent.reverse() };
}
