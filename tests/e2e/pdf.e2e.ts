import { execFileSync, spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closePrinter, printerStats, printPdf } from '../../src/lib/server/pdf/print';
import { DomainError } from '../../src/lib/server/core/errors';
import { e2e, skip } from './helpers';

// Chromium compresses the text of a PDF; poppler's pdftotext reads it where it is installed
// (apt-get install poppler-utils). Without it the text checks are skipped, the rest still runs.
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const textOf = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

const en = { lang: 'en', dir: 'ltr', footerLabel: 'Page {page} of {pages}' } as const;

/** The Chromium processes this test process launched (Playwright starts them as its children). */
function ownChromiums(): number[] {
	const out = spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)]).stdout.toString();
	return [...out.matchAll(/^\s*(\d+)\s+chrom/gm)].map((m) => Number(m[1]));
}

describe.skipIf(skip)('printing the app’s pages as PDF', () => {
	afterAll(() => closePrinter());

	it('prints a public page on A4 with the title at the head of each page and page numbers at the foot', async () => {
		const pdf = await printPdf(`${e2e.baseUrl}/practices`, { ...en, headerTitle: 'Key findings <IDM 2024> & more' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
		expect(pdf.length).toBeGreaterThan(5_000);
		expect(pdf.length).toBeLessThan(10_000_000);
		// A4 is 595 × 842 points.
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841\.\d+|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/);
		if (hasPdftotext) {
			const text = textOf(pdf);
			// Escaped in the header, printed as written.
			expect(text).toContain('Key findings <IDM 2024> & more');
			expect(text).toContain(`Page 1 of ${pageCount(pdf)}`);
		}
	});

	it.skipIf(!hasPdftotext)('prints the page’s content only, without the site’s header, navigation and footer', async () => {
		const text = textOf(await printPdf(`${e2e.baseUrl}/`, { ...en, headerTitle: 'Home' }));
		expect(text).toContain('Dialogues');
		for (const chrome of ['Skip to main content', 'Change language', 'Sign in', 'Figures on this site are computed from its records.']) {
			expect(text).not.toContain(chrome);
		}
	});

	it('asks for the page in the reader’s language and sets Arabic right to left', async () => {
		const pdf = await printPdf(`${e2e.baseUrl}/`, {
			headerTitle: 'النتائج الرئيسية',
			lang: 'ar',
			dir: 'rtl',
			footerLabel: 'الصفحة {page} من {pages}'
		});
		expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
		if (hasPdftotext) expect(textOf(pdf)).toMatch(/[\u0600-\u06FF]/);
	});

	it('prints side by side with the one browser, and a third print waits its turn', async () => {
		const before = printerStats().launches;
		const prints = [1, 2, 3].map(() => printPdf(`${e2e.baseUrl}/practices`, { ...en, headerTitle: 'Side by side' }));
		expect(printerStats()).toMatchObject({ printing: 2, waiting: 1 });
		for (const pdf of await Promise.all(prints)) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// The browser of the earlier prints (or, run alone, the one these started) served all three.
		expect(printerStats()).toEqual({ launches: Math.max(before, 1), printing: 0, waiting: 0 });
	});

	it('starts a new browser when the old one has died', async () => {
		const before = printerStats().launches;
		const chromiums = ownChromiums();
		expect(chromiums.length).toBeGreaterThan(0);
		for (const pid of chromiums) process.kill(pid, 'SIGKILL');
		const pdf = await printPdf(`${e2e.baseUrl}/practices`, { ...en, headerTitle: 'After a crash' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(printerStats().launches).toBe(before + 1);
	});

	it('gives up on a page that never answers with a clear timeout, and the next print still works', async () => {
		const silent = http.createServer(() => {}); // accepts, never answers
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		try {
			const started = Date.now();
			const failure = await printPdf(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, {
				...en,
				headerTitle: 'Never',
				timeoutMs: 1_500
			}).catch((e: unknown) => e);
			expect(failure).toBeInstanceOf(DomainError);
			expect(failure).toMatchObject({ code: 'pdf.errors.timeout', status: 503 });
			expect(Date.now() - started).toBeLessThan(5_000);
		} finally {
			silent.closeAllConnections();
			silent.close();
		}
		const pdf = await printPdf(`${e2e.baseUrl}/practices`, { ...en, headerTitle: 'After a timeout' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// The abandoned print gives its turn back as soon as its page is closed.
		await vi.waitFor(() => expect(printerStats()).toMatchObject({ printing: 0, waiting: 0 }), { timeout: 5_000 });
	});

	it('refuses to print an error page', async () => {
		await expect(printPdf(`${e2e.baseUrl}/no-such-page`, { ...en, headerTitle: 'Missing' })).rejects.toThrow(/answered 404/);
	});
});
