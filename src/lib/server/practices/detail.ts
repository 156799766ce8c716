import type { Db } from '../db/client';
import { pick, type Language } from '$lib/i18n';
import { cachedLabels, facetLabel } from './page';
import { getPublished, HOLDINGS_PAGE_SIZE, holdingsFor, tagCounts, type PracticeTag } from './queries';
import { listAttachments } from './attachments';
import { m49Name } from '../reference/m49';

/** A published practice with every tag named in the reader's language and linked to its page or search. */
export async function practicePage(db: Db, slug: string, lang: Language) {
	const [found, names] = await Promise.all([getPublished(db, slug), cachedLabels(db)]);
	if (!found) return null;
	const { practice, event, evidence } = found;
	const attachments = await listAttachments(db, practice.id);
	const tag = (facet: Parameters<typeof facetLabel>[1], value: string, href: string) => ({
		label: facetLabel(names, facet, value, lang),
		href
	});
	return {
		practice,
		event,
		evidence,
		attachments,
		title: pick(practice.titles, lang),
		tags: {
			gcm: practice.gcmObjectives.map((n) => tag('gcm', String(n), `/practices/gcm/${n}`)),
			principles: practice.principles.map((p) => tag('principle', p, `/practices?principle=${p}`)),
			stages: practice.stages.map((s) => tag('stage', s, `/practices?stage=${s}`)),
			areas: practice.areas.map((a) => tag('area', a, `/practices/areas/${a}`)),
			countries: practice.countries.map((c) => tag('country', c, `/practices/countries/${c}`)),
			implementingStates: practice.implementingStates.map((c) => tag('country', c, `/practices/countries/${c}`)),
			regions: practice.regions.map((r) => tag('region', r, `/practices?region=${r}`)),
			// Named, not linked: M49 regions are not a search facet (issue 7's facets are the IOM regions).
			m49Regions: practice.m49Regions.map((code) => `${m49Name(code, lang)} (${code})`),
			targets: practice.targetGroups.map((g) => tag('target', g, `/practices?target=${g}`)),
			orgTypes: practice.organisationTypes.map((o) => tag('orgType', o, `/practices?orgType=${o}`))
		},
		eventTitle: event ? `${pick(event.titles, lang)}${event.city ? `, ${event.city}` : ''} (${event.startDate.slice(0, 4)})` : null
	};
}

/**
 * What the platform holds for one GCM objective, area or country, named in the reader's language,
 * one page (`?page=`) at a time; null if there is no such tag or page (a 404).
 */
export async function holdingsPage(db: Db, tag: PracticeTag, lang: Language, pageParam: string | null = null) {
	const page = pageParam === null ? 1 : /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : NaN;
	if (!Number.isInteger(page)) return null;
	const names = await cachedLabels(db);
	const facet = tag.kind === 'gcm' ? 'gcm' : tag.kind;
	// Own keys only: `constructor` or `__proto__` in the address is not a tag.
	const known = Object.hasOwn(names[facet], String(tag.value)) ? names[facet][String(tag.value)] : undefined;
	if (!known) return null;
	const held = await holdingsFor(db, tag, page);
	const pages = Math.max(1, Math.ceil(held.total / HOLDINGS_PAGE_SIZE));
	if (page > pages) return null;
	const filter = tag.kind === 'gcm' ? 'gcm' : tag.kind;
	const query = `${filter}=${encodeURIComponent(String(tag.value))}`;
	const base =
		tag.kind === 'gcm'
			? `/practices/gcm/${tag.value}`
			: tag.kind === 'area'
				? `/practices/areas/${tag.value}`
				: `/practices/countries/${tag.value}`;
	const at = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
	return {
		tag,
		name: pick(known, lang),
		searchHref: `/practices?${query}`,
		total: held.total,
		page,
		pages,
		previous: page > 1 ? at(page - 1) : null,
		next: page < pages ? at(page + 1) : null,
		allEvidenceHref: held.moreEvidence ? `/api/v1/evidence?${query}` : null,
		practices: held.practices.map((p) => ({
			slug: p.slug,
			title: pick(p.titles, lang),
			titleLang: p.titles[lang] ? lang : 'en',
			summary: pick(p.summaries, lang),
			summaryLang: p.summaries[lang] ? lang : 'en',
			periodStart: p.periodStart
		})),
		evidence: held.evidence
	};
}

/** The index of the tag pages: every GCM objective and area, and the countries that hold practices, with counts. */
export async function browsePage(db: Db, lang: Language) {
	const [names, counts] = await Promise.all([cachedLabels(db), tagCounts(db)]);
	const entries = (facet: 'gcm' | 'area' | 'country', base: string, onlyHeld: boolean) =>
		Object.entries(names[facet])
			.map(([key, titles]) => ({ key, name: pick(titles, lang), count: counts[facet].get(key) ?? 0, href: `${base}/${key}` }))
			.filter((e) => !onlyHeld || e.count > 0);
	return {
		gcm: entries('gcm', '/practices/gcm', false).sort((a, b) => Number(a.key) - Number(b.key)),
		areas: entries('area', '/practices/areas', false),
		countries: entries('country', '/practices/countries', true).sort((a, b) => a.name.localeCompare(b.name, lang))
	};
}
