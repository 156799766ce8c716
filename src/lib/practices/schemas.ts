import { z } from 'zod';
import { localizedText as anyLocalizedText, optionalText, uuid } from '$lib/validation';
import { ORGANISATION_TYPES } from '$lib/directory/types';
import { FACETS, MAX_QUERY_LENGTH, PRACTICE_SCOPES, PRACTICE_STATUSES, SORTS, TARGET_GROUPS, type Facet, type Sort } from './types';

const iso3 = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, { error: 'practices.errors.iso3' });
const year = z.coerce.number({ error: 'validation.number' }).int().min(1900).max(2100);
const list = <T extends z.ZodType>(item: T, max = 60) => z.array(item).max(max).default([]);

/**
 * The private-use characters U+E000 and U+E001 mark the searched words in snippets (search.ts):
 * a stored text holding them would give unbalanced marks, so they are dropped on the way in.
 */
export const withoutSnippetMarks = (text: string) => text.replace(/[\uE000\uE001]/g, '');
const localizedText = (max: number) => anyLocalizedText(max, withoutSnippetMarks);

/**
 * A practice as the secretariat imports it or a focal point submits it (the Hub's fields). The
 * tags' values are checked against the reference lists by the operation (no query here); the
 * Hub's first criterion, at least one GCM objective, is structural and checked here.
 */
export const PracticeSchema = z
	.object({
		slug: z
			.string()
			.trim()
			.max(120)
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'practices.errors.slug' })
			.optional(),
		titles: localizedText(300),
		summaries: localizedText(4000),
		descriptions: localizedText(20000).optional(),
		outcomes: localizedText(20000).optional(),
		lessons: localizedText(20000).optional(),
		innovation: localizedText(20000).optional(),
		scope: z.enum(PRACTICE_SCOPES),
		status: z.enum(PRACTICE_STATUSES),
		periodStart: year.optional(),
		periodEnd: year.optional(),
		implementingStates: list(iso3),
		implementingOrganisations: list(z.string().trim().min(1).max(300)),
		organisationTypes: list(z.enum(ORGANISATION_TYPES)),
		partners: list(z.string().trim().min(1).max(300)),
		countries: list(iso3, 250),
		regions: list(z.string().trim().min(1).max(20)),
		/**
		 * UN M49 region codes ('419'); checked against the list by the operations (checkTags). A
		 * spreadsheet that read "002" as the number 2 gives its zeros back.
		 */
		m49Regions: list(
			z
				.string()
				.trim()
				.min(1)
				.max(3)
				.transform((v) => (/^\d{1,3}$/.test(v) ? v.padStart(3, '0') : v))
		),
		stages: list(z.string().trim().min(1).max(40)),
		gcmObjectives: z
			.array(z.coerce.number({ error: 'practices.errors.gcmNumber' }).int({ error: 'practices.errors.gcmNumber' }))
			.min(1, { error: 'practices.errors.gcmRequired' })
			.max(23),
		principles: list(z.string().trim().toLowerCase().min(1).max(2)),
		areas: list(z.string().trim().min(1).max(60)),
		targetGroups: list(z.enum(TARGET_GROUPS)),
		contact: optionalText(500),
		links: list(z.object({ url: z.url({ protocol: /^https?$/, error: 'validation.url' }), label: optionalText(200) }), 20),
		sourceEventId: uuid.optional(),
		sourceReference: optionalText(500)
	})
	.refine((p) => p.periodEnd === undefined || p.periodStart === undefined || p.periodEnd >= p.periodStart, {
		error: 'practices.errors.periodOrder',
		path: ['periodEnd']
	});
export type PracticeInput = z.output<typeof PracticeSchema>;

/** A cited fact. */
export const EvidenceSchema = z.object({
	statements: localizedText(2000),
	value: z
		.union([
			z.number(),
			z
				.string()
				.trim()
				.regex(/^-?\d+(\.\d+)?$/, { error: 'validation.number' })
		])
		.transform(String)
		.optional(),
	unit: optionalText(60),
	year: year.optional(),
	source: z.string().trim().min(1).max(500),
	sourceUrl: z.url({ protocol: /^https?$/, error: 'validation.url' }).optional(),
	sourceEventId: uuid.optional(),
	countries: list(iso3, 250),
	regions: list(z.string().trim().min(1).max(20)),
	stages: list(z.string().trim().min(1).max(40)),
	gcmObjectives: list(z.coerce.number({ error: 'practices.errors.gcmNumber' }).int(), 23),
	areas: list(z.string().trim().min(1).max(60)),
	targetGroups: list(z.enum(TARGET_GROUPS))
});
export type EvidenceInput = z.output<typeof EvidenceSchema>;

/** A search, as the address carries it (`/practices?q=…&gcm=5&gcm=3&page=2`): shared by the page and the API. */
export interface PracticeSearch {
	q: string;
	filters: Record<Facet, string[]>;
	sort: Sort;
	page: number;
}

export type SearchParse =
	{ ok: true; search: PracticeSearch } | { ok: false; error: 'practices.errors.queryTooLong'; search: PracticeSearch };

const FILTER_VALUE = /^[A-Za-z0-9-]{1,60}$/;

/**
 * Reads a search from the address. Never fails on odd input: unknown values are dropped, the
 * page is clamped, control characters are removed; only a query longer than MAX_QUERY_LENGTH is
 * refused (with the search emptied of it), so a pasted page of text gets a message, not a 500.
 */
export function parseSearch(params: URLSearchParams): SearchParse {
	// eslint-disable-next-line no-control-regex
	const raw = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
	const filters = Object.fromEntries(
		FACETS.map((f) => [f, [...new Set(params.getAll(f).filter((v) => FILTER_VALUE.test(v)))].slice(0, 10)])
	) as Record<Facet, string[]>;
	const sortParam = params.get('sort');
	const sort = (SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as Sort) : raw ? 'relevance' : 'newest';
	const pageNumber = Number.parseInt(params.get('page') ?? '1', 10);
	const page = Number.isFinite(pageNumber) ? Math.min(Math.max(pageNumber, 1), 500) : 1;
	if (raw.length > MAX_QUERY_LENGTH)
		return { ok: false, error: 'practices.errors.queryTooLong', search: { q: '', filters, sort, page: 1 } };
	return { ok: true, search: { q: raw, filters, sort, page } };
}

/** The address of a search (the inverse of parseSearch), with changes applied. */
export function searchHref(search: PracticeSearch, base = '/practices', change: Partial<PracticeSearch> = {}): string {
	const s = { ...search, ...change };
	const params = new URLSearchParams();
	if (s.q) params.set('q', s.q);
	for (const f of FACETS) for (const v of s.filters[f]) params.append(f, v);
	if (s.sort !== (s.q ? 'relevance' : 'newest')) params.set('sort', s.sort);
	if (s.page > 1) params.set('page', String(s.page));
	const query = params.toString();
	return query ? `${base}?${query}` : base;
}

/** The same search with one facet value added or removed (and back to page 1). */
export function toggleFilter(search: PracticeSearch, facet: Facet, value: string, base = '/practices'): string {
	const current = search.filters[facet];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return searchHref(search, base, { filters: { ...search.filters, [facet]: next }, page: 1 });
}
