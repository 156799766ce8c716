import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { count, eq } from 'drizzle-orm';
import type { Role } from '$lib/auth/roles';
import { EvidenceHitOut, EvidenceOut, PracticeDetailOut, PracticeImportOut, PracticeOut, PracticeSearchOut } from '$lib/api/practices';
import { testDatabase } from '../testing/database';
import { actorWith, ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import { loadDemoPractices, demoPractices } from '../demo/practices-data';
import { auditLog } from '../audit/schema';
import { evidenceFacts, practices } from '../practices/schema';
import { createEvidence } from '../practices';
import { api } from './http';
import { openApiDocument } from './openapi';
import { fromCsv, toCsv } from '../practices/csv';
import * as v1 from './v1-practices';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
	await loadDemoPractices(ctxAs(database.db, 'secretariat'), new Map());
});

interface Options {
	role?: Role | null;
	params?: Record<string, string>;
	body?: string;
	type?: string;
	lang?: 'en' | 'fr';
}
function request(path: string, options: Options = {}) {
	const actor = actorWith(options.role ?? null);
	const url = new URL(`http://localhost/api/v1${path}`);
	const init: RequestInit =
		options.body === undefined
			? {}
			: { method: 'POST', headers: { 'content-type': options.type ?? 'application/json' }, body: options.body };
	return {
		url,
		params: options.params ?? {},
		request: new Request(url, init),
		locals: { lang: options.lang ?? 'en', actor, ctx: { db: database.db, actor }, user: null }
	} as unknown as RequestEvent;
}

async function call(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	const type = response.headers.get('content-type') ?? '';
	return { status: response.status, type, body: type.includes('json') ? await response.json() : await response.text() };
}

const practiceCount = async () => (await database.db.select({ n: count() }).from(practices))[0].n;
const importAs = (body: unknown, options: { commit?: boolean; role?: Role | null } = {}) =>
	call(
		v1.importPractices,
		request(`/practices/import${options.commit ? '?commit=true' : ''}`, {
			role: options.role === undefined ? 'secretariat' : options.role,
			body: JSON.stringify(body)
		})
	);

const valid = (title: string, extra: Record<string, unknown> = {}) => ({
	titles: { en: title },
	summaries: { en: `Summary of ${title}` },
	scope: 'national',
	status: 'completed',
	gcmObjectives: [5],
	countries: ['CAN'],
	...extra
});

describe('search API', () => {
	it('answers the same search as the page, with facets, in the shape the OpenAPI document promises', async () => {
		const res = await call(v1.searchPractices, request('/practices?q=visa&gcm=5'));
		expect(res.status).toBe(200);
		const body = PracticeSearchOut.parse(res.body);
		expect(body.total).toBeGreaterThan(0);
		expect(body.data.every((d) => d.gcmObjectives.includes(5))).toBe(true);
		expect(body.data[0].snippet).toContain('<mark>');
		expect(body.facets.gcm.find((g) => g.value === '5')!.count).toBe(body.total);
	});

	it('refuses a 10,000-character query with a problem document, not a 500', async () => {
		const res = await call(v1.searchPractices, request(`/practices?q=${'a'.repeat(10_000)}`));
		expect(res.status).toBe(400);
		expect(res.type).toContain('application/problem+json');
		expect(res.body.errors[0]).toMatchObject({ field: 'q', code: 'practices.errors.queryTooLong' });
		expect(res.body.errors[0].detail).toContain('200');
	});

	it('answers a query full of operators and quotes', async () => {
		const res = await call(v1.searchPractices, request(`/practices?q=${encodeURIComponent('"&|!:* \' ( )')}`));
		expect(res.status).toBe(200);
	});

	it('gives a practice by its permanent id and 404 for an unknown or malformed one', async () => {
		const [row] = await database.db.select().from(practices).where(eq(practices.slug, 'brazil-voluntary-relocation'));
		const res = await call(v1.getPractice, request(`/practices/${row.id}`, { params: { id: row.id } }));
		const body = PracticeDetailOut.parse(res.body);
		expect(body.evidence).toHaveLength(1);
		expect((await call(v1.getPractice, request('/practices/x', { params: { id: 'x' } }))).status).toBe(404);
		const missing = crypto.randomUUID();
		expect((await call(v1.getPractice, request(`/practices/${missing}`, { params: { id: missing } }))).status).toBe(404);
	});

	it('lists the evidence', async () => {
		const res = await call(v1.listEvidence, request('/evidence'));
		expect(res.body.data.map((e: unknown) => EvidenceOut.parse(e)).length).toBeGreaterThanOrEqual(15);
	});

	it('searches the evidence in every language, with the words marked and the facets a fact carries', async () => {
		const res = await call(v1.listEvidence, request('/evidence?q=remittances'));
		const hits = (res.body.data as unknown[]).map((e) => EvidenceHitOut.parse(e));
		expect(hits.map((h) => h.value)).toEqual(expect.arrayContaining(['128', '831']));
		expect(res.body.total).toBe(hits.length);
		expect(hits[0].snippet).toContain('<mark>remittances</mark>');
		// French words, a French reader: the French statement, marked.
		const fr = await call(v1.listEvidence, request(`/evidence?q=${encodeURIComponent('envois de fonds')}`, { lang: 'fr' }));
		const frHits = (fr.body.data as unknown[]).map((e) => EvidenceHitOut.parse(e));
		expect(frHits.find((h) => h.value === '128')).toMatchObject({
			snippetLang: 'fr',
			snippet: expect.stringContaining('<mark>envois</mark>')
		});
		// A facet narrows; nothing found is an empty list; a hostile or too long query is a clear answer, never a 500.
		const narrowed = await call(v1.listEvidence, request('/evidence?q=remittances&gcm=19'));
		expect(narrowed.body.data.map((h: { value: string }) => h.value)).toEqual(['831']);
		expect((await call(v1.listEvidence, request('/evidence?q=zzzqqq'))).body).toEqual({ data: [], total: 0 });
		expect((await call(v1.listEvidence, request(`/evidence?q=${encodeURIComponent('"&|!:* (')}`))).status).toBe(200);
		expect((await call(v1.listEvidence, request(`/evidence?q=${'x'.repeat(10_000)}`))).status).toBe(400);
	});

	it('narrows the evidence by the fact’s year, and refuses a filter a fact does not carry instead of ignoring it', async () => {
		const all = (await call(v1.listEvidence, request('/evidence'))).body as { data: { year: number | null }[]; total: number };
		const year = all.data.find((f) => f.year !== null)!.year!;
		const byYear = (await call(v1.listEvidence, request(`/evidence?year=${year}`))).body as typeof all;
		expect(byYear.total).toBeGreaterThan(0);
		expect(byYear.total).toBeLessThan(all.total);
		expect(byYear.data.every((f) => f.year === year)).toBe(true);
		expect((await call(v1.listEvidence, request('/evidence?year=1901'))).body).toEqual({ data: [], total: 0 });
		for (const filter of ['principle=a', 'orgType=academia-research', 'language=fr']) {
			const refused = await call(v1.listEvidence, request(`/evidence?q=remittances&${filter}`));
			expect(refused.status, filter).toBe(400);
			expect(refused.type).toContain('application/problem+json');
			expect(refused.body.errors[0]).toMatchObject({ field: filter.split('=')[0], code: 'practices.errors.evidenceFilter' });
			expect(refused.body.errors[0].detail).toContain(filter.split('=')[0]);
		}
	});
});

describe('exports', () => {
	it('export every practice of a search as JSON and as CSV with one column per language', async () => {
		const json = await call((e) => v1.exportPractices(e, 'json'), request('/practices/export.json?country=BRA'));
		const data = (json.body.data as unknown[]).map((p) => PracticeOut.parse(p));
		expect(data.length).toBe(demoPractices.filter((p) => p.countries.includes('BRA')).length);
		const csv = await call((e) => v1.exportPractices(e, 'csv'), request('/practices/export.csv?country=BRA'));
		expect(csv.type).toContain('text/csv');
		const lines = String(csv.body).trim().split('\n');
		expect(lines).toHaveLength(data.length + 1);
		expect(lines[0]).toContain('title_en,title_fr,title_es,title_ar');
	});

	it('an exported CSV imports back in a dry run without a single error', async () => {
		const csv = await call((e) => v1.exportPractices(e, 'csv'), request('/practices/export.csv?country=ARG'));
		const res = await call(
			v1.importPractices,
			request('/practices/import', { role: 'secretariat', body: String(csv.body), type: 'text/csv' })
		);
		expect(res.status).toBe(200);
		expect(PracticeImportOut.parse(res.body)).toMatchObject({ dryRun: true, committed: false, total: 2, valid: 2, errors: [] });
	});
});

describe('CSV formula guard', () => {
	it('a summary a spreadsheet would run as a formula is exported with an apostrophe and imported back unchanged', async () => {
		const formula = '=HYPERLINK("http://evil.example","click")';
		const created = await importAs([valid('Formula practice', { slug: 'formula-practice', summaries: { en: formula } })], { commit: true });
		expect(created.status).toBe(201);
		const csv = String((await call((e) => v1.exportPractices(e, 'csv'), request('/practices/export.csv?q=Formula+practice'))).body);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example""`);
		expect(csv).not.toMatch(/,"?=HYPERLINK/);
		const again = fromCsv(csv).find((r) => (r.titles as { en: string }).en === 'Formula practice');
		expect((again!.summaries as { en: string }).en).toBe(formula);
	});

	it('a summary that starts with an apostrophe before = + - @ keeps its apostrophe through export and import', async () => {
		const [row] = await database.db.select().from(practices).limit(1);
		const back = fromCsv(toCsv([{ ...row, summaries: { en: "'-ism and its critics" } }]))[0] as { summaries: { en: string } };
		expect(back.summaries.en).toBe("'-ism and its critics");
	});
});

describe('bulk import', () => {
	it('a dry run reports each row’s problems by field and writes nothing', async () => {
		const before = await practiceCount();
		const res = await importAs([valid('Good one'), valid('Bad objective', { gcmObjectives: [5, 24] }), { titles: { en: 'No fields' } }]);
		expect(res.status).toBe(422);
		const body = PracticeImportOut.parse(res.body);
		expect(body).toMatchObject({ dryRun: true, committed: false, total: 3, valid: 1 });
		expect(body.errors.map((e) => e.row)).toEqual([2, 3]);
		expect(body.errors[0].fields).toEqual([
			{ field: 'gcmObjectives', code: 'practices.errors.unknownGcm', detail: expect.stringContaining('“24”') }
		]);
		expect(body.errors[1].fields.map((f) => f.field)).toEqual(expect.arrayContaining(['summaries', 'scope', 'status', 'gcmObjectives']));
		expect(await practiceCount()).toBe(before);
	});

	it('writes nothing when one row of a commit is bad (all or nothing)', async () => {
		const before = await practiceCount();
		const res = await importAs([valid('Fine A'), valid('Fine B'), valid('Unknown country', { countries: ['XXX'] })], { commit: true });
		expect(res.status).toBe(422);
		expect(res.body.committed).toBe(false);
		expect(res.body.errors[0].fields[0]).toMatchObject({ field: 'countries', code: 'practices.errors.unknownCountry' });
		expect(await practiceCount()).toBe(before);
	});

	it('commits a clean file as published practices, each with its own address and audit record', async () => {
		const before = await practiceCount();
		const res = await importAs([valid('Same title'), valid('Same title')], { commit: true });
		expect(res.status).toBe(201);
		expect(res.body.created.map((c: { slug: string }) => c.slug)).toEqual(['same-title', 'same-title-2']);
		expect(await practiceCount()).toBe(before + 2);
		const audited = await database.db.select().from(auditLog).where(eq(auditLog.action, 'practice.import'));
		const ids = new Set(res.body.created.map((c: { id: string }) => c.id));
		expect(audited.filter((a) => ids.has(a.entityId))).toHaveLength(2);
		const found = await call(v1.searchPractices, request('/practices?q=same title'));
		expect(found.body.total).toBe(2);
	});

	it('refuses visitors and participants, bad JSON and unknown file types with problem documents', async () => {
		expect((await importAs([valid('x')], { role: null })).status).toBe(401);
		expect((await importAs([valid('x')], { role: 'participant' })).status).toBe(403);
		const broken = await call(v1.importPractices, request('/practices/import', { role: 'secretariat', body: '[{"titles":' }));
		expect(broken).toMatchObject({ status: 400, body: { errors: [{ code: 'practices.errors.importFormat' }] } });
		const xml = await call(
			v1.importPractices,
			request('/practices/import', { role: 'secretariat', body: '<x/>', type: 'application/xml' })
		);
		expect(xml.status).toBe(415);
		expect((await importAs([])).body.errors[0].code).toBe('practices.errors.emptyImport');
		const quoteCsv = await call(
			v1.importPractices,
			request('/practices/import', { role: 'secretariat', body: 'title_en,summary_en\n"unclosed,quote', type: 'text/csv' })
		);
		expect(quoteCsv.status).toBe(400);
	});
});

it('declares every practices endpoint in the OpenAPI document', () => {
	expect(Object.keys(openApiDocument().paths)).toEqual(
		expect.arrayContaining([
			'/practices',
			'/practices/{id}',
			'/practices/export.json',
			'/practices/export.csv',
			'/practices/import',
			'/evidence'
		])
	);
});

describe('input found by review: clear answers, never a 500', () => {
	it('a facet value too large for an integer matches nothing instead of failing', async () => {
		for (const query of ['gcm=9999999999', 'year=99999999999', 'gcm=1e20']) {
			const res = await call(v1.searchPractices, request(`/practices?${query}`));
			expect(res.status, query).toBe(200);
			expect(res.body.total, query).toBe(0);
		}
	});

	it('a title whose suffixed address is already taken gets the next free one', async () => {
		const first = await importAs([valid('Dup title'), valid('Other', { slug: 'dup-title-2' })], { commit: true });
		expect(first.body.created.map((c: { slug: string }) => c.slug)).toEqual(['dup-title', 'dup-title-2']);
		const again = await importAs([valid('Dup title')], { commit: true });
		expect(again.status).toBe(201);
		expect(again.body.created[0].slug).toBe('dup-title-3');
	});

	it('a 120-character address that is taken gets a suffix that still fits', async () => {
		const slug = 'a'.repeat(120);
		await importAs([valid('Long one', { slug })], { commit: true });
		const again = await importAs([valid('Long two', { slug })], { commit: true });
		expect(again.status).toBe(201);
		expect(again.body.created[0].slug).toBe(`${'a'.repeat(110)}-2`);
	});

	it('2,500 practices import in one commit (more parameters than one statement takes)', async () => {
		const before = await practiceCount();
		const rows = Array.from({ length: 2500 }, (_, i) => valid(`Bulk practice ${i}`));
		const res = await importAs(rows, { commit: true });
		expect(res.status).toBe(201);
		expect(await practiceCount()).toBe(before + 2500);
	});

	it('an exported JSON imports back: null means not given, and a tag given twice is one tag', async () => {
		const exported = await call((e) => v1.exportPractices(e, 'json'), request('/practices/export.json?country=ARG'));
		const rows = exported.body.data as Record<string, unknown>[];
		expect(rows.some((r) => Object.values(r).includes(null))).toBe(true);
		const res = await importAs(rows);
		expect(PracticeImportOut.parse(res.body)).toMatchObject({ dryRun: true, valid: rows.length, errors: [] });
		const twice = await importAs([valid('Twice tagged', { countries: ['CAN', 'CAN'], titles: { en: 'Twice tagged', fr: ' ' } })], {
			commit: true
		});
		const [row] = await database.db.select().from(practices).where(eq(practices.slug, twice.body.created[0].slug));
		expect(row.countries).toEqual(['CAN']);
		expect(row.titles).toEqual({ en: 'Twice tagged' });
	});

	it('a name such as constructor in a tag page address is no tag', async () => {
		const { holdingsPage } = await import('../practices/detail');
		expect(await holdingsPage(database.db, { kind: 'area', value: 'constructor' }, 'en')).toBeNull();
	});
});

it('a snippet mark character in a stored text is dropped on input, and a stray one still gives balanced <mark> tags', async () => {
	const ctx = ctxAs(database.db, 'secretariat');
	const fact = await createEvidence(ctx, { statements: { en: 'Quokka \uE000 count rose' }, source: 'Test' });
	const [stored] = await database.db.select().from(evidenceFacts).where(eq(evidenceFacts.id, fact.id));
	expect(stored.statements.en).toBe('Quokka  count rose');
	// A text stored before this rule (or by hand) still renders balanced marks.
	await database.db
		.update(evidenceFacts)
		.set({ statements: { en: 'Quokka \uE000 numbers \uE001\uE001 rose' } })
		.where(eq(evidenceFacts.id, fact.id));
	for (const query of ['quokka', 'numbers']) {
		const res = await call(v1.listEvidence, request(`/evidence?q=${query}`));
		const snippet: string = res.body.data[0].snippet;
		expect(snippet.split('<mark>').length, snippet).toBe(snippet.split('</mark>').length);
		expect(snippet).not.toMatch(/[\uE000\uE001]/);
	}
});

it('the API snippet is safe HTML: the practice’s own markup is escaped, only the marks are tags', async () => {
	await importAs([valid('Escaped practice', { summaries: { en: 'Orientation where 3 < 5 & "support" matters' } })], { commit: true });
	const res = await call(v1.searchPractices, request('/practices?q=orientation escaped'));
	const hit = res.body.data.find((h: { slug: string }) => h.slug === 'escaped-practice');
	expect(hit.snippet).toContain('3 &lt; 5 &amp; &quot;support&quot;');
	expect(hit.snippet).toMatch(/<mark>orientation<\/mark>/i);
});
