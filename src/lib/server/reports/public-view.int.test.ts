import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { actorWith, ctxAs } from '../testing/actors';
import * as demo from '../demo';
import * as dialogues from '../dialogues';
import * as practicesOps from '../practices/operations';
import { api } from '../api/http';
import { listReports, reportOpenData, versionFrozen } from '../api/v1-reports';
import { openApiDocument } from '../api/openapi';
import { ReportOpenDataOut, ReportSummaryOut } from '$lib/api/reports';
import * as reports from '.';

/**
 * A report on the demo's IDM 2024 first session (whose statistics and public survey make the
 * annex), published, corrected as version 2 and followed up; then read as the public reads it.
 */
let database: Database;
let dialogueSlug: string;
let findingId: string;
let recommendationId: string;
let practiceSlug: string;
const secretariat = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000001' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000002' });
const SLUG = 'pages-test-report';

async function publish(reportId: string, notes?: string) {
	let report = await reports.reportRow(database.db, reportId);
	report = await reports.submitForReview(secretariat(), reportId, { version: report.version });
	report = await reports.review(colleague(), reportId, { decision: 'approve', version: report.version });
	await reports.publish(secretariat(), reportId, { version: report.version, ...(notes ? { notes: { en: notes } } : {}) });
}

function request(path: string, options: { params?: Record<string, string>; method?: string; lang?: 'en' | 'fr' | 'ar' } = {}) {
	const actor = actorWith(null);
	const url = new URL(`http://localhost${path}`);
	return {
		url,
		params: options.params ?? {},
		request: new Request(url, { method: options.method ?? 'GET' }),
		locals: { lang: options.lang ?? 'en', actor, ctx: { db: database.db, actor }, user: null }
	} as unknown as RequestEvent;
}

async function call(handler: (e: RequestEvent) => Promise<Response> | Response, event: RequestEvent) {
	const response = await api(async (e) => handler(e))(event);
	return { status: response.status, headers: response.headers, body: await response.json() };
}

beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
	const event = (await dialogues.listEvents(database.db)).find(
		(e) => e.titles.en.includes('First Session') && e.startDate.startsWith('2024')
	)!;
	const found = (await dialogues.getEvent(database.db, event.id))!;
	dialogueSlug = found.dialogue.slug;
	const practice = await practicesOps.createPractice(
		secretariat(),
		{
			titles: { en: 'Pages test practice' },
			summaries: { en: 'A practice.' },
			scope: 'national',
			status: 'ongoing',
			gcmObjectives: [5]
		} as never,
		{ status: 'published' }
	);
	practiceSlug = practice.slug;
	const fact = await practicesOps.createEvidence(secretariat(), {
		statements: { en: 'Remittances reached USD 831 billion in 2022.' },
		source: 'World Migration Report 2024',
		year: 2022
	});
	const report = await reports.createReport(secretariat(), {
		eventId: event.id,
		slug: SLUG,
		titles: { en: 'Pages test report', fr: 'Rapport de test des pages' },
		summaries: { en: 'What the session found.' }
	});
	const text = await reports.addSection(secretariat(), report.id, {
		titles: { en: 'What do we know?' },
		bodies: { en: 'The **evidence**.' }
	});
	findingId = (
		await reports.createItem(secretariat(), text.id, {
			kind: 'evidence',
			level: 'global',
			headlines: { en: 'Remittances matter' },
			texts: { en: 'Remittances are large. <script>alert(1)</script>' },
			gcmObjectives: [20],
			facts: [fact.id],
			states: ['MEX'],
			practices: [practice.id]
		})
	).id;
	const recommendations = await reports.addSection(secretariat(), report.id, { titles: { en: 'Recommendations' } });
	recommendationId = (
		await reports.createItem(secretariat(), recommendations.id, { kind: 'recommendation', texts: { en: 'Link remittances with savings.' } })
	).id;
	await reports.createItem(secretariat(), recommendations.id, { kind: 'recommendation', texts: { en: 'Nobody has taken this up.' } });
	await reports.addSection(secretariat(), report.id, { kind: 'outcomes', titles: { en: 'Expected outcomes' } });
	await reports.setOutcomeItems(secretariat(), report.id, 0, [findingId]);
	await reports.addSection(secretariat(), report.id, { kind: 'annex', titles: { en: 'Annex' } });
	await publish(report.id);
	const item = await reports.reportRow(database.db, report.id);
	await reports.updateReport(secretariat(), report.id, {
		titles: { en: 'Pages test report (corrected)' },
		summaries: { en: 'What the session found.' },
		version: item.version
	});
	await publish(report.id, 'Corrected the title.');
	const found2 = await reports.publishedReport(database.db, SLUG);
	const dialogueId = found2!.version.content.dialogue.id;
	await reports.defineStatus(secretariat(), dialogueId, { key: 'pages-half', labels: { en: 'Half way' }, progress: 50 });
	await reports.createAction(secretariat(), recommendationId, {
		ownerStateId: 'MEX',
		descriptions: { en: 'Savings products.' },
		status: 'pages-half',
		dueDate: '2026-12-31'
	});
}, 120_000);

describe('a published report as the public reads it', () => {
	it('reads a version number only when it is plainly written', () => {
		expect(['1', '2', '12'].map(reports.versionNumber)).toEqual([1, 2, 12]);
		expect(['0', '01', '-1', '1e0', '1.0', ' 1', 'abc', '', '9999999999'].map(reports.versionNumber)).toEqual(Array(9).fill(null));
	});

	it('the page shows the newest version, its history, the annex drawn from the frozen data and live progress', async () => {
		const page = (await reports.reportPage(database.db, SLUG, 'en'))!;
		expect(page).toMatchObject({
			number: 2,
			latest: 2,
			paths: { json: `/reports/${SLUG}/report.json`, pdf: `/reports/${SLUG}/report.pdf` }
		});
		expect(page.content.report.titles.en).toBe('Pages test report (corrected)');
		expect(page.versions.map((v) => [v.number, v.notes?.en ?? null, v.path])).toEqual([
			[2, 'Corrected the title.', `/reports/${SLUG}/versions/2`],
			[1, null, `/reports/${SLUG}/versions/1`]
		]);
		expect(page.content.sections.map((s) => s.kind)).toEqual(['text', 'text', 'outcomes', 'annex']);
		expect(page.content.outcomes[0].items).toEqual([findingId]);
		// The annex went through JSON in the database: it is drawn again, tables and survey charts included.
		expect(page.annex!.view.figures.length).toBeGreaterThan(5);
		expect(page.annex!.view.tables.find((t) => t.key === 'registrations')!.rows.length).toBeGreaterThan(0);
		expect(page.annex!.surveys.length).toBeGreaterThan(0);
		expect(page.annex!.surveys[0].view.questions.length).toBeGreaterThan(0);
		expect(page.followUp.progress[recommendationId]).toEqual({ percent: 50, of: 1 });
		expect(page.followUp.report).toEqual({ percent: 25, of: 2, withoutActions: 1 });
	});

	it('the annex is drawn in the reader’s language', async () => {
		const fr = (await reports.reportPage(database.db, SLUG, 'fr'))!;
		const en = (await reports.reportPage(database.db, SLUG, 'en'))!;
		expect(fr.annex!.view.tables[0].title).not.toBe(en.annex!.view.tables[0].title);
	});

	it('an older version is still there as it was; an unknown one is not', async () => {
		const first = (await reports.reportPage(database.db, SLUG, 'en', 1))!;
		expect(first).toMatchObject({ number: 1, latest: 2, paths: { page: `/reports/${SLUG}/versions/1` } });
		expect(first.content.report.titles.en).toBe('Pages test report');
		expect(await reports.reportPage(database.db, SLUG, 'en', 99)).toBeNull();
		expect(await reports.reportPage(database.db, 'no-such-report', 'en')).toBeNull();
	});

	it('the open data has the content as frozen, the versions with addresses, and the follow-up with its actions', async () => {
		const { status, headers, body } = await call(reportOpenData, request(`/reports/${SLUG}/report.json`, { params: { slug: SLUG } }));
		expect(status).toBe(200);
		expect(headers.get('content-type')).toBe('application/json');
		// The shape the OpenAPI document promises.
		ReportOpenDataOut.parse(body);
		expect(headers.get('link')).toBe(
			`<http://localhost/reports/${SLUG}/versions/2/report.json>; rel="canonical", <http://localhost/reports/${SLUG}/versions/2>; rel="alternate"; type="text/html"`
		);
		expect(body).toMatchObject({
			slug: SLUG,
			version: 2,
			latestVersion: 2,
			url: `http://localhost/reports/${SLUG}/versions/2`,
			notes: { en: 'Corrected the title.' },
			versions: [
				{ number: 2, url: `http://localhost/reports/${SLUG}/versions/2` },
				{ number: 1, notes: null, url: `http://localhost/reports/${SLUG}/versions/1` }
			]
		});
		const finding = body.content.items[findingId];
		expect(finding).toMatchObject({
			kind: 'evidence',
			states: [{ id: 'MEX' }],
			practices: [{ slug: practiceSlug }],
			facts: [{ source: 'World Migration Report 2024', year: 2022 }]
		});
		expect(body.followUp).toMatchObject({
			page: `http://localhost/dialogues/${dialogueSlug}/follow-up`,
			report: { percent: 25, of: 2, withoutActions: 1 },
			recommendations: expect.arrayContaining([{ itemId: recommendationId, percent: 50, of: 1 }]),
			actions: [
				{
					itemId: recommendationId,
					owner: { kind: 'state', id: 'MEX' },
					status: { key: 'pages-half', progress: 50 },
					dueDate: '2026-12-31'
				}
			]
		});
		const old = await call(reportOpenData, request(`/api/v1/reports/${SLUG}/versions/1`, { params: { slug: SLUG, n: '1' } }));
		expect(old.body).toMatchObject({ version: 1, latestVersion: 2, content: { report: { titles: { en: 'Pages test report' } } } });
	});

	it('an unknown report or version is a 404 problem, never a 500', async () => {
		for (const params of <Record<string, string>[]>[
			{ slug: SLUG, n: '99' },
			{ slug: SLUG, n: '0' },
			{ slug: SLUG, n: 'abc' },
			{ slug: 'no-such-report' },
			{ slug: "x' or 1=1 --", n: '1' }
		]) {
			const { status, headers } = await call(reportOpenData, request('/api/v1/reports/x', { params }));
			expect(status, JSON.stringify(params)).toBe(404);
			expect(headers.get('content-type')).toBe('application/problem+json');
		}
	});

	it('lists the published reports with their addresses', async () => {
		const { body } = await call(listReports, request('/api/v1/reports'));
		body.data.forEach((r: unknown) => ReportSummaryOut.parse(r));
		expect(Object.keys(openApiDocument().paths)).toEqual(
			expect.arrayContaining(['/reports', '/reports/{slug}', '/reports/{slug}/versions/{n}'])
		);
		expect(body.data).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					slug: SLUG,
					version: 2,
					year: 2024,
					url: `http://localhost/reports/${SLUG}`,
					json: `http://localhost/reports/${SLUG}/report.json`
				})
			])
		);
		const event = (await reports.publishedReport(database.db, SLUG))!.version.content.event!;
		expect((await reports.listing(database.db, { eventId: event.id })).map((r) => r.slug)).toContain(SLUG);
	});

	it('changing a published version through the API is refused with a clear, translated message', async () => {
		for (const method of ['PUT', 'PATCH', 'DELETE']) {
			const response = versionFrozen(request(`/api/v1/reports/${SLUG}/versions/1`, { method, params: { slug: SLUG, n: '1' }, lang: 'fr' }));
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('GET');
			expect(await response.json()).toMatchObject({
				status: 405,
				title: expect.stringMatching(/^Une version publiée ne peut pas être modifiée/)
			});
		}
	});
});
