import type { Db } from '../db/client';
import { LANGUAGE_NAMES, pick, pickedLanguage, translator, type Language, type MessageKey } from '$lib/i18n';
import { isLanguage } from '$lib/i18n/localized';
import { parseSearch, searchHref, toggleFilter, type PracticeSearch } from '$lib/practices/schemas';
import { FACETS, MAX_QUERY_LENGTH, SORTS, type Facet } from '$lib/practices/types';
import { labels, type Labels } from './queries';
import { MARK_END, MARK_START, search, type SearchResult } from './search';
import { searchEvidence, unsupportedEvidenceFilters } from './evidence-search';

/** How many matching facts the search page shows (the API gives them all). */
const EVIDENCE_SHOWN = 10;

/** A piece of a snippet: plain text, or a highlighted match. */
export interface SnippetPart {
	text: string;
	mark: boolean;
}

/** Splits ts_headline's output at its private-use marks (the page renders <mark>, never HTML from the database). */
export function snippetParts(snippet: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let mark = false;
	for (const piece of snippet.split(new RegExp(`([${MARK_START}${MARK_END}])`))) {
		if (piece === MARK_START) mark = true;
		else if (piece === MARK_END) mark = false;
		else if (piece) parts.push({ text: piece, mark });
	}
	return parts;
}

// The reference lists change only when the server starts (reference.sync): keep their names per database.
const labelCache = new WeakMap<Db, Promise<Labels>>();
export function cachedLabels(db: Db): Promise<Labels> {
	let cached = labelCache.get(db);
	if (!cached) {
		cached = labels(db);
		cached.catch(() => labelCache.delete(db));
		labelCache.set(db, cached);
	}
	return cached;
}

/** The name of a facet value in the reader's language. */
export function facetLabel(names: Labels, facet: Facet, value: string, lang: Language): string {
	const tr = translator(lang);
	switch (facet) {
		case 'gcm':
			return Object.hasOwn(names.gcm, value) ? `${value}. ${pick(names.gcm[value], lang)}` : value;
		case 'principle':
		case 'stage':
		case 'region':
		case 'area':
		case 'country':
			return Object.hasOwn(names[facet], value) ? pick(names[facet][value], lang) : value;
		case 'target':
			return tr(`practices.targetGroups.${value}` as MessageKey);
		case 'orgType':
			return tr(`directory.orgType.${value}` as MessageKey);
		case 'language':
			return isLanguage(value) ? LANGUAGE_NAMES[value] : value;
		case 'year':
			return value;
	}
}

/** How many values of a facet the page lists (the selected ones are always listed). */
const SHOWN = 12;

/**
 * Everything the search page shows, in the reader's language: the results with their snippets cut
 * into parts, every facet's values with their counts, names and the address that toggles them.
 */
export async function searchPage(db: Db, params: URLSearchParams, lang: Language, base = '/practices') {
	const parsed = parseSearch(params);
	const current: PracticeSearch = parsed.search;
	const [result, names, evidence]: [SearchResult, Labels, Awaited<ReturnType<typeof searchEvidence>> | null] = await Promise.all([
		search(db, current, lang),
		cachedLabels(db),
		// The facts that hold the words (with the facets a fact carries); none without words.
		current.q ? searchEvidence(db, current, lang, EVIDENCE_SHOWN) : null
	]);
	// `?more=country` lists every value of that facet (a link, so it works without JavaScript).
	const expanded = (FACETS as readonly string[]).includes(params.get('more') ?? '') ? (params.get('more') as Facet) : null;
	const withMore = (facet: Facet) => {
		const href = searchHref(current, base);
		return `${href}${href.includes('?') ? '&' : '?'}more=${facet}#facet-${facet}`;
	};
	const facets = FACETS.map((facet) => {
		const counted = result.facets[facet];
		const selected = current.filters[facet];
		const missing = selected.filter((v) => !counted.some((c) => c.value === v)).map((value) => ({ value, count: 0 }));
		const all = [...counted, ...missing];
		const shown = facet === expanded ? all : all.filter((v, i) => i < SHOWN || selected.includes(v.value));
		return {
			facet,
			more: all.length - shown.length,
			moreHref: all.length > shown.length ? withMore(facet) : null,
			fewerHref: facet === expanded && all.length > SHOWN ? `${searchHref(current, base)}#facet-${facet}` : null,
			values: shown.map((v) => ({
				value: v.value,
				count: v.count,
				label: facetLabel(names, facet, v.value, lang),
				selected: selected.includes(v.value),
				href: toggleFilter(current, facet, v.value, base)
			}))
		};
	});
	const activeFilters = facets.flatMap((f) =>
		f.values.filter((v) => v.selected).map((v) => ({ facet: f.facet, label: v.label, href: v.href }))
	);
	const query = searchHref(current, '').replace(/^\?/, '');
	const unsupported = unsupportedEvidenceFilters(current);
	const evidenceQuery = searchHref(
		{ ...current, filters: { ...current.filters, ...Object.fromEntries(unsupported.map((f) => [f, []])) } },
		''
	).replace(/^\?/, '');
	return {
		search: current,
		error: parsed.ok ? null : { key: parsed.error, max: MAX_QUERY_LENGTH },
		total: result.total,
		page: result.page,
		pages: result.pages,
		previous: result.page > 1 ? searchHref(current, base, { page: result.page - 1 }) : null,
		next: result.page < result.pages ? searchHref(current, base, { page: result.page + 1 }) : null,
		sorts: SORTS,
		facets,
		activeFilters,
		clearHref: searchHref(
			{ ...current, filters: Object.fromEntries(FACETS.map((f) => [f, [] as string[]])) as PracticeSearch['filters'], page: 1 },
			base
		),
		exports: {
			csv: `/api/v1/practices/export.csv${query ? `?${query}` : ''}`,
			json: `/api/v1/practices/export.json${query ? `?${query}` : ''}`
		},
		evidence: evidence && {
			total: evidence.total,
			// The API refuses the filters a fact does not carry: the link leaves them out, and the page says they are not applied.
			moreHref: evidence.total > EVIDENCE_SHOWN ? `/api/v1/evidence?${evidenceQuery}` : null,
			notFilteredBy: unsupported.map((f) => translator(lang)(`practices.facets.${f}`)).join(', '),
			facts: evidence.facts.map((f) => ({ ...f, snippet: snippetParts(f.snippet) }))
		},
		hits: result.hits.map((h) => ({
			slug: h.slug,
			title: pick(h.titles as never, lang),
			titleLang: pickedLanguage(h.titles, lang) ?? lang,
			snippet: snippetParts(h.snippet),
			snippetLang: h.snippetLang,
			periodStart: h.periodStart,
			periodEnd: h.periodEnd,
			countries: h.countries.map((c) => (names.country[c] ? pick(names.country[c], lang) : c)),
			gcm: h.gcmObjectives
		}))
	};
}
export type SearchPage = Awaited<ReturnType<typeof searchPage>>;
