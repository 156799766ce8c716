import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from '../db/columns';
import { users } from '../auth/schema';
import { organisations } from '../directory/schema';
import { states } from '../reference/schema';
import { practices } from './schema';
import { RECOMMENDATIONS, VERSION_KINDS, type CriteriaAnswers } from '../../practices/review-types';

const inList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(',')})`);

/**
 * Who submits a practice and where its submission stands (docs/decisions, "practice review"): one
 * row per practice that came through the form (imported practices have none). `round` counts the
 * submissions: reviews belong to a round, and a resubmission after "changes requested" starts a
 * new one.
 */
export const practiceSubmissions = pgTable(
	'practice_submissions',
	{
		practiceId: uuid('practice_id')
			.primaryKey()
			.references(() => practices.id, { onDelete: 'cascade' }),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => users.id),
		/** The State or Organisation the focal point submitted for (none for the secretariat). */
		stateId: text('state_id').references(() => states.id),
		organisationId: uuid('organisation_id').references(() => organisations.id),
		/** The Hub's criteria checklist: each criterion ticked with a reason. */
		criteria: jsonb('criteria').$type<CriteriaAnswers>().notNull().default({}),
		round: integer('round').notNull().default(0),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		/** The secretariat's last word to the submitter (changes requested, rejected, published). */
		decisionNote: text('decision_note'),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('practice_submissions_owner').on(t.ownerId), check('practice_submissions_round', sql`${t.round} >= 0`)]
);

/** A reviewer the secretariat assigned to a practice (for every round until removed). */
export const practiceReviewers = pgTable(
	'practice_reviewers',
	{
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' }),
		reviewerId: uuid('reviewer_id')
			.notNull()
			.references(() => users.id),
		assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
		assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.practiceId, t.reviewerId] }), index('practice_reviewers_reviewer').on(t.reviewerId)]
);

/** A reviewer's declaration of conflicts of interest: one per reviewer per practice, made before reviewing. */
export const practiceConflictDeclarations = pgTable(
	'practice_conflict_declarations',
	{
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' }),
		reviewerId: uuid('reviewer_id')
			.notNull()
			.references(() => users.id),
		hasConflict: boolean('has_conflict').notNull(),
		statement: text('statement'),
		declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.practiceId, t.reviewerId] })]
);

/** A review: one per reviewer per round (the unique index holds it when two arrive at once). */
export const practiceReviews = pgTable(
	'practice_reviews',
	{
		id: id(),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' }),
		reviewerId: uuid('reviewer_id')
			.notNull()
			.references(() => users.id),
		round: integer('round').notNull(),
		recommendation: text('recommendation', { enum: RECOMMENDATIONS }).notNull(),
		/** Addressed to the submitter. */
		comments: text('comments').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('practice_reviews_one_per_round').on(t.practiceId, t.reviewerId, t.round),
		check('practice_reviews_recommendation', sql`${t.recommendation} in ${inList(RECOMMENDATIONS)}`)
	]
);

/** Every submitted and published version of a practice, numbered, with its content as it was. */
export const practiceVersions = pgTable(
	'practice_versions',
	{
		id: id(),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		kind: text('kind', { enum: VERSION_KINDS }).notNull(),
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdByLabel: text('created_by_label').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('practice_versions_number').on(t.practiceId, t.number),
		check('practice_versions_kind', sql`${t.kind} in ${inList(VERSION_KINDS)}`),
		check('practice_versions_number_positive', sql`${t.number} >= 1`)
	]
);
