import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { LANGUAGES, type Language } from '$lib/i18n';
import type { PracticeSearch } from '$lib/practices/schemas';
import { FACETS, PAGE_SIZE, type Facet } from '$lib/practices/types';
import { practices } from './schema';

/** Marks around a highlighted word in a snippet: private-use characters, never HTML (the page renders <mark>). */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

const CONFIG: Record<Language, string> = { en: 'english', fr: 'french', es: 'spanish', ar: 'simple' };

/** Each facet's column and how a value of the address is compared with it. */
const FACET_COLUMN: Record<Facet, { column: string; type: 'text' | 'int' }> = {
	gcm: { column: 'gcm_objectives', type: 'int' },
	principle: { column: 'principles', type: 'text' },
	stage: { column: 'stages', type: 'text' },
	region: { column: 'regions', type: 'text' },
	country: { column: 'countries', type: 'text' },
	area: { column: 'areas', type: 'text' },
	target: { column: 'target_groups', type: 'text' },
	orgType: { column: 'organisation_types', type: 'text' },
	year: { column: 'period_start', type: 'int' },
	language: { column: 'languages', type: 'text' }
};

export interface SearchHit {
	id: string;
	slug: string;
	titles: Record<string, string>;
	snippet: string;
	/** The language of `snippet` (the summary in the reader's language, or English when it has none). */
	snippetLang: string;
	scope: string;
	status: string;
	periodStart: number | null;
	periodEnd: number | null;
	gcmObjectives: number[];
	countries: string[];
	rank: number;
}

export interface FacetCount {
	value: string;
	count: number;
}

export interface SearchResult {
	total: number;
	hits: SearchHit[];
	facets: Record<Facet, FacetCount[]>;
	page: number;
	pages: number;
}

/**
 * The WHERE clause of a search: published practices whose text matches the query in any language
 * (each language's document with its own configuration; websearch_to_tsquery accepts any input,
 * so quotes and operators cannot break it), or, in `typo` mode, whose title is close to it
 * (pg_trgm word similarity); and that carry every selected facet value (AND: each choice narrows).
 * The four matches OR-ed are a BitmapOr of the four GIN indexes; the trigram match is kept out of
 * that OR (in it, the planner read every row and computed every similarity: seconds at 50,000).
 */
function conditions(search: PracticeSearch, params: { q: SQL; lowered: SQL }, typo = false): SQL {
	const parts: SQL[] = [sql`p.publication_status = 'published'`];
	if (search.q && typo) parts.push(sql`p.search_titles %> ${params.lowered}`);
	else if (search.q) {
		parts.push(sql`(p.search_en @@ websearch_to_tsquery('english', ${params.q})
			or p.search_fr @@ websearch_to_tsquery('french', ${params.q})
			or p.search_es @@ websearch_to_tsquery('spanish', ${params.q})
			or p.search_ar @@ websearch_to_tsquery('simple', ${params.q}))`);
	}
	for (const facet of FACETS) {
		const values = search.filters[facet];
		if (!values.length) continue;
		const { column, type } = FACET_COLUMN[facet];
		if (type === 'int') {
			// Only values a PostgreSQL integer can hold: a larger one matches nothing, and must not reach the cast.
			const numbers = values.map(Number).filter((n) => Number.isInteger(n) && n >= 0 && n <= 2_147_483_647);
			if (!numbers.length) {
				parts.push(sql`false`);
				continue;
			}
			parts.push(
				facet === 'year'
					? sql`p.period_start = any(${sql.raw(`array[${numbers.join(',')}]::int[]`)})`
					: sql`p.${sql.raw(column)} @> ${sql.raw(`array[${numbers.join(',')}]::int[]`)}`
			);
		} else {
			parts.push(sql`p.${sql.raw(column)} @> ${toTextArray(values)}`);
		}
	}
	return sql.join(parts, sql` and `);
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
	return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Every facet's counts over the matching practices, and their total: one statement. */
function facetCounts(db: Db, where: SQL) {
	return rows<{ facet: string; value: string | null; count: number }>(
		db,
		sql`
		with matched as (select ${sql.raw(
			FACETS.filter((f) => f !== 'year')
				.map((f) => FACET_COLUMN[f].column)
				.join(', ')
		)}, period_start
			from practices p where ${where})
		${sql.join(
			FACETS.map((facet) => {
				const { column } = FACET_COLUMN[facet];
				const source =
					facet === 'year'
						? sql`select period_start::text as value from matched where period_start is not null`
						: sql`select unnest(${sql.raw(column)})::text as value from matched`;
				return sql`select ${facet}::text as facet, value, count(*)::int as count from (${source}) v group by value`;
			}),
			sql` union all `
		)}
		union all select 'total', null, count(*)::int from matched`
	);
}

/** A text[] parameter that binds the same way on PGlite and node-postgres (one string, split in SQL). */
export function toTextArray(values: string[]): SQL {
	return sql`string_to_array(${values.join('\u001f')}, ${'\u001f'})::text[]`;
}

function rankExpression(params: { q: SQL; lowered: SQL }, typo: boolean): SQL {
	if (typo) return sql`word_similarity(${params.lowered}, p.search_titles)`;
	return sql`(ts_rank(p.search_en, websearch_to_tsquery('english', ${params.q}))
		+ ts_rank(p.search_fr, websearch_to_tsquery('french', ${params.q}))
		+ ts_rank(p.search_es, websearch_to_tsquery('spanish', ${params.q}))
		+ ts_rank(p.search_ar, websearch_to_tsquery('simple', ${params.q})))`;
}

/** The reader's language, then English, then the others: the order `pick()` reads a text in. */
function fallbackOrder(lang: Language): Language[] {
	return [...new Set<Language>([lang, 'en', ...LANGUAGES])];
}

/** A localized JSON column read in that order (a practice may be written in one language only). */
function inFallbackOrder(column: 'p.titles' | 'p.summaries', lang: Language): SQL {
	return sql.raw(
		`coalesce(${fallbackOrder(lang)
			.map((l) => `${column}->>'${l}'`)
			.join(', ')})`
	);
}

function orderBy(search: PracticeSearch, lang: Language, params: { q: SQL; lowered: SQL }, typo: boolean): SQL {
	const title = sql`lower(${inFallbackOrder('p.titles', lang)})`;
	if (search.sort === 'title') return sql`${title} asc, p.id`;
	if (search.sort === 'newest' || !search.q) return sql`p.period_start desc nulls last, p.published_at desc, p.id`;
	return sql`${rankExpression(params, typo)} desc, ${title} asc, p.id`;
}

/**
 * Whether a query that no practice holds is worth trying as a misspelt title (pg_trgm): a few
 * words without quotes or operators. A long query costs the trigram index one lookup per trigram
 * (30 ms for 40 words at 50,000 practices) and is no title; a quoted phrase asks for those words.
 */
export function mayBeMisspeltTitle(q: string): boolean {
	return q.length <= 60 && !/["&|!:*()<>]/.test(q) && q.split(/\s+/).filter(Boolean).length <= 4;
}

/**
 * Facet values of equal count in a stable order ("2" before "10"). One collator for every search:
 * `localeCompare` with options builds a new one at each comparison, which was a tenth of the
 * server's time under 20 clients (a profile of scripts/bench/practices.js).
 */
const VALUE_ORDER = new Intl.Collator('en', { numeric: true });

/**
 * One page of results, with highlighted snippets in the reader's language, and the counts of
 * every facet over all the results (not only the page): two statements whatever the number of
 * facets and values (three when no practice holds the words and the titles are tried for a typo).
 */
export async function search(db: Db, search: PracticeSearch, lang: Language): Promise<SearchResult> {
	const params = { q: sql`${search.q}::text`, lowered: sql`${search.q.toLowerCase()}::text` };
	// Words first; only when no practice holds them is the query taken as a misspelt title.
	let typo = false;
	let facetRows = await facetCounts(db, conditions(search, params));
	if (search.q && mayBeMisspeltTitle(search.q) && facetRows.find((r) => r.facet === 'total')?.count === 0) {
		typo = true;
		facetRows = await facetCounts(db, conditions(search, params, true));
	}
	const config = sql.raw(`'${CONFIG[lang]}'::regconfig`);
	const rank = search.q ? rankExpression(params, typo) : sql`0`;
	const offset = (search.page - 1) * PAGE_SIZE;
	const headlineText = inFallbackOrder('p.summaries', lang);
	const summaryLang = sql`case ${sql.join(
		fallbackOrder(lang).map((l) => sql.raw(`when p.summaries ? '${l}' then '${l}'`)),
		sql` `
	)} else ${lang} end`;
	const headlineConfig = sql`case ${sql.join(
		fallbackOrder(lang).map((l) => sql.raw(`when p.summaries ? '${l}' then '${CONFIG[l]}'::regconfig`)),
		sql` `
	)} else ${config} end`;
	// ts_headline is costly: PostgreSQL computes it after the sort and limit, for the page's rows only.
	const snippet = search.q
		? sql`ts_headline(${headlineConfig}, ${headlineText}, websearch_to_tsquery(${headlineConfig}, ${params.q}),
				${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`})`
		: sql`left(${headlineText}, 300)`;
	const pageRows = await rows<Record<string, unknown>>(
		db,
		sql`select p.id, p.slug, p.titles, p.scope, p.status, p.period_start, p.period_end, p.gcm_objectives, p.countries,
				${rank} as rank, ${snippet} as snippet, ${summaryLang} as snippet_lang
			from practices p
			where ${conditions(search, params, typo)}
			order by ${orderBy(search, lang, params, typo)}
			limit ${PAGE_SIZE} offset ${offset}`
	);

	const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetCount[]])) as Record<Facet, FacetCount[]>;
	let total = 0;
	for (const row of facetRows) {
		if (row.facet === 'total') total = Number(row.count);
		else facets[row.facet as Facet].push({ value: row.value!, count: Number(row.count) });
	}
	for (const facet of FACETS)
		facets[facet].sort((a, b) =>
			facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || VALUE_ORDER.compare(a.value, b.value)
		);
	return {
		total,
		page: search.page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		facets,
		hits: pageRows.map((r) => ({
			id: String(r.id),
			slug: String(r.slug),
			titles: r.titles as Record<string, string>,
			snippet: String(r.snippet ?? ''),
			snippetLang: String(r.snippet_lang),
			scope: String(r.scope),
			status: String(r.status),
			periodStart: r.period_start == null ? null : Number(r.period_start),
			periodEnd: r.period_end == null ? null : Number(r.period_end),
			gcmObjectives: (r.gcm_objectives as number[]) ?? [],
			countries: (r.countries as string[]) ?? [],
			rank: Number(r.rank)
		}))
	};
}

/** Most practices one export holds; a larger search is cut there and says so (`truncated`). */
export const EXPORT_LIMIT = 5000;

/** Every practice of a search (not one page), in its order, for the CSV and JSON exports. */
export async function exportRows(db: Db, search: PracticeSearch, lang: Language) {
	const params = { q: sql`${search.q}::text`, lowered: sql`${search.q.toLowerCase()}::text` };
	const matching = (typo: boolean) =>
		rows<{ id: string }>(
			db,
			sql`select p.id from practices p where ${conditions(search, params, typo)} order by ${orderBy(search, lang, params, typo)} limit ${EXPORT_LIMIT + 1}`
		);
	let ids = await matching(false);
	if (search.q && mayBeMisspeltTitle(search.q) && ids.length === 0) ids = await matching(true);
	const kept = ids.slice(0, EXPORT_LIMIT).map((r) => r.id);
	const found = kept.length ? await db.select().from(practices).where(inArray(practices.id, kept)) : [];
	const position = new Map(kept.map((id, i) => [id, i]));
	found.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
	return { rows: found, truncated: ids.length > EXPORT_LIMIT };
}
