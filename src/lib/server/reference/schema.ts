import { boolean, date, index, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { localized } from '../db/columns';

/** Where a reference list came from and how far it is verified (copied from shared/data). */
export const referenceSources = pgTable('reference_sources', {
	key: text('key').primaryKey(),
	source: text('source').notNull(),
	verification: text('verification'),
	file: text('file').notNull()
});

/** Small facts about the installation itself, such as the checksum of the loaded reference data. */
export const appMeta = pgTable('app_meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

/** A State, keyed by ISO 3166-1 alpha-3 (XKX for Kosovo, user-assigned). */
export const states = pgTable('states', {
	id: text('id').primaryKey(),
	iso2: text('iso2'),
	m49: text('m49'),
	names: localized('names').notNull(),
	unRegionalGroup: text('un_regional_group'),
	gcmChampion: boolean('gcm_champion').notNull().default(false),
	gcmChampionSince: date('gcm_champion_since'),
	gcmChampionUntil: date('gcm_champion_until'),
	nameSource: text('name_source').notNull().default('table')
});

/** IOM membership over time: member or observer from a date; no row means non-member. */
export const stateMemberships = pgTable(
	'state_memberships',
	{
		id: serial('id').primaryKey(),
		stateId: text('state_id')
			.notNull()
			.references(() => states.id),
		status: text('status', { enum: ['member', 'observer'] }).notNull(),
		/** Null when the source gives no date: the status then holds for any date before validTo. */
		validFrom: date('valid_from'),
		validTo: date('valid_to'),
		sourceKey: text('source_key').references(() => referenceSources.key)
	},
	(t) => [index().on(t.stateId)]
);

/** IOM regions (regional offices); they change over time, so each has validity dates. */
export const iomRegions = pgTable('iom_regions', {
	code: text('code').primaryKey(),
	names: localized('names').notNull(),
	regionalOffice: text('regional_office'),
	validFrom: date('valid_from'),
	validTo: date('valid_to'),
	verification: text('verification'),
	sourceKey: text('source_key').references(() => referenceSources.key)
});

export const stateRegions = pgTable(
	'state_regions',
	{
		stateId: text('state_id')
			.notNull()
			.references(() => states.id),
		regionCode: text('region_code')
			.notNull()
			.references(() => iomRegions.code),
		validFrom: date('valid_from'),
		validTo: date('valid_to')
	},
	(t) => [primaryKey({ columns: [t.stateId, t.regionCode] }), index().on(t.regionCode)]
);

export const gcmObjectives = pgTable('gcm_objectives', {
	number: integer('number').primaryKey(),
	titles: localized('titles').notNull(),
	hubLabel: text('hub_label'),
	commitmentParagraph: integer('commitment_paragraph')
});

export const gcmGuidingPrinciples = pgTable('gcm_guiding_principles', {
	letter: text('letter').primaryKey(),
	position: integer('position').notNull(),
	titles: localized('titles').notNull(),
	paragraph: text('paragraph')
});

/** IOM's migration management model: four areas plus cross-cutting activities. */
export const managementAreas = pgTable('management_areas', {
	key: text('key').primaryKey(),
	kind: text('kind', { enum: ['area', 'cross-cutting'] }).notNull(),
	position: integer('position').notNull(),
	titles: localized('titles').notNull()
});

export const managementActivities = pgTable(
	'management_activities',
	{
		areaKey: text('area_key')
			.notNull()
			.references(() => managementAreas.key),
		position: integer('position').notNull(),
		titles: localized('titles').notNull()
	},
	(t) => [primaryKey({ columns: [t.areaKey, t.position] })]
);

/** Stages of the migration cycle, from pre-migration to reintegration (seed 000). */
export const migrationCycleStages = pgTable('migration_cycle_stages', {
	key: text('key').primaryKey(),
	position: integer('position').notNull(),
	titles: localized('titles').notNull()
});
