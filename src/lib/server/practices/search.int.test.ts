import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import * as demo from '../demo';
import { events } from '../dialogues/schema';
import { evidenceFacts, practices } from './schema';
import { parseSearch, type PracticeSearch } from '$lib/practices/schemas';
import { FACETS, MAX_QUERY_LENGTH, type Facet } from '$lib/practices/types';
import * as practicesCap from '.';
import * as pageCache from '../web/page-cache';
import { searchPage } from './page';
import { ctxAs } from '../testing/actors';

let database: Database;

beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
}, 120_000);

function searchOf(query: string): PracticeSearch {
	const parsed = parseSearch(new URLSearchParams(query));
	if (!parsed.ok) throw new Error('unexpected refusal');
	return parsed.search;
}
const run = (query: string, lang: 'en' | 'fr' | 'es' | 'ar' = 'en') => practicesCap.search(database.db, searchOf(query), lang);
const slugs = async (query: string, lang: 'en' | 'fr' | 'es' | 'ar' = 'en') => (await run(query, lang)).hits.map((h) => h.slug);

describe('the demo repository', () => {
	it('holds at least 25 published practices and 15 evidence facts, each practice linked to the event that presented it', async () => {
		const [p] = await database.db.select({ n: count() }).from(practices).where(eq(practices.publicationStatus, 'published'));
		const [f] = await database.db.select({ n: count() }).from(evidenceFacts);
		const [unlinked] = await database.db.select({ n: count() }).from(practices).where(isNull(practices.sourceEventId));
		expect(p.n).toBeGreaterThanOrEqual(25);
		expect(f.n).toBeGreaterThanOrEqual(15);
		expect(unlinked.n).toBe(0);
		const found = await practicesCap.getPublished(database.db, 'canadian-orientation-abroad');
		const [event] = await database.db.select().from(events).where(eq(events.id, found!.practice.sourceEventId!));
		expect(event.city).toBe('Marrakesh');
	});

	it('shows a practice with the evidence tagged to it', async () => {
		const found = await practicesCap.getPublished(database.db, 'brazil-voluntary-relocation');
		expect(found!.evidence.map((e) => e.statements.en)).toEqual([expect.stringContaining('One fifth of Brazilian cities')]);
	});
});

describe('full-text search', () => {
	it('finds English words through their stems and ranks the title match first', async () => {
		const found = await slugs('q=orientations');
		expect(found[0]).toBe('canadian-orientation-abroad');
		expect(found).toContain('abu-dhabi-dialogue-ciop');
	});

	it('searches the French, Spanish and Arabic texts with their own configurations', async () => {
		expect(await slugs('q=regroupements familiaux', 'fr')).toContain('family-assistance-programme-germany');
		expect(await slugs('q=reubicaciones voluntarias', 'es')).toContain('brazil-voluntary-relocation');
		expect(await slugs('q=التنقل الآمن', 'ar')).toContain('safe-mobility-initiative');
	});

	it('forgives a typo in a title', async () => {
		expect(await slugs('q=Migrasfe')).toContain('spain-migrasafe');
		// A quoted phrase asks for those words, and a long query is no title: no fallback for them.
		expect(await slugs('q=%22Migrasfe%22')).toEqual([]);
		expect(await slugs(`q=${encodeURIComponent('Migrasfe one two three four')}`)).toEqual([]);
		expect(practicesCap.mayBeMisspeltTitle('Safe Mobilty Initiative')).toBe(true);
		expect(await slugs('q=Monrovai')).toContain('monrovia-inclusive-services');
	});

	it('highlights the matching words of the snippet in the reader’s language', async () => {
		const fr = await run('q=regroupement', 'fr');
		const hit = fr.hits.find((h) => h.slug === 'family-assistance-programme-germany')!;
		expect(hit.snippet).toContain(`${practicesCap.MARK_START}regroupement${practicesCap.MARK_END}`);
		expect(hit.snippet).not.toContain('<');
	});

	it('gives the snippet the language of the summary it comes from, not the title’s', async () => {
		await practicesCap.createPractice(
			ctxAs(database.db, 'secretariat'),
			{
				titles: { en: 'Zanzibar ferry pilot', fr: 'Pilote de ferry de Zanzibar' },
				summaries: { en: 'An English only summary about the zanzibar ferry.' },
				scope: 'national',
				status: 'completed',
				gcmObjectives: [1]
			},
			{ status: 'published' }
		);
		const hit = (await searchPage(database.db, new URLSearchParams('q=zanzibar'), 'fr')).hits[0];
		expect([hit.titleLang, hit.snippetLang]).toEqual(['fr', 'en']);
		expect((await run('q=zanzibar', 'en')).hits[0].snippetLang).toBe('en');
	});

	it('treats a phrase in quotes as a phrase', async () => {
		const phrase = await slugs('q="voluntary relocation"');
		expect(phrase).toEqual(['brazil-voluntary-relocation']);
	});
});

describe('facets', () => {
	it('count only the practices that match the query, in one pass for every facet', async () => {
		const brazil = await run('q=Brazil');
		expect(brazil.total).toBeGreaterThanOrEqual(4);
		const bra = brazil.facets.country.find((c) => c.value === 'BRA')!;
		expect(bra.count).toBe(brazil.total);
		const all = await run('');
		expect(all.facets.country.find((c) => c.value === 'BRA')!.count).toBe(bra.count);
		expect(all.total).toBeGreaterThan(brazil.total);
		for (const facet of FACETS) for (const v of brazil.facets[facet]) expect(v.count).toBeLessThanOrEqual(brazil.total);
	});

	it('narrow the results to practices carrying every selected value, and the counts follow', async () => {
		const all = await run('');
		const gcm5 = all.facets.gcm.find((g) => g.value === '5')!;
		const filtered = await run('gcm=5');
		expect(filtered.total).toBe(gcm5.count);
		expect(filtered.hits.every((h) => h.gcmObjectives.includes(5))).toBe(true);
		const both = await run('gcm=5&target=youth');
		expect(both.total).toBe(filtered.facets.target.find((t) => t.value === 'youth')!.count);
		const byLanguage = await run('language=ar');
		expect(byLanguage.total).toBe(all.facets.language.find((l) => l.value === 'ar')!.count);
		const byYear = await run('year=2017');
		expect(byYear.hits.map((h) => h.slug)).toEqual(['ecuador-human-mobility-law']);
	});

	it('ignore filter values that are not well formed instead of failing', async () => {
		const result = await run('gcm=abc&country=%27%3B%20drop&year=x');
		expect(result.total).toBe(0);
		expect(result.hits).toEqual([]);
	});
});

describe('sorting and pages', () => {
	it('sorts by title and pages through every result exactly once', async () => {
		const first = await run('sort=title');
		const second = await run('sort=title&page=2');
		const titles = [...first.hits, ...second.hits].map((h) => h.titles.en.toLowerCase());
		expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(first.total);
		expect(first.pages).toBe(2);
	});
});

describe('hostile queries', () => {
	const hostile = [
		'"',
		'""',
		'&',
		'|',
		'!',
		':*',
		"'",
		'\\',
		'(((',
		'a & | ! b :* "c',
		'!!!migration',
		'migr:*',
		'<script>alert(1)</script>',
		'%',
		'_',
		'the',
		'or',
		'-',
		'\u0000nul'
	];
	it.each(hostile)('answers %j with results or none, never an error', async (q) => {
		const result = await run(`q=${encodeURIComponent(q)}`);
		expect(result.total).toBeGreaterThanOrEqual(0);
	});

	it('refuses a 10,000-character query with a message instead of running it', () => {
		const parsed = parseSearch(new URLSearchParams({ q: 'migration '.repeat(1000) }));
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.error).toBe('practices.errors.queryTooLong');
		expect(parsed.search.q).toBe('');
		const justFits = parseSearch(new URLSearchParams({ q: 'm'.repeat(MAX_QUERY_LENGTH) }));
		expect(justFits.ok).toBe(true);
	});

	it('never shows a practice that is not published', async () => {
		await database.db.update(practices).set({ publicationStatus: 'draft', publishedAt: null }).where(eq(practices.slug, 'spain-migrasafe'));
		expect(await slugs('q=Migrasafe')).not.toContain('spain-migrasafe');
		expect(await practicesCap.getPublished(database.db, 'spain-migrasafe')).toBeNull();
		const facetTotal = (await run('')).facets.country.find((c) => c.value === 'ESP')!.count;
		await database.db
			.update(practices)
			.set({ publicationStatus: 'published', publishedAt: new Date() })
			.where(eq(practices.slug, 'spain-migrasafe'));
		expect((await run('')).facets.country.find((c) => c.value === 'ESP')!.count).toBe(facetTotal + 1);
	});
});

describe('the pages of a tag', () => {
	it('list the practices and the evidence tagged with a GCM objective, an area or a country', async () => {
		const gcm20 = await practicesCap.holdingsFor(database.db, { kind: 'gcm', value: 20 });
		expect(gcm20.evidence.map((e) => e.value)).toEqual(expect.arrayContaining(['128', '831']));
		const brazil = await practicesCap.holdingsFor(database.db, { kind: 'country', value: 'BRA' });
		expect(brazil.practices.map((p) => p.slug)).toContain('brazil-voluntary-relocation');
		expect(brazil.evidence.length).toBeGreaterThanOrEqual(3);
		const area = await practicesCap.holdingsFor(database.db, { kind: 'area', value: 'forced-migration' });
		expect(area.practices.length).toBeGreaterThan(3);
	});
});

describe('a tag’s page with many practices', () => {
	it('lists 50 practices a page, newest first and undated last, with links to the other pages; a page past the end is none', async () => {
		const { holdingsPage } = await import('./detail');
		const rows = Array.from({ length: 55 }, (_, i) => ({
			titles: { en: `Paged practice ${String(i).padStart(2, '0')}` },
			summaries: { en: 'Paged' },
			scope: 'local',
			status: 'ongoing',
			gcmObjectives: [13],
			countries: ['ISL'],
			...(i < 5 ? {} : { periodStart: 2000 + (i % 20) })
		}));
		expect((await practicesCap.importPractices(ctxAs(database.db, 'secretariat'), rows, { dryRun: false })).committed).toBe(true);
		const first = (await holdingsPage(database.db, { kind: 'country', value: 'ISL' }, 'en'))!;
		expect([first.total, first.practices.length, first.page, first.pages]).toEqual([55, 50, 1, 2]);
		expect(first.practices[0].periodStart).toBe(2019);
		expect([first.previous, first.next]).toEqual([null, '/practices/countries/ISL?page=2']);
		const second = (await holdingsPage(database.db, { kind: 'country', value: 'ISL' }, 'en', '2'))!;
		expect(second.practices.map((p) => p.periodStart)).toEqual([null, null, null, null, null]);
		expect([second.previous, second.next]).toEqual(['/practices/countries/ISL', null]);
		const seen = new Set([...first.practices, ...second.practices].map((p) => p.slug));
		expect(seen.size).toBe(55);
		for (const page of ['3', '0', 'abc', '-1', '1e3'])
			expect(await holdingsPage(database.db, { kind: 'country', value: 'ISL' }, 'en', page)).toBeNull();
	});
});

describe('the search page', () => {
	it('shows the evidence that holds the words, and every value of a facet on request (?more=)', async () => {
		const view = await searchPage(database.db, new URLSearchParams('q=remittances'), 'en');
		expect(view.evidence!.facts.map((f) => f.value)).toEqual(expect.arrayContaining(['128', '831']));
		expect(view.evidence!.facts[0].snippet.some((part) => part.mark && part.text === 'remittances')).toBe(true);
		expect((await searchPage(database.db, new URLSearchParams(''), 'en')).evidence).toBeNull();

		const plain = await searchPage(database.db, new URLSearchParams(''), 'en');
		const country = plain.facets.find((f) => f.facet === 'country')!;
		expect(country.values).toHaveLength(12);
		expect(country.moreHref).toBe('/practices?more=country#facet-country');
		const expanded = (await searchPage(database.db, new URLSearchParams('more=country'), 'en')).facets.find((f) => f.facet === 'country')!;
		expect(expanded.values).toHaveLength(12 + country.more);
		expect(expanded.moreHref).toBeNull();
		expect(expanded.fewerHref).toBe('/practices#facet-country');
		// The facts follow the year filter (the fact's year); a filter facts do not carry is named, and left out of the link to all facts.
		const all = (await searchPage(database.db, new URLSearchParams('q=remittances'), 'en')).evidence!;
		const year = all.facts.find((f) => f.year !== null)!.year!;
		const byYear = (await searchPage(database.db, new URLSearchParams(`q=remittances&year=${year}`), 'en')).evidence!;
		expect(byYear.facts.length).toBeGreaterThan(0);
		expect(byYear.facts.every((f) => f.year === year)).toBe(true);
		expect(all.notFilteredBy).toBe('');
		const unsupported = (await searchPage(database.db, new URLSearchParams('q=remittances&principle=a&language=fr'), 'en')).evidence!;
		expect(unsupported.notFilteredBy).toBe('Guiding principle, Language');
		// An unknown facet name is ignored.
		expect(
			(await searchPage(database.db, new URLSearchParams('more=nope'), 'en')).facets.find((f) => f.facet === 'country')!.values
		).toHaveLength(12);
	});
});

describe('an event’s page', () => {
	it('lists the published practices presented at the event and the facts cited there', async () => {
		const coa = await practicesCap.getPublished(database.db, 'canadian-orientation-abroad');
		const held = await practicesCap.ofEvent(database.db, coa!.practice.sourceEventId!);
		expect(held.practices.map((p) => p.slug)).toContain('canadian-orientation-abroad');
		const [fact] = await database.db.select().from(evidenceFacts).where(eq(evidenceFacts.value, '128'));
		const cited = await practicesCap.ofEvent(database.db, fact.sourceEventId!);
		expect(cited.evidence.map((f) => f.value)).toContain('128');
		// Only what the page shows reaches the browser: not the facts' search document.
		expect(Object.keys(cited.evidence[0])).not.toContain('search');
		expect(Object.keys((await practicesCap.getPublished(database.db, 'brazil-voluntary-relocation'))!.evidence[0])).not.toContain('search');
		expect((await practicesCap.ofEvent(database.db, crypto.randomUUID())).practices).toEqual([]);
	});
});

describe('the page cache', () => {
	it('is cleared when practices are imported, so a kept search never hides a new practice', async () => {
		const kept = await pageCache.serve(
			'en /api/v1/practices?q=x',
			new Request('http://localhost/api/v1/practices?q=x'),
			() => new Response('old')
		);
		expect(await kept.text()).toBe('old');
		const row = {
			titles: { en: 'Cache test practice' },
			summaries: { en: 'A summary' },
			scope: 'national',
			status: 'completed',
			gcmObjectives: [1]
		};
		const report = await practicesCap.importPractices(ctxAs(database.db, 'secretariat'), [row], { dryRun: false });
		expect(report.committed).toBe(true);
		const again = await pageCache.serve(
			'en /api/v1/practices?q=x',
			new Request('http://localhost/api/v1/practices?q=x'),
			() => new Response('new')
		);
		expect(await again.text()).toBe('new');
	});
});

// Keeps the facet list and this test in step: a new facet needs a test above.
it('has a test for each facet the page offers', () => {
	const tested: Facet[] = ['gcm', 'principle', 'stage', 'region', 'country', 'area', 'target', 'orgType', 'year', 'language'];
	expect([...FACETS].sort()).toEqual([...tested].sort());
});
