import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '../core/errors';
import * as practices from '../practices';
import { exportRows } from '../practices/search';
import { searchEvidence, unsupportedEvidenceFilters } from '../practices/evidence-search';
import { parseImportFile, toCsv } from '../practices/csv';
import { snippetParts } from '../practices/page';
import { isUuid } from '../web/params';
import { listAttachments } from '../practices/attachments';
import { parseSearch } from '$lib/practices/schemas';
import { translator } from '$lib/i18n';
import { requireRoleIn } from '../core/guards';
import { json } from './http';

type PracticeRow = Awaited<ReturnType<typeof exportRows>>['rows'][number];

/** A practice as the API shows it: the stored fields without the generated search columns. */
export function practiceOut(p: PracticeRow) {
	return {
		id: p.id,
		slug: p.slug,
		url: `/practices/${p.slug}`,
		titles: p.titles,
		summaries: p.summaries,
		descriptions: p.descriptions,
		outcomes: p.outcomes,
		lessons: p.lessons,
		innovation: p.innovation,
		scope: p.scope,
		status: p.status,
		periodStart: p.periodStart,
		periodEnd: p.periodEnd,
		implementingStates: p.implementingStates,
		implementingOrganisations: p.implementingOrganisations,
		organisationTypes: p.organisationTypes,
		partners: p.partners,
		countries: p.countries,
		regions: p.regions,
		m49Regions: p.m49Regions,
		stages: p.stages,
		gcmObjectives: p.gcmObjectives,
		principles: p.principles,
		areas: p.areas,
		targetGroups: p.targetGroups,
		languages: p.languages,
		contact: p.contact,
		links: p.links,
		sourceEventId: p.sourceEventId,
		sourceReference: p.sourceReference,
		publishedAt: p.publishedAt?.toISOString() ?? null,
		lastChanged: p.updatedAt.toISOString()
	};
}

/** The search of the address, or a 400 problem when its query is too long. */
function searchOf(event: RequestEvent) {
	const parsed = parseSearch(event.url.searchParams);
	if (!parsed.ok) throw new DomainError(parsed.error, 400, 'q', { max: 200 });
	return parsed.search;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The snippet as safe HTML: the practice's text escaped, the matching words in <mark> (always closed, whatever the marks). */
function snippetHtml(snippet: string): string {
	return snippetParts(snippet)
		.map(({ text, mark }) => {
			const escaped = text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
			return mark ? `<mark>${escaped}</mark>` : escaped;
		})
		.join('');
}

/** GET /api/v1/practices: the same search as /practices (q, facets, sort, page), with facet counts. */
export async function searchPractices(event: RequestEvent) {
	const search = searchOf(event);
	const result = await practices.search(event.locals.ctx.db, search, event.locals.lang);
	return json({
		total: result.total,
		page: result.page,
		pages: result.pages,
		data: result.hits.map((h) => ({
			id: h.id,
			slug: h.slug,
			url: `/practices/${h.slug}`,
			titles: h.titles,
			snippet: snippetHtml(h.snippet),
			snippetLang: h.snippetLang,
			scope: h.scope,
			status: h.status,
			periodStart: h.periodStart,
			periodEnd: h.periodEnd,
			gcmObjectives: h.gcmObjectives,
			countries: h.countries
		})),
		facets: result.facets
	});
}

/** GET /api/v1/practices/{id}: a published practice with the event it was presented at and its evidence. */
export async function getPractice(event: RequestEvent) {
	const id = event.params.id ?? '';
	const found = isUuid(id) ? await practices.getPublishedById(event.locals.ctx.db, id) : null;
	if (!found) throw new DomainError('errors.notFound', 404);
	return json({
		...practiceOut(found.practice),
		event: found.event ? { id: found.event.id, titles: found.event.titles, startDate: found.event.startDate } : null,
		evidence: found.evidence.map(evidenceOut),
		attachments: (await listAttachments(event.locals.ctx.db, found.practice.id)).map((a) => ({
			...a,
			url: `/practices/${found.practice.slug}/attachments/${a.id}`
		}))
	});
}

export function evidenceOut(f: Omit<practices.EvidenceFact, 'search' | 'createdAt' | 'updatedAt'>) {
	return {
		id: f.id,
		statements: f.statements,
		value: f.value,
		unit: f.unit,
		year: f.year,
		source: f.source,
		sourceUrl: f.sourceUrl,
		sourceEventId: f.sourceEventId,
		countries: f.countries,
		regions: f.regions,
		stages: f.stages,
		gcmObjectives: f.gcmObjectives,
		areas: f.areas,
		targetGroups: f.targetGroups
	};
}

/**
 * GET /api/v1/evidence: every cited fact with its tags; with `q` (and the facets a fact carries:
 * gcm, region, country, area, stage, target, year) the matching facts, ranked, each with its
 * statement as a snippet whose matching words are in <mark> (at most EVIDENCE_LIMIT). A practice's
 * facet a fact does not carry (principle, orgType, language) is refused (400), not ignored.
 */
export async function listEvidence(event: RequestEvent) {
	const search = searchOf(event);
	const unsupported = unsupportedEvidenceFilters(search);
	if (unsupported.length) throw new DomainError('practices.errors.evidenceFilter', 400, unsupported[0], { facets: unsupported.join(', ') });
	const filtered = search.q || Object.values(search.filters).some((v) => v.length);
	if (!filtered) {
		const rows = await practices.listEvidence(event.locals.ctx.db);
		return json({ data: rows.map(evidenceOut), total: rows.length });
	}
	const found = await searchEvidence(event.locals.ctx.db, search, event.locals.lang);
	return json({
		data: found.facts.map((f) => ({ ...evidenceOut(f), snippet: snippetHtml(f.snippet), snippetLang: f.snippetLang })),
		total: found.total
	});
}

/** GET /api/v1/practices/export.json and export.csv: every practice of a search (up to EXPORT_LIMIT). */
export async function exportPractices(event: RequestEvent, format: 'csv' | 'json') {
	const search = searchOf(event);
	const { rows, truncated } = await exportRows(event.locals.ctx.db, search, event.locals.lang);
	const headers = {
		'content-disposition': `attachment; filename="practices.${format}"`,
		...(truncated ? { 'x-truncated': 'true' } : {})
	};
	if (format === 'json') return json({ data: rows.map(practiceOut), total: rows.length, truncated }, 200, headers);
	return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8', ...headers } });
}

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * POST /api/v1/practices/import: a JSON array of practices (or { "practices": [...] }) or a CSV
 * file. A dry run unless `?commit=true`; with one bad row nothing is written. Secretariat.
 */
export async function importPractices(event: RequestEvent) {
	requireRoleIn(event.locals.ctx.actor, 'secretariat');
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (length > MAX_IMPORT_BYTES) throw new DomainError('practices.errors.importTooLarge', 413, 'file', { max: 5000 });
	const type = event.request.headers.get('content-type') ?? '';
	const text = await event.request.text();
	if (text.length > MAX_IMPORT_BYTES) throw new DomainError('practices.errors.importTooLarge', 413, 'file', { max: 5000 });
	const format = type.includes('json') ? 'json' : type.includes('csv') || type.includes('text/plain') ? 'csv' : null;
	if (!format) throw new DomainError('practices.errors.importFormat', 415, 'content-type');
	const rows = parseImportFile(text, format);
	const commit = event.url.searchParams.get('commit') === 'true';
	const report = await practices.importPractices(event.locals.ctx, rows, { dryRun: !commit });
	const t = translator(event.locals.lang);
	const body = {
		dryRun: report.dryRun,
		committed: report.committed,
		total: report.total,
		valid: report.valid,
		created: report.created,
		...(report.rows.length ? { message: t('practices.errors.importRejected', { count: report.rows.length }) } : {}),
		errors: report.rows.map((r) => ({
			row: r.row,
			title: r.title ?? null,
			fields: Object.entries(r.errors).map(([field, e]) => ({ field, code: e.key, detail: t(e.key, e.params) }))
		}))
	};
	return json(body, report.rows.length ? 422 : report.committed ? 201 : 200);
}
