import { asc, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '$lib/i18n';
import type { ProgrammeItemKind, SpeakerRole } from '$lib/programme/types';
import type { Ctx } from '../core/actor';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Db } from '../db/client';
import * as audit from '../audit';
import { organisations, people } from '../directory/schema';
import { registerOrganisationReference, registerPersonReference } from '../directory/references';
import { programmeItems, programmeSpeakers } from './schema';

registerPersonReference({ table: programmeSpeakers, column: programmeSpeakers.personId });
registerOrganisationReference({ table: programmeSpeakers, column: programmeSpeakers.organisationId });

export interface ProgrammeItemInput {
	kind: ProgrammeItemKind;
	titles: LocalizedText;
	day?: string;
	room?: string;
	speakers: { personId: string; role: SpeakerRole; titleAtEvent?: string; organisationId?: string }[];
}

/**
 * Adds a programme item with its speakers at the end of an event's programme. (The secretariat's
 * programme editor, times, rooms and iCalendar feeds come with the events issue; the demo data
 * uses this to record the seeds' panels.)
 */
export async function addItem(ctx: Ctx, eventId: string, input: ProgrammeItemInput) {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const existing = await tx.select({ id: programmeItems.id }).from(programmeItems).where(eq(programmeItems.eventId, eventId));
		const [item] = await tx
			.insert(programmeItems)
			.values({
				eventId,
				kind: input.kind,
				titles: input.titles,
				day: input.day ?? null,
				room: input.room ?? null,
				position: existing.length + 1
			})
			.returning();
		if (input.speakers.length) {
			await tx.insert(programmeSpeakers).values(
				input.speakers.map((s, i) => ({
					itemId: item.id,
					personId: s.personId,
					role: s.role,
					titleAtEvent: s.titleAtEvent ?? null,
					organisationId: s.organisationId ?? null,
					position: i + 1
				}))
			);
		}
		await audit.record(tx, ctx.actor, {
			action: 'programme.add-item',
			entityType: 'event',
			entityId: eventId,
			after: { ...item, speakers: input.speakers }
		});
		return item;
	});
}

/** An event's programme in order, each item with its speakers: two queries whatever the size. */
export async function forEvent(db: Db, eventId: string) {
	const items = await db.select().from(programmeItems).where(eq(programmeItems.eventId, eventId)).orderBy(asc(programmeItems.position));
	if (!items.length) return [];
	const speakers = await db
		.select({
			itemId: programmeSpeakers.itemId,
			role: programmeSpeakers.role,
			titleAtEvent: programmeSpeakers.titleAtEvent,
			honorific: people.honorific,
			givenName: people.givenName,
			familyName: people.familyName,
			organisation: organisations.name,
			organisationAcronym: organisations.acronym
		})
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
	return items.map((item) => ({ ...item, speakers: speakers.filter((s) => s.itemId === item.id) }));
}
