/**
 * What the second review (the reports' pages and routes) found, kept as regression tests: each
 * failed on the reviewed commit (severity in its name). Printing is mocked: what matters is whether
 * the PDF served is a fresh print of what the address names.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { publishReport, reportEvent } from '../testing/report-fixtures';
import { actorWith, ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as reports from '.';
import { actions as editorActions } from '../../../routes/manage/reports/[id]/+page.server';
import { actions as recommendationActions } from '../../../routes/manage/recommendations/[itemId]/+page.server';

let prints = 0;
vi.mock('../pdf', () => ({
	selfUrl: (path: string) => `http://localhost${path}`,
	printPdf: async (url: string) => Buffer.from(`print ${++prints} of ${url}`)
}));

let database: Database;
let reportId: string;
let slug: string;
let sectionId: string;
let recommendationId: string;
let actionId: string;
let dialogueId: string;
let eventId: string;
const author = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-0000000000b1' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-0000000000b2' });

const publishNow = (notes?: string) => publishReport(database.db, reportId, author(), colleague(), notes);

async function pdfText(number?: number): Promise<string> {
	const response = await reports.reportPdf(database.db, slug, 'en', number);
	return Buffer.from(await response!.arrayBuffer()).toString();
}

beforeAll(async () => {
	database = await testDatabase();
	({ dialogueId, eventId } = await reportEvent(database.db, 'ui-review'));
	const report = await reports.createReport(author(), { eventId, titles: { en: 'UI review report' } });
	reportId = report.id;
	slug = report.slug;
	sectionId = (await reports.addSection(author(), reportId, { titles: { en: 'Recommendations' } })).id;
	recommendationId = (
		await reports.createItem(author(), sectionId, { kind: 'recommendation', texts: { en: 'Uncorrected recommendation.' } })
	).id;
	await reports.defineStatus(author(), dialogueId, { key: 'started', labels: { en: 'Started' }, progress: 20 });
	actionId = (
		await reports.createAction(author(), recommendationId, { ownerStateId: 'MEX', descriptions: { en: 'Act.' }, status: 'started' })
	).id;
	await publishNow();
});

type Event = Parameters<(typeof editorActions)['outcome']>[0];
function post(path: string, params: Record<string, string>, init: RequestInit): Event {
	const actor = actorWith('secretariat', { userId: '00000000-0000-4000-8000-0000000000b1' });
	const url = new URL(`http://localhost${path}`);
	return {
		url,
		params,
		request: new Request(url, { method: 'POST', ...init }),
		locals: { lang: 'en', actor, ctx: { db: database.db, actor }, user: { id: actor.userId } }
	} as unknown as Event;
}

/** Runs an action; a redirect or an HTTP error comes back as its status, anything else (a 500) is rethrown. */
async function act(action: (e: Event) => unknown, e: Event): Promise<{ status?: number }> {
	try {
		return ((await action(e)) ?? {}) as { status?: number };
	} catch (thrown) {
		if (isRedirect(thrown) || isHttpError(thrown)) return { status: thrown.status };
		throw thrown;
	}
}

describe('the PDF is a print of what its address names', () => {
	it('HIGH: after a correction, /reports/<slug>/report.pdf prints the new version, not the old one kept under the same key', async () => {
		const before = await pdfText();
		const row = await reports.reportRow(database.db, reportId);
		const item = await reports.itemView(database.db, recommendationId);
		await reports.updateItem(author(), recommendationId, {
			kind: 'recommendation',
			texts: { en: 'Corrected recommendation.' },
			version: item.item.version
		});
		expect(row.publishedVersion).toBe(1);
		await publishNow('Corrects the recommendation.');
		const after = await pdfText();
		// Today the second answer is the first print again (the key has no version number): v1 served as "-v2-".
		expect(after).not.toBe(before);
	});

	it('MEDIUM: changing the progress a status stands for reprints the PDF (its follow-up figures change)', async () => {
		const before = await pdfText(1);
		await reports.defineStatus(author(), dialogueId, { key: 'started', labels: { en: 'Started' }, progress: 80 });
		expect(await pdfText(1)).not.toBe(before);
	});
});

describe('a malformed form post is a 4xx, never a 500', () => {
	it('MEDIUM: a cut-short multipart body to the recommendation page actions is a 400 (readForm), not a TypeError', async () => {
		const e = post(
			`/manage/recommendations/${recommendationId}?/addEntry`,
			{ itemId: recommendationId },
			{
				headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
				body: '--xyz\r\nContent-Disposition: form-data; name="actionId"\r\n\r\n' + actionId
			}
		);
		const result = await act(recommendationActions.addEntry as never, e);
		expect(result.status).toBe(400);
	});

	it('LOW: an outcome form whose items come as a dotted field (items.x) is refused with a message, not a TypeError', async () => {
		const body = new URLSearchParams({ outcome: '0', 'items.x': recommendationId });
		const e = post(
			`/manage/reports/${reportId}?/outcome`,
			{ id: reportId },
			{
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body
			}
		);
		const result = await act(editorActions.outcome, e);
		expect(result.status).toBe(400);
	});
});

describe('a malformed address is a 404, never a 500', () => {
	// `/reports/%00`, `/dialogues/%00/follow-up`, `/api/v1/reports/%00`: the router hands the decoded NUL to the query.
	it('MEDIUM: a slug holding a NUL character finds no report (PostgreSQL refuses NUL in text)', async () => {
		expect(await reports.reportPage(database.db, 'a\u0000b', 'en')).toBeNull();
	});
	it('MEDIUM: a dialogue slug holding a NUL character finds no dialogue', async () => {
		expect(await dialogues.getDialogue(database.db, 'a\u0000b')).toBeNull();
	});
});

describe('a NUL character in a form field is a message, never a 500', () => {
	it('LOW: removing a status whose key holds a NUL character is a 404', async () => {
		await expect(reports.removeStatus(author(), dialogueId, 'a\u0000b')).rejects.toMatchObject({ status: 404 });
	});
});
