import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { publishReport } from '../testing/report-fixtures';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as reports from '.';

/**
 * Printing ahead, with a stand-in for Chromium that records what it was asked to print (the real
 * printing is tested end to end in tests/e2e/pdf.e2e.ts and reports.e2e.ts): the newest version of
 * a published report is printed in every language once writes settle, a reader then gets it
 * without a print, and a follow-up change has it printed again.
 */
const printer = vi.hoisted(() => ({
	printPdf: vi.fn(async (url: string, options: { lang: string; headerTitle: string }) =>
		Buffer.from(`%PDF-stand-in ${options.lang} ${new URL(url).pathname}`)
	)
}));
vi.mock('../pdf', () => ({ printPdf: printer.printPdf, selfUrl: (path: string) => `http://localhost:1${path}` }));

let database: Database;
let dialogueId: string;
let reportId: string;
let stop: () => void = () => {};
const secretariat = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000001' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000002' });
const printed = () => printer.printPdf.mock.calls.map(([url, o]) => `${new URL(url).pathname} ${o.lang} ${o.headerTitle}`);

const publish = (notes?: string) => publishReport(database.db, reportId, secretariat(), colleague(), notes);

beforeAll(async () => {
	database = await testDatabase();
	const ctx = secretariat();
	dialogueId = (await dialogues.createDialogue(ctx, { slug: 'ahead', names: { en: 'Ahead' }, languages: ['en'] })).id;
	const cycleId = (await dialogues.createCycle(ctx, { dialogueId, year: 2024, themes: { en: 'Skills' }, status: 'planning' })).id;
	reportId = (await reports.createReport(ctx, { cycleId, titles: { en: 'Printed ahead', fr: 'Imprimé à l’avance' } })).id;
	const section = await reports.addSection(ctx, reportId, { titles: { en: 'Findings' } });
	await reports.createItem(ctx, section.id, { kind: 'recommendation', texts: { en: 'Open regular pathways.' } });
	await publish();
});

afterAll(() => stop());

describe('printing the newest reports ahead of their readers', () => {
	it('prints nothing until the server starts printing ahead', () => {
		expect(printer.printPdf).not.toHaveBeenCalled();
	});

	it('prints the newest version in every language once started, each under its language’s title', async () => {
		// Long enough that two writes in a row are one burst on a busy machine (CI runs tests side by side).
		stop = reports.printAhead(database.db, { settleMs: 1_000 });
		await reports.aheadSettled();
		expect(printed()).toEqual([
			'/reports/printed-ahead en Printed ahead',
			'/reports/printed-ahead fr Imprimé à l’avance',
			'/reports/printed-ahead es Printed ahead',
			'/reports/printed-ahead ar Printed ahead'
		]);
	});

	it('a reader then gets the kept PDF without a print', async () => {
		const response = (await reports.reportPdf(database.db, 'printed-ahead', 'fr'))!;
		expect(response.status).toBe(200);
		expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('%PDF-stand-in fr /reports/printed-ahead');
		expect(printer.printPdf).toHaveBeenCalledTimes(4);
	});

	it('a write that changes no PDF prints nothing again', async () => {
		await dialogues.createDialogue(secretariat(), { slug: 'other', names: { en: 'Other' }, languages: ['en'] });
		await reports.aheadSettled();
		expect(printer.printPdf).toHaveBeenCalledTimes(4);
	});

	it('a follow-up change has every language printed again, once for a burst of writes', async () => {
		printer.printPdf.mockClear();
		await reports.defineStatus(secretariat(), dialogueId, { key: 'planned', labels: { en: 'Planned' }, progress: 10 });
		await reports.defineStatus(secretariat(), dialogueId, { key: 'done', labels: { en: 'Done' }, progress: 100 });
		await reports.aheadSettled();
		expect(printed().map((p) => p.split(' ')[1])).toEqual(['en', 'fr', 'es', 'ar']);
	});

	it('a correction is printed as the newest version', async () => {
		printer.printPdf.mockClear();
		await reports.updateReport(secretariat(), reportId, {
			titles: { en: 'Printed ahead, corrected' },
			version: (await reports.reportRow(database.db, reportId)).version
		});
		await publish('The title is corrected.');
		await reports.aheadSettled();
		expect(printed()).toContain('/reports/printed-ahead en Printed ahead, corrected');
		expect(printer.printPdf).toHaveBeenCalledTimes(4);
		const response = (await reports.reportPdf(database.db, 'printed-ahead', 'en'))!;
		expect(response.headers.get('content-disposition')).toContain('printed-ahead-v2-en.pdf');
		expect(printer.printPdf).toHaveBeenCalledTimes(4);
	});

	it('once stopped, writes print nothing', async () => {
		stop();
		printer.printPdf.mockClear();
		await reports.defineStatus(secretariat(), dialogueId, { key: 'late', labels: { en: 'Late' }, progress: 5 });
		await reports.aheadSettled();
		expect(printer.printPdf).not.toHaveBeenCalled();
	});
});
