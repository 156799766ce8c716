import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/client';
import { DomainError } from '../core/errors';
import { testDatabase } from '../testing/database';
import { publishReport } from '../testing/report-fixtures';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as reports from '.';

/**
 * Printing ahead when printing does not succeed: a page that does not print within the 20 s a print
 * may take (a busy server, a huge report) or a Chromium that cannot reach the server. Each failed
 * print held one of the two printing turns for up to 20 s; trying all of them again after every
 * later write, whatever it changed (a practice, a registration setting), keeps a turn busy for
 * minutes after each write, and readers asking for a PDF wait behind it. A print that failed should
 * not be tried again ahead until its PDF would change (or after a pause), only when a reader asks.
 */
const printer = vi.hoisted(() => ({ printPdf: vi.fn() }));
vi.mock('../pdf', () => ({ printPdf: printer.printPdf, selfUrl: (path: string) => `http://localhost:1${path}` }));

let database: Database;
let stop: () => void = () => {};
const secretariat = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000001' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000002' });

beforeAll(async () => {
	database = await testDatabase();
	const ctx = secretariat();
	const dialogueId = (await dialogues.createDialogue(ctx, { slug: 'failing', names: { en: 'Failing' }, languages: ['en'] })).id;
	const cycleId = (await dialogues.createCycle(ctx, { dialogueId, year: 2024, themes: { en: 'Skills' }, status: 'planning' })).id;
	const reportId = (await reports.createReport(ctx, { cycleId, titles: { en: 'Never printed' } })).id;
	const section = await reports.addSection(ctx, reportId, { titles: { en: 'Findings' } });
	await reports.createItem(ctx, section.id, { kind: 'recommendation', texts: { en: 'Open regular pathways.' } });
	await publishReport(database.db, reportId, ctx, colleague());
});

afterAll(() => stop());

describe('printing ahead when prints fail', () => {
	it('tries each language once, and an unrelated write does not have them all tried again', async () => {
		// As printPdf fails when the page does not print in time: a 503, logged by nobody.
		printer.printPdf.mockRejectedValue(new DomainError('pdf.errors.timeout', 503));
		stop = reports.printAhead(database.db, { settleMs: 10 });
		await reports.aheadSettled();
		expect(printer.printPdf).toHaveBeenCalledTimes(4);
		// A write that changes no report's PDF.
		await dialogues.createDialogue(secretariat(), { slug: 'unrelated', names: { en: 'Unrelated' }, languages: ['en'] });
		await reports.aheadSettled();
		expect(printer.printPdf).toHaveBeenCalledTimes(4);
	});
});
