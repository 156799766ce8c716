import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

/** The demo's first IDM session of 2024 (its programme has speakers), found through the public API. */
async function sessionId(page: Page): Promise<string> {
	const response = await page.request.get('/api/v1/events');
	const { data } = (await response.json()) as { data: { id: string; titles: { en: string } }[] };
	return data.find((e) => e.titles.en === 'First Session of the International Dialogue on Migration 2024')!.id;
}

// The figures depend on the records, which other capabilities (and the demo) fill: these journeys
// check what the pages promise whatever the counts; the counts themselves are checked by
// src/lib/server/statistics/statistics.int.test.ts.
describe.skipIf(skip)('participation statistics', () => {
	it('a visitor opens them from the event, reads each figure with its definition, a chart with its table, and downloads a table as CSV', async () => {
		const { page } = await browser.newPage();
		const id = await sessionId(page);
		await visit(page, `/events/${id}`);
		await Promise.all([page.waitForURL(/\/statistics$/), page.getByRole('link', { name: 'Participation statistics' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toBe('Participation statistics: First Session of the International Dialogue on Migration 2024');
		// On a page of its own the annex's sections are h2 under the h1 (in a report they go one level down).
		expect(await page.locator('#section-registrations').evaluate((e) => e.tagName)).toBe('H2');

		const representatives = page.locator('#figure-governments-representatives');
		expect(await representatives.locator('dt').textContent()).toBe('Government representatives');
		expect(await representatives.locator('.definition').textContent()).toBe('Approved registrations in the delegation of a State.');
		expect(await representatives.locator('.share').textContent()).toMatch(/^(–|\d+\.\d%) of [\d,]+ approved registrations?$/);

		// The speakers by role: an image with its text alternative, beside the table of the same numbers.
		const roles = page.locator('section.annex-table', { has: page.getByRole('heading', { name: 'Speakers by role' }) });
		const chart = roles.getByRole('img');
		const alt = (await chart.getAttribute('aria-label'))!;
		expect(alt).toMatch(/^Speakers by role\. .+: \d+ \(\d+\.\d%\)/);
		const rows = await roles
			.locator('tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
		expect(rows.length).toBeGreaterThan(0);
		for (const [role, speakers] of rows) expect(alt).toContain(`${role}: ${speakers} (`);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			roles.getByRole('link', { name: 'Download the table “Speakers by role” as CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('statistics-speakers-by-role.csv');
		const lines = fs
			.readFileSync((await download.path())!, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe('role,role_label,speakers,share');
		expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(rows.map(([role]) => role));
	});

	it('the secretariat lists the registrations behind a figure, from the event’s manage page', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		await visit(page, `/manage/events/${id}`);
		await Promise.all([page.waitForURL(/\/statistics$/), page.getByRole('link', { name: 'Participation statistics' }).click()]);
		await checkA11y(page);
		const total = await page.locator('#figure-registrations-total .value').textContent();

		await Promise.all([
			page.waitForURL(/figure=registrations\.total/),
			page.getByRole('link', { name: 'Who makes up “Registrations”' }).click()
		]);
		await checkA11y(page);
		expect(await page.textContent('#drill-heading')).toBe('Registrations behind “Registrations”');
		expect(await page.locator('#drill').textContent()).toContain(`${total} approved registration`);
		const listed = await page.locator('#drill tbody tr').count();
		expect(listed).toBe(Math.min(100, Number(total!.replace(/\D/g, ''))));
	});

	it('the drill-down is for the secretariat only: a visitor is sent to sign in', async () => {
		const { page } = await browser.newPage();
		const id = await sessionId(page);
		await page.goto(`/manage/events/${id}/statistics?figure=registrations.total`);
		expect(new URL(page.url()).pathname).toBe('/sign-in');
	});
});
