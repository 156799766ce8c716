/**
 * The demo's reports as a reader gets them: IDM 2024's key findings rebuilt from seed 000 with its
 * annex computed at publication from the demo records (the seed's own figures), and the 2013
 * Diaspora Ministerial Conference conclusions from seed 001, followed up side by side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/database';
import type { Database } from '../db/client';
import { getDialogue } from '../dialogues';
import * as demo from '../demo';
import { demoReports, followUpActions, followUpStatuses, reportItems } from '../demo/report-data';
import * as reports from '.';

let database: Database;

beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
});

describe('the demo reports', () => {
	it('both are published as version 1, newest first', async () => {
		const list = await reports.listPublished(database.db);
		expect(list.map((r) => [r.slug, r.year, r.version])).toEqual([
			['idm-2024-first-session-key-findings', 2024, 1],
			[demoReports[1].slug, 2013, 1]
		]);
	});

	it('IDM 2024: the seed’s sections in order, its findings as items, its four expected outcomes each with its findings', async () => {
		const { content } = (await reports.publishedReport(database.db, 'idm-2024-first-session-key-findings'))!.version;
		expect(content.sections.map((s) => s.titles.en)).toEqual(demoReports[0].sections.map((s) => s.titles.en));
		const evidence = content.sections.find((s) => s.titles.en?.startsWith('What do we know?'))!;
		expect(evidence.items.map((id) => content.items[id].kind)).toEqual(Array(21).fill('evidence'));
		const remittances = Object.values(content.items).find((i) => i.facts.some((f) => f.value !== null && Number(f.value) === 831))!;
		expect(remittances.texts.en).toMatch(/\$831 billion/);
		expect(content.outcomes).toHaveLength(4);
		for (const outcome of content.outcomes) expect(content.items[outcome.items[0]].kind).toBe('takeaway');
		expect(Object.values(content.items).filter((i) => i.kind === 'recommendation')).toHaveLength(
			reportItems.filter((i) => i.key.startsWith('idm2024-') && i.kind === 'recommendation').length
		);
	});

	it('IDM 2024: the annex was computed at publication from the records and says what seed 000’s annex says', async () => {
		const { annex } = (await reports.publishedReport(database.db, 'idm-2024-first-session-key-findings'))!.version.content;
		expect(annex!.statistics.registrations.total).toBe(358);
		expect(annex!.statistics.governments).toMatchObject({ representatives: 190, count: 84, memberStates: 80, gcmChampions: 17 });
		expect(annex!.statistics.attendance).toMatchObject({ inRoom: 250, both: 119 });
		expect(annex!.surveys.map((s) => s.respondents)).toEqual([44]);
	});

	it('2013: a shorter report without annex or outcomes', async () => {
		const { content } = (await reports.publishedReport(database.db, demoReports[1].slug))!.version;
		expect(content.annex).toBeNull();
		expect(content.event?.titles.en).toMatch(/Diaspora Ministerial Conference/);
		expect(Object.values(content.items).some((i) => i.kind === 'recommendation')).toBe(true);
	});

	it('follow-up: 2013 and 2024 recommendations side by side, each action’s status its newest entry’s, progress rolled up', async () => {
		const idm = await getDialogue(database.db, 'idm');
		const recommendations = await reports.recommendationsOf(database.db, idm!.dialogue.id);
		expect(new Set(recommendations.map((r) => r.year))).toEqual(new Set([2013, 2024]));
		const actions = recommendations.flatMap((r) => r.actions);
		expect(actions).toHaveLength(followUpActions.length);
		const progressOf = new Map(followUpStatuses.map((s) => [s.key, s.progress]));
		for (const r of recommendations) {
			const demoActions = followUpActions.filter((a) => r.actions.some((x) => x.descriptions.en === a.descriptions.en));
			expect(r.actions.map((a) => a.status.key).sort()).toEqual(demoActions.map((a) => a.status).sort());
			const expected = demoActions.length ? demoActions.reduce((s, a) => s + progressOf.get(a.status)!, 0) / demoActions.length : null;
			expect(r.progress.percent).toBe(expected === null ? null : Math.round(expected * 10) / 10);
		}
	});
});
