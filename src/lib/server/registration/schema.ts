import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { id, localized, timestamps, version } from '../db/columns';
import { events } from '../dialogues/schema';
import { organisations, people } from '../directory/schema';
import { states } from '../reference/schema';
import { users } from '../auth/schema';
import { GENDERS, MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from '../../directory/types';
import {
	PARTICIPATION_MODES,
	REGISTRATION_CATEGORIES,
	REGISTRATION_STATUSES,
	type Answers,
	type FormDefinition
} from '../../registration/types';

/**
 * How an event takes registrations. `placesTaken` counts the registrations holding a place in the
 * room; the CHECK makes the database refuse an overbooking whatever the code does.
 */
export const registrationSettings = pgTable(
	'registration_settings',
	{
		eventId: uuid('event_id')
			.primaryKey()
			.references(() => events.id, { onDelete: 'cascade' }),
		open: boolean('open').notNull().default(false),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** Places in the room; null means unlimited. Online participation has no limit. */
		capacity: integer('capacity'),
		placesTaken: integer('places_taken').notNull().default(0),
		requiresFocalPointApproval: boolean('requires_focal_point_approval').notNull().default(false),
		/** Places in the room per government delegation; null means no quota. */
		delegationQuota: integer('delegation_quota'),
		/** Months after the event's last day after which personal fields are erased; null keeps them. */
		retentionMonths: integer('retention_months'),
		privacyNotices: localized('privacy_notices').notNull(),
		/** The last participant number given; numbers name participants once their data is erased. */
		lastNumber: integer('last_number').notNull().default(0),
		personalDataErasedAt: timestamp('personal_data_erased_at', { withTimezone: true }),
		version: version(),
		...timestamps()
	},
	(t) => [
		check('registration_places_within_capacity', sql`${t.capacity} is null or ${t.placesTaken} <= ${t.capacity}`),
		check('registration_places_not_negative', sql`${t.placesTaken} >= 0`)
	]
);

/** One version of an event's form. Versions are never edited: answers name the version they answered. */
export const registrationForms = pgTable(
	'registration_forms',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		definition: jsonb('definition').$type<FormDefinition>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique().on(t.eventId, t.version)]
);

/** Places taken in a choice that has a capacity (a workshop, a site visit), enforced like the room's. */
export const registrationChoiceCounts = pgTable(
	'registration_choice_counts',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		fieldKey: text('field_key').notNull(),
		choiceKey: text('choice_key').notNull(),
		capacity: integer('capacity'),
		taken: integer('taken').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.fieldKey, t.choiceKey] }),
		check('registration_choice_within_capacity', sql`${t.capacity} is null or ${t.taken} <= ${t.capacity}`)
	]
);

/** A State's delegation to an event: its quota of places in the room and its head. */
export const delegations = pgTable(
	'delegations',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		stateId: text('state_id')
			.notNull()
			.references(() => states.id),
		quota: integer('quota'),
		seatsTaken: integer('seats_taken').notNull().default(0),
		headRegistrationId: uuid('head_registration_id'),
		...timestamps()
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.stateId] }),
		check('delegation_seats_within_quota', sql`${t.quota} is null or ${t.seatsTaken} <= ${t.quota}`),
		check('delegation_seats_not_negative', sql`${t.seatsTaken} >= 0`)
	]
);

/**
 * A person's registration for an event. Personal fields are nulled when the event's retention
 * period ends (`erasedAt`); category, State, organisation type, gender, mode and status stay, so
 * statistics keep counting right.
 */
export const registrations = pgTable(
	'registrations',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		/** Participant number within the event, from 1. */
		number: integer('number').notNull(),
		formId: uuid('form_id')
			.notNull()
			.references(() => registrationForms.id),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		personId: uuid('person_id').references(() => people.id),
		/** The account that entered it when someone else did (a focal point nominating a delegate). */
		nominatedByUserId: uuid('nominated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		givenName: text('given_name'),
		familyName: text('family_name'),
		email: text('email'),
		honorific: text('honorific'),
		gender: text('gender', { enum: GENDERS }).notNull().default('undisclosed'),
		affiliation: text('affiliation'),
		position: text('position'),
		countryId: text('country_id').references(() => states.id),
		phone: text('phone'),
		category: text('category', { enum: REGISTRATION_CATEGORIES }).notNull(),
		/** The delegation's State, for the government category. */
		stateId: text('state_id').references(() => states.id),
		/** The State's IOM membership on the event's first day, kept as it was. */
		membership: text('membership', { enum: MEMBERSHIP_STATUSES }),
		organisationId: uuid('organisation_id').references(() => organisations.id),
		organisationType: text('organisation_type', { enum: ORGANISATION_TYPES }),
		status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
		mode: text('mode', { enum: PARTICIPATION_MODES }).notNull(),
		sponsored: boolean('sponsored').notNull().default(false),
		answers: jsonb('answers').$type<Answers>().notNull().default({}),
		consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
		/** When it joined the waiting list; promotion goes in this order. */
		waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		/** The secret the QR code carries; a new one is issued if it leaks. */
		checkInToken: text('check_in_token').notNull(),
		erasedAt: timestamp('erased_at', { withTimezone: true }),
		/**
		 * Whether the registration has an attendance record in the room / online, on any day. Kept
		 * by triggers on `attendance` (migration 0004), never written by the application: the
		 * statistics count who was present from one scan of registrations instead of grouping every
		 * attendance record by person.
		 */
		attendedInRoom: boolean('attended_in_room').notNull().default(false),
		attendedOnline: boolean('attended_online').notNull().default(false),
		version: version(),
		...timestamps()
	},
	(t) => [
		unique().on(t.eventId, t.number),
		uniqueIndex('registrations_check_in_token_unique').on(t.checkInToken),
		// One live registration per address and event; withdrawn ones do not block a new one.
		uniqueIndex('registrations_event_email_unique')
			.on(t.eventId, sql`lower(${t.email})`)
			.where(sql`${t.status} <> 'withdrawn' and ${t.email} is not null`),
		index().on(t.eventId, t.status),
		index().on(t.eventId, t.stateId),
		index().on(t.userId)
	]
);
