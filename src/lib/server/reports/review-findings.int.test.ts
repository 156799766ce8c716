/**
 * What a review of the reports' server code found, kept as regression tests: each failed on the
 * first version (severity in its name): secrets and personal data frozen in an annex, draft text
 * shown to visitors, raw database errors, races, a remapped outcome, a TRUNCATE past the trigger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { openSurvey, question, surveyEvent } from '../testing/survey-fixtures';
import { systemActor } from '../core/actor';
import * as surveys from '../surveys';
import { followUpActions, reportItems, reportVersions } from './schema';
import * as reports from '.';

let database: Database;
let eventId: string;
let dialogueId: string;
const author = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-0000000000a1' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-0000000000a2' });

/** Submit, approve (by a colleague) and publish the working copy as it is. */
async function publishNow(reportId: string, notes?: string) {
	let row = await reports.reportRow(database.db, reportId);
	row = await reports.submitForReview(author(), reportId, { version: row.version });
	row = await reports.review(colleague(), reportId, { decision: 'approve', version: row.version });
	return reports.publish(author(), reportId, { version: row.version, notes: notes ? { en: notes } : undefined });
}

let reportId: string;
let sectionId: string;
let recommendationId: string;
let linkToken: string;

beforeAll(async () => {
	database = await testDatabase();
	const { event } = await surveyEvent(database.db, 'Review');
	eventId = event.id;
	// A public survey of the event with one open question, answered by a respondent who signs with a name and an address.
	const { survey, sectionId: surveySection } = await openSurvey(database.db, eventId, { resultsVisibility: 'public' });
	const q = await surveys.addQuestion(ctxAs(database.db, 'secretariat'), survey.id, question(surveySection, 'long-text', 'Any comments?'));
	await surveys.recordResponses({ db: database.db, actor: systemActor() }, survey.id, [
		{ submittedOn: '2024-05-23', answers: { [q.id]: 'Great session. Write to me: Jane Doe, jane.doe@example.org' } }
	]);

	// A survey anyone holding its link may answer, its results public: the link is its only secret.
	linkToken = (await openSurvey(database.db, eventId, { audience: 'link', resultsVisibility: 'public', titles: { en: 'Link survey' } }))
		.survey.linkToken!;

	const report = await reports.createReport(author(), {
		eventId,
		titles: { en: 'Published title' },
		summaries: { en: 'Published summary' }
	});
	reportId = report.id;
	dialogueId = report.dialogueId;
	sectionId = (await reports.addSection(author(), reportId, { titles: { en: 'Recommendations' } })).id;
	recommendationId = (
		await reports.createItem(author(), sectionId, { kind: 'recommendation', texts: { en: 'Link remittances with savings.' } })
	).id;
	await reports.addSection(author(), reportId, { kind: 'annex', titles: { en: 'Annex' } });
	await publishNow(reportId);
});

describe('what a visitor reads is what was published', () => {
	it('HIGH: listPublished shows the published title and summary, not a draft edit of the working copy', async () => {
		const row = await reports.reportRow(database.db, reportId);
		await reports.updateReport(author(), reportId, {
			titles: { en: 'DRAFT title nobody reviewed' },
			summaries: { en: 'DRAFT summary' },
			version: row.version
		});
		const [listed] = (await reports.listPublished(database.db)).filter((r) => r.slug === 'published-title');
		expect(listed.titles.en).toBe('Published title');
		expect(listed.summaries?.en).toBe('Published summary');
	});

	it('HIGH: the follow-up page names its reports by their published title, not the draft one', async () => {
		const [rec] = await reports.recommendationsOf(database.db, dialogueId);
		expect(rec.reports[0].titles.en).toBe('Published title');
	});
});

describe('the annex holds no personal data', () => {
	it('HIGH: an open survey answer with a name and an e-mail is frozen into the published version', async () => {
		const published = (await reports.publishedReport(database.db, 'published-title'))!;
		const annex = JSON.stringify(published.version.content.annex);
		expect(annex).not.toContain('jane.doe@example.org');
		expect(annex).not.toContain('Jane Doe');
	});

	it('CRITICAL: the annex publishes a link survey’s secret link token (whole survey rows are frozen)', async () => {
		const published = (await reports.publishedReport(database.db, 'published-title'))!;
		expect(linkToken).toBeTruthy();
		expect(JSON.stringify(published.version.content)).not.toContain(linkToken);
	});
});

describe('bad input is a 4xx, never a database error (500)', () => {
	it('detachItem with a malformed item id is a 404', async () => {
		await expect(reports.detachItem(author(), sectionId, 'not-a-uuid')).rejects.toMatchObject({ status: 404 });
	});

	it('defineStatus and removeStatus with a malformed dialogue id are a 404', async () => {
		await expect(
			reports.defineStatus(author(), 'not-a-uuid', { key: 'done', labels: { en: 'Done' }, progress: 100 })
		).rejects.toMatchObject({ status: 404 });
		await expect(reports.removeStatus(author(), 'not-a-uuid', 'done')).rejects.toMatchObject({ status: 404 });
	});

	it('a version beyond the integer range is a stale edit or a validation error', async () => {
		const huge = 2 ** 31;
		const outcome = await reports
			.updateReport(author(), reportId, { titles: { en: 'x' }, version: huge })
			.then(() => 'written')
			.catch((e: unknown) => e);
		expect(outcome).toSatisfy(
			(e: unknown) => (e as { status?: number }).status === 409 || (e as Error).name === 'ValidationError',
			'expected a 409 or a ValidationError'
		);
		const submitted = await reports.submitForReview(author(), reportId, { version: huge }).catch((e: unknown) => e);
		expect(submitted).toSatisfy(
			(e: unknown) => (e as { status?: number }).status === 409 || (e as Error).name === 'ValidationError',
			'expected a 409 or a ValidationError'
		);
	});
});

describe('expected outcomes are mapped by position', () => {
	it('MEDIUM: reordering the event’s expected outcomes moves the report back to draft (or keeps the mapping)', async () => {
		const { updateEvent } = await import('../dialogues');
		// The report is draft after the title edit above: bring it to approved with an outcome mapped.
		const { events } = await import('../dialogues/schema');
		const [ev] = await database.db.select().from(events).where(eq(events.id, eventId));
		const ctx = ctxAs(database.db, 'secretariat');
		const evRow = await updateEvent(ctx, eventId, {
			...(ev as object),
			expectedOutcomes: [{ en: 'Outcome A' }, { en: 'Outcome B' }],
			organiserIds: [],
			version: ev.version
		} as never).catch((e: unknown) => {
			throw new Error(`test setup: updateEvent refused ${JSON.stringify(e)}`);
		});
		await reports.addSection(author(), reportId, { kind: 'outcomes', titles: { en: 'Outcomes' } });
		await reports.setOutcomeItems(author(), reportId, 0, [recommendationId]); // addresses "Outcome A"
		let row = await reports.reportRow(database.db, reportId);
		row = await reports.submitForReview(author(), reportId, { version: row.version });
		row = await reports.review(colleague(), reportId, { decision: 'approve', version: row.version });
		// After approval, someone puts a new outcome first on the event page.
		await updateEvent(ctx, eventId, {
			...(evRow as object),
			expectedOutcomes: [{ en: 'New outcome' }, { en: 'Outcome A' }, { en: 'Outcome B' }],
			organiserIds: [],
			version: evRow.version
		} as never);
		const published = await reports
			.publish(author(), reportId, { version: row.version, notes: { en: 'Outcomes' } })
			.then(() => 'published')
			.catch(() => 'refused');
		if (published === 'refused') return; // the fix: the approval no longer holds
		const content = (await reports.publishedReport(database.db, 'published-title'))!.version.content;
		const addressed = content.outcomes.find((o) => o.items.includes(recommendationId))!;
		expect(addressed.texts.en).toBe('Outcome A');
	});
});

describe('the follow-up page shows a recommendation as last published', () => {
	it('MEDIUM: a recommendation corrected in a later report reads as corrected, not as the older report froze it', async () => {
		const { cycleId } = await reports.reportRow(database.db, reportId);
		const later = await reports.createReport(author(), { cycleId, slug: 'zz-later-report', titles: { en: 'Later report' } });
		const section = await reports.addSection(author(), later.id, { titles: { en: 'Recommendations' } });
		const [current] = await database.db.select().from(reportItems).where(eq(reportItems.id, recommendationId));
		await reports.updateItem(author(), recommendationId, {
			kind: 'recommendation',
			texts: { en: 'Link remittances with savings (corrected).' },
			version: current.version
		});
		await reports.attachItem(author(), section.id, recommendationId);
		await publishNow(later.id);
		const rec = (await reports.recommendationsOf(database.db, dialogueId)).find((r) => r.item.id === recommendationId)!;
		expect(rec.reports.map((r) => r.slug)).toContain('zz-later-report');
		expect(rec.item.texts.en).toMatch(/corrected/);
	});
});

// Races need two connections: PostgreSQL only (PGlite runs one transaction at a time).
describe.runIf(process.env.TEST_DB_KIND === 'postgres')('races (PostgreSQL)', () => {
	it('HIGH: two timeline entries added at once: the newest-dated entry sets the action’s status', async () => {
		for (const [key, progress] of [
			['planned', 10],
			['done', 100]
		] as const)
			await reports.defineStatus(author(), dialogueId, { key, labels: { en: key }, progress });
		const action = await reports.createAction(author(), recommendationId, {
			ownerStateId: 'MEX',
			descriptions: { en: 'Savings products.' },
			status: 'planned'
		});
		// Hold the audit log (as any slow concurrent write could hold a transaction open): the newer
		// entry's transaction then waits, uncommitted and holding the action row, at its audit record;
		// the older entry, checking for later entries meanwhile, does not see it.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		const holder = database.db.transaction(async (tx) => {
			await tx.execute(sql`lock table audit_log in share mode`);
			await held;
		});
		const waiting = async (n: number) => {
			for (let i = 0; i < 100; i++) {
				const r = (await database.db.execute(
					sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`
				)) as unknown as { rows: { n: number }[] };
				if (r.rows[0].n >= n) return;
				await new Promise((res) => setTimeout(res, 20));
			}
			throw new Error('the entries did not reach the update');
		};
		const newer = reports.addEntry(author(), action.id, { on: '2025-06-01', texts: { en: 'Done.' }, status: 'done' });
		await waiting(1);
		const older = reports.addEntry(author(), action.id, { on: '2025-01-01', texts: { en: 'Planned.' }, status: 'planned' });
		await waiting(2);
		release();
		await Promise.all([holder, newer, older]);
		const [stored] = await database.db.select().from(followUpActions).where(eq(followUpActions.id, action.id));
		expect(stored.status).toBe('done');
	});

	it('attaching the same item to a section twice at once is a 4xx, not a primary-key error', async () => {
		const other = (await reports.addSection(author(), reportId, { titles: { en: 'Again' } })).id;
		const results = await Promise.allSettled([
			reports.attachItem(author(), other, recommendationId),
			reports.attachItem(author(), other, recommendationId)
		]);
		for (const r of results)
			if (r.status === 'rejected') expect(r.reason).toSatisfy((e: unknown) => (e as Error).name === 'ValidationError');
	});
});

describe('a published version never changes', () => {
	it('TRUNCATE is refused like UPDATE and DELETE', async () => {
		const before = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(reportVersions);
		await database.db.execute(sql`truncate report_versions`).catch(() => null);
		const after = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(reportVersions);
		expect(after[0].n).toBe(before[0].n);
	});
});
