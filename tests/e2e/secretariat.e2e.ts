import { describe, expect, it } from 'vitest';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

describe.skipIf(skip)('the secretariat', () => {
	it('creates an event in the 2024 cycle and sees it listed and published', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		await visit(page, '/manage/events/new');
		const cycle = await page
			.locator('#field-cycleId option', { hasText: 'International Dialogue on Migration 2024' })
			.getAttribute('value');
		await page.locator('#field-cycleId').selectOption(cycle!);
		await page.locator('#field-kind').selectOption('workshop');
		await page.getByLabel('Title (English)').fill('Workshop on skills mobility partnerships');
		await page.getByLabel('Title (Français)').fill('Atelier sur les partenariats de mobilité des compétences');
		await page.getByLabel('Start date').fill('2024-10-08');
		await page.getByLabel('End date').fill('2024-10-09');
		await page.getByLabel('City').fill('Geneva');
		await page.locator('#field-countryId').selectOption('CHE');
		await page.getByLabel('Expected outcomes').fill('A shared understanding of skills partnerships\nA list of good practices');
		await Promise.all([page.waitForURL(/\/manage\/events\/[0-9a-f-]+\?created=1$/), page.getByRole('button', { name: 'Create' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('[role=status]')).toContain('Created.');
		const id = new URL(page.url()).pathname.split('/').pop();

		await visit(page, '/manage/events');
		expect(await page.textContent('tbody')).toContain('Workshop on skills mobility partnerships');
		await visit(page, `/events/${id}`);
		expect(await page.textContent('h1')).toBe('Workshop on skills mobility partnerships');
		expect(await page.textContent('dl')).toMatch(/8\s*–\s*9 October 2024/);
		expect(await page.textContent('dl')).toContain('Geneva');
		expect(await page.locator('main ol > li').allTextContents()).toEqual([
			'A shared understanding of skills partnerships',
			'A list of good practices'
		]);
		await visit(page, '/dialogues/idm/2024');
		expect(await page.textContent('tbody')).toContain('Workshop on skills mobility partnerships');
	});

	it('is told next to the field when an event ends before it starts, and nothing is created', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		await visit(page, '/manage/events/new');
		await page.locator('#field-cycleId').selectOption({ index: 1 });
		await page.locator('#field-kind').selectOption('seminar');
		await page.getByLabel('Title (English)').fill('Backwards seminar');
		await page.getByLabel('Start date').fill('2026-03-10');
		await page.getByLabel('End date').fill('2026-03-01');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForSelector('#field-endDate-error');
		await checkA11y(page);
		expect(await page.textContent('#field-endDate-error')).toBe('The end date cannot be before the start date.');
		// Next to the field: inside its block, and announced with it by screen readers.
		expect(await page.locator('#field-endDate').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#field-endDate').getAttribute('aria-describedby')).toContain('field-endDate-error');
		expect(await page.locator('.field:has(#field-endDate) #field-endDate-error').count()).toBe(1);
		expect(await page.inputValue('#field-titles-en')).toBe('Backwards seminar');
		await visit(page, '/manage/events');
		expect(await page.textContent('tbody')).not.toContain('Backwards seminar');
	});

	it('keeps the first of two concurrent edits and tells the second editor the record changed', async () => {
		const first = await browser.newPage();
		const second = await browser.newPage();
		await signIn(first.page, 'secretariat');
		await signIn(second.page, 'secretariat');
		await visit(first.page, '/manage/organisations?q=GhanaCoop');
		const href = await first.page.getByRole('link', { name: /Edit/ }).first().getAttribute('href');
		await visit(first.page, href!);
		await visit(second.page, href!);
		await first.page.getByLabel('Acronym').fill('GC-1');
		await first.page.getByRole('button', { name: 'Save' }).click();
		await first.page.waitForSelector('text=Saved.');
		await checkA11y(first.page);
		await second.page.getByLabel('Acronym').fill('GC-2');
		await second.page.getByRole('button', { name: 'Save' }).click();
		await second.page.waitForSelector('[role=alert]');
		await checkA11y(second.page);
		expect(await second.page.textContent('[role=alert]')).toContain('changed by someone else since you opened it');
		await visit(second.page, href!);
		expect(await second.page.inputValue('#field-acronym')).toBe('GC-1');
	});

	it('cannot merge an organisation into itself, even with a tampered form', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		await visit(page, '/manage/organisations?q=Manpower');
		await Promise.all([
			page.waitForURL(/\/manage\/organisations\/[0-9a-f-]{36}$/),
			page.getByRole('link', { name: /Edit/ }).first().click()
		]);
		await checkA11y(page);
		const self = new URL(page.url()).pathname.split('/').pop()!;
		// The page does not offer the organisation itself; a tampered form is still refused by the server.
		expect(await page.locator(`#field-sourceId option[value="${self}"]`).count()).toBe(0);
		await page.evaluate((id) => {
			const select = document.querySelector<HTMLSelectElement>('#field-sourceId')!;
			select.add(new Option('itself', id, true, true));
		}, self);
		await page.getByRole('button', { name: 'Merge' }).click();
		await page.waitForSelector('[role=alert]');
		await checkA11y(page);
		expect(await page.textContent('[role=alert]')).toContain('cannot be merged into itself');
	});
});
