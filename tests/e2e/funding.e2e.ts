import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();
const nextYear = new Date().getUTCFullYear() + 1;

async function cycleId(page: Page, year: number): Promise<string> {
	const { data } = (await (await page.request.get('/api/v1/cycles')).json()) as { data: { id: string; dialogue: string; year: number }[] };
	return data.find((c) => c.dialogue === 'idm' && c.year === year)!.id;
}

async function eventId(page: Page, title: string): Promise<string> {
	const { data } = (await (await page.request.get('/api/v1/events')).json()) as { data: { id: string; titles: { en: string } }[] };
	return data.find((e) => e.titles.en === title)!.id;
}

const WORKSHOP = 'Intersessional workshop: Migration and the Environment (demonstration)';
const FREE_MOVEMENT = 'Free Movement of Persons in Regional Integration Processes';

async function submit(page: Page, button: string) {
	await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button, exact: true }).click()]);
	await checkA11y(page);
}

describe.skipIf(skip)('funding', () => {
	it('a visitor reads the 2014 budget against its pledges, by line and by donor, with the rule, and downloads a table', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/dialogues/idm/2014');
		await Promise.all([page.waitForURL(/\/funding$/), page.getByRole('link', { name: /^Funding: budget/ }).click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toContain('Funding of the 2014 cycle');
		expect(await page.locator('#figure-total .value').textContent()).toBe('250,000.00 USD');
		expect(await page.locator('#figure-sponsored dt').textContent()).toBe(
			'Reserved for the participation of officials from developing countries'
		);

		const lines = page.locator('section', { has: page.getByRole('heading', { name: 'By budget line' }) });
		const alt = (await lines.getByRole('img').getAttribute('aria-label'))!;
		const rows = await lines.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(alt).toContain(`${row[0]}: ${row[6]} of ${row[3]} USD funded`);
		expect(await page.getByRole('heading', { name: 'How the funding status is computed' }).count()).toBe(1);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download the table “By donor” as CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('funding-idm-2014-donors.csv');
		const csv = fs
			.readFileSync((await download.path())!, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(csv[0]).toBe('key,donor,pledged,received,earmarked,unearmarked,pledges,currency');
		expect(csv.length).toBeGreaterThan(1);
	});

	it('a visitor reads the dialogue’s funding by year, each cycle with its share funded, and downloads it', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/dialogues/idm');
		await Promise.all([page.waitForURL(/\/funding$/), page.getByRole('link', { name: 'Funding by year' }).click()]);
		await checkA11y(page);
		const row = (await page.locator('tbody tr', { hasText: '2014' }).textContent())!.replace(/\s+/g, ' ');
		expect(row).toContain('250,000.00 USD');
		expect(row).toMatch(/\d+(\.\d)? % of the budget/);
		expect(await page.textContent('main')).toContain('pledged money divided by the cycle’s budget');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download the table as CSV' }).click()
		]);
		expect(download.suggestedFilename()).toBe('funding-idm-by-year.csv');
		const csv = fs
			.readFileSync((await download.path())!, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(csv[0]).toBe('year,budget,pledged,received,percent_funded,currency');
		expect(csv.some((line) => line.startsWith('2014,250000.00,'))).toBe(true);
		const rule = (await browser.newPage()).page;
		await visit(rule, '/dialogues/idm/2014/funding');
		expect(await rule.textContent('main')).toContain('The lines of cancelled or postponed events take no share');
	});

	it('next year’s workshop says it is subject to available funding and how far it is funded', async () => {
		const { page } = await browser.newPage();
		await visit(page, `/events/${await eventId(page, WORKSHOP)}`);
		expect(await page.locator('#event-funding').textContent()).toMatch(
			/Subject to available funding\s*Partly funded: [\d,.]+ of 125,000\.00 USD/
		);
	});

	it('the secretariat records pledges: bad input is refused with a message, a good earmark funds the workshop on its public page', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const cycle = await cycleId(page, nextYear);
		const workshop = await eventId(page, WORKSHOP);
		await visit(page, `/manage/cycles/${cycle}`);
		await Promise.all([page.waitForURL(/\/funding$/), page.getByRole('link', { name: 'Budget and pledges' }).click()]);
		await checkA11y(page);
		const pledgeRows = () =>
			page
				.locator('section', { has: page.getByRole('heading', { name: 'Pledges and contributions' }) })
				.locator('tbody tr')
				.count();
		const before = await pledgeRows();

		await page.selectOption('#pledge-donor-state', 'NOR');
		await page.fill('#pledge-amount', '-100');
		await page.fill('#pledge-pledged-on', `${nextYear - 1}-12-01`);
		await submit(page, 'Record a pledge');
		expect(await page.locator('#pledge-amount-error').textContent()).toBe('An amount cannot be negative.');

		await page.fill('#pledge-amount', '50000');
		await page.fill('#pledge-currency', 'CHF');
		await submit(page, 'Record a pledge');
		expect(await page.locator('#pledge-rate-error').textContent()).toBe(
			'The pledge is in CHF, the budget in USD: give the rate (units of USD per CHF).'
		);
		expect(await pledgeRows()).toBe(before);

		// USD 81,800 earmarked covers what the earmarks left of the workshop's cost (125,000 − 43,200).
		await page.fill('#pledge-currency', 'USD');
		await page.fill('#pledge-amount', '81800');
		await page.selectOption('#pledge-event', workshop);
		await submit(page, 'Record a pledge');
		expect(await page.locator('[role=status]').textContent()).toContain('Saved.');
		expect(await pledgeRows()).toBe(before + 1);

		// The contribution arrives: the pledge's own page records the receipt.
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Edit the pledge of Norway' }).click()]);
		await checkA11y(page);
		await page.selectOption('#pledge-status', 'received');
		await page.fill('#pledge-received-on', `${nextYear - 1}-12-15`);
		await submit(page, 'Save the pledge');
		expect(new URL(page.url()).pathname).toBe(`/manage/cycles/${cycle}/funding`);
		expect(await page.locator('dl.facts dt:text-is("Received") + dd').textContent()).toBe('81,800.00 USD');
		await Promise.all([
			page.waitForNavigation(),
			page.getByRole('link', { name: 'Edit the line “Workshop on migration and the environment”' }).click()
		]);
		await checkA11y(page);
		expect(await page.inputValue('#line-amount')).toBe('125000.00');

		const visitor = await browser.newPage();
		await visit(visitor.page, `/events/${workshop}`);
		expect(await visitor.page.locator('#event-funding').textContent()).toContain('Funded: 125,000.00 of 125,000.00 USD (100 %)');
	});

	it('the secretariat budgets 2007, is refused lines beyond the total, and postpones a workshop for lack of funding', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const cycle = await cycleId(page, 2007);
		const freeMovement = await eventId(page, FREE_MOVEMENT);
		await visit(page, `/manage/cycles/${cycle}/funding`);
		await page.fill('#budget-total', '100000');
		await submit(page, 'Save the budget');

		await page.fill('#new-line-label', 'Free movement workshop');
		await page.fill('#new-line-amount', '60000');
		await page.selectOption('#new-line-event', freeMovement);
		await page.check('input[name=subjectToFunding]');
		await submit(page, 'Add a line');
		await page.fill('#new-line-label', 'Labour mobility workshop');
		await page.fill('#new-line-amount', '60000');
		await submit(page, 'Add a line');
		expect(await page.locator('#new-line-amount-error').textContent()).toBe(
			'The budget lines would add up to more than the total: 40000.00 USD is left to allocate.'
		);

		// Someone saves the event after this page was shown: the postponement of the event as it was is refused.
		const other = await browser.newPage();
		await signIn(other.page, 'secretariat');
		await visit(other.page, `/manage/events/${freeMovement}`);
		await submit(other.page, 'Save');
		await page.getByText(`Postpone “${FREE_MOVEMENT}”`).click();
		await submit(page, 'Postpone for lack of funding');
		expect(await page.locator('[role=alert]').first().textContent()).toContain('changed by someone else since you opened it');
		await visit(page, `/manage/cycles/${cycle}/funding`);
		await page.getByText(`Postpone “${FREE_MOVEMENT}”`).click();
		await submit(page, 'Postpone for lack of funding');
		expect(await page.locator('[role=status]').textContent()).toContain('The event is postponed.');

		const visitor = await browser.newPage();
		await visit(visitor.page, `/events/${freeMovement}`);
		expect(await visitor.page.locator('#postponement').textContent()).toBe('Postponed: Postponed for lack of funding.');
		expect(await visitor.page.locator('#event-funding').textContent()).toMatch(
			/Subject to available funding\s*Unfunded: 0\.00 of 60,000\.00 USD \(0 %\)/
		);
		await visit(visitor.page, '/dialogues/idm/2007');
		const row = (await visitor.page.locator('tr', { hasText: FREE_MOVEMENT }).textContent())!.replace(/\s+/g, ' ');
		expect(row).toContain('Postponed');
		expect(row).toContain('Unfunded (subject to available funding)');
	});

	it('the secretariat’s funding data stays closed to visitors and participants, even when a client skips the layout’s check', async () => {
		// SvelteKit lets a client ask for a page's data without running its layout's load
		// (x-sveltekit-invalidated); the server hook guards the whole /manage area instead.
		const visitor = await browser.newPage();
		const id = await cycleId(visitor.page, 2014);
		const dataUrl = `/manage/cycles/${id}/funding/__data.json?x-sveltekit-invalidated=001`;
		const anonymous = await visitor.page.request.get(dataUrl, { maxRedirects: 0 });
		const anonymousBody = await anonymous.text();
		expect(JSON.parse(anonymousBody)).toMatchObject({ type: 'redirect', location: expect.stringMatching(/^\/sign-in\?next=/) });
		expect(anonymousBody).not.toContain('pledges');

		const participant = await browser.newPage();
		await signIn(participant.page, 'participant');
		const refused = await participant.page.request.get(dataUrl, { maxRedirects: 0 });
		expect(refused.status()).toBe(403);
		expect(await refused.text()).not.toContain('pledges');
		// In the browser, the same user gets the site's own 403 page.
		const page = await participant.page.goto(`/manage/cycles/${id}/funding`);
		expect(page?.status()).toBe(403);
		await checkA11y(participant.page);

		const secretariat = await browser.newPage();
		await signIn(secretariat.page, 'secretariat');
		const allowed = await secretariat.page.request.get(dataUrl);
		expect(allowed.status()).toBe(200);
		expect(await allowed.text()).toContain('pledges');
	});
});
