import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();
const year = new Date().getUTCFullYear() + 1;

async function submit(page: Page, name: string) {
	await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
	await checkA11y(page);
}

/** The demo consultation of next year's cycle (its ballot is open). */
async function upcomingConsultation(page: Page): Promise<string> {
	await visit(page, `/dialogues/idm/${year}/consultations`);
	const href = await page.locator('main a[href^="/consultations/"]').first().getAttribute('href');
	return href!.split('/').pop()!;
}

/** A datetime-local value, in UTC as the form reads it. */
const local = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe.skipIf(skip)('agenda setting', () => {
	let ballotPath = '';

	it('the secretariat opens a ballot on the consultation’s proposals; a bad rule is refused with a message', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await upcomingConsultation(page);
		await visit(page, `/manage/consultations/${id}`);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Open a ballot' }).click()]);
		await checkA11y(page);
		await page.getByLabel('Title of the ballot (English)').fill('Journey ballot');
		await page.getByLabel(/How many a State may choose/).fill('3');
		const boxes = page.locator('input[name=proposalIds]');
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await page.getByLabel('Opens (UTC)').fill(local(Date.now() - 3600_000));
		await page.getByLabel('Closes (UTC)').fill(local(Date.now() + 86400_000));
		await submit(page, 'Open a ballot');
		expect(await page.textContent('main')).toContain('A State must choose fewer proposals than the ballot has.');
		await page.getByLabel(/How many a State may choose/).fill('1');
		await submit(page, 'Open a ballot');
		expect(await page.textContent('[role=status]')).toContain('The ballot is recorded.');
		expect(await page.textContent('main')).toContain('Journey ballot');
	});

	it('Canada’s focal point casts the State’s vote, is refused more than N, and changes the vote', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'state-focal-point');
		const id = await upcomingConsultation(page);
		await visit(page, `/consultations/${id}`);
		const section = page.locator('section', { has: page.getByRole('heading', { name: 'Journey ballot' }) });
		await Promise.all([page.waitForNavigation(), section.getByRole('link', { name: 'Answer for your State' }).click()]);
		await checkA11y(page);
		ballotPath = new URL(page.url()).pathname;
		expect(await page.textContent('main')).toContain('Your State has not answered yet.');
		const boxes = page.locator('input[name=chosen]');
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await submit(page, 'Cast the response');
		expect(await page.textContent('main')).toContain('Choose at most 1.');
		expect(await page.textContent('main')).toContain('Your State has not answered yet.');
		await boxes.nth(1).uncheck();
		await submit(page, 'Cast the response');
		expect(await page.textContent('[role=status]')).toContain('The response of Canada is recorded.');
		expect(await boxes.nth(0).isChecked()).toBe(true);
		await boxes.nth(0).uncheck();
		await boxes.nth(1).check();
		await submit(page, 'Change the response');
		expect(await page.textContent('main')).toContain('Last changed on');
		expect(await boxes.nth(1).isChecked()).toBe(true);
		expect(await boxes.nth(0).isChecked()).toBe(false);
	});

	it('the results: the secretariat sees them while open with their denominators, a chart with a table and a CSV; visitors do not', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, `${ballotPath}/results`)).toBe(401);
		await signIn(page, 'secretariat');
		await visit(page, `${ballotPath}/results`);
		expect(await page.textContent('main')).toContain('The ballot is still open');
		expect(await page.textContent('main')).toContain('1 response from 175 eligible States');
		expect(await page.locator('figure svg[role=img]').count()).toBe(1);
		const rows = await page.locator('tbody tr').allTextContents();
		expect(rows.some((r) => r.includes('100% of 1 response'))).toBe(true);
		expect(rows.some((r) => r.includes('0% of 1 response'))).toBe(true);
		const csv = await page.request.get(`${ballotPath}/results.csv`);
		expect(csv.status()).toBe(200);
		expect((await csv.text()).split('\r\n')[0]).toContain('proposal_id,proposal,yes');
	});

	it('a visitor reads the 2007 consultation, the survey’s published results and what became of each proposal', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/dialogues/idm/2007/consultations');
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Informal consultations/ }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('IC/2006/8');
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Results' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('68% of 25 responses');
		await Promise.all([
			page.waitForNavigation(),
			page.getByRole('link', { name: 'Making Global Labour Mobility a Catalyst for Development' }).click()
		]);
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('Became the event');
		await Promise.all([page.waitForNavigation(), page.locator('main a[href^="/events/"]').first().click()]);
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('Selected from the proposal');
	});

	it('the secretariat records the 2014 decision: two selected topics become workshops of the cycle', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		await visit(page, '/dialogues/idm/2014/consultations');
		const href = await page
			.getByRole('link', { name: /Informal consultations/ })
			.last()
			.getAttribute('href');
		await visit(page, `/manage${href}`);
		const decide = async (title: string, status: string, dates?: [string, string]) => {
			const set = page.locator('fieldset', { has: page.getByText(`Decision on ${title}`, { exact: true }) });
			await set.getByLabel('Status').selectOption(status);
			if (dates) {
				await set.getByLabel('Or a new workshop: first day').fill(dates[0]);
				await set.getByLabel('last day').fill(dates[1]);
			}
		};
		await decide('Migration and families', 'selected');
		await submit(page, 'Record the decision');
		expect(await page.textContent('main')).toContain('Name an event of the cycle or give the workshop’s dates.');
		await decide('Migration and families', 'selected', ['2014-10-07', '2014-10-08']);
		await decide('South-South migration', 'selected', ['2014-03-26', '2014-03-27']);
		await decide('Promoting strategic partnership frameworks for addressing new migration challenges', 'not-selected');
		await submit(page, 'Record the decision');
		expect(await page.textContent('[role=status]')).toContain('The decision is recorded.');
		await visit(page, '/dialogues/idm/2014');
		expect(await page.textContent('main')).toContain('Migration and families');
		expect(await page.textContent('main')).toContain('South-South migration');
	});
});
