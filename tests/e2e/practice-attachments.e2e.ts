import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

async function follow(page: Page, click: () => Promise<unknown>) {
	await Promise.all([page.waitForNavigation(), click()]);
	await checkA11y(page);
}
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const PDF = Buffer.from('%PDF-1.4\n% test\n');

describe.skipIf(skip)('attachments and UN M49 regions of practices', () => {
	it('a focal point tags a draft with M49 regions, attaches a PDF, is refused a wrong type with a message, and removes the file', async () => {
		const unique = `Attachments ${Date.now().toString(36)}`;
		const { page } = await browser.newPage();
		await signIn(page, 'state-focal-point');
		expect(await visit(page, '/practices/submit')).toBe(200);
		await page.locator('[name="titles.en"]').fill(`${unique} programme`);
		await page.locator('[name="summaries.en"]').fill(`${unique}: orientation for newcomers.`);
		await page.locator('input[name=gcmObjectives][value="16"]').check();
		await page.locator('input[name=m49Regions][value="021"]').check();
		await follow(page, () => button(page, 'Create the draft').click());
		expect(new URL(page.url()).pathname).toMatch(/^\/practices\/mine\/[0-9a-f-]{36}$/);
		expect(await page.locator('input[name=m49Regions][value="021"]').isChecked()).toBe(true);

		// A file that is not one of the accepted types: a message at the field, nothing listed.
		await page
			.getByLabel('File to attach')
			.setInputFiles({ name: 'page.html', mimeType: 'application/pdf', buffer: Buffer.from('<html>') });
		await follow(page, () => button(page, 'Attach the file').click());
		expect(await page.locator('#attachment-file-error').textContent()).toContain('cannot be attached');
		expect(await page.textContent('main')).toContain('No files attached.');

		await page.getByLabel('File to attach').setInputFiles({ name: 'evaluation.pdf', mimeType: 'application/pdf', buffer: PDF });
		await follow(page, () => button(page, 'Attach the file').click());
		expect(await page.getByRole('status').first().textContent()).toContain('The file is attached.');
		const link = page.getByRole('link', { name: /evaluation\.pdf \(PDF, 1 KB\)/ });
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^\/practices\/[a-z0-9-]+\/attachments\/[0-9a-f-]{36}$/);
		const own = await page.request.get(href);
		expect(own.status()).toBe(200);
		expect(own.headers()['content-type']).toBe('application/pdf');

		// A visitor cannot read a draft's file.
		const { page: visitor } = await browser.newPage();
		expect((await visitor.request.get(href)).status()).toBe(404);

		await follow(page, () => button(page, 'Remove evaluation.pdf').click());
		expect(await page.getByRole('status').first().textContent()).toContain('The file is removed.');
		expect(await page.textContent('main')).toContain('No files attached.');
	});

	it('the secretariat attaches an image to a submitted practice on its page; it downloads for the secretariat, not for a visitor', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		expect(await visit(page, '/manage/practices')).toBe(200);
		const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		const target = hrefs.find((h) => /^\/manage\/practices\/[0-9a-f-]{36}$/.test(h));
		expect(target).toBeTruthy();
		expect(await visit(page, target!)).toBe(200);
		await page.getByLabel('File to attach').setInputFiles({
			name: 'photo.png',
			mimeType: 'image/png',
			buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
		});
		await follow(page, () => button(page, 'Attach the file').click());
		expect(await page.getByRole('status').filter({ hasText: 'The file is attached.' }).count()).toBe(1);
		const href = (await page.getByRole('link', { name: /photo\.png \(PNG, 1 KB\)/ }).getAttribute('href'))!;
		const file = await page.request.get(href);
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toBe('image/png');
		expect((await file.body()).subarray(0, 4).toString('latin1')).toBe('\x89PNG');
		const { page: visitor } = await browser.newPage();
		expect((await visitor.request.get(href)).status()).toBe(404);
		await follow(page, () => button(page, 'Remove photo.png').click());
		expect(await page.getByRole('status').filter({ hasText: 'The file is removed.' }).count()).toBe(1);
	});

	it('the Abu Dhabi Dialogue’s demo practice names its UN M49 regions', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, '/practices/abu-dhabi-dialogue-ciop')).toBe(200);
		const text = await page.textContent('main');
		expect(text).toContain('UN M49 regions');
		expect(text).toContain('Western Asia (145)');
	});
});
