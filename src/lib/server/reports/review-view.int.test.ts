/**
 * Four eyes on a report's content (nobody who changed the working copy since its last publication
 * approves it, nor whoever sent it for review) and the reviewer's place outside /manage: the queue on
 * /reviews, the preview and review form on /reviews/reports/<id>, and who may open them.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { Actor } from '../core/actor';
import type { Role } from '$lib/auth/roles';
import { testDatabase } from '../testing/database';
import { reportEvent } from '../testing/report-fixtures';
import { actorWith, ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import { events as eventsTable } from '../dialogues/schema';
import { reports as reportsTable } from './schema';
import * as reports from '.';
import { load as reviewLoad, actions as reviewActions } from '../../../routes/reviews/reports/[id]/+page.server';
import { load as reviewsLoad } from '../../../routes/reviews/+page.server';

// Printing is mocked: what matters is which page is printed, with whose cookie, and what the header says.
vi.mock('../pdf', () => ({
	selfUrl: (path: string) => `http://localhost${path}`,
	printPdf: async (url: string, options: { headerTitle: string; headers?: Record<string, string> }) =>
		Buffer.from(`${options.headerTitle} | ${url} | ${options.headers?.cookie ?? 'no cookie'}`)
}));

let database: Database;
let eventId: string;
const ids = {
	author: '00000000-0000-4000-8000-0000000000e1',
	colleague: '00000000-0000-4000-8000-0000000000e2',
	third: '00000000-0000-4000-8000-0000000000e3',
	reviewer: '00000000-0000-4000-8000-0000000000e4'
};
const author = () => ctxAs(database.db, 'secretariat', { userId: ids.author });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: ids.colleague });
const third = () => ctxAs(database.db, 'secretariat', { userId: ids.third });
const reviewer = () => ctxAs(database.db, 'reviewer', { userId: ids.reviewer });

const version = async (reportId: string) => (await reports.reportRow(database.db, reportId)).version;
const editorsOf = async (reportId: string) =>
	(await database.db.select({ editors: reportsTable.editors }).from(reportsTable).where(eq(reportsTable.id, reportId)))[0].editors;

/** A report of the event with one section listing one finding, written by `author`; returns its ids. */
async function newReport(title: string) {
	const report = await reports.createReport(author(), { eventId, titles: { en: title } });
	const sectionId = (await reports.addSection(author(), report.id, { titles: { en: 'What do we know?' } })).id;
	const itemId = (await reports.createItem(author(), sectionId, { kind: 'evidence', texts: { en: 'A finding.' } })).id;
	return { reportId: report.id, sectionId, itemId };
}

beforeAll(async () => {
	database = await testDatabase();
	({ eventId } = await reportEvent(database.db, 'four-eyes'));
});

describe('four eyes: whoever changed the working copy cannot approve it', () => {
	it('the author of an edit cannot approve, even when a colleague sent the report for review; a reviewer can', async () => {
		const { reportId } = await newReport('Edited by the author');
		expect(await editorsOf(reportId)).toEqual([ids.author]);
		const sent = await reports.submitForReview(colleague(), reportId, { version: await version(reportId) });
		await expect(reports.review(author(), reportId, { decision: 'approve', version: sent.version })).rejects.toMatchObject({
			code: 'reportReview.errors.ownEdit',
			status: 403
		});
		expect((await reports.reportRow(database.db, reportId)).status).toBe('in-review');
		// The submitter is refused for having sent it, as before.
		await expect(reports.review(colleague(), reportId, { decision: 'approve', version: sent.version })).rejects.toMatchObject({
			code: 'reports.errors.ownReview'
		});
		const approved = await reports.review(reviewer(), reportId, { decision: 'approve', version: sent.version });
		expect(approved.status).toBe('approved');
	});

	it('another member of the secretariat who never changed it can approve it', async () => {
		const { reportId } = await newReport('Approved by a third');
		const sent = await reports.submitForReview(colleague(), reportId, { version: await version(reportId) });
		expect((await reports.review(third(), reportId, { decision: 'approve', version: sent.version })).status).toBe('approved');
	});

	it('an editor may still ask for changes: that approves nothing', async () => {
		const { reportId } = await newReport('Sent back by its author');
		const sent = await reports.submitForReview(colleague(), reportId, { version: await version(reportId) });
		const back = await reports.review(author(), reportId, {
			decision: 'request-changes',
			comment: 'One more finding.',
			version: sent.version
		});
		expect(back.status).toBe('draft');
	});

	it('changing an item a report lists makes its editor one of the report’s editors, and every edit counts once', async () => {
		const { reportId, itemId } = await newReport('Item edited by a colleague');
		const item = await reports.itemView(database.db, itemId);
		await reports.updateItem(colleague(), itemId, { kind: 'evidence', texts: { en: 'A corrected finding.' }, version: item.item.version });
		await reports.updateReport(colleague(), reportId, { titles: { en: 'Item edited by a colleague' }, version: await version(reportId) });
		expect(await editorsOf(reportId)).toEqual([ids.author, ids.colleague]);
		const sent = await reports.submitForReview(third(), reportId, { version: await version(reportId) });
		await expect(reports.review(colleague(), reportId, { decision: 'approve', version: sent.version })).rejects.toMatchObject({
			code: 'reportReview.errors.ownEdit'
		});
		expect((await reports.review(reviewer(), reportId, { decision: 'approve', version: sent.version })).status).toBe('approved');
	});

	it('whoever changes the event’s expected outcomes (the findings are mapped to them) becomes an editor of its reports', async () => {
		const { reportId } = await newReport('Outcomes changed under it');
		const [event] = await database.db.select().from(eventsTable).where(eq(eventsTable.id, eventId));
		await dialogues.updateEvent(third(), eventId, {
			...(event as object),
			expectedOutcomes: [{ en: 'Evidence' }, { en: 'Solutions' }],
			organiserIds: [],
			version: event.version
		} as never);
		expect(await editorsOf(reportId)).toEqual([ids.author, ids.third]);
	});

	it('publication clears the editors: an earlier editor may approve the next version, unless they change it again', async () => {
		const { reportId, sectionId } = await newReport('Published, then corrected');
		let row = await reports.submitForReview(colleague(), reportId, { version: await version(reportId) });
		row = await reports.review(reviewer(), reportId, { decision: 'approve', version: row.version });
		await reports.publish(colleague(), reportId, { version: row.version });
		expect(await editorsOf(reportId)).toEqual([]);

		// The correction is the colleague's: the author, who wrote version 1, may now approve it.
		await reports.updateSection(colleague(), sectionId, { titles: { en: 'What do we know now?' } });
		expect(await editorsOf(reportId)).toEqual([ids.colleague]);
		row = await reports.submitForReview(third(), reportId, { version: await version(reportId) });
		await expect(reports.review(colleague(), reportId, { decision: 'approve', version: row.version })).rejects.toMatchObject({
			code: 'reportReview.errors.ownEdit'
		});
		expect((await reports.review(author(), reportId, { decision: 'approve', version: row.version })).status).toBe('approved');
	});
});

describe('reviewing reports outside /manage', () => {
	let inReview: string;
	let draft: string;

	beforeAll(async () => {
		inReview = (await newReport('Waiting for review')).reportId;
		await reports.submitForReview(colleague(), inReview, { version: await version(inReview) });
		draft = (await newReport('Still a draft')).reportId;
	});

	it('reviewers and the secretariat see the reports waiting for review, and whether they may approve each', async () => {
		const queue = await reports.reviewQueue(reviewer());
		const entry = queue.find((r) => r.id === inReview);
		expect(entry).toMatchObject({ titles: { en: 'Waiting for review' }, year: 2024, bar: null });
		expect(queue.some((r) => r.id === draft)).toBe(false);
		expect((await reports.reviewQueue(author())).find((r) => r.id === inReview)?.bar).toBe('ownEdit');
		expect((await reports.reviewQueue(colleague())).find((r) => r.id === inReview)?.bar).toBe('ownReview');
	});

	it('a participant or a visitor cannot list them', async () => {
		await expect(reports.reviewQueue(ctxAs(database.db, 'participant', { userId: ids.third }))).rejects.toMatchObject({ status: 403 });
		await expect(reports.reviewQueue(ctxAs(database.db, null))).rejects.toMatchObject({ status: 401 });
	});

	it('the preview draws the working copy as its page will, as the version it would become', async () => {
		const { page, report } = await reports.previewPage(reviewer(), inReview, 'en');
		expect(page.content.report.titles.en).toBe('Waiting for review');
		expect(page.content.sections.map((s) => s.titles.en)).toEqual(['What do we know?']);
		expect(Object.values(page.content.items).map((i) => i.texts.en)).toEqual(['A finding.']);
		expect(page.number).toBe(1);
		expect(report).toMatchObject({ status: 'in-review', bar: null });
	});

	it('a draft is not reviewable: a reviewer gets 404, the secretariat previews it', async () => {
		await expect(reports.previewPage(reviewer(), draft, 'en')).rejects.toMatchObject({ status: 404 });
		await expect(reports.review(reviewer(), draft, { decision: 'approve', version: await version(draft) })).rejects.toMatchObject({
			code: 'reports.errors.notInReview'
		});
		expect((await reports.previewPage(third(), draft, 'en')).report.status).toBe('draft');
	});

	type LoadEvent = Parameters<typeof reviewLoad>[0];
	function event(role: Role | null, userId: string | undefined, id: string, init?: RequestInit): LoadEvent {
		const actor: Actor = actorWith(role, { userId });
		const url = new URL(`http://localhost/reviews/reports/${id}`);
		return {
			url,
			params: { id },
			request: new Request(url, init ?? {}),
			setHeaders: () => {},
			locals: { lang: 'en', actor, ctx: { db: database.db, actor }, user: userId ? { id: userId } : null }
		} as unknown as LoadEvent;
	}
	/** A load or action's answer: its data, or the status of the redirect or HTTP error it threw. */
	async function run(fn: () => unknown): Promise<{ status?: number; location?: string; data?: Record<string, unknown> }> {
		try {
			return { data: (await fn()) as Record<string, unknown> };
		} catch (thrown) {
			if (isRedirect(thrown)) return { status: thrown.status, location: thrown.location };
			if (isHttpError(thrown)) return { status: thrown.status };
			throw thrown;
		}
	}
	const form = (values: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(values) });

	it('the review page sends a visitor to sign in, refuses a participant, and is a 404 for a reviewer on a draft', async () => {
		const visitor = await run(() => reviewLoad(event(null, undefined, inReview)));
		expect(visitor.status).toBe(303);
		expect(visitor.location).toMatch(/^\/sign-in\?next=/);
		expect((await run(() => reviewLoad(event('participant', ids.third, inReview)))).status).toBe(403);
		expect((await run(() => reviewLoad(event('reviewer', ids.reviewer, draft)))).status).toBe(404);
		expect((await run(() => reviewLoad(event('reviewer', ids.reviewer, inReview)))).data).toHaveProperty('preview');
		const participantPost = await run(() => reviewActions.review(event('participant', ids.third, inReview, form({ decision: 'approve' }))));
		expect(participantPost.status).toBe(403);
		expect((await reports.reportRow(database.db, inReview)).status).toBe('in-review');
	});

	it('the review form refuses with a message beside it, then records the reviewer’s decision', async () => {
		const v = String(await version(inReview));
		const noComment = await run(() =>
			reviewActions.review(event('reviewer', ids.reviewer, inReview, form({ decision: 'request-changes', version: v })))
		);
		expect(noComment.data).toMatchObject({ status: 400, data: { errors: { comment: { key: 'reports.errors.commentRequired' } } } });
		const ownEdit = await run(() =>
			reviewActions.review(event('secretariat', ids.author, inReview, form({ decision: 'approve', version: v })))
		);
		expect(ownEdit.data).toMatchObject({ status: 403, data: { errors: { _form: { key: 'reportReview.errors.ownEdit' } } } });
		expect((await reports.reportRow(database.db, inReview)).status).toBe('in-review');
		const approved = await run(() =>
			reviewActions.review(event('reviewer', ids.reviewer, inReview, form({ decision: 'approve', version: v })))
		);
		expect(approved).toMatchObject({ status: 303, location: '/reviews?done=approved' });
		expect((await reports.reportRow(database.db, inReview)).status).toBe('approved');
	});

	it('the preview PDF prints the review page with the reader’s cookie, marked as a preview, and is kept by no cache', async () => {
		const waiting = (await newReport('Printed preview')).reportId;
		await reports.submitForReview(colleague(), waiting, { version: await version(waiting) });
		const response = await reports.previewPdf(reviewer(), waiting, 'en', 'session=abc');
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		expect(Buffer.from(await response.arrayBuffer()).toString()).toBe(
			`Preview — not published: Printed preview | http://localhost/reviews/reports/${waiting} | session=abc`
		);
		await expect(reports.previewPdf(reviewer(), draft, 'en', 'session=abc')).rejects.toMatchObject({ status: 404 });
		await expect(reports.previewPdf(ctxAs(database.db, 'participant', { userId: ids.third }), waiting, 'en', null)).rejects.toMatchObject({
			status: 403
		});
	});

	it('/reviews lists reports only for reviewers and the secretariat', async () => {
		const asParticipant = (await reviewsLoad(event('participant', ids.third, '') as never)) as { reports: unknown };
		expect(asParticipant.reports).toBeNull();
		const asReviewer = (await reviewsLoad(event('reviewer', ids.reviewer, '') as never)) as { reports: unknown[] };
		expect(Array.isArray(asReviewer.reports)).toBe(true);
	});
});
