import { date, index, integer, pgTable, text, time, uuid } from 'drizzle-orm/pg-core';
import { id, localized, timestamps } from '../db/columns';
import { events } from '../dialogues/schema';
import { organisations, people } from '../directory/schema';
import { PROGRAMME_ITEM_KINDS, SPEAKER_ROLES } from '../../programme/types';

/** One moment of an event: a panel, a keynote, the opening... in programme order. */
export const programmeItems = pgTable(
	'programme_items',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: PROGRAMME_ITEM_KINDS }).notNull(),
		titles: localized('titles').notNull(),
		descriptions: localized('descriptions'),
		day: date('day'),
		startsAt: time('starts_at'),
		endsAt: time('ends_at'),
		room: text('room'),
		position: integer('position').notNull(),
		...timestamps()
	},
	(t) => [index().on(t.eventId, t.position)]
);

/** A person speaking in a programme item, with the title and organisation they held then. */
export const programmeSpeakers = pgTable(
	'programme_speakers',
	{
		id: id(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => programmeItems.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		role: text('role', { enum: SPEAKER_ROLES }).notNull(),
		titleAtEvent: text('title_at_event'),
		organisationId: uuid('organisation_id').references(() => organisations.id),
		position: integer('position').notNull()
	},
	(t) => [index().on(t.itemId), index().on(t.personId)]
);
