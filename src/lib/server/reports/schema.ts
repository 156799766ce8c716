import { sql } from 'drizzle-orm';
import {
	check,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { cycles, dialogues, events } from '../dialogues/schema';
import { organisations } from '../directory/schema';
import { evidenceFacts, practices } from '../practices/schema';
import { states } from '../reference/schema';
import { TARGET_GROUPS } from '../../practices/types';
import { ITEM_KINDS, ITEM_LEVELS, REPORT_STATUSES, REVIEW_DECISIONS, SECTION_KINDS } from '../../reports/types';
import type { ReportSnapshot } from '../../reports/snapshot';
import { id, localized, timestamps, version } from '../db/columns';

const textArray = (name: string) =>
	text(name)
		.array()
		.notNull()
		.default(sql`'{}'`);
/** The first of the four languages a localized column has a non-blank value in: a report may be written in French only. */
const anyLanguage = (column: AnyPgColumn) =>
	sql`coalesce(nullif(${column}->>'en', ''), nullif(${column}->>'fr', ''), nullif(${column}->>'es', ''), nullif(${column}->>'ar', ''), '')`;
const inList = (column: AnyPgColumn, allowed: readonly string[]) =>
	sql`${column} <@ array[${sql.raw(allowed.map((v) => `'${v}'`).join(','))}]::text[]`;

/**
 * A key-findings report of an event, or of a whole cycle (issue 8). This row and its sections are
 * the working copy the secretariat edits; what the public reads is a published version (below).
 */
export const reports = pgTable(
	'reports',
	{
		id: id(),
		/** The permanent address: /reports/<slug>. */
		slug: text('slug').notNull().unique(),
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id),
		/** Null for a report of the whole cycle. */
		eventId: uuid('event_id'),
		titles: localized('titles').notNull(),
		summaries: localized('summaries'),
		status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
		/** Who sent the working copy for review: someone else must approve it (four eyes). */
		submittedBy: uuid('submitted_by'),
		/**
		 * Who changed the working copy since it was created or last published (users' ids, each once):
		 * none of them may approve it (four eyes). Publication empties it.
		 */
		editors: uuid('editors')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** The newest published version's number (null before the first publication). */
		publishedVersion: integer('published_version'),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.dialogueId),
		index().on(t.eventId),
		// The event must belong to the report's cycle: the database refuses an event of another year.
		foreignKey({ columns: [t.eventId, t.cycleId], foreignColumns: [events.id, events.cycleId], name: 'reports_event_cycle_fk' }),
		check('reports_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 120`),
		check('reports_title_any', sql`length(${anyLanguage(t.titles)}) between 1 and 300`)
	]
);

/** The report's sections in order. */
export const reportSections = pgTable(
	'report_sections',
	{
		id: id(),
		reportId: uuid('report_id')
			.notNull()
			.references(() => reports.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind', { enum: SECTION_KINDS }).notNull().default('text'),
		titles: localized('titles').notNull(),
		/** Formatted text (src/lib/domain/note.ts: sanitised by construction), per language. */
		bodies: localized('bodies')
	},
	(t) => [index().on(t.reportId, t.position), check('report_sections_title_any', sql`length(${anyLanguage(t.titles)}) between 1 and 300`)]
);

/**
 * A finding or recommendation: an item of its own, tagged and linked, that one or several reports
 * of the dialogue list, and that follow-up actions hang on. `cycle_id` is the year it was made in.
 */
export const reportItems = pgTable(
	'report_items',
	{
		id: id(),
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycles.id),
		kind: text('kind', { enum: ITEM_KINDS }).notNull(),
		level: text('level', { enum: ITEM_LEVELS }),
		/** The lead phrase shown in bold (seed 000 opens most findings with one). */
		headlines: localized('headlines'),
		texts: localized('texts').notNull(),
		gcmObjectives: integer('gcm_objectives')
			.array()
			.notNull()
			.default(sql`'{}'`),
		principles: textArray('principles'),
		areas: textArray('areas'),
		stages: textArray('stages'),
		targetGroups: textArray('target_groups'),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.dialogueId, t.kind),
		index('report_items_gcm').using('gin', t.gcmObjectives),
		// What follow-up actions reference: they may only hang on a recommendation of the same dialogue.
		unique('report_items_id_dialogue_kind').on(t.id, t.dialogueId, t.kind),
		check('report_items_text_any', sql`length(${anyLanguage(t.texts)}) between 1 and 8000`),
		check('report_items_gcm_range', sql`1 <= all(${t.gcmObjectives}) and 23 >= all(${t.gcmObjectives})`),
		check('report_items_principles', sql`${t.principles} <@ array['a','b','c','d','e','f','g','h','i','j']::text[]`),
		check('report_items_target_groups', inList(t.targetGroups, TARGET_GROUPS))
	]
);

/** Which items a section lists, in order; the same item may be listed by several reports. */
export const reportSectionItems = pgTable(
	'report_section_items',
	{
		sectionId: uuid('section_id')
			.notNull()
			.references(() => reportSections.id, { onDelete: 'cascade' }),
		itemId: uuid('item_id')
			.notNull()
			.references(() => reportItems.id),
		position: integer('position').notNull()
	},
	(t) => [primaryKey({ columns: [t.sectionId, t.itemId] }), index().on(t.itemId)]
);

/** For each expected outcome of the report's event (its index in `events.expected_outcomes`), the items that address it. */
export const reportOutcomeItems = pgTable(
	'report_outcome_items',
	{
		reportId: uuid('report_id')
			.notNull()
			.references(() => reports.id, { onDelete: 'cascade' }),
		outcome: integer('outcome').notNull(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => reportItems.id),
		position: integer('position').notNull()
	},
	(t) => [primaryKey({ columns: [t.reportId, t.outcome, t.itemId] }), check('report_outcome_items_outcome', sql`${t.outcome} >= 0`)]
);

// The links of an item: foreign keys, so a link to something that does not exist is refused by the database.
export const reportItemPractices = pgTable(
	'report_item_practices',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => reportItems.id, { onDelete: 'cascade' }),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.itemId, t.practiceId] }), index().on(t.practiceId)]
);
export const reportItemFacts = pgTable(
	'report_item_facts',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => reportItems.id, { onDelete: 'cascade' }),
		factId: uuid('fact_id')
			.notNull()
			.references(() => evidenceFacts.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.itemId, t.factId] }), index().on(t.factId)]
);
export const reportItemStates = pgTable(
	'report_item_states',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => reportItems.id, { onDelete: 'cascade' }),
		stateId: text('state_id')
			.notNull()
			.references(() => states.id)
	},
	(t) => [primaryKey({ columns: [t.itemId, t.stateId] }), index().on(t.stateId)]
);
export const reportItemOrganisations = pgTable(
	'report_item_organisations',
	{
		itemId: uuid('item_id')
			.notNull()
			.references(() => reportItems.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id)
	},
	(t) => [primaryKey({ columns: [t.itemId, t.organisationId] }), index().on(t.organisationId)]
);

/**
 * A published version: the report as it was published, frozen with its items, links and annex
 * (figures computed at publication). A trigger in migration 0015 refuses any change to a row, so
 * a correction can only be a new version, whose note says what changed.
 */
export const reportVersions = pgTable(
	'report_versions',
	{
		reportId: uuid('report_id')
			.notNull()
			.references(() => reports.id),
		number: integer('number').notNull(),
		content: jsonb('content').$type<ReportSnapshot>().notNull(),
		/** What this version corrects (required from version 2 on). */
		notes: localized('notes'),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
		publishedBy: uuid('published_by')
	},
	(t) => [
		primaryKey({ columns: [t.reportId, t.number] }),
		check('report_versions_number', sql`${t.number} >= 1`),
		check('report_versions_note', sql`${t.number} = 1 or length(${anyLanguage(t.notes)}) > 0`)
	]
);

/** A review of the working copy sent for review. */
export const reportReviews = pgTable(
	'report_reviews',
	{
		id: id(),
		reportId: uuid('report_id')
			.notNull()
			.references(() => reports.id, { onDelete: 'cascade' }),
		/** Null when the system (the demo data) reviewed it. */
		reviewerId: uuid('reviewer_id'),
		decision: text('decision', { enum: REVIEW_DECISIONS }).notNull(),
		comment: text('comment'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index().on(t.reportId)]
);

/** The follow-up statuses a dialogue defines, each with the progress it stands for. */
export const followUpStatuses = pgTable(
	'follow_up_statuses',
	{
		dialogueId: uuid('dialogue_id')
			.notNull()
			.references(() => dialogues.id),
		key: text('key').notNull(),
		labels: localized('labels').notNull(),
		progress: integer('progress').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.dialogueId, t.key] }),
		check('follow_up_statuses_progress', sql`${t.progress} between 0 and 100`),
		check('follow_up_statuses_key', sql`${t.key} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.key}) <= 40`)
	]
);

/**
 * What a State or an Organisation does about a recommendation. The composite keys make the
 * database hold the rules: the item is a recommendation of this dialogue, and the status is one
 * this dialogue defines.
 */
export const followUpActions = pgTable(
	'follow_up_actions',
	{
		id: id(),
		itemId: uuid('item_id').notNull(),
		dialogueId: uuid('dialogue_id').notNull(),
		itemKind: text('item_kind', { enum: ITEM_KINDS }).notNull().default('recommendation'),
		ownerStateId: text('owner_state_id').references(() => states.id),
		ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
		descriptions: localized('descriptions').notNull(),
		status: text('status').notNull(),
		dueDate: date('due_date'),
		version: version(),
		...timestamps()
	},
	(t) => [
		index().on(t.itemId),
		unique('follow_up_actions_id_dialogue').on(t.id, t.dialogueId),
		foreignKey({
			columns: [t.itemId, t.dialogueId, t.itemKind],
			foreignColumns: [reportItems.id, reportItems.dialogueId, reportItems.kind],
			name: 'follow_up_actions_item_fk'
		}).onDelete('cascade'),
		foreignKey({
			columns: [t.dialogueId, t.status],
			foreignColumns: [followUpStatuses.dialogueId, followUpStatuses.key],
			name: 'follow_up_actions_status_fk'
		}),
		check('follow_up_actions_recommendation', sql`${t.itemKind} = 'recommendation'`),
		check('follow_up_actions_one_owner', sql`(${t.ownerStateId} is null) <> (${t.ownerOrganisationId} is null)`),
		check('follow_up_actions_description_any', sql`length(${anyLanguage(t.descriptions)}) between 1 and 4000`)
	]
);

/** A dated entry in an action's timeline; the newest entry's status is the action's status. */
export const followUpEntries = pgTable(
	'follow_up_entries',
	{
		id: id(),
		actionId: uuid('action_id').notNull(),
		dialogueId: uuid('dialogue_id').notNull(),
		on: date('on').notNull(),
		texts: localized('texts').notNull(),
		status: text('status').notNull(),
		createdBy: uuid('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.actionId, t.on),
		// The entry's status must be one of its action's dialogue.
		foreignKey({
			columns: [t.actionId, t.dialogueId],
			foreignColumns: [followUpActions.id, followUpActions.dialogueId],
			name: 'follow_up_entries_action_fk'
		}).onDelete('cascade'),
		foreignKey({
			columns: [t.dialogueId, t.status],
			foreignColumns: [followUpStatuses.dialogueId, followUpStatuses.key],
			name: 'follow_up_entries_status_fk'
		}),
		check('follow_up_entries_text_any', sql`length(${anyLanguage(t.texts)}) between 1 and 4000`)
	]
);
