import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, e2e, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

async function submit(page: Page, button: ReturnType<Page['getByRole']>) {
	await Promise.all([page.waitForNavigation(), button.click()]);
	await checkA11y(page);
}

async function idmId(page: Page): Promise<string> {
	return ((await (await page.request.get('/api/v1/dialogues/idm')).json()) as { id: string }).id;
}

describe.skipIf(skip)('follow-up of recommendations', () => {
	it('a visitor reads the 2013 and 2024 recommendations side by side with their progress, and filters them by year and owner', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/dialogues/idm');
		await Promise.all([page.waitForURL(/\/follow-up$/), page.getByRole('link', { name: 'Follow-up of recommendations' }).click()]);
		await checkA11y(page);
		const years = await page.locator('.years > section h2').allTextContents();
		expect(years).toEqual(['Recommendations of 2024', 'Recommendations of 2013']);
		const main = (await page.textContent('main'))!.replace(/\s+/g, ' ');
		expect(main).toMatch(/\d+ recommendations, \d+ with follow-up/);
		expect(main).toMatch(/Mean progress: [\d.]+% of \d+ recommendations/);
		expect(main).toContain('a recommendation without actions counting as 0%');
		expect(main).toMatch(/\d+(\.\d)?% \(mean of \d+ actions?\)/);
		expect(await page.getByRole('progressbar').count()).toBeGreaterThan(1);

		await page.getByLabel('Year').selectOption('2013');
		await submit(page, page.getByRole('button', { name: 'Apply the filters' }));
		expect(new URL(page.url()).searchParams.get('year')).toBe('2013');
		expect(await page.locator('.years > section h2').allTextContents()).toEqual(['Recommendations of 2013']);

		// An owner: every recommendation shown has an action of theirs.
		await page.goto('/dialogues/idm/follow-up');
		const owner = page.getByLabel('Owner');
		const [value, label] = await owner
			.locator('option')
			.nth(1)
			.evaluate((o: HTMLOptionElement) => [o.value, o.textContent!.trim()]);
		await owner.selectOption(value);
		await submit(page, page.getByRole('button', { name: 'Apply the filters' }));
		const recommendations = page.locator('li.recommendation');
		expect(await recommendations.count()).toBeGreaterThan(0);
		for (const text of await recommendations.allTextContents()) expect(text).toContain(label.replace(/ \(.*\)$/, ''));

		// A value the page does not offer is set aside with a message, never an error page.
		expect(await visit(page, '/dialogues/idm/follow-up?year=1999&gcm=x')).toBe(200);
		expect(await page.textContent('main')).toContain('“1999” is not a value of the filter “Year” here');

		const api = await page.request.get('/api/v1/dialogues/idm/recommendations?year=2013');
		expect(api.status()).toBe(200);
		const body = (await api.json()) as { data: { year: number }[]; counts: { recommendations: number } };
		expect(body.data.length).toBe(body.counts.recommendations);
		expect(body.data.every((r) => r.year === 2013)).toBe(true);
		const refused = await page.request.get('/api/v1/dialogues/idm/recommendations?year=abc');
		expect(refused.status()).toBe(400);
		expect(refused.headers()['content-type']).toContain('application/problem+json');
	});

	it('the page reads in Arabic, right to left, with no accessibility violations', async () => {
		const { page } = await browser.newPage();
		await page.context().addCookies([{ name: 'mdp_lang', value: 'ar', url: e2e.baseUrl }]);
		await visit(page, '/dialogues/idm/follow-up');
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.textContent('h1')).toContain('متابعة التوصيات');
		await visit(page, '/dialogues/idm/follow-up?year=2024');
	});

	it('the secretariat defines a status, follows up a recommendation with an action and an entry, and the public page shows it', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const dialogue = await idmId(page);
		await visit(page, `/manage/dialogues/${dialogue}`);
		await Promise.all([page.waitForURL(/\/follow-up$/), page.getByRole('link', { name: 'Follow-up of recommendations' }).click()]);
		await checkA11y(page);

		// A status: a progress outside 0–100 is refused beside the field, then a good one is saved.
		await page.getByLabel('Key', { exact: true }).fill('e2e-review');
		await page.getByLabel('Label (English)', { exact: true }).fill('Under review (e2e)');
		await page.getByLabel('Progress (%)', { exact: true }).fill('150');
		await submit(page, page.getByRole('button', { name: 'Save the status' }));
		expect(await page.textContent('#status-progress-error')).toBe('Progress is a whole number from 0 to 100.');
		expect(await page.locator('tbody code', { hasText: 'e2e-review' }).count()).toBe(0);
		await page.getByLabel('Progress (%)', { exact: true }).fill('30');
		await submit(page, page.getByRole('button', { name: 'Save the status' }));
		expect(await page.locator('tbody code', { hasText: 'e2e-review' }).count()).toBe(1);
		// Its Edit link fills the form with it, to change its labels or progress.
		await Promise.all([
			page.waitForURL(/\?edit=e2e-review/),
			page.getByRole('link', { name: 'Edit the status “Under review (e2e)”' }).click()
		]);
		await checkA11y(page);
		expect(await page.getByLabel('Progress (%)', { exact: true }).inputValue()).toBe('30');
		expect(await page.getByLabel('Label (English)', { exact: true }).inputValue()).toBe('Under review (e2e)');

		// A status actions use cannot be removed: the message says so beside it.
		await submit(page, page.getByRole('button', { name: 'Remove the status “Completed”' }));
		expect(await page.locator('[id^=remove-error-]').textContent()).toContain('Actions use this status');

		// A published recommendation nobody follows up yet.
		const row = page
			.locator('tbody tr')
			.filter({ hasText: 'No follow-up yet' })
			.filter({ has: page.locator('a[href^="/reports/"]') })
			.first();
		await Promise.all([page.waitForURL(/\/manage\/recommendations\//), row.getByRole('link', { name: /^Follow up/ }).click()]);
		await checkA11y(page);
		const add = page.locator('section', { has: page.getByRole('heading', { name: 'Add an action', level: 2 }) });
		const addButton = add.getByRole('button', { name: 'Add an action' });

		// No owner, and a due date that is no date: messages beside the fields, nothing written.
		await page.fill('#new-action-descriptions-en', 'E2E: a review of the diaspora desk’s mandate.');
		await page.selectOption('#new-action-status', 'e2e-review');
		await page.locator('#new-action-due-date').evaluate((input: HTMLInputElement) => (input.type = 'text'));
		await page.fill('#new-action-due-date', '2025-02-30');
		await submit(page, addButton);
		expect(await page.textContent('#new-action-owner-state-error')).toBe('Choose a State or an organisation as the owner, not both.');
		expect(await page.textContent('#new-action-due-date-error')).toBe('Enter a date as YYYY-MM-DD.');
		expect(await page.textContent('main')).toContain('No actions yet.');

		await page.selectOption('#new-action-owner-state', 'CAN');
		await page.fill('#new-action-due-date', '2020-01-31');
		await submit(page, addButton);
		expect(await page.textContent('[role=status]')).toContain('Action added.');
		expect(await page.getByRole('heading', { name: 'Canada: Under review (e2e)' }).count()).toBe(1);

		await page.getByText('Add a timeline entry').click();
		const action = page.locator('article.action');
		await action.getByLabel('Date', { exact: true }).fill('2025-03-01');
		await action.getByLabel('What happened (English)').fill('E2E: terms of reference agreed.');
		await submit(page, action.getByRole('button', { name: 'Add the entry' }));
		expect(await page.textContent('[role=status]')).toContain('Entry added.');
		expect(await page.locator('article.action .timeline').textContent()).toContain('E2E: terms of reference agreed.');

		// Changing the action: a version older than the one saved is refused and nothing is overwritten; the current one saves.
		const recommendationUrl = new URL(page.url()).pathname;
		const revised = 'E2E: a review of the diaspora desk’s mandate, with the ministries concerned.';
		const edit = () => action.locator('form[action="?/updateAction"]');
		await action.getByText('Change this action').click();
		await edit().locator('textarea[name="descriptions.en"]').fill(revised);
		await edit()
			.locator('input[name=version]')
			.evaluate((input: HTMLInputElement) => (input.value = String(Number(input.value) - 1)));
		await submit(page, edit().getByRole('button', { name: 'Save the action' }));
		expect(await page.locator('article.action [role=alert]').textContent()).toContain('changed by someone else since you opened it');
		await visit(page, recommendationUrl);
		expect(await page.textContent('article.action')).not.toContain(revised);
		await action.getByText('Change this action').click();
		await edit().locator('textarea[name="descriptions.en"]').fill(revised);
		await submit(page, edit().getByRole('button', { name: 'Save the action' }));
		expect(await page.textContent('[role=status]')).toContain('Action saved.');
		expect(await page.textContent('article.action')).toContain(revised);

		// The public page, filtered by the owner: the recommendation with its progress, overdue.
		const visitor = (await browser.newPage()).page;
		await visit(visitor, '/dialogues/idm/follow-up?owner=CAN');
		const shown = visitor.locator('li.recommendation', { hasText: revised });
		const text = (await shown.textContent())!.replace(/\s+/g, ' ');
		// Intl's English percentage: no space before the sign.
		expect(text).toContain('30% (mean of 1 action)');
		expect(text).toContain('Under review (e2e) (30%)');
		expect(text).toContain('overdue');
		expect(text).toContain('Under review (e2e)');
		expect(await shown.getByRole('link', { name: 'Canada' }).getAttribute('href')).toBe('/states/CAN');
	});
});
