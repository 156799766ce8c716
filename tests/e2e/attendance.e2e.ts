import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

/** The demo's first IDM session of 2024 (New York, 21–22 May), opened from the events list. */
async function sessionId(page: Page): Promise<string> {
	await visit(page, '/manage/events');
	const href = await page
		.locator('tbody tr', { hasText: 'First Session of the International Dialogue on Migration 2024' })
		.getByRole('link', { name: /Edit/ })
		.getAttribute('href');
	return href!.split('/').pop()!;
}

// The demo data has no registrations yet (they belong to the registration capability), so these
// journeys cover what the pages do without one; check-ins of real registrations are covered by the
// integration tests in src/lib/server/attendance.
describe.skipIf(skip)('attendance, for the secretariat', () => {
	it('opens the check-in page from the event, on the first day, and is told when a search finds nobody', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		await visit(page, `/manage/events/${id}`);
		await Promise.all([page.waitForURL(/\/check-in$/), page.getByRole('link', { name: 'Check-in' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toBe('Check-in: First Session of the International Dialogue on Migration 2024');
		expect(await page.locator('#day').inputValue()).toBe('2024-05-21');
		expect(await page.locator('#day option').allTextContents()).toEqual(['21 May 2024', '22 May 2024']);

		await page.getByLabel('Name, e-mail or participant number').fill('Nobody Registered');
		await Promise.all([page.waitForURL(/q=Nobody/), page.getByRole('button', { name: 'Search' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main [role=status]')).toContain('No approved registration matches “Nobody Registered”.');
		// The chosen day stays chosen.
		expect(new URL(page.url()).searchParams.get('day')).toBe('2024-05-21');
	});

	it('is told a forged code is not valid, from the QR address and when typed, and nothing is recorded', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		await visit(page, `/manage/events/${id}/check-in?code=forged-code&day=2024-05-22`);
		expect(await page.locator('main [role=alert]').first().textContent()).toContain('This code is not valid');
		expect(await page.locator('#day').inputValue()).toBe('2024-05-22');

		await page.getByLabel('Code', { exact: true }).fill('another-forged-code');
		await page.getByRole('button', { name: 'Check in', exact: true }).click();
		await page.waitForSelector('.result[role=alert]');
		await checkA11y(page);
		expect(await page.textContent('.result[role=alert]')).toContain('This code is not valid: no registration has it.');

		await visit(page, `/manage/events/${id}/attendance`);
		expect(await page.textContent('main')).toContain('No attendance recorded yet.');
	});

	it('sees attendance per day and a join-log preview that names the rows it cannot import', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		await visit(page, `/manage/events/${id}/attendance`);
		expect(await page.textContent('h1')).toBe('Attendance: First Session of the International Dialogue on Migration 2024');
		expect(await page.locator('section:has(#per-day) tbody tr').count()).toBe(2);

		await page.getByLabel('Join log (CSV)').setInputFiles({
			name: 'join-log.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('User Email,Join Time\nstranger@example.org,2024-05-21 10:00\nstranger@example.org,not a time\n')
		});
		await Promise.all([page.waitForURL(/\?\/preview$/), page.getByRole('button', { name: 'Check the file' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main [role=alert]')).toContain('2 rows cannot be imported');
		const problems = await page.locator('section:has(#import) tbody tr').allTextContents();
		expect(problems[0]).toContain('No registration of this event has the e-mail “stranger@example.org”.');
		expect(problems[0]).toMatch(/^2/);
		expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
	});

	it('keeps the pages from anyone but the secretariat', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		const other = await browser.newPage();
		await signIn(other.page, 'participant');
		expect((await other.page.goto(`/manage/events/${id}/check-in`))?.status()).toBe(403);
		expect((await other.page.goto(`/manage/events/${id}/attendance`))?.status()).toBe(403);
	});
});
