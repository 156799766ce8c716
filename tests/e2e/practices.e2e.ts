import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

async function follow(page: Page, click: () => Promise<void>) {
	await Promise.all([page.waitForNavigation(), click()]);
	await checkA11y(page);
}

describe.skipIf(skip)('good practices', () => {
	it('a visitor searches with a typo, narrows by a facet, opens a practice and cites it', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/');
		await follow(page, () => page.getByRole('link', { name: 'Good practices', exact: true }).click());
		expect(await page.textContent('h1')).toBe('Good practices');

		await page.getByLabel('Search practices').fill('orientaton abroad');
		await follow(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
		expect(new URL(page.url()).searchParams.get('q')).toBe('orientaton abroad');
		const results = page.locator('ol.hits > li h2');
		expect(await results.allTextContents()).toContain('Canadian Orientation Abroad (COA)');

		// A facet narrows the results and its counts follow the query; the address carries the whole search.
		await page.getByLabel('Search practices').fill('Brazil');
		await follow(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
		const total = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
		const facet = page.locator('section', { has: page.getByRole('heading', { name: 'Migration-cycle stage' }) });
		const stay = facet.getByRole('link', { name: /^Stay \(\d+\)/ });
		const stayCount = Number((await stay.textContent())!.match(/\((\d+)\)/)![1]);
		expect(stayCount).toBeLessThanOrEqual(total);
		await follow(page, () => stay.click());
		expect(new URL(page.url()).searchParams.getAll('stage')).toEqual(['stay']);
		expect(await page.getByRole('status').textContent()).toContain(`${stayCount} practices`);
		expect(await results.count()).toBe(stayCount);
		// The search form keeps the filter when the words change.
		await page.getByLabel('Search practices').fill('relocation');
		await follow(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
		expect(new URL(page.url()).searchParams.getAll('stage')).toEqual(['stay']);
		expect(await results.allTextContents()).toEqual(['Brazil’s voluntary relocation programme']);
		await page.getByLabel('Search practices').fill('destinations');
		await follow(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());
		expect(await page.locator('ol.hits mark').allTextContents()).toContain('destination');
		await page.getByLabel('Search practices').fill('relocation');
		await follow(page, () => page.getByRole('button', { name: 'Search', exact: true }).click());

		await follow(page, () => page.getByRole('link', { name: 'Brazil’s voluntary relocation programme' }).click());
		expect(new URL(page.url()).pathname).toBe('/practices/brazil-voluntary-relocation');
		expect(await page.textContent('h1')).toBe('Brazil’s voluntary relocation programme');
		expect(await page.locator('.citation').textContent()).toContain('/practices/brazil-voluntary-relocation (last changed');
		expect(await page.getByRole('link', { name: /Facilitating Regular Pathways|first session/i }).count()).toBeGreaterThan(0);
		expect(await page.locator('section', { has: page.getByRole('heading', { name: 'Evidence' }) }).textContent()).toContain(
			'One fifth of Brazilian cities'
		);

		// A tag leads to the page of what the platform holds for it, with its evidence.
		await follow(page, () => page.getByRole('link', { name: /^16\. / }).click());
		expect(new URL(page.url()).pathname).toBe('/practices/gcm/16');
		expect(await page.getByRole('link', { name: 'Brazil’s voluntary relocation programme' }).count()).toBe(1);
	});

	it('the pages per GCM objective, management area and country list practices and evidence', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, '/practices/browse')).toBe(200);
		await follow(page, () => page.getByRole('link', { name: /^20\. / }).click());
		expect(await page.textContent('main')).toContain('831');
		expect(await visit(page, '/practices/areas/forced-migration')).toBe(200);
		expect(await visit(page, '/practices/countries/BRA')).toBe(200);
		expect(await page.locator('main').textContent()).toContain('Over 5,000 Brazilian municipalities');
		expect(await visit(page, '/practices/gcm/24')).toBe(404);
		expect(await visit(page, '/practices/no-such-practice')).toBe(404);
	});

	it('hostile and overlong queries get results or a message, never an error page', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, `/practices?q=${encodeURIComponent('" & | ! :* \'(')}`)).toBe(200);
		expect(await visit(page, `/practices?q=${'x'.repeat(10_000)}&gcm=abc&page=-3`)).toBe(200);
		expect(await page.locator('#q-error').textContent()).toContain('at most 200 characters');
		expect(await page.getByRole('status').textContent()).toMatch(/\d+ practices/);
	});
});
