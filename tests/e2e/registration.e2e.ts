import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();
const year = new Date().getUTCFullYear() + 1;

/** The demo's upcoming session, open for registration (next year's cycle also has a workshop). */
async function upcomingSession(page: Page): Promise<string> {
	const { data } = (await (await page.request.get('/api/v1/events')).json()) as {
		data: { id: string; kind: string; startDate: string }[];
	};
	return data.find((e) => e.kind === 'session' && e.startDate.startsWith(`${year}-`))!.id;
}

/** The personal fields of the participant's registration. */
async function fillLena(page: Page) {
	await page.getByLabel('First name').fill('Lena');
	await page.getByLabel('Last name').fill('Okafor');
	await page.locator('#field-gender').selectOption('female');
	await page.getByLabel('Affiliation').fill('Migrant Forum in Asia');
	await page.getByLabel('Position', { exact: true }).fill('Programme officer');
	await page.locator('#field-category').selectOption('other');
}

async function submit(page: Page, name: string) {
	await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), page.getByRole('button', { name }).click()]);
	await checkA11y(page);
}

describe.skipIf(skip)('registration', () => {
	it('a participant registers with the custom questions, gets a QR code, downloads and withdraws their data', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'participant');
		const id = await upcomingSession(page);
		await visit(page, `/events/${id}`);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Register' }).click()]);
		await checkA11y(page);

		// Sending without consent and a required answer is refused, and what was typed stays.
		await fillLena(page);
		await submit(page, 'Submit registration');
		expect(await page.locator('[role=alert]').textContent()).toContain('Some fields need attention');
		expect(await page.textContent('main')).toContain('Please accept the privacy notice to register.');
		expect(await page.getByLabel('First name').inputValue()).toBe('Lena');

		await page.getByLabel('French').check();
		await page.getByLabel('Group 1').check();
		await page.getByLabel('In the room', { exact: true }).check();
		await page.getByLabel(/I have read the privacy notice/).check();
		await submit(page, 'Submit registration');
		expect(page.url()).toMatch(/\/registrations\/[0-9a-f-]+\?registered$/);
		expect(await page.textContent('[role=status]')).toContain('Approved');
		expect(await page.locator('figure [role=img] svg').count()).toBe(1);
		expect(await page.textContent('dl')).toContain('French');

		const download = await page.request.get(`${new URL(page.url()).pathname}/data.json`);
		expect(download.status()).toBe(200);
		const data = await download.json();
		expect(data.registration).toMatchObject({ givenName: 'Lena', familyName: 'Okafor', status: 'approved' });
		expect(data.answers.map((a: { answer: string }) => a.answer)).toEqual(['fr', 'group-1']);

		// A second registration with the same e-mail is refused.
		await visit(page, `/events/${id}/register`);
		await fillLena(page);
		await page.getByLabel('English').check();
		await page.getByLabel(/I have read the privacy notice/).check();
		await submit(page, 'Submit registration');
		expect(await page.textContent('main')).toContain('This e-mail address is already registered for this event.');

		await visit(page, '/account');
		await Promise.all([page.waitForNavigation(), page.locator('main a[href^="/registrations/"]').first().click()]);
		await submit(page, 'Withdraw my registration');
		expect(await page.textContent('main')).toContain('Your registration has been withdrawn.');
	});

	it('a focal point nominates a delegate, approves within the quota and names the head; the secretariat sees and sponsors', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'state-focal-point');
		const id = await upcomingSession(page);
		await visit(page, `/events/${id}/delegation`);
		expect(await page.textContent('h1')).toBe('Delegation of Canada');
		await page.getByLabel('First name').fill('Marie');
		await page.getByLabel('Last name').fill('Tremblay');
		await page.getByLabel('E-mail').fill('marie.tremblay@example.gc.ca');
		await page.locator('#field-gender').selectOption('female');
		await page.getByLabel('Affiliation').fill('Immigration, Refugees and Citizenship Canada');
		await page.getByLabel('Position', { exact: true }).fill('Director General');
		await page.getByLabel('English').check();
		await page.getByLabel(/I have read the privacy notice/).check();
		await submit(page, 'Nominate a delegate');
		expect(await page.textContent('[role=status]')).toContain('Delegate nominated.');
		expect(await page.textContent('tbody')).toContain('Pending approval');

		await submit(page, 'Approve: Marie Tremblay');
		expect(await page.textContent('tbody')).toContain('Approved');
		expect(await page.textContent('main')).toContain('1 of 3 places in the room used');
		await submit(page, 'Name head of delegation: Marie Tremblay');
		expect(await page.textContent('tbody')).toContain('Head of delegation');

		// Another State's delegation is not the focal point's to see.
		const other = await page.goto(`/events/${id}/delegation?state=MEX`);
		expect(other?.status()).toBe(403);

		const secretariat = (await browser.newPage()).page;
		await signIn(secretariat, 'secretariat');
		await visit(secretariat, `/manage/events/${id}/registrations?category=government`);
		expect(await secretariat.textContent('tbody')).toContain('Marie Tremblay');
		await submit(secretariat, 'Mark as sponsored: Marie Tremblay');
		expect(await secretariat.textContent('[role=status]')).toContain('Sponsorship saved.');
		await visit(secretariat, `/manage/events/${id}/registration`);
		expect(await secretariat.locator('input[name="fields.1.labels.en"]').inputValue()).toBe('Breakout group on day 2');
		expect(await secretariat.locator('textarea[name="fields.1.choices"]').inputValue()).toBe(
			'group-1 | Group 1 | 40\ngroup-2 | Group 2 | 40'
		);

		// A choice whose places are not a number is refused beside the choices, and no version is published.
		const heading = await secretariat.locator('h2#form').textContent();
		await secretariat.locator('textarea[name="fields.1.choices"]').fill('group-1 | Group 1 | 40\ngroup-2 | Group 2 | many');
		await Promise.all([secretariat.waitForNavigation(), secretariat.locator('form[action="?/form"] button[type=submit]').click()]);
		await checkA11y(secretariat);
		expect(await secretariat.locator('[role=alert]').first().textContent()).toContain('Some fields need attention');
		expect(await secretariat.textContent('main')).toContain('Enter a number.');
		await visit(secretariat, `/manage/events/${id}/registration`);
		expect(await secretariat.locator('h2#form').textContent()).toBe(heading);
	});
});
