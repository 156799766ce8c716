import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browser';
import { checkA11y, e2e, signIn, skip, useBrowser, visit } from './helpers';

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

// The demo's 2024 session holds the annex's registrations and attendance, erased (no name, no
// address, no code anyone holds), so these journeys cover what the pages do with codes and people
// that match none of them; check-ins of real registrations are covered by the integration tests in
// src/lib/server/attendance.
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
		const perDay = () => page.locator('section:has(#per-day) tbody').textContent();
		await visit(page, `/manage/events/${id}/attendance`);
		const before = await perDay();
		await visit(page, `/manage/events/${id}/check-in?code=forged-code&day=2024-05-22`);
		expect(await page.locator('main [role=alert]').first().textContent()).toContain('This code is not valid');
		expect(await page.locator('#day').inputValue()).toBe('2024-05-22');

		await page.getByLabel('Code', { exact: true }).fill('another-forged-code');
		await page.getByRole('button', { name: 'Check in', exact: true }).click();
		await page.waitForSelector('.result[role=alert]');
		await checkA11y(page);
		expect(await page.textContent('.result[role=alert]')).toContain('This code is not valid: no registration has it.');

		await visit(page, `/manage/events/${id}/attendance`);
		expect(await perDay()).toBe(before);
	});

	it('sees attendance per day and a join-log preview that names the rows it cannot import', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		await visit(page, `/manage/events/${id}/attendance`);
		expect(await page.textContent('h1')).toBe('Attendance: First Session of the International Dialogue on Migration 2024');
		expect(await page.locator('section:has(#per-day) tbody tr').count()).toBe(2);
		// The demo's attendance is listed, its participants by number only (their data is erased), named
		// as every other page names them, without the number a second time.
		expect(await page.locator('section:has(#records) tbody tr th').first().textContent()).toMatch(/^Participant #\d+$/);

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

		// In Arabic the page is set right to left and names them as every Arabic page does.
		await page.context().addCookies([{ name: 'mdp_lang', value: 'ar', url: e2e.baseUrl }]);
		await visit(page, `/manage/events/${id}/attendance`);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.textContent('h1')).toBe('الحضور: First Session of the International Dialogue on Migration 2024');
		expect(await page.locator('section:has(#records) tbody tr th').first().textContent()).toMatch(/^المشارك رقم \d+$/);
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

// pngjs comes with qrcode; it has no type declarations of its own.
type PngModule = { PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } } };
const { PNG } = createRequire(import.meta.url)('pngjs') as PngModule;

/** A short Y4M video showing a QR code: what Chromium's fake camera plays to the page. */
async function qrVideo(text: string): Promise<string> {
	const image = PNG.sync.read(await QRCode.toBuffer(text, { width: 480, margin: 4 }));
	const { width: w, height: h, data } = image;
	const y = Buffer.alloc(w * h);
	for (let i = 0; i < w * h; i++) y[i] = Math.round(0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2]);
	const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-qr-')), 'qr.y4m');
	fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]));
	return file;
}

describe.skipIf(skip)('the camera scanner', () => {
	it('reads a QR code from the camera and checks the code it holds', async () => {
		const setup = await browser.newPage();
		await signIn(setup.page, 'secretariat');
		const id = await sessionId(setup.page);
		const video = await qrVideo(`${e2e.baseUrl}/manage/events/${id}/check-in?code=scanned-forgery`);
		const camera = await chromium.launch({
			executablePath: chromiumPath()!,
			args: [
				...CHROMIUM_ARGS,
				'--use-fake-ui-for-media-stream',
				'--use-fake-device-for-media-stream',
				`--use-file-for-fake-video-capture=${video}`
			]
		});
		try {
			const context = await camera.newContext({ baseURL: e2e.baseUrl, locale: 'en-GB' });
			const page = await context.newPage();
			await signIn(page, 'secretariat');
			await visit(page, `/manage/events/${id}/check-in`);
			await page.getByRole('button', { name: 'Scan with camera' }).click();
			await page.waitForSelector('.result[role=alert]', { timeout: 20_000 });
			expect(await page.textContent('.result[role=alert]')).toContain('This code is not valid');
			// The code was taken out of the QR address, and stays in the field after a refusal.
			expect(await page.locator('#code').inputValue()).toBe('scanned-forgery');
			await page.getByRole('button', { name: 'Stop the camera' }).click();
			await checkA11y(page);
		} finally {
			await camera.close();
			fs.rmSync(path.dirname(video), { recursive: true, force: true });
		}
	});
});
