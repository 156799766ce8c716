import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Language, LocalizedText } from '$lib/i18n';
import type { PracticeSearch } from '$lib/practices/schemas';
import type { Facet } from '$lib/practices/types';
import { MARK_END, MARK_START, toTextArray } from './search';

const CONFIG: Record<Language, string> = { en: 'english', fr: 'french', es: 'spanish', ar: 'simple' };

/** The facets a fact carries too (`year` is the fact's year; a practice's principle, organisation type and language are not a fact's). */
const EVIDENCE_FACETS: Partial<Record<Facet, string>> = {
	gcm: 'gcm_objectives',
	region: 'regions',
	country: 'countries',
	area: 'areas',
	stage: 'stages',
	target: 'target_groups',
	year: 'year'
};

/** The selected filters a fact cannot be narrowed by: the API refuses them, the search page says so. */
export function unsupportedEvidenceFilters(search: Pick<PracticeSearch, 'filters'>): Facet[] {
	return (Object.keys(search.filters) as Facet[]).filter((f) => !(f in EVIDENCE_FACETS) && search.filters[f].length > 0);
}

/** Most facts one search shows (facts are few; the API pages no further). */
export const EVIDENCE_LIMIT = 50;

export interface EvidenceHit {
	id: string;
	statements: LocalizedText;
	value: string | null;
	unit: string | null;
	year: number | null;
	source: string;
	sourceUrl: string | null;
	sourceEventId: string | null;
	countries: string[];
	regions: string[];
	stages: string[];
	gcmObjectives: number[];
	areas: string[];
	targetGroups: string[];
	/** The statement in the reader's language (English if it has none), the query's words between MARK_START and MARK_END. */
	snippet: string;
	/** The language of `snippet`. */
	snippetLang: string;
}

/**
 * The facts whose statement holds the words (`evidence_facts.search`: every language's statement
 * in its own configuration, so the query is tried in all four, OR-ed), narrowed by the facets a
 * fact carries; ranked, with the words marked in the statement. Without words, every fact the
 * facets select, by year. One statement.
 */
export async function searchEvidence(
	db: Db,
	search: Pick<PracticeSearch, 'q' | 'filters'>,
	lang: Language,
	limit = EVIDENCE_LIMIT
): Promise<{ total: number; facts: EvidenceHit[] }> {
	const q = sql`${search.q}::text`;
	const query = sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('french', ${q})
		|| websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('simple', ${q}))`;
	const parts: SQL[] = [sql`true`];
	if (search.q) parts.push(sql`f.search @@ ${query}`);
	for (const [facet, column] of Object.entries(EVIDENCE_FACETS) as [Facet, string][]) {
		const values = search.filters[facet] ?? [];
		if (!values.length) continue;
		if (facet === 'gcm' || facet === 'year') {
			const numbers = values.map(Number).filter((n) => Number.isInteger(n) && n >= 0 && n <= 2_147_483_647);
			const array = sql.raw(`array[${numbers.join(',')}]::int[]`);
			if (!numbers.length) parts.push(sql`false`);
			else parts.push(facet === 'gcm' ? sql`f.gcm_objectives @> ${array}` : sql`f.year = any(${array})`);
		} else parts.push(sql`f.${sql.raw(column)} @> ${toTextArray(values)}`);
	}
	const config = sql.raw(`'${CONFIG[lang]}'::regconfig`);
	const snippetLang = sql`case when f.statements ? ${lang} then ${lang} else 'en' end`;
	const text = sql`coalesce(f.statements->>${lang}, f.statements->>'en')`;
	const headlineConfig = sql`case when f.statements ? ${lang} then ${config} else 'english'::regconfig end`;
	const snippet = search.q
		? sql`ts_headline(${headlineConfig}, ${text}, websearch_to_tsquery(${headlineConfig}, ${q}),
				${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})`
		: text;
	const order = search.q ? sql`ts_rank(f.search, ${query}) desc, f.year nulls last, f.id` : sql`f.year nulls last, f.created_at, f.id`;
	const result = (await db.execute(sql`
		select f.id, f.statements, f.value::text as value, f.unit, f.year, f.source, f.source_url, f.source_event_id,
			f.countries, f.regions, f.stages, f.gcm_objectives, f.areas, f.target_groups,
			${snippet} as snippet, ${snippetLang} as snippet_lang, count(*) over ()::int as total
		from evidence_facts f
		where ${sql.join(parts, sql` and `)}
		order by ${order}
		limit ${limit}`)) as unknown as { rows: Record<string, unknown>[] };
	const rows = result.rows;
	return {
		total: rows.length ? Number(rows[0].total) : 0,
		facts: rows.map((r) => ({
			id: String(r.id),
			statements: r.statements as LocalizedText,
			value: r.value == null ? null : String(r.value),
			unit: (r.unit as string | null) ?? null,
			year: r.year == null ? null : Number(r.year),
			source: String(r.source),
			sourceUrl: (r.source_url as string | null) ?? null,
			sourceEventId: (r.source_event_id as string | null) ?? null,
			countries: (r.countries as string[]) ?? [],
			regions: (r.regions as string[]) ?? [],
			stages: (r.stages as string[]) ?? [],
			gcmObjectives: (r.gcm_objectives as number[]) ?? [],
			areas: (r.areas as string[]) ?? [],
			targetGroups: (r.target_groups as string[]) ?? [],
			snippet: String(r.snippet ?? ''),
			snippetLang: String(r.snippet_lang)
		}))
	};
}
