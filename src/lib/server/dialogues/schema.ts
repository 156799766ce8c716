import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, localized, timestamps, version } from '../db/columns';
import { states } from '../reference/schema';
import { organisations } from '../directory/schema';
import { CYCLE_STATUSES, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from '../../dialogues/types';
import type { LocalizedText } from '../../i18n/localized';

/** A standing forum such as the International Dialogue on Migration. */
export const dialogues = pgTable('dialogues', {
	id: id(),
	slug: text('slug').notNull().unique(),
	acronym: text('acronym'),
	names: localized('names').notNull(),
	descriptions: localized('descriptions'),
	secretariatId: uuid('secretariat_id').references(() => organisations.id),
	languages: text('languages').array().notNull().default(['en']),
	version: version(),
	...timestamps()
});

/** One year of a dialogue, with its overarching theme. */
export const cycles = pgTable(
	'cycles',
	{
		id: id(),
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id),
		year: integer('year').notNull(),
		themes: localized('themes').notNull(),
		summaries: localized('summaries'),
		status: text('status', { enum: CYCLE_STATUSES }).notNull().default('planning'),
		version: version(),
		...timestamps()
	},
	(t) => [unique().on(t.dialogueId, t.year)]
);

export const events = pgTable(
	'events',
	{
		id: id(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id),
		kind: text('kind', { enum: EVENT_KINDS }).notNull(),
		titles: localized('titles').notNull(),
		subtitles: localized('subtitles'),
		summaries: localized('summaries'),
		startDate: date('start_date').notNull(),
		endDate: date('end_date').notNull(),
		venue: text('venue'),
		city: text('city'),
		countryId: text('country_id').references(() => states.id),
		/** IANA time zone of the venue: programme times are local times there (iCalendar TZID). */
		timeZone: text('time_zone').notNull().default('Europe/Zurich'),
		format: text('format', { enum: EVENT_FORMATS }).notNull().default('in-person'),
		status: text('status', { enum: EVENT_STATUSES }).notNull().default('planned'),
		/** Why a postponed event was postponed (e.g. for lack of funding); kept only while it is postponed. */
		postponementReasons: localized('postponement_reasons'),
		/** Expected outcomes in order, each a localized text. */
		expectedOutcomes: jsonb('expected_outcomes').$type<LocalizedText[]>().notNull().default([]),
		documentSymbol: text('document_symbol'),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.cycleId),
		index().on(t.startDate),
		// Lets other tables (budget lines, earmarked pledges) name an event together with its cycle,
		// so the database refuses an event of another cycle.
		unique('events_id_cycle_unique').on(t.id, t.cycleId),
		check('events_postponed_has_reason', sql`${t.status} <> 'postponed' or ${t.postponementReasons} is not null`)
	]
);

export const eventOrganisers = pgTable(
	'event_organisers',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id),
		position: integer('position').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.eventId, t.organisationId] })]
);
