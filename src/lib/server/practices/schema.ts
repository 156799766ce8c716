import { sql, type SQL } from 'drizzle-orm';
import {
	check,
	customType,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { events } from '../dialogues/schema';
import { ORGANISATION_TYPES } from '../../directory/types';
import { M49_REGIONS, PRACTICE_SCOPES, PRACTICE_STATUSES, PUBLICATION_STATUSES, TARGET_GROUPS } from '../../practices/types';
import { bytea, id, localized, timestamps, version } from '../db/columns';

/** PostgreSQL's text-search document; only ever written by the generated columns below. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** A link or attachment of a practice. */
export interface PracticeLink {
	url: string;
	label?: string;
}

/** `column` holds only values of `allowed` (arrays cannot carry foreign keys: docs/decisions, "practice tags as arrays"). */
const subsetOf = (column: AnyPgColumn, allowed: readonly string[]) =>
	sql`${column} <@ array[${sql.raw(allowed.map((v) => `'${v}'`).join(','))}]::text[]`;

/**
 * One language's search document: title (A), summary (B), the rest (C), with that language's
 * text-search configuration (Arabic has none in PostgreSQL: `simple`, no stemming).
 */
function searchDocument(lang: 'en' | 'fr' | 'es' | 'ar', config: string, weightC: string[]): SQL {
	const cfg = sql.raw(`'${config}'::regconfig`);
	const field = (name: string) => sql.raw(`coalesce(${name}->>'${lang}', '')`);
	const rest = sql.raw(weightC.map((name) => `coalesce(${name}->>'${lang}', '')`).join(` || ' ' || `));
	return sql`setweight(to_tsvector(${cfg}, ${field('titles')}), 'A') || setweight(to_tsvector(${cfg}, ${field('summaries')}), 'B') || setweight(to_tsvector(${cfg}, ${rest}), 'C')`;
}
/** The first of the four languages a localized column has a non-blank value in ('' when none). */
const firstLanguage = (column: AnyPgColumn) =>
	sql`coalesce(nullif(${column}->>'en', ''), nullif(${column}->>'fr', ''), nullif(${column}->>'es', ''), nullif(${column}->>'ar', ''), '')`;
const PRACTICE_BODY = ['descriptions', 'outcomes', 'lessons', 'innovation'];

/**
 * A good practice or innovative solution (issue 7, the Hub's and GFMD's fields). The tags are
 * arrays with GIN indexes: a facet count is one pass over the matching rows, and a filter
 * (`gcm_objectives @> '{5}'`) uses the index. Their values are checked against the reference
 * tables by the operations that write them; the CHECKs hold what the database can check alone.
 */
export const practices = pgTable(
	'practices',
	{
		id: id(),
		/** The permanent address: /practices/<slug>; never reused. */
		slug: text('slug').notNull(),
		titles: localized('titles').notNull(),
		summaries: localized('summaries').notNull(),
		descriptions: localized('descriptions'),
		outcomes: localized('outcomes'),
		lessons: localized('lessons'),
		/** What makes it innovative and replicable (Hub criterion). */
		innovation: localized('innovation'),
		scope: text('scope', { enum: PRACTICE_SCOPES }).notNull(),
		periodStart: integer('period_start'),
		periodEnd: integer('period_end'),
		status: text('status', { enum: PRACTICE_STATUSES }).notNull(),
		/** ISO 3166-1 alpha-3 of the implementing States. */
		implementingStates: text('implementing_states')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** Names of the implementing organisations, and their types (the facet). */
		implementingOrganisations: text('implementing_organisations')
			.array()
			.notNull()
			.default(sql`'{}'`),
		organisationTypes: text('organisation_types')
			.array()
			.notNull()
			.default(sql`'{}'`),
		partners: text('partners')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** ISO 3166-1 alpha-3 of the countries where it is implemented. */
		countries: text('countries')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** IOM region codes (reference iom_regions). */
		regions: text('regions')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** UN M49 region codes ('002' Africa, '419' Latin America and the Caribbean…; reference/data/m49-regions.json). */
		m49Regions: text('m49_regions')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** Migration-cycle stage keys (reference migration_cycle_stages). */
		stages: text('stages')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** GCM objective numbers 1–23. */
		gcmObjectives: integer('gcm_objectives')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** GCM guiding principle letters a–j. */
		principles: text('principles')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** IOM migration management model area keys (including `cross-cutting`). */
		areas: text('areas')
			.array()
			.notNull()
			.default(sql`'{}'`),
		targetGroups: text('target_groups')
			.array()
			.notNull()
			.default(sql`'{}'`),
		contact: text('contact'),
		links: jsonb('links').$type<PracticeLink[]>().notNull().default([]),
		/** The event where it was presented, and/or the report that cites it. */
		sourceEventId: uuid('source_event_id').references(() => events.id),
		sourceReference: text('source_reference'),
		publicationStatus: text('publication_status', { enum: PUBLICATION_STATUSES }).notNull().default('draft'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Languages it can be read in (those with a title), for the language facet. */
		languages: text('languages')
			.array()
			.notNull()
			.generatedAlwaysAs(
				sql`array_remove(array[case when titles ? 'en' then 'en' end, case when titles ? 'fr' then 'fr' end, case when titles ? 'es' then 'es' end, case when titles ? 'ar' then 'ar' end], null)`
			),
		searchEn: tsvector('search_en')
			.notNull()
			.generatedAlwaysAs(searchDocument('en', 'english', PRACTICE_BODY)),
		searchFr: tsvector('search_fr')
			.notNull()
			.generatedAlwaysAs(searchDocument('fr', 'french', PRACTICE_BODY)),
		searchEs: tsvector('search_es')
			.notNull()
			.generatedAlwaysAs(searchDocument('es', 'spanish', PRACTICE_BODY)),
		searchAr: tsvector('search_ar')
			.notNull()
			.generatedAlwaysAs(searchDocument('ar', 'simple', PRACTICE_BODY)),
		/** Every title, lower-cased, for typo-tolerant matching with pg_trgm (its index is in the migration's hand-written block). */
		searchTitles: text('search_titles')
			.notNull()
			.generatedAlwaysAs(
				sql`lower(coalesce(titles->>'en', '') || ' ' || coalesce(titles->>'fr', '') || ' ' || coalesce(titles->>'es', '') || ' ' || coalesce(titles->>'ar', ''))`
			),
		version: version(),
		...timestamps()
	},
	(t) => [
		uniqueIndex('practices_slug').on(t.slug),
		index('practices_search_en').using('gin', t.searchEn),
		index('practices_search_fr').using('gin', t.searchFr),
		index('practices_search_es').using('gin', t.searchEs),
		index('practices_search_ar').using('gin', t.searchAr),
		index('practices_gcm').using('gin', t.gcmObjectives),
		index('practices_areas').using('gin', t.areas),
		index('practices_countries').using('gin', t.countries),
		index('practices_status').on(t.publicationStatus),
		check('practices_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 120`),
		// A title and a summary in at least one language: a focal point may write in French only (practice review).
		check('practices_title_any', sql`length(${firstLanguage(t.titles)}) between 1 and 300`),
		check('practices_summary_any', sql`length(${firstLanguage(t.summaries)}) between 1 and 4000`),
		check('practices_period', sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`),
		check(
			'practices_period_years',
			sql`coalesce(${t.periodStart}, 2000) between 1900 and 2100 and coalesce(${t.periodEnd}, 2000) between 1900 and 2100`
		),
		check('practices_gcm_range', sql`1 <= all(${t.gcmObjectives}) and 23 >= all(${t.gcmObjectives})`),
		check('practices_principles_letters', sql`${t.principles} <@ array['a','b','c','d','e','f','g','h','i','j']::text[]`),
		check('practices_target_groups', subsetOf(t.targetGroups, TARGET_GROUPS)),
		check('practices_m49_regions', subsetOf(t.m49Regions, M49_REGIONS)),
		check('practices_organisation_types', subsetOf(t.organisationTypes, ORGANISATION_TYPES)),
		check('practices_iso3', sql`array_to_string(${t.countries} || ${t.implementingStates}, ',') ~ '^([A-Z]{3}(,[A-Z]{3})*)?$'`),
		check('practices_published_at', sql`(${t.publicationStatus} = 'published') = (${t.publishedAt} is not null)`)
	]
);

/**
 * A cited fact (issue 7 "Evidence"): a statement per language with its figure, year and source,
 * tagged like practices so it shows on the pages of what it is tagged to.
 */
export const evidenceFacts = pgTable(
	'evidence_facts',
	{
		id: id(),
		statements: localized('statements').notNull(),
		value: numeric('value'),
		unit: text('unit'),
		year: integer('year'),
		source: text('source').notNull(),
		sourceUrl: text('source_url'),
		sourceEventId: uuid('source_event_id').references(() => events.id),
		countries: text('countries')
			.array()
			.notNull()
			.default(sql`'{}'`),
		regions: text('regions')
			.array()
			.notNull()
			.default(sql`'{}'`),
		stages: text('stages')
			.array()
			.notNull()
			.default(sql`'{}'`),
		gcmObjectives: integer('gcm_objectives')
			.array()
			.notNull()
			.default(sql`'{}'`),
		areas: text('areas')
			.array()
			.notNull()
			.default(sql`'{}'`),
		targetGroups: text('target_groups')
			.array()
			.notNull()
			.default(sql`'{}'`),
		/** All languages in one document (facts are short): each language's statement with its configuration. */
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(
				sql`to_tsvector('english'::regconfig, coalesce(statements->>'en', '')) || to_tsvector('french'::regconfig, coalesce(statements->>'fr', '')) || to_tsvector('spanish'::regconfig, coalesce(statements->>'es', '')) || to_tsvector('simple'::regconfig, coalesce(statements->>'ar', ''))`
			),
		...timestamps()
	},
	(t) => [
		index('evidence_facts_search').using('gin', t.search),
		index('evidence_facts_gcm').using('gin', t.gcmObjectives),
		index('evidence_facts_areas').using('gin', t.areas),
		index('evidence_facts_countries').using('gin', t.countries),
		check('evidence_facts_statement_en', sql`length(coalesce(${t.statements}->>'en', '')) between 1 and 2000`),
		check('evidence_facts_year', sql`${t.year} is null or ${t.year} between 1900 and 2100`),
		check('evidence_facts_gcm_range', sql`1 <= all(${t.gcmObjectives}) and 23 >= all(${t.gcmObjectives})`),
		check('evidence_facts_target_groups', subsetOf(t.targetGroups, TARGET_GROUPS))
	]
);

/** The evidence behind a practice. */
export const practiceEvidence = pgTable(
	'practice_evidence',
	{
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' }),
		factId: uuid('fact_id')
			.notNull()
			.references(() => evidenceFacts.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.practiceId, t.factId] }), index().on(t.factId)]
);

/**
 * A file the import page has checked (dry run), kept until it is imported once: the "import" form
 * posts only this id, so a reload or a double click cannot import the same file twice. Importing
 * sets `used_at` and the result (what was created) in the same transaction as the practices;
 * `content` is dropped then. Rows older than a day are deleted when a new file is checked.
 */
export const practiceImportChecks = pgTable(
	'practice_import_checks',
	{
		id: id(),
		/** Who checked it: only they may import it or see its result. */
		userId: uuid('user_id'),
		content: text('content'),
		format: text('format', { enum: ['json', 'csv'] }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		created: jsonb('created').$type<{ slug: string; title: string | null }[]>()
	},
	(t) => [index().on(t.createdAt)]
);

/** The file types a practice may carry (keys of ATTACHMENT_TYPES in server/files/attachments.ts). */
export const PRACTICE_ATTACHMENT_TYPES = [
	'application/pdf',
	'application/msword',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'application/vnd.oasis.opendocument.text',
	'image/png',
	'image/jpeg',
	'image/webp'
] as const;

/** Files a practice carries (reports, evaluations, photos): uploaded by the submitter while a draft, or by the secretariat. */
export const practiceAttachments = pgTable(
	'practice_attachments',
	{
		id: id(),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		content: bytea('content').notNull(),
		uploadedBy: uuid('uploaded_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index().on(t.practiceId),
		check(
			'practice_attachments_type',
			sql`${t.contentType} = any(array[${sql.raw(PRACTICE_ATTACHMENT_TYPES.map((v) => `'${v}'`).join(','))}]::text[])`
		),
		check('practice_attachments_size', sql`${t.size} > 0 and ${t.size} <= 20971520`)
	]
);
