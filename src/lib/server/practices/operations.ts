import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../core/actor';
import type { Db, Tx } from '../db/client';
import { DomainError, ValidationError, validOrThrow } from '../core/errors';
import { isUniqueViolation } from '../core/db-errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction, queriesOn } from '../core/transaction';
import * as audit from '../audit';
import { events } from '../dialogues/schema';
import { M49_REGIONS } from '$lib/practices/types';
import { gcmGuidingPrinciples, gcmObjectives, iomRegions, managementAreas, migrationCycleStages, states } from '../reference/schema';
import { evidenceFacts, practiceEvidence, practices } from './schema';
import { toTextArray } from './search';
import { EvidenceSchema, PracticeSchema, type EvidenceInput, type PracticeInput } from '$lib/practices/schemas';
import { parseWith, toFieldErrors, type FieldErrors } from '$lib/validation';
import type { PublicationStatus } from '$lib/practices/types';

/** The reference values a tag may take, loaded once per operation (a handful of small tables). */
export interface ReferenceSets {
	gcm: Set<number>;
	principles: Set<string>;
	stages: Set<string>;
	regions: Set<string>;
	m49: Set<string>;
	areas: Set<string>;
	states: Set<string>;
}

export async function referenceSets(db: Db | Tx): Promise<ReferenceSets> {
	const [g, p, st, r, a, s] = await queriesOn(db, [
		db.select({ v: gcmObjectives.number }).from(gcmObjectives),
		db.select({ v: gcmGuidingPrinciples.letter }).from(gcmGuidingPrinciples),
		db.select({ v: migrationCycleStages.key }).from(migrationCycleStages),
		db.select({ v: iomRegions.code }).from(iomRegions),
		db.select({ v: managementAreas.key }).from(managementAreas),
		db.select({ v: states.id }).from(states)
	]);
	const set = <T>(rows: { v: T }[]) => new Set(rows.map((x) => x.v));
	return {
		gcm: set(g),
		principles: set(p),
		stages: set(st),
		regions: set(r),
		m49: new Set<string>(M49_REGIONS),
		areas: set(a),
		states: set(s)
	};
}

type Tags = Pick<PracticeInput, 'gcmObjectives' | 'principles' | 'stages' | 'regions' | 'areas' | 'countries'> & {
	m49Regions?: string[];
	implementingStates?: string[];
};

/** Every tag must name a reference entry; the message names the unknown value. */
export function checkTags(tags: Tags, ref: ReferenceSets): FieldErrors {
	const errors: FieldErrors = {};
	const unknown = (field: string, key: Parameters<typeof messageOf>[0], values: (string | number)[], known: Set<string | number>) => {
		const bad = values.find((v) => !known.has(v));
		if (bad !== undefined) errors[field] = messageOf(key, bad);
	};
	unknown('gcmObjectives', 'practices.errors.unknownGcm', tags.gcmObjectives, ref.gcm as Set<string | number>);
	unknown('principles', 'practices.errors.unknownPrinciple', tags.principles, ref.principles as Set<string | number>);
	unknown('stages', 'practices.errors.unknownStage', tags.stages, ref.stages as Set<string | number>);
	unknown('regions', 'practices.errors.unknownRegion', tags.regions, ref.regions as Set<string | number>);
	unknown('m49Regions', 'practices.errors.unknownM49', tags.m49Regions ?? [], ref.m49 as Set<string | number>);
	unknown('areas', 'practices.errors.unknownArea', tags.areas, ref.areas as Set<string | number>);
	unknown('countries', 'practices.errors.unknownCountry', tags.countries, ref.states as Set<string | number>);
	unknown('implementingStates', 'practices.errors.unknownCountry', tags.implementingStates ?? [], ref.states as Set<string | number>);
	return errors;
}

function messageOf(
	key:
		| 'practices.errors.unknownGcm'
		| 'practices.errors.unknownPrinciple'
		| 'practices.errors.unknownStage'
		| 'practices.errors.unknownRegion'
		| 'practices.errors.unknownM49'
		| 'practices.errors.unknownArea'
		| 'practices.errors.unknownCountry',
	value: string | number
) {
	return { key, params: { value: String(value) } };
}

/** A readable, permanent address from the English title. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
	return slug || 'practice';
}

/** Longest base a suffix is added to, so that `base-NNNN` still fits the slug column (120). */
const SLUG_BASE_MAX = 110;

/** Slugs not yet taken (in the database or earlier in the same batch): `x`, then `x-2`, `x-3`… */
/** Addresses under /practices/ that are pages of their own: a practice named "Submit" becomes `submit-2`. */
const RESERVED_SLUGS = ['submit', 'mine', 'browse', 'gcm', 'areas', 'countries', 'export.csv', 'export.json', 'attachments'];

export async function freeSlugs(tx: Tx, wanted: string[]): Promise<string[]> {
	const bases = [...new Set(wanted.flatMap((w) => [w, w.slice(0, SLUG_BASE_MAX)]))];
	// Every slug already derived from one of the bases (`x`, `x-2`, `x-17`), not only the exact ones.
	const taken = new Set([
		...RESERVED_SLUGS,
		...(
			await tx
				.select({ slug: practices.slug })
				.from(practices)
				.where(
					sql`${practices.slug} = any(${toTextArray(bases)}) or regexp_replace(${practices.slug}, '-[0-9]+$', '') = any(${toTextArray(bases)})`
				)
		).map((r) => r.slug)
	]);
	return wanted.map((base) => {
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base.slice(0, SLUG_BASE_MAX)}-${n}`;
		taken.add(slug);
		return slug;
	});
}

/** Each value once, in first-seen order: a tag or link given twice is one tag. */
const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

export function practiceRow(input: PracticeInput, slug: string, status: PublicationStatus) {
	return {
		slug,
		titles: input.titles,
		summaries: input.summaries,
		descriptions: input.descriptions ?? null,
		outcomes: input.outcomes ?? null,
		lessons: input.lessons ?? null,
		innovation: input.innovation ?? null,
		scope: input.scope,
		status: input.status,
		periodStart: input.periodStart ?? null,
		periodEnd: input.periodEnd ?? null,
		implementingStates: unique(input.implementingStates),
		implementingOrganisations: unique(input.implementingOrganisations),
		organisationTypes: unique(input.organisationTypes),
		partners: unique(input.partners),
		countries: unique(input.countries),
		regions: unique(input.regions),
		m49Regions: unique(input.m49Regions ?? []),
		stages: unique(input.stages),
		gcmObjectives: unique(input.gcmObjectives),
		principles: unique(input.principles),
		areas: unique(input.areas),
		targetGroups: unique(input.targetGroups),
		contact: input.contact ?? null,
		links: input.links
			.filter((l, i, all) => all.findIndex((other) => other.url === l.url) === i)
			.map((l) => ({ url: l.url, ...(l.label ? { label: l.label } : {}) })),
		sourceEventId: input.sourceEventId ?? null,
		sourceReference: input.sourceReference ?? null,
		publicationStatus: status,
		publishedAt: status === 'published' ? new Date() : null
	};
}

const IMPORT_CHUNK = 1000;

/**
 * An imported row with its empty values removed: `null` and blank text mean "not given", as the JSON
 * export writes them, so an export imports back; a blank translation is no translation.
 */
function withoutBlanks(value: unknown): unknown {
	if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const [key, inner] of Object.entries(value)) {
		if (inner === null || (typeof inner === 'string' && inner.trim() === '')) continue;
		out[key] = withoutBlanks(inner);
	}
	return out;
}

export interface RowReport {
	/** 1-based position in the file (the header of a CSV is not counted). */
	row: number;
	title?: string;
	errors: FieldErrors;
}

export interface ImportReport {
	dryRun: boolean;
	committed: boolean;
	total: number;
	valid: number;
	rows: RowReport[];
	created: { id: string; slug: string }[];
}

/**
 * The secretariat's bulk import of practices (already reviewed elsewhere, so published): every row
 * is validated (fields, then tags against the reference lists, then the source event); with one
 * bad row nothing is written; a dry run writes nothing either and reports the same. One
 * transaction and one audit record per practice.
 */
export async function importPractices(ctx: Ctx, input: unknown[], options: { dryRun: boolean }): Promise<ImportReport> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (input.length === 0) throw new DomainError('practices.errors.emptyImport', 422, 'file');
	if (input.length > 5000) throw new DomainError('practices.errors.importTooLarge', 413, 'file', { max: 5000 });
	const ref = await referenceSets(ctx.db);
	const parsed = input.map((raw) => PracticeSchema.safeParse(withoutBlanks(raw)));
	const eventIds = [...new Set(parsed.flatMap((p) => (p.success && p.data.sourceEventId ? [p.data.sourceEventId] : [])))];
	const knownEvents = new Set(
		eventIds.length ? (await ctx.db.select({ id: events.id }).from(events).where(inArray(events.id, eventIds))).map((e) => e.id) : []
	);
	const rows: RowReport[] = parsed.map((p, i) => {
		const title = titleOf(input[i]);
		if (!p.success) return { row: i + 1, title, errors: toFieldErrors(p.error) };
		const errors = checkTags(p.data, ref);
		if (p.data.sourceEventId && !knownEvents.has(p.data.sourceEventId)) errors.sourceEventId = { key: 'practices.errors.unknownEvent' };
		return { row: i + 1, title, errors };
	});
	const valid = rows.filter((r) => Object.keys(r.errors).length === 0).length;
	const report: ImportReport = {
		dryRun: options.dryRun,
		committed: false,
		total: input.length,
		valid,
		rows: rows.filter((r) => Object.keys(r.errors).length > 0),
		created: []
	};
	if (options.dryRun || valid < input.length) return report;
	const data = parsed.map((p) => (p as { data: PracticeInput }).data);
	report.created = await inTransaction(ctx.db, async (tx) => {
		const slugs = await freeSlugs(
			tx,
			data.map((d) => d.slug ?? slugify(d.titles.en))
		);
		// In chunks: one INSERT of 5,000 rows of 28 columns would pass PostgreSQL's 65,535 parameters.
		const created: { id: string; slug: string }[] = [];
		for (let start = 0; start < data.length; start += IMPORT_CHUNK) {
			const chunk = data.slice(start, start + IMPORT_CHUNK).map((d, i) => practiceRow(d, slugs[start + i], 'published'));
			created.push(...(await tx.insert(practices).values(chunk).returning({ id: practices.id, slug: practices.slug })));
		}
		await audit.recordMany(
			tx,
			created.map((c, i) => ({ actor: ctx.actor, action: 'practice.import', entityType: 'practice', entityId: c.id, after: data[i] }))
		);
		return created;
	}).catch((error: unknown) => {
		// Another import took one of the same addresses at the same moment: nothing of this one was written.
		if (isUniqueViolation(error)) throw new DomainError('practices.errors.slugRace', 409, 'file');
		throw error;
	});
	report.committed = true;
	return report;
}

function titleOf(raw: unknown): string | undefined {
	const titles = (raw as { titles?: { en?: unknown } } | null)?.titles;
	return typeof titles?.en === 'string' ? titles.en.slice(0, 120) : undefined;
}

/** One practice, validated like an import row (used by the demo and the tests). */
export async function createPractice(
	ctx: Ctx,
	raw: unknown,
	options: { status?: PublicationStatus; evidence?: string[] } = {}
): Promise<{ id: string; slug: string }> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = parseOrThrow(PracticeSchema, raw);
	const tagErrors = checkTags(input, await referenceSets(ctx.db));
	if (Object.keys(tagErrors).length) throw new ValidationError(tagErrors);
	return inTransaction(ctx.db, async (tx) => {
		const [slug] = await freeSlugs(tx, [input.slug ?? slugify(input.titles.en)]);
		const [row] = await tx
			.insert(practices)
			.values(practiceRow(input, slug, options.status ?? 'draft'))
			.returning({ id: practices.id, slug: practices.slug });
		if (options.evidence?.length)
			await tx.insert(practiceEvidence).values(options.evidence.map((factId) => ({ practiceId: row.id, factId })));
		await audit.record(tx, ctx.actor, { action: 'practice.create', entityType: 'practice', entityId: row.id, after: input });
		return row;
	});
}

/** A cited fact. */
export async function createEvidence(ctx: Ctx, raw: unknown): Promise<{ id: string }> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input: EvidenceInput = parseOrThrow(EvidenceSchema, raw);
	const tagErrors = checkTags({ ...input, principles: [] }, await referenceSets(ctx.db));
	if (Object.keys(tagErrors).length) throw new ValidationError(tagErrors);
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx
			.insert(evidenceFacts)
			.values({
				statements: input.statements,
				value: input.value ?? null,
				unit: input.unit ?? null,
				year: input.year ?? null,
				source: input.source,
				sourceUrl: input.sourceUrl ?? null,
				sourceEventId: input.sourceEventId ?? null,
				countries: unique(input.countries),
				regions: unique(input.regions),
				stages: unique(input.stages),
				gcmObjectives: input.gcmObjectives,
				areas: unique(input.areas),
				targetGroups: input.targetGroups
			})
			.returning({ id: evidenceFacts.id });
		await audit.record(tx, ctx.actor, { action: 'evidence.create', entityType: 'evidence', entityId: row.id, after: input });
		return row;
	});
}

/** Through parseWith, as every other operation's input (NUL characters dropped, messages per field). */
function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
	return validOrThrow(parseWith(schema, raw));
}
