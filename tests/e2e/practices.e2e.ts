import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

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

	it('a search shows the evidence that holds its words, and a facet lists all its values on request', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, '/practices?q=remittances')).toBe(200);
		const evidence = page.locator('section', { has: page.getByRole('heading', { name: 'Evidence', exact: true }) });
		expect(await evidence.textContent()).toMatch(/cited facts? holds? these words/);
		expect(await evidence.locator('mark').allTextContents()).toContain('remittances');
		expect(await evidence.textContent()).toContain('831');

		// Without JavaScript: a link lists every value of the facet, and one back.
		expect(await visit(page, '/practices')).toBe(200);
		const country = page.locator('section', { has: page.getByRole('heading', { name: 'Country', exact: true }) });
		const showAll = country.getByRole('link', { name: /^Show all \d+ values$/ });
		const all = Number((await showAll.textContent())!.match(/\d+/)![0]);
		expect(await country.locator('ul.facet li').count()).toBe(12);
		await follow(page, () => showAll.click());
		expect(new URL(page.url()).searchParams.get('more')).toBe('country');
		expect(await country.locator('ul.facet li').count()).toBe(all);
		await follow(page, () => country.getByRole('link', { name: 'Show fewer' }).click());
		expect(await country.locator('ul.facet li').count()).toBe(12);
	});

	it('an event’s page lists the practices presented there and the evidence cited there', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, '/practices/canadian-orientation-abroad')).toBe(200);
		const presented = page.locator('dd', { has: page.locator('a[href^="/events/"]') }).first();
		await follow(page, () => presented.locator('a[href^="/events/"]').first().click());
		const section = page.locator('section', { has: page.getByRole('heading', { name: 'Good practices presented at this event' }) });
		expect(await section.getByRole('link', { name: 'Canadian Orientation Abroad (COA)' }).count()).toBe(1);
	});

	it('the secretariat checks an import file, sees every error by row, then imports a clean file', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		expect(await visit(page, '/manage')).toBe(200);
		await follow(page, () => page.getByRole('link', { name: 'Import practices (CSV or JSON)' }).click());
		expect(await page.textContent('h1')).toBe('Import practices');
		const practice = (title: string, extra = {}) => ({
			titles: { en: title },
			summaries: { en: `Summary of ${title}` },
			scope: 'national',
			status: 'completed',
			gcmObjectives: [5],
			...extra
		});
		const upload = async (name: string, body: unknown) => {
			await page
				.getByLabel('File (CSV or JSON)')
				.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
			await follow(page, () => page.getByRole('button', { name: 'Check the file (dry run)' }).click());
		};
		await upload('bad.json', [practice('E2E fine import'), practice('E2E bad objective', { gcmObjectives: [24] })]);
		expect(await page.getByRole('heading', { level: 2, name: /Nothing was imported: 1 row needs attention/ }).count()).toBe(1);
		const errors = page.locator('section', { has: page.getByRole('heading', { name: 'Errors by row' }) }).locator('tbody tr');
		expect(await errors.count()).toBe(1);
		expect(await errors.first().textContent()).toContain('There is no GCM objective “24”');
		expect(await page.getByRole('button', { name: 'Import and publish these practices' }).count()).toBe(0);

		await upload('good.json', [practice('E2E fine import')]);
		expect(await page.getByRole('heading', { level: 2, name: '1 practice would be created:' }).count()).toBe(1);
		await follow(page, () => page.getByRole('button', { name: 'Import and publish these practices' }).click());
		expect(await page.getByRole('heading', { level: 2, name: '1 practice imported and published:' }).count()).toBe(1);
		// The import redirected to its result (a GET): reloading it shows the result again and imports nothing.
		expect(new URL(page.url()).searchParams.get('done')).toMatch(/^[0-9a-f-]{36}$/);
		expect(await visit(page, page.url())).toBe(200);
		expect(await page.getByRole('heading', { level: 2, name: '1 practice imported and published:' }).count()).toBe(1);
		await follow(page, () => page.getByRole('link', { name: 'E2E fine import' }).click());
		expect(await page.textContent('h1')).toBe('E2E fine import');
		expect(await visit(page, `/practices?q=${encodeURIComponent('"E2E fine import"')}`)).toBe(200);
		expect(await page.getByRole('link', { name: 'E2E fine import' }).count()).toBe(1);
	});

	it('hostile and overlong queries get results or a message, never an error page', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, `/practices?q=${encodeURIComponent('" & | ! :* \'(')}`)).toBe(200);
		expect(await visit(page, `/practices?q=${'x'.repeat(10_000)}&gcm=abc&page=-3`)).toBe(200);
		expect(await page.locator('#q-error').textContent()).toContain('at most 200 characters');
		expect(await page.getByRole('status').textContent()).toMatch(/\d+ practices/);
	});
});
