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

/** A datetime-local value: the wall-clock time in Europe/Zurich, the demo consultations' zone, as the form reads it. */
const zurichFormat = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Zurich',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});
const local = (ms: number) => zurichFormat.format(new Date(ms)).replace(' ', 'T');

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
		await page.getByLabel('Opens (local time in Europe/Zurich)').fill(local(Date.now() - 3600_000));
		await page.getByLabel('Closes (local time in Europe/Zurich)').fill(local(Date.now() + 86400_000));
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

	it('a ballot ranking the proposals: opened by the secretariat, cast in the browser, then closed early', async () => {
		const secretariat = (await browser.newPage()).page;
		await signIn(secretariat, 'secretariat');
		const id = await upcomingConsultation(secretariat);
		await visit(secretariat, `/manage/consultations/${id}/ballots/new`);
		await checkA11y(secretariat);
		await secretariat.getByLabel('Title of the ballot (English)').fill('Ranking journey');
		await secretariat.getByLabel('Rule', { exact: true }).selectOption('rank');
		const boxes = secretariat.locator('input[name=proposalIds]');
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await secretariat.getByLabel('Opens (local time in Europe/Zurich)').fill(local(Date.now() - 3600_000));
		await secretariat.getByLabel('Closes (local time in Europe/Zurich)').fill(local(Date.now() - 7200_000));
		await submit(secretariat, 'Open a ballot');
		expect(await secretariat.textContent('main')).toContain('The ballot must close after it opens.');
		await secretariat.getByLabel('Closes (local time in Europe/Zurich)').fill(local(Date.now() + 86400_000));
		await submit(secretariat, 'Open a ballot');
		expect(await secretariat.textContent('[role=status]')).toContain('The ballot is recorded.');
		// The times show as typed, in the consultation's zone.
		expect(await secretariat.textContent('main')).toContain('(Europe/Zurich)');

		const { page } = await browser.newPage();
		await signIn(page, 'state-focal-point');
		await visit(page, `/consultations/${id}`);
		const section = page.locator('section', { has: page.getByRole('heading', { name: 'Ranking journey' }) });
		await Promise.all([page.waitForNavigation(), section.getByRole('link', { name: 'Answer for your State' }).click()]);
		await checkA11y(page);
		const ranks = page.locator('select[name^="ranks."]');
		expect(await ranks.count()).toBe(2);
		await ranks.nth(0).selectOption('1');
		await ranks.nth(1).selectOption('1');
		await submit(page, 'Cast the response');
		expect(await page.textContent('main')).toContain('Give each proposal a different rank.');
		expect(await page.textContent('main')).toContain('Your State has not answered yet.');
		await ranks.nth(0).selectOption('2');
		await submit(page, 'Cast the response');
		expect(await page.textContent('[role=status]')).toContain('The response of Canada is recorded.');
		expect(await ranks.nth(0).inputValue()).toBe('2');
		expect(await ranks.nth(1).inputValue()).toBe('1');
		const ballotUrl = new URL(page.url()).pathname;

		await visit(secretariat, `/manage/consultations/${id}`);
		const item = secretariat.locator('li', { hasText: 'Ranking journey' });
		await Promise.all([secretariat.waitForNavigation(), item.getByRole('link', { name: 'Manage the ballot' }).click()]);
		await checkA11y(secretariat);
		expect(await secretariat.textContent('main')).toContain('1 response so far.');
		expect(await secretariat.textContent('main')).toContain('A State has already answered: the rule and proposals can no longer change.');
		await secretariat.getByLabel('New close date (local time in Europe/Zurich)').fill(local(Date.now() - 86400_000));
		await submit(secretariat, 'Change the close date');
		expect(await secretariat.textContent('main')).toContain('The new close date must be in the future.');
		await submit(secretariat, 'Close the ballot now');
		expect(await secretariat.textContent('[role=status]')).toContain('The ballot is closed.');

		await visit(page, ballotUrl);
		expect(await page.textContent('main')).toContain('This ballot is closed');
	});

	it('the secretariat creates and edits a consultation in its time zone, adds a proposal by an organisation, edits and deletes it', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await upcomingConsultation(page);
		await visit(page, `/manage/consultations/${id}`);
		await Promise.all([page.waitForNavigation(), page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').first().click()]);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'New consultation' }).click()]);
		await checkA11y(page);
		await page.getByLabel('Held on').fill(`${year}-12-20`);
		await page.getByLabel('Time zone of the ballots').selectOption('America/New_York');
		await submit(page, 'Create');
		expect(await page.textContent('main')).toContain('Some fields need attention');
		await page.getByLabel('Title (English)').fill('Journey consultation');
		await submit(page, 'Create');
		expect(await page.textContent('[role=status]')).toContain('Created');
		const manage = new URL(page.url()).pathname;

		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Edit the consultation' }).click()]);
		await checkA11y(page);
		expect(await page.getByLabel('Time zone of the ballots').inputValue()).toBe('America/New_York');
		await page.getByLabel('Document symbol').fill('not a symbol');
		await submit(page, 'Save');
		expect(await page.textContent('main')).toContain('Enter a document symbol such as IC/2013/4.');
		await page.getByLabel('Document symbol').fill('');
		await page.getByLabel('Place').fill('Geneva');
		await submit(page, 'Save');
		expect(await page.textContent('[role=status]')).toContain('Saved');

		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Add a proposal' }).click()]);
		await checkA11y(page);
		await submit(page, 'Add a proposal');
		expect(await page.textContent('main')).toContain('Some fields need attention');
		await page.getByLabel('Title (English)').first().fill('Journey topic');
		const organisation = page.getByLabel('Proposing organisation');
		const option = organisation.locator('option').nth(1);
		const organisationName = (await option.textContent())!.replace(/ \(.*\)$/, '').trim();
		await organisation.selectOption((await option.getAttribute('value'))!);
		await submit(page, 'Add a proposal');
		expect(await page.textContent('[role=status]')).toContain('Created');

		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Edit the proposal/ }).click()]);
		await checkA11y(page);
		await page.getByLabel('Title (English)').first().fill('Journey topic, revised');
		await submit(page, 'Save');
		expect(await page.textContent('[role=status]')).toContain('The proposal is saved.');
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Journey topic, revised', exact: true }).click()]);
		expect(await page.textContent('main')).toContain(organisationName);

		await visit(page, manage);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Edit the proposal/ }).click()]);
		await submit(page, 'Delete the proposal');
		expect(await page.textContent('[role=status]')).toContain('The proposal is deleted.');
		expect(await page.textContent('main')).not.toContain('Journey topic, revised');
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
