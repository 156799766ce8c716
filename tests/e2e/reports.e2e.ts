import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkA11y, e2e, skip, useBrowser, visit } from './helpers';

/** The demo data publishes seed 000's key findings (IDM 2024, first session) with its annex and illustrative follow-up. */
const SLUG = 'idm-2024-first-session-key-findings';
const browser = useBrowser();

describe.skipIf(skip)('published reports', () => {
	it('a visitor finds the report, follows its table of contents, reads items, annex and follow-up', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/');
		await Promise.all([page.waitForURL(/\/reports$/), page.getByRole('link', { name: 'Reports', exact: true }).click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toBe('Published reports');
		const link = page.getByRole('link', { name: /Key Findings/ });
		await Promise.all([page.waitForURL(new RegExp(`/reports/${SLUG}$`)), link.click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toContain('Key Findings');
		expect(await page.locator('p.version').textContent()).toMatch(/^Version \d+, published \d+ \w+ \d{4}$/);

		// Every link of the table of contents goes to a heading of the page.
		const targets = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		expect(targets.length).toBeGreaterThan(4);
		for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
		expect(await page.locator('nav.toc a').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Annex/i)]));

		// Items in order, with their kind, tags and links; recommendations with their live progress.
		expect(await page.locator('li.report-item').count()).toBeGreaterThan(20);
		expect(await page.locator('li.report-item .kind').first().textContent()).toBeTruthy();
		expect(await page.locator('li.report-item a[href^="/practices/"]').count()).toBeGreaterThan(0);
		expect(await page.locator('li.kind-recommendation .progress').count()).toBeGreaterThan(0);
		expect(await page.locator('li.kind-recommendation .progress').allTextContents()).toEqual(
			expect.arrayContaining([expect.stringMatching(/^Follow-up: [\d.]+% done, the mean of \d+ actions?$|^No follow-up yet$/)])
		);
		// The annex table and the overall progress with its definition and the follow-up page.
		expect(await page.locator('section[aria-labelledby="table-registrations"] table').count()).toBe(1);
		// The annex sits under the report's "Annex" h2: its sections are h3, its tables h4.
		expect(await page.locator('#section-registrations').evaluate((e) => e.tagName)).toBe('H3');
		expect(await page.locator('#table-registrations').evaluate((e) => e.tagName)).toBe('H4');
		expect(await page.locator('#follow-up').textContent()).toBe('Follow-up of the recommendations');
		expect(await page.locator('section.follow-up').textContent()).toContain('How it is counted');
		expect(await page.locator('section.follow-up a[href$="/follow-up"]').count()).toBe(1);
		// PDF and JSON next to the title.
		expect(await page.locator(`a[href="/reports/${SLUG}/report.pdf"]`).count()).toBe(1);
		expect(await page.locator(`a[href="/reports/${SLUG}/report.json"]`).count()).toBe(1);
	});

	it('the open data parses, has items with their links, and the follow-up', async () => {
		const response = await fetch(`${e2e.baseUrl}/reports/${SLUG}/report.json`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(response.headers.get('link')).toMatch(/rel="canonical"/);
		const body = await response.json();
		expect(body.slug).toBe(SLUG);
		const items = Object.values(body.content.items) as { practices: unknown[]; facts: unknown[] }[];
		expect(items.length).toBeGreaterThan(20);
		expect(items.some((i) => i.practices.length > 0)).toBe(true);
		expect(body.followUp.report.of).toBeGreaterThan(0);
		const api = await (await fetch(`${e2e.baseUrl}/api/v1/reports`)).json();
		expect(api.data.map((r: { slug: string }) => r.slug)).toContain(SLUG);
		const frozen = await fetch(`${e2e.baseUrl}/api/v1/reports/${SLUG}/versions/1`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});
		expect(frozen.status).toBe(405);
		expect((await frozen.json()).title).toMatch(/A published version cannot be changed/);
	});

	it('an unknown version is a 404, an older one says a newer exists', async () => {
		const { page } = await browser.newPage();
		expect((await page.goto(`/reports/${SLUG}/versions/99`))!.status()).toBe(404);
		expect((await page.goto(`/reports/${SLUG}/versions/abc`))!.status()).toBe(404);
		expect((await fetch(`${e2e.baseUrl}/reports/${SLUG}/versions/99/report.json`)).status).toBe(404);
		const json = await (await fetch(`${e2e.baseUrl}/reports/${SLUG}/report.json`)).json();
		await visit(page, `/reports/${SLUG}/versions/1`);
		if (json.version > 1) {
			expect(await page.locator('.newer').textContent()).toContain('A newer version exists');
			expect(await page.locator(`.newer a[href="/reports/${SLUG}"]`).count()).toBe(1);
		} else {
			expect(await page.locator('.newer').count()).toBe(0);
		}
	});

	it('the event page lists its reports', async () => {
		const { page } = await browser.newPage();
		await visit(page, `/reports/${SLUG}`);
		await Promise.all([page.waitForURL(/\/events\//), page.locator('dl.facts a[href^="/events/"]').click()]);
		await checkA11y(page);
		expect(
			await page.locator(`#event-reports ~ ul a[href="/reports/${SLUG}"], section:has(#event-reports) a[href="/reports/${SLUG}"]`).count()
		).toBe(1);
	});

	it('reads the report in Arabic, right to left, with the English content marked as such', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/reports');
		await page.getByLabel('Language').selectOption('ar');
		await Promise.all([page.waitForURL(/\/reports$/), page.getByRole('button', { name: 'Change language' }).click()]);
		await checkA11y(page);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.textContent('h1')).toBe('التقارير المنشورة');
		await visit(page, `/reports/${SLUG}`);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.getAttribute('html', 'lang')).toBe('ar');
		expect(await page.textContent('#contents')).toBe('المحتويات');
		// The title has an Arabic translation; the item texts are English only, so they say so.
		expect(await page.locator('h1').getAttribute('lang')).toBeNull();
		expect(await page.locator('li.report-item .text').first().getAttribute('lang')).toBe('en');
		expect(await page.locator('li.report-item .text').first().getAttribute('dir')).toBe('ltr');
	});

	it('the PDF is the page printed on A4: title at the head of each page, numbered pages, the annex; in Arabic too', async () => {
		const response = await fetch(`${e2e.baseUrl}/reports/${SLUG}/report.pdf`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		const pdf = Buffer.from(await response.arrayBuffer());
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
		expect(pages).toBeGreaterThan(5);
		// Printed once: the same PDF again comes from memory, byte for byte.
		const again = Buffer.from(await (await fetch(`${e2e.baseUrl}/reports/${SLUG}/report.pdf`)).arrayBuffer());
		expect(again.equals(pdf)).toBe(true);
		expect((await fetch(`${e2e.baseUrl}/reports/${SLUG}/versions/99/report.pdf`)).status).toBe(404);
		expect((await fetch(`${e2e.baseUrl}/reports/no-such-report/report.pdf`)).status).toBe(404);
		// Chromium compresses the text: poppler reads it back where it is installed (CI installs it).
		if (spawnSync('pdftotext', ['-v']).status !== 0) return;
		const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
		expect(text).toContain('Key Findings');
		expect(text).toContain(`Page 1 of ${pages}`);
		expect(text).toContain('What do we know?');
		expect(text).toContain('358');
		const arabic = await fetch(`${e2e.baseUrl}/reports/${SLUG}/report.pdf`, { headers: { 'accept-language': 'ar' } });
		const arabicText = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(await arabic.arrayBuffer()) }).toString(
			'utf8'
		);
		expect(arabicText).toContain('المحتويات');
	});
});
