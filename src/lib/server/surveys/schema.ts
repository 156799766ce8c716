import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	doublePrecision,
	foreignKey,
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
import { cycles, events } from '../dialogues/schema';
import { AUDIENCES, QUESTION_KINDS, VISIBILITIES } from '../../surveys/types';

/**
 * A survey of an event's registrants or attendees, of a cycle's focal points (one response per
 * State), or of anyone with its link. Anonymous surveys keep no link between a person and a
 * response (see survey_responses and survey_answered).
 */
export const surveys = pgTable(
	'surveys',
	{
		id: id(),
		eventId: uuid('event_id').references(() => events.id, { onDelete: 'cascade' }),
		cycleId: uuid('cycle_id').references(() => cycles.id, { onDelete: 'cascade' }),
		titles: localized('titles').notNull(),
		introductions: localized('introductions'),
		audience: text('audience', { enum: AUDIENCES }).notNull(),
		anonymous: boolean('anonymous').notNull().default(true),
		editableAfterSubmit: boolean('editable_after_submit').notNull().default(false),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		resultsVisibility: text('results_visibility', { enum: VISIBILITIES }).notNull().default('secretariat'),
		/** The unguessable part of the address of a `link` survey. */
		linkToken: text('link_token'),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.eventId),
		index().on(t.cycleId),
		unique('surveys_id_anonymous').on(t.id, t.anonymous),
		uniqueIndex('surveys_link_token_unique').on(t.linkToken),
		check('surveys_owner', sql`(${t.eventId} is null) <> (${t.cycleId} is null)`),
		check('surveys_focal_points_of_cycle', sql`(${t.audience} = 'focal-points') = (${t.cycleId} is not null)`),
		check('surveys_link_token', sql`(${t.audience} = 'link') = (${t.linkToken} is not null)`),
		check('surveys_dates', sql`${t.closesAt} > ${t.opensAt}`),
		// An anonymous response cannot be found again by the person who gave it, so it cannot be edited.
		check('surveys_anonymous_not_editable', sql`not (${t.anonymous} and ${t.editableAfterSubmit})`)
	]
);

export const surveySections = pgTable(
	'survey_sections',
	{
		id: id(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		titles: localized('titles').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [index().on(t.surveyId), unique('survey_sections_id_survey').on(t.id, t.surveyId)]
);

/**
 * A question. Its choices (the points of a scale, first = 1) and the items of a rating grid are rows
 * of their own. Shown only when an earlier question has a value, when a condition is set.
 */
export const surveyQuestions = pgTable(
	'survey_questions',
	{
		id: id(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		sectionId: uuid('section_id').notNull(),
		position: integer('position').notNull().default(0),
		kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
		titles: localized('titles').notNull(),
		hints: localized('hints'),
		required: boolean('required').notNull().default(false),
		/** A question that has answers cannot change meaning; it can be hidden instead. */
		hidden: boolean('hidden').notNull().default(false),
		/** Multiple choice: an "Other" answer with a text. */
		allowOther: boolean('allow_other').notNull().default(false),
		minValue: doublePrecision('min_value'),
		maxValue: doublePrecision('max_value'),
		conditionQuestionId: uuid('condition_question_id'),
		/** The choice id, or `yes` / `no`, that the condition's question must have. */
		conditionValue: text('condition_value')
	},
	(t) => [
		index().on(t.surveyId, t.position),
		unique('survey_questions_id_survey').on(t.id, t.surveyId),
		foreignKey({
			name: 'survey_questions_section_fk',
			columns: [t.sectionId, t.surveyId],
			foreignColumns: [surveySections.id, surveySections.surveyId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'survey_questions_condition_fk',
			columns: [t.conditionQuestionId, t.surveyId],
			foreignColumns: [t.id, t.surveyId]
		}),
		check('survey_questions_condition', sql`(${t.conditionQuestionId} is null) = (${t.conditionValue} is null)`),
		check('survey_questions_not_own_condition', sql`${t.conditionQuestionId} is null or ${t.conditionQuestionId} <> ${t.id}`),
		check('survey_questions_other', sql`not ${t.allowOther} or ${t.kind} = 'multiple-choice'`),
		check('survey_questions_range', sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`)
	]
);

/** A choice of a question, or a point of its scale (ordered by position). */
export const surveyChoices = pgTable(
	'survey_choices',
	{
		id: id(),
		questionId: uuid('question_id')
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		labels: localized('labels').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [index().on(t.questionId), unique('survey_choices_id_question').on(t.id, t.questionId)]
);

/** An item rated on a grid's scale. */
export const surveyItems = pgTable(
	'survey_items',
	{
		id: id(),
		questionId: uuid('question_id')
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		labels: localized('labels').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [index().on(t.questionId), unique('survey_items_id_question').on(t.id, t.questionId)]
);

/**
 * A submitted response. One per person or per State: the unique key on (survey, respondent) says so
 * for named surveys. An anonymous response has no respondent, no user and no time of day: only the
 * date it was submitted (a CHECK holds it, `anonymous` is the survey's, by a composite key). Drafts
 * are not responses: they are in survey_drafts until submitted.
 */
export const surveyResponses = pgTable(
	'survey_responses',
	{
		id: id(),
		surveyId: uuid('survey_id').notNull(),
		anonymous: boolean('anonymous').notNull(),
		/** A named response's respondent: the user's id, or the State's code for a focal-point survey. */
		respondentKey: text('respondent_key'),
		stateId: text('state_id'),
		submittedOn: date('submitted_on').notNull(),
		/** Named responses only: when it was submitted and last changed. */
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		changedAt: timestamp('changed_at', { withTimezone: true })
	},
	(t) => [
		index().on(t.surveyId),
		unique('survey_responses_one_per_respondent').on(t.surveyId, t.respondentKey),
		unique('survey_responses_id_survey').on(t.id, t.surveyId),
		foreignKey({
			name: 'survey_responses_survey_fk',
			columns: [t.surveyId, t.anonymous],
			foreignColumns: [surveys.id, surveys.anonymous]
		})
			.onDelete('cascade')
			.onUpdate('cascade'),
		check(
			'survey_responses_anonymous_unlinked',
			sql`not ${t.anonymous} or (${t.respondentKey} is null and ${t.stateId} is null and ${t.submittedAt} is null and ${t.changedAt} is null)`
		),
		check('survey_responses_named_respondent', sql`${t.anonymous} or (${t.respondentKey} is not null and ${t.submittedAt} is not null)`)
	]
);

/**
 * Who has answered (every survey): the key that stops a second answer of an anonymous survey and
 * the list reminders skip. For an anonymous survey nothing links a row here to a response.
 */
export const surveyAnswered = pgTable(
	'survey_answered',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		respondentKey: text('respondent_key').notNull(),
		/** The day, in the survey's zone, for a named survey; none for an anonymous one (with its responses' days it would tie a person to a response). */
		answeredOn: date('answered_on')
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.respondentKey] })]
);

/** A draft kept for its author until submitted (then deleted): answers as the form sent them, checked. */
export const surveyDrafts = pgTable(
	'survey_drafts',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		respondentKey: text('respondent_key').notNull(),
		answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
		savedOn: date('saved_on').notNull()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.respondentKey] })]
);

/**
 * One answer, normalised: a choice (an item's rating on a grid), a number (yes = 1, no = 0) or a
 * text ("other" is the text beside a multiple choice's null choice). Results are SQL aggregates of it.
 */
export const surveyAnswers = pgTable(
	'survey_answers',
	{
		responseId: uuid('response_id').notNull(),
		surveyId: uuid('survey_id').notNull(),
		questionId: uuid('question_id').notNull(),
		itemId: uuid('item_id'),
		choiceId: uuid('choice_id'),
		number: doublePrecision('number'),
		text: text('text')
	},
	(t) => [
		index().on(t.surveyId, t.questionId, t.choiceId),
		index().on(t.responseId),
		// The minimum and maximum of a number question, read without a scan.
		index('survey_answers_question_number')
			.on(t.questionId, t.number)
			.where(sql`${t.number} is not null`),
		// A question's open answers in order (their first characters: a long text does not fit a
		// btree entry whole), and a search inside them (trigrams, pg_trgm as for practices).
		index('survey_answers_question_text')
			.on(t.questionId, sql`left(${t.text}, 200)`)
			.where(sql`${t.text} is not null`),
		index('survey_answers_text_search')
			.using('gin', sql`${t.text} gin_trgm_ops`)
			.where(sql`${t.text} is not null`),
		foreignKey({
			name: 'survey_answers_response_fk',
			columns: [t.responseId, t.surveyId],
			foreignColumns: [surveyResponses.id, surveyResponses.surveyId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'survey_answers_question_fk',
			columns: [t.questionId, t.surveyId],
			foreignColumns: [surveyQuestions.id, surveyQuestions.surveyId]
		}).onDelete('cascade'),
		// A choice and an item belong to the answer's question.
		foreignKey({
			name: 'survey_answers_choice_fk',
			columns: [t.choiceId, t.questionId],
			foreignColumns: [surveyChoices.id, surveyChoices.questionId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'survey_answers_item_fk',
			columns: [t.itemId, t.questionId],
			foreignColumns: [surveyItems.id, surveyItems.questionId]
		}).onDelete('cascade'),
		check('survey_answers_something', sql`${t.choiceId} is not null or ${t.number} is not null or ${t.text} is not null`)
	]
);

/**
 * A survey's counts, kept at each submission in the same transaction (decision 014), so that the
 * results read a few hundred rows instead of every answer. Rows, by key (nulls alike):
 * - (survey, -, -, -): `respondents` = the survey's responses;
 * - (survey, question, -, -): `respondents` = the responses that answered the question, and the
 *   answers without a choice (numbers, yes / no as 1 / 0, texts, "other");
 * - (survey, question, item or -, choice): `answers` = how many chose it (on that grid item).
 * No person and no response: an anonymous survey's tallies say nothing of who answered. The
 * minimum and maximum of a number are read from the answers (an index), as they cannot be taken
 * back when an answer changes. `recountTallies` rebuilds them from the answers.
 */
export const surveyTallies = pgTable(
	'survey_tallies',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		questionId: uuid('question_id').references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		itemId: uuid('item_id').references(() => surveyItems.id, { onDelete: 'cascade' }),
		choiceId: uuid('choice_id').references(() => surveyChoices.id, { onDelete: 'cascade' }),
		respondents: integer('respondents').notNull().default(0),
		answers: integer('answers').notNull().default(0),
		numbers: integer('numbers').notNull().default(0),
		sum: doublePrecision('sum').notNull().default(0),
		texts: integer('texts').notNull().default(0)
	},
	// No CHECK that counts stay positive: it would be checked on the change proposed for insertion
	// (a -1 when an edit takes an answer back), before the conflict adds it to the count.
	(t) => [unique('survey_tallies_key').on(t.surveyId, t.questionId, t.itemId, t.choiceId).nullsNotDistinct()]
);
