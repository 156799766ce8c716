import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as organisationsOps from '../directory/organisations';
import * as practicesOps from '../practices/operations';
import { auditLog } from '../audit/schema';
import { isCheckViolation } from '../core/db-errors';
import { followUpActions, reportItems, reports as reportsTable, reportVersions } from './schema';
import * as reports from '.';

/**
 * One dialogue with an event of three expected outcomes, a published practice and a fact; a report
 * built, reviewed by someone else, published, corrected; and its recommendations followed up.
 */
let database: Database;
let eventId: string;
let cycleId: string;
let dialogueId: string;
let practiceId: string;
let factId: string;
let organisationId: string;
const secretariat = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000001' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000002' });

const item = (extra: Record<string, unknown> = {}) => ({
	kind: 'evidence',
	texts: { en: 'Remittances reached **USD 831 billion** in 2022.' },
	...extra
});

async function count(table: typeof reportItems | typeof reportVersions | typeof auditLog) {
	const [row] = await database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table);
	return row.n;
}

beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	const dialogue = await dialogues.createDialogue(ctx, { slug: 'report-tests', names: { en: 'Report tests' }, languages: ['en'] });
	dialogueId = dialogue.id;
	cycleId = (await dialogues.createCycle(ctx, { dialogueId, year: 2024, themes: { en: 'Regular pathways' }, status: 'planning' })).id;
	eventId = (
		await dialogues.createEvent(ctx, {
			cycleId,
			kind: 'session',
			titles: { en: 'First session' },
			startDate: '2024-05-21',
			endDate: '2024-05-22',
			format: 'hybrid',
			status: 'planned',
			expectedOutcomes: [{ en: 'Evidence' }, { en: 'Solutions' }, { en: 'Skills mobility' }],
			organiserIds: []
		})
	).id;
	factId = (
		await practicesOps.createEvidence(ctx, {
			statements: { en: 'Remittances reached USD 831 billion in 2022.' },
			source: 'World Migration Report 2024',
			year: 2022
		})
	).id;
	practiceId = (
		await practicesOps.createPractice(
			ctx,
			{
				titles: { en: 'Safe Mobility Offices' },
				summaries: { en: 'One-stop offices.' },
				scope: 'regional',
				status: 'ongoing',
				gcmObjectives: [5]
			} as never,
			{ status: 'published' }
		)
	).id;
	organisationId = (await organisationsOps.create(ctx, { name: 'African Diaspora Network', type: 'diaspora' })).id;
});

describe('a report from draft to published versions', () => {
	let reportId: string;
	let evidenceSection: string;
	let recommendationsSection: string;
	let recommendationId: string;

	it('only the secretariat creates reports; a new one gets a free address from its title', async () => {
		await expect(
			reports.createReport(ctxAs(database.db, 'participant'), { eventId, titles: { en: 'Key findings' } })
		).rejects.toMatchObject({ status: 403 });
		const first = await reports.createReport(secretariat(), { eventId, titles: { en: 'Key findings' } });
		const second = await reports.createReport(secretariat(), { cycleId, titles: { en: 'Key findings' } });
		expect([first.slug, second.slug]).toEqual(['key-findings', 'key-findings-2']);
		expect(first).toMatchObject({ cycleId, dialogueId, status: 'draft', publishedVersion: null });
		expect(second.eventId).toBeNull();
		reportId = first.id;
	});

	it('a cycle report cannot have an outcomes or annex section', async () => {
		const [cycleReport] = await database.db.select().from(reportsTable).where(eq(reportsTable.slug, 'key-findings-2'));
		await expect(reports.addSection(secretariat(), cycleReport.id, { kind: 'annex', titles: { en: 'Annex' } })).rejects.toMatchObject({
			errors: { kind: { key: 'reports.errors.needsEvent' } }
		});
	});

	it('sections and items: tags and links are checked, a missing link names its value and writes nothing', async () => {
		evidenceSection = (await reports.addSection(secretariat(), reportId, { titles: { en: 'What do we know?' } })).id;
		recommendationsSection = (await reports.addSection(secretariat(), reportId, { titles: { en: 'Summit of the Future' } })).id;
		const before = await count(reportItems);
		await expect(reports.createItem(secretariat(), evidenceSection, item({ gcmObjectives: [24] }))).rejects.toMatchObject({
			errors: { 'gcmObjectives.0': expect.anything() }
		});
		await expect(reports.createItem(secretariat(), evidenceSection, item({ states: ['XYZ'] }))).rejects.toMatchObject({
			errors: { states: { key: 'reports.errors.unknownState', params: { value: 'XYZ' } } }
		});
		const ghost = '00000000-0000-4000-8000-00000000dead';
		await expect(reports.createItem(secretariat(), evidenceSection, item({ practices: [ghost] }))).rejects.toMatchObject({
			errors: { practices: { key: 'reports.errors.unknownPractice', params: { value: ghost } } }
		});
		await expect(reports.createItem(secretariat(), evidenceSection, item({ stages: ['nowhere'] }))).rejects.toMatchObject({
			errors: { stages: expect.anything() }
		});
		expect(await count(reportItems)).toBe(before);

		const finding = await reports.createItem(
			secretariat(),
			evidenceSection,
			item({
				level: 'global',
				gcmObjectives: [20, 19, 20],
				facts: [factId],
				states: ['usa'],
				organisations: [organisationId],
				practices: [practiceId]
			})
		);
		expect(finding.gcmObjectives).toEqual([19, 20]);
		recommendationId = (
			await reports.createItem(secretariat(), recommendationsSection, {
				kind: 'recommendation',
				level: 'global',
				headlines: { en: 'Remittances are an engine for economic development' },
				texts: { en: 'Link remittances with financial services and products.' },
				targetGroups: ['diaspora']
			})
		).id;
		await reports.addSection(secretariat(), reportId, { kind: 'outcomes', titles: { en: 'In relation to the expected outcomes' } });
		await reports.setOutcomeItems(secretariat(), reportId, 0, [finding.id]);
		await expect(reports.setOutcomeItems(secretariat(), reportId, 3, [finding.id])).rejects.toMatchObject({
			errors: { outcome: expect.anything() }
		});
		await reports.addSection(secretariat(), reportId, { kind: 'annex', titles: { en: 'Annex: statistics' } });
		await expect(reports.addSection(secretariat(), reportId, { kind: 'annex', titles: { en: 'Second annex' } })).rejects.toMatchObject({
			errors: { kind: { key: 'reports.errors.oneOfKind' } }
		});
	});

	it('an empty section stops the review and says which', async () => {
		const empty = await reports.addSection(secretariat(), reportId, { titles: { en: 'Challenges' } });
		const { version } = await reports.reportRow(database.db, reportId);
		await expect(reports.submitForReview(secretariat(), reportId, { version })).rejects.toMatchObject({
			code: 'reports.errors.emptySection',
			params: { title: 'Challenges' }
		});
		await reports.deleteSection(secretariat(), empty.id);
	});

	it('whoever sends it for review cannot approve it; an edit after approval needs a new review', async () => {
		let report = await reports.reportRow(database.db, reportId);
		report = await reports.submitForReview(secretariat(), reportId, { version: report.version });
		await expect(reports.review(secretariat(), reportId, { decision: 'approve', version: report.version })).rejects.toMatchObject({
			code: 'reports.errors.ownReview'
		});
		await expect(reports.review(colleague(), reportId, { decision: 'request-changes', version: report.version })).rejects.toMatchObject({
			errors: { comment: expect.anything() }
		});
		report = await reports.review(colleague(), reportId, { decision: 'approve', version: report.version });
		expect(report.status).toBe('approved');
		await reports.moveSection(secretariat(), recommendationsSection, 'up');
		report = await reports.reportRow(database.db, reportId);
		expect(report.status).toBe('draft');
		await expect(reports.publish(secretariat(), reportId, { version: report.version })).rejects.toMatchObject({
			code: 'reports.errors.notApproved'
		});
		report = await reports.submitForReview(secretariat(), reportId, { version: report.version });
		report = await reports.review(ctxAs(database.db, 'reviewer', { userId: '00000000-0000-4000-8000-000000000003' }), reportId, {
			decision: 'approve',
			version: report.version
		});
		expect(report.status).toBe('approved');
	});

	it('publishing freezes the content, links and annex into version 1', async () => {
		const report = await reports.reportRow(database.db, reportId);
		expect(await reports.publish(secretariat(), reportId, { version: report.version })).toEqual({ number: 1 });
		const published = (await reports.publishedReport(database.db, 'key-findings'))!;
		const content = published.version.content;
		expect(published.latest).toBe(1);
		expect(content.sections.map((s) => s.titles.en)).toEqual([
			'Summit of the Future',
			'What do we know?',
			'In relation to the expected outcomes',
			'Annex: statistics'
		]);
		const finding = content.items[content.sections[1].items[0]];
		expect(finding).toMatchObject({
			kind: 'evidence',
			facts: [{ id: factId, year: 2022 }],
			states: [{ id: 'USA' }],
			organisations: [{ name: 'African Diaspora Network' }],
			practices: [{ id: practiceId, titles: { en: 'Safe Mobility Offices' } }]
		});
		expect(content.outcomes.map((o) => o.items.length)).toEqual([1, 0, 0]);
		expect(content.annex?.statistics.registrations.total).toBe(0);
		expect(content.event?.titles.en).toBe('First session');
	});

	it('a published version cannot be changed, even by SQL; a correction is version 2 with a note', async () => {
		const frozen = (e: unknown) => isCheckViolation(e, 'report_versions_frozen');
		await expect(
			database.db
				.update(reportVersions)
				.set({ notes: { en: 'sneaky' } })
				.where(eq(reportVersions.reportId, reportId))
		).rejects.toSatisfy(frozen);
		await expect(database.db.delete(reportVersions).where(eq(reportVersions.reportId, reportId))).rejects.toSatisfy(frozen);
		const [finding] = (await reports.publishedReport(database.db, 'key-findings'))!.version.content.sections[1].items;
		const current = await database.db.select().from(reportItems).where(eq(reportItems.id, finding));
		await reports.updateItem(secretariat(), finding, {
			...item(),
			texts: { en: 'Remittances reached USD 831 billion in 2022 (corrected).' },
			version: current[0].version
		});
		let report = await reports.reportRow(database.db, reportId);
		expect(report.status).toBe('draft');
		expect((await reports.publishedReport(database.db, 'key-findings'))!.version.content.items[finding].texts.en).not.toMatch(/corrected/);
		report = await reports.submitForReview(secretariat(), reportId, { version: report.version });
		report = await reports.review(colleague(), reportId, { decision: 'approve', version: report.version });
		await expect(reports.publish(secretariat(), reportId, { version: report.version })).rejects.toMatchObject({
			errors: { 'notes.en': expect.anything() }
		});
		await reports.publish(secretariat(), reportId, { version: report.version, notes: { en: 'Corrected the remittances finding.' } });
		const latest = (await reports.publishedReport(database.db, 'key-findings'))!;
		expect(latest.version.number).toBe(2);
		expect(latest.versions.map((v) => [v.number, v.notes?.en ?? null])).toEqual([
			[2, 'Corrected the remittances finding.'],
			[1, null]
		]);
		expect((await reports.publishedReport(database.db, 'key-findings', 1))!.version.content.items[finding].texts.en).not.toMatch(
			/corrected/
		);
		expect(await reports.publishedReport(database.db, 'key-findings', 3)).toBeNull();
	});

	it('follow-up: statuses the dialogue defines, actions of one owner, progress rolled up', async () => {
		await expect(
			reports.defineStatus(secretariat(), dialogueId, { key: 'done', labels: { en: 'Done' }, progress: 101 })
		).rejects.toMatchObject({
			errors: { progress: { key: 'reports.errors.progress' } }
		});
		await reports.defineStatus(secretariat(), dialogueId, { key: 'planned', labels: { en: 'Planned' }, progress: 10 });
		await reports.defineStatus(secretariat(), dialogueId, { key: 'in-progress', labels: { en: 'In progress' }, progress: 50 });
		await reports.defineStatus(secretariat(), dialogueId, { key: 'completed', labels: { en: 'Completed' }, progress: 100 });
		const action = {
			ownerStateId: 'MEX',
			descriptions: { en: 'Remittance-linked savings products.' },
			status: 'planned',
			dueDate: '2026-12-31'
		};
		await expect(reports.createAction(secretariat(), recommendationId, { ...action, status: 'abandoned' })).rejects.toMatchObject({
			errors: { status: { key: 'reports.errors.unknownStatus', params: { value: 'abandoned' } } }
		});
		await expect(
			reports.createAction(secretariat(), recommendationId, { ...action, ownerOrganisationId: organisationId })
		).rejects.toMatchObject({
			errors: { ownerStateId: { key: 'reports.errors.oneOwner' } }
		});
		const [finding] = (await reports.publishedReport(database.db, 'key-findings'))!.version.content.sections[1].items;
		await expect(reports.createAction(secretariat(), finding, action)).rejects.toMatchObject({ code: 'reports.errors.notRecommendation' });
		const mexico = await reports.createAction(secretariat(), recommendationId, action);
		await reports.createAction(secretariat(), recommendationId, {
			...action,
			ownerStateId: undefined,
			ownerOrganisationId: organisationId,
			status: 'completed'
		});
		await reports.addEntry(secretariat(), mexico.id, { on: '2025-06-01', texts: { en: 'Pilot launched.' }, status: 'in-progress' });
		// An entry about an earlier date does not undo the newer status.
		await reports.addEntry(secretariat(), mexico.id, {
			on: '2025-01-10',
			texts: { en: 'Planned with the central bank.' },
			status: 'planned'
		});
		const [stored] = await database.db.select().from(followUpActions).where(eq(followUpActions.id, mexico.id));
		expect(stored.status).toBe('in-progress');
		// The database holds it too: a status the dialogue does not define, or an evidence item.
		await expect(
			database.db.update(followUpActions).set({ status: 'abandoned' }).where(eq(followUpActions.id, mexico.id))
		).rejects.toThrow();
		await expect(database.db.update(followUpActions).set({ itemId: finding }).where(eq(followUpActions.id, mexico.id))).rejects.toThrow();

		const latest = (await reports.publishedReport(database.db, 'key-findings'))!;
		const followUp = await reports.followUpOf(database.db, latest.version.content);
		expect(followUp.progress[recommendationId]).toEqual({ percent: 75, of: 2 });
		expect(followUp.report).toEqual({ percent: 75, of: 1, withoutActions: 0 });
		const mexicoView = followUp.actions.find((a) => a.id === mexico.id)!;
		expect(mexicoView.timeline.map((e) => e.on)).toEqual(['2025-06-01', '2025-01-10']);
		const recommendations = await reports.recommendationsOf(database.db, dialogueId);
		expect(recommendations).toHaveLength(1);
		expect(recommendations[0]).toMatchObject({ year: 2024, reports: [{ slug: 'key-findings' }], progress: { percent: 75, of: 2 } });
	});

	it('a status in use cannot be removed; every write was audited', async () => {
		await expect(reports.removeStatus(secretariat(), dialogueId, 'completed')).rejects.toMatchObject({
			code: 'reports.errors.statusInUse'
		});
		const actions = await database.db.execute(
			sql`select count(*)::int as n from audit_log where action like 'report.%' or action like 'follow-up.%'`
		);
		expect((actions as unknown as { rows: { n: number }[] }).rows[0].n).toBeGreaterThan(20);
	});
});
