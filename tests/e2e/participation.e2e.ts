import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

async function upload(page: Page, name: string, csv: string) {
	await page.getByLabel('Registrants').check();
	await page.getByLabel('File (CSV or XLSX)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await Promise.all([
		page.waitForURL(/\/import\/[0-9a-f-]{36}$/),
		page.getByRole('button', { name: 'Upload and map the columns' }).click()
	]);
	await checkA11y(page);
}

describe.skipIf(skip)('importing and exporting registrants, for the secretariat', () => {
	it('uploads a CSV, maps an unknown column, sees the dry run’s error, fixes the file, commits and exports it', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		await visit(page, '/manage/events');
		const href = await page
			.locator('tbody tr', { hasText: 'First Session of the International Dialogue on Migration 2024' })
			.getByRole('link', { name: /Edit/ })
			.getAttribute('href');
		await visit(page, href!);
		await Promise.all([page.waitForURL(/\/import$/), page.getByRole('link', { name: 'Import and export' }).click()]);
		await checkA11y(page);

		// A file that is neither CSV nor XLSX is refused next to the field (streamed to disk and deleted).
		await page.getByLabel('Registrants').check();
		await page
			.getByLabel('File (CSV or XLSX)')
			.setInputFiles({ name: 'agenda.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) });
		await Promise.all([page.waitForURL(/\?\/upload$/), page.getByRole('button', { name: 'Upload and map the columns' }).click()]);
		expect(await page.textContent('#file-error')).toBe('This file is neither CSV nor XLSX.');
		await checkA11y(page);

		const header = 'First Name,Last Name,Email Address,category,delegation,Phone Number,Shoe size';
		const bad = [
			header,
			'Amal,Haddad,amal.e2e@example.org,government,CAN,+41 22 717 91 11,38',
			'Bo,Larsen,bo.e2e@example.org,government,,,44'
		].join('\n');
		await upload(page, 'delegates.csv', bad);
		expect(await page.textContent('h1')).toBe('Registrants: delegates.csv');
		// The unknown column has to be mapped or ignored; the others were recognised.
		expect(await page.locator('#map-0').inputValue()).toBe('first_name');
		expect(await page.locator('#map-6').inputValue()).toBe('');
		await page.locator('#map-6').selectOption('ignore');
		await Promise.all([page.waitForURL(/\?\/check$/), page.getByRole('button', { name: 'Check the file (dry run)' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('#report')).toBe('Nothing was imported');
		expect(await page.locator('section:has(#report) tbody tr').allTextContents()).toEqual([
			'3delegationA government representative needs a delegation (the State’s ISO alpha-3 code).'
		]);
		expect(await page.getByRole('button', { name: 'Import for real' }).count()).toBe(0);
		await Promise.all([page.waitForURL(/\/import\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Cancel this import' }).click()]);
		expect(await page.textContent('main [role=status]')).toContain('The import was cancelled');

		await visit(page, new URL(page.url()).pathname.replace(/\/[0-9a-f-]{36}$/, ''));
		await upload(page, 'delegates-fixed.csv', bad.replace('government,,,44', 'government,DNK,,44'));
		await page.locator('#map-6').selectOption('ignore');
		await Promise.all([page.waitForURL(/\?\/check$/), page.getByRole('button', { name: 'Check the file (dry run)' }).click()]);
		expect(await page.textContent('#report')).toBe('Dry run: nothing was written');
		await Promise.all([page.waitForURL(/\/import\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Import for real' }).click()]);
		await page.waitForFunction(() => document.querySelector('#report')?.textContent === 'Imported', undefined, { timeout: 15_000 });
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('Status: Done');

		await visit(page, new URL(page.url()).pathname.replace(/\/import\/[0-9a-f-]{36}$/, '/import'));
		const csvHref = await page.getByRole('link', { name: 'Download Registrants as CSV' }).getAttribute('href');
		const exported = await page.request.get(csvHref!);
		expect(exported.status()).toBe(200);
		const text = await exported.text();
		expect(text).toContain('amal.e2e@example.org');
		expect(text).toContain(',+41 22 717 91 11,');
		expect(text.split('\n')[0].replace(/^\uFEFF/, '')).toMatch(/^number,first_name,last_name,email,/);
	});
});
