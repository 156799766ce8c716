import { date, index, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id, timestamps, version } from '../db/columns';
import { states } from '../reference/schema';
import { ORGANISATION_TYPES, GENDERS } from '../../directory/types';

export const organisations = pgTable(
	'organisations',
	{
		id: id(),
		name: text('name').notNull(),
		acronym: text('acronym'),
		type: text('type', { enum: ORGANISATION_TYPES }).notNull(),
		countryId: text('country_id').references(() => states.id),
		parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
		website: text('website'),
		/** Set when this record was merged into another; merged records are kept for the audit trail. */
		mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => organisations.id),
		version: version(),
		...timestamps()
	},
	(t) => [index().on(t.type), index().on(t.countryId)]
);

export const people = pgTable('people', {
	id: id(),
	honorific: text('honorific'),
	givenName: text('given_name').notNull(),
	familyName: text('family_name').notNull(),
	gender: text('gender', { enum: GENDERS }).notNull().default('undisclosed'),
	email: text('email'),
	mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => people.id),
	version: version(),
	...timestamps()
});

/** A title a person held at an organisation over a period ("Director General, IOM, 1998-2008"). */
export const positions = pgTable(
	'positions',
	{
		id: id(),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		title: text('title').notNull(),
		organisationId: uuid('organisation_id').references(() => organisations.id),
		validFrom: date('valid_from'),
		validTo: date('valid_to'),
		...timestamps()
	},
	(t) => [index().on(t.personId), index().on(t.organisationId)]
);
