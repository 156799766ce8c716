import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as organisationsOps from '../directory/organisations';
import * as reports from '.';

/**
 * A dialogue with a 2013 and a 2024 report, each published with recommendations, and a 2024 draft
 * whose recommendation is not public yet; follow-up on some of them by a State and an organisation.
 */
let database: Database;
let dialogueId: string;
let organisationId: string;
const ids: Record<string, string> = {};
const secretariat = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000001' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000002' });
const params = (query = '') => new URLSearchParams(query);

async function report(year: number, slug: string, items: Record<string, Record<string, unknown>>, publish = true) {
	const cycle = await dialogues.createCycle(secretariat(), { dialogueId, year, themes: { en: `Theme ${year}` }, status: 'planning' });
	const created = await reports.createReport(secretariat(), { slug, cycleId: cycle.id, titles: { en: `Conclusions ${year}` } });
	const section = await reports.addSection(secretariat(), created.id, { titles: { en: 'Recommendations' } });
	for (const [name, extra] of Object.entries(items)) {
		ids[name] = (await reports.createItem(secretariat(), section.id, { kind: 'recommendation', texts: { en: name }, ...extra })).id;
	}
	if (!publish) return;
	let row = await reports.reportRow(database.db, created.id);
	row = await reports.submitForReview(secretariat(), created.id, { version: row.version });
	row = await reports.review(colleague(), created.id, { decision: 'approve', version: row.version });
	await reports.publish(secretariat(), created.id, { version: row.version });
}

beforeAll(async () => {
	database = await testDatabase();
	dialogueId = (
		await dialogues.createDialogue(secretariat(), { slug: 'follow-up-tests', names: { en: 'Follow-up tests' }, languages: ['en'] })
	).id;
	organisationId = (await organisationsOps.create(secretariat(), { name: 'African Diaspora Network', acronym: 'ADN', type: 'diaspora' }))
		.id;
	await report(2013, 'diaspora-2013', {
		'Engage diasporas': { gcmObjectives: [19], targetGroups: ['diaspora'] },
		'Cut remittance costs': { gcmObjectives: [20], areas: ['migration-and-development'] }
	});
	await report(2024, 'findings-2024', {
		'Regular pathways': { gcmObjectives: [5], stages: ['admission'] },
		'Skills partnerships': { gcmObjectives: [5, 18] }
	});
	await report(2025, 'draft-2025', { 'Not public yet': {} }, false);
	await reports.defineStatus(secretariat(), dialogueId, { key: 'planned', labels: { en: 'Planned' }, progress: 10 });
	await reports.defineStatus(secretariat(), dialogueId, { key: 'completed', labels: { en: 'Completed' }, progress: 100 });
	const action = { descriptions: { en: 'Acted on.' }, dueDate: '2026-12-31' };
	await reports.createAction(secretariat(), ids['Engage diasporas'], { ...action, ownerStateId: 'MEX', status: 'completed' });
	await reports.createAction(secretariat(), ids['Engage diasporas'], { ...action, ownerOrganisationId: organisationId, status: 'planned' });
	await reports.createAction(secretariat(), ids['Regular pathways'], { ...action, ownerStateId: 'CAN', status: 'planned' });
	await reports.createAction(secretariat(), ids['Not public yet'], { ...action, ownerStateId: 'CAN', status: 'planned' });
});

describe('the public follow-up of a dialogue', () => {
	it('lists the published recommendations by year, newest first, in the order the reports list them, with counts and mean progress', async () => {
		const view = await reports.followUpView(database.db, dialogueId, params());
		expect(view.years.map((y) => [y.year, y.recommendations.map((r) => r.item.texts.en)])).toEqual([
			[2024, ['Regular pathways', 'Skills partnerships']],
			[2013, ['Engage diasporas', 'Cut remittance costs']]
		]);
		expect(view.counts).toEqual({ recommendations: 4, withFollowUp: 2 });
		// (55 + 10 + 0 + 0) / 4: a recommendation without actions counts as 0.
		expect(view.progress).toEqual({ percent: 16.3, of: 4, withoutActions: 2 });
		expect(view.options.years).toEqual([2024, 2013]);
		expect(view.options.owners.map((o) => o.id)).toEqual(['ADN', 'CAN', 'MEX'].map((k) => (k === 'ADN' ? organisationId : k)));
		expect(view.options.statuses.map((s) => s.key)).toEqual(['planned', 'completed']);
		expect(view.options.gcm).toHaveLength(23);
		expect(view.unknown).toEqual([]);
	});

	it('filters by tag, owner, year and status, each alone and together', async () => {
		const texts = async (query: string) =>
			(await reports.followUpView(database.db, dialogueId, params(query))).years.flatMap((y) =>
				y.recommendations.map((r) => r.item.texts.en)
			);
		expect(await texts('gcm=5')).toEqual(['Regular pathways', 'Skills partnerships']);
		expect(await texts('area=migration-and-development')).toEqual(['Cut remittance costs']);
		expect(await texts('stage=admission')).toEqual(['Regular pathways']);
		expect(await texts('target=diaspora')).toEqual(['Engage diasporas']);
		expect(await texts(`owner=${organisationId}`)).toEqual(['Engage diasporas']);
		expect(await texts('owner=CAN')).toEqual(['Regular pathways']);
		expect(await texts('year=2013')).toEqual(['Engage diasporas', 'Cut remittance costs']);
		expect(await texts('status=planned')).toEqual(['Regular pathways', 'Engage diasporas']);
		expect(await texts('status=planned&year=2013&gcm=19')).toEqual(['Engage diasporas']);
		expect(await texts('year=2013&gcm=5')).toEqual([]);
		const filtered = await reports.followUpView(database.db, dialogueId, params('year=2013'));
		expect(filtered.counts).toEqual({ recommendations: 2, withFollowUp: 1 });
		expect(filtered.progress).toEqual({ percent: 27.5, of: 2, withoutActions: 1 });
	});

	it('sets aside values it does not offer instead of failing or matching nothing', async () => {
		const view = await reports.followUpView(
			database.db,
			dialogueId,
			params('year=1999&gcm=24&owner=%27%3B--&status=abandoned&target=cats&stage=&area=x&area=y&page=2')
		);
		expect(view.filters).toEqual({});
		expect(view.unknown.map((u) => u.filter)).toEqual(['gcm', 'area', 'target', 'owner', 'year', 'status']);
		expect(view.counts.recommendations).toBe(4);
		// The draft's recommendation is not public, and neither is the follow-up of it.
		expect(view.options.years).not.toContain(2025);
	});
});

describe('the recommendations the secretariat follows up', () => {
	it('lists every recommendation of the dialogue, drafts included, with the reports listing it and its progress', async () => {
		const list = await reports.dialogueRecommendations(database.db, dialogueId);
		expect(list.map((r) => [r.year, r.texts.en])).toEqual([
			[2025, 'Not public yet'],
			[2024, 'Regular pathways'],
			[2024, 'Skills partnerships'],
			[2013, 'Engage diasporas'],
			[2013, 'Cut remittance costs']
		]);
		expect(list[0].reports).toMatchObject([{ slug: 'draft-2025', status: 'draft', publishedVersion: null }]);
		expect(list[3]).toMatchObject({ reports: [{ slug: 'diaspora-2013', publishedVersion: 1 }], progress: { percent: 55, of: 2 } });
		expect(await reports.dialogueRecommendations(database.db, 'not-a-uuid')).toEqual([]);
	});

	it('reads one recommendation with its actions, and nothing for another kind of item or a malformed id', async () => {
		const one = (await reports.managedRecommendation(database.db, ids['Engage diasporas']))!;
		expect(one.actions.map((a) => [a.owner.kind, a.status.key])).toEqual([
			['state', 'completed'],
			['organisation', 'planned']
		]);
		expect(await reports.managedRecommendation(database.db, 'nope')).toBeNull();
		expect(await reports.managedRecommendation(database.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
	});
});
