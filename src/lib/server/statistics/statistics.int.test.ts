import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { StatisticsOut } from '$lib/api/statistics';
import type { Statistics } from '$lib/domain/statistics';
import type { Database } from '../db/client';
import { api } from '../api/http';
import { eventStatistics } from '../api/v1-statistics';
import { actorWith, ctxAs } from '../testing/actors';
import { testDatabase } from '../testing/database';
import { statisticsEvent, testOrganisation, testPerson, testRegion, testState } from '../testing/statistics-fixtures';
import * as statistics from '.';

/**
 * A small session on 21-22 May 2024 whose every figure is known:
 * - governments (approved): XAA ×3 (member, GCM champion, one erased), XAB ×2 (member), XAC (observer),
 *   XAD (non-member, champion only until 2023), XAE (member, no region) = 8 from 5 States;
 *   not counted: XAF withdrawn, XAB waitlisted, XAA pending;
 * - IOM ×2 (one erased); partners: P1 (UN) ×2, P2 (UN), P3 (civil society), P4 (private sector),
 *   not counted: P5 (academia) rejected; media ×1. Approved: 16.
 * - regions on 21 May 2024: XAA and XAB in NEW1 (XAA was in OLD until 2022, XAB also in GONE, a
 *   region that ended in 2020), XAC and XAD in NEW2, XAE in none.
 */
let database: Database;
let fixture: Awaited<ReturnType<typeof statisticsEvent>>;
let stats: Statistics;
const ids: Record<string, string> = {};

beforeAll(async () => {
	database = await testDatabase();
	const db = database.db;
	await testRegion(db, 'T-OLD', { validTo: '2022-12-31' });
	await testRegion(db, 'T-GONE', { validTo: '2020-12-31' });
	await testRegion(db, 'T-NEW1', { validFrom: '2023-01-01' });
	await testRegion(db, 'T-NEW2');
	await testState(db, 'XAA', {
		membership: 'member',
		champion: { since: '2020-01-01' },
		regions: [
			{ code: 'T-OLD', validTo: '2022-12-31' },
			{ code: 'T-NEW1', validFrom: '2023-01-01' }
		]
	});
	await testState(db, 'XAB', { membership: 'member', regions: [{ code: 'T-GONE' }, { code: 'T-NEW1' }] });
	await testState(db, 'XAC', { membership: 'observer', regions: [{ code: 'T-NEW2' }] });
	await testState(db, 'XAD', { champion: { since: '2019-01-01', until: '2023-12-31' }, regions: [{ code: 'T-NEW2' }] });
	await testState(db, 'XAE', { membership: 'member' });
	await testState(db, 'XAF', { membership: 'member', champion: {}, regions: [{ code: 'T-NEW1' }] });

	fixture = await statisticsEvent(db, { startDate: '2024-05-21', endDate: '2024-05-22' });
	const gov = (stateId: string, membership: 'member' | 'observer' | 'non-member', extra: object = {}) =>
		fixture.register({ category: 'government', stateId, membership, ...extra });
	ids.xaa1 = (await gov('XAA', 'member')).id;
	await gov('XAA', 'member');
	ids.xaaErased = (await gov('XAA', 'member', { erased: true })).id;
	ids.xab1 = (await gov('XAB', 'member')).id;
	await gov('XAB', 'member');
	await gov('XAC', 'observer');
	await gov('XAD', 'non-member');
	await gov('XAE', 'member');
	await gov('XAF', 'member', { status: 'withdrawn' });
	ids.waitlisted = (await gov('XAB', 'member', { status: 'waitlisted' })).id;
	await gov('XAA', 'member', { status: 'pending' });

	ids.iom1 = (await fixture.register({ category: 'iom' })).id;
	ids.iomErased = (await fixture.register({ category: 'iom', erased: true })).id;

	const p1 = await testOrganisation(db, 'UN agency one', 'un-entity');
	const p2 = await testOrganisation(db, 'UN agency two', 'un-entity');
	const p3 = await testOrganisation(db, 'Civil society network', 'civil-society', 'XAC');
	const p4 = await testOrganisation(db, 'Employers', 'private-sector');
	const p5 = await testOrganisation(db, 'University', 'academia-research');
	ids.p1a = (await fixture.register({ category: 'partner', organisation: p1 })).id;
	await fixture.register({ category: 'partner', organisation: p1 });
	await fixture.register({ category: 'partner', organisation: p2 });
	await fixture.register({ category: 'partner', organisation: p3 });
	await fixture.register({ category: 'partner', organisation: p4 });
	await fixture.register({ category: 'partner', organisation: p5, status: 'rejected' });
	await fixture.register({ category: 'media' });

	await fixture.attended(ids.xaa1, '2024-05-21', 'in-room');
	await fixture.attended(ids.xab1, '2024-05-21', 'in-room');
	await fixture.attended(ids.xab1, '2024-05-22', 'online');
	await fixture.attended(ids.iom1, '2024-05-21', 'online');
	await fixture.attended(ids.p1a, '2024-05-21', 'in-room');
	await fixture.attended(ids.p1a, '2024-05-22', 'in-room');
	await fixture.attended(ids.iomErased, '2024-05-22', 'in-room');
	await fixture.attended(ids.waitlisted, '2024-05-21', 'online');

	const ministry = await testOrganisation(db, 'Ministry of XAA', 'national-government', 'XAA');
	const [s1, s2, s3, s4] = [
		await testPerson(db, 'Amina', 'female'),
		await testPerson(db, 'Bruno', 'male'),
		await testPerson(db, 'Chloé', 'female'),
		await testPerson(db, 'Dana', 'undisclosed')
	];
	const opening = await fixture.item('2024-05-21', '09:00');
	const panel = await fixture.item('2024-05-21', '14:00');
	const closing = await fixture.item('2024-05-22', '10:00');
	await fixture.speaker(opening.id, s1.id, 'keynote', ministry.id);
	await fixture.speaker(closing.id, s1.id, 'panellist', ministry.id);
	await fixture.speaker(panel.id, s2.id, 'moderator', p1.id);
	await fixture.speaker(panel.id, s3.id, 'panellist', p3.id, 2);
	await fixture.speaker(closing.id, s4.id, 'speaker', null, 2);

	stats = (await statistics.forEvent(db, fixture.event.id))!;
});

describe('the statistics annex of an event', () => {
	it('counts approved registrations by category, leaving out pending, waitlisted, rejected and withdrawn ones and keeping erased ones', () => {
		expect(stats.registrations).toEqual({
			total: 16,
			byState: { approved: 16, pending: 1, waitlisted: 1, rejected: 1, withdrawn: 1 },
			byCategory: { government: 8, iom: 2, partner: 5, media: 1, other: 0 }
		});
		expect(stats.iom).toEqual({ representatives: 2 });
	});

	it('counts governments by the membership kept on the registration and GCM champions on the event’s first day', () => {
		expect(stats.governments).toEqual({
			representatives: 8,
			count: 5,
			memberStates: 3,
			observerStates: 1,
			nonMemberStates: 1,
			gcmChampions: 1
		});
	});

	it('shares States and their representatives by the IOM region in force on the event’s first day', () => {
		expect(stats.regions).toEqual([
			{
				region: 'T-NEW1',
				names: { en: 'Region T-NEW1', fr: 'Région T-NEW1' },
				states: 2,
				shareOfStates: 40,
				representatives: 5,
				shareOfRepresentatives: 62.5
			},
			{
				region: 'T-NEW2',
				names: { en: 'Region T-NEW2', fr: 'Région T-NEW2' },
				states: 2,
				shareOfStates: 40,
				representatives: 2,
				shareOfRepresentatives: 25
			},
			{ region: null, names: null, states: 1, shareOfStates: 20, representatives: 1, shareOfRepresentatives: 12.5 }
		]);
	});

	it('counts distinct partner organisations by type, shares of all partner organisations', () => {
		expect(stats.partners).toEqual({
			representatives: 5,
			organisations: 4,
			byType: [
				{ type: 'un-entity', organisations: 2, representatives: 3, share: 50 },
				{ type: 'civil-society', organisations: 1, representatives: 1, share: 25 },
				{ type: 'private-sector', organisations: 1, representatives: 1, share: 25 }
			]
		});
	});

	it('counts approved people in the room at least once, online at least once, and both on different days', () => {
		expect(stats.attendance).toEqual({ inRoom: 4, online: 2, both: 1, either: 5 });
	});

	it('counts each speaker once, with the role and organisation of their first appearance', () => {
		expect(stats.speakers.total).toBe(4);
		expect(stats.speakers.byRole.filter((r) => r.speakers > 0)).toEqual([
			{ role: 'keynote', speakers: 1, share: 25 },
			{ role: 'moderator', speakers: 1, share: 25 },
			{ role: 'panellist', speakers: 1, share: 25 },
			{ role: 'speaker', speakers: 1, share: 25 }
		]);
		expect(stats.speakers.byRole.find((r) => r.role === 'chair')).toEqual({ role: 'chair', speakers: 0, share: 0 });
		expect(stats.speakers.byGender).toEqual([
			{ gender: 'female', speakers: 2, share: 50 },
			{ gender: 'male', speakers: 1, share: 25 },
			{ gender: 'other', speakers: 0, share: 0 },
			{ gender: 'undisclosed', speakers: 1, share: 25 }
		]);
		expect(stats.speakers.byRegion).toEqual(
			[
				{ region: 'T-NEW1', names: { en: 'Region T-NEW1', fr: 'Région T-NEW1' }, speakers: 1, share: 25 },
				{ region: 'T-NEW2', names: { en: 'Region T-NEW2', fr: 'Région T-NEW2' }, speakers: 1, share: 25 },
				{ region: null, names: null, speakers: 2, share: 50 }
			].sort((a, b) => b.speakers - a.speakers)
		);
		expect(stats.speakers.bySector).toEqual([
			{ sector: 'civil-society', speakers: 1, share: 25 },
			{ sector: 'national-government', speakers: 1, share: 25 },
			{ sector: 'un-entity', speakers: 1, share: 25 },
			{ sector: null, speakers: 1, share: 25 }
		]);
	});

	it('is null for an unknown or malformed event', async () => {
		expect(await statistics.forEvent(database.db, crypto.randomUUID())).toBeNull();
		expect(await statistics.forEvent(database.db, 'not-an-id')).toBeNull();
	});
});

describe('the annex as the page shows it', () => {
	it('gives each figure its definition and “share of denominator” in the reader’s language', () => {
		const view = statistics.withCharts(stats, 'en');
		expect(view.figures.find((f) => f.key === 'governments.representatives')).toMatchObject({
			formatted: '8',
			label: 'Government representatives',
			shareOf: '50.0% of 16 approved registrations',
			drillDown: true
		});
		expect(statistics.withCharts(stats, 'fr').figures.find((f) => f.key === 'governments.memberStates')!.shareOf).toMatch(
			/^60,0\s%\sde 5 gouvernements$/
		);
		expect(view.notCounted).toBe('Not counted: 1 pending, 1 waitlisted, 1 rejected and 1 withdrawn registrations.');
	});

	it('draws every table as an SVG image whose text alternative lists every bar', () => {
		const regions = statistics.withCharts(stats, 'en').tables.find((table) => table.key === 'regions')!;
		expect(regions.svg).toMatch(/^<svg[^>]* role="img"/);
		expect(regions.alt).toBe(
			'States and government representatives by IOM region. Region T-NEW1: 2 (40.0%); Region T-NEW2: 2 (40.0%); No IOM region on that date: 1 (20.0%).'
		);
		expect(regions.svg).toContain(`aria-label="${regions.alt}"`);
		// Only the image itself is labelled: ARIA forbids aria-label on the groups inside (axe-core says so).
		expect(regions.svg?.match(/aria-label=/g)).toHaveLength(1);
		expect(regions.rows[0].cells).toEqual(['2', '40.0%', '5', '62.5%']);
	});

	it('gives a table as CSV with stable column keys and plain numbers', () => {
		const csv = statistics.tableCsv(statistics.tableView(stats, 'partner-types', 'fr'));
		expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
			'type,type_label,organisations,share,representatives',
			'un-entity,Entité des Nations Unies,2,50,3',
			'civil-society,Société civile,1,25,1',
			'private-sector,Secteur privé,1,25,1',
			''
		]);
	});
});

describe('GET /api/v1/events/{id}/statistics', () => {
	function request(id: string, lang: 'en' | 'fr' = 'en') {
		const actor = actorWith(null);
		const url = new URL(`http://localhost/api/v1/events/${id}/statistics`);
		return {
			url,
			params: { id },
			request: new Request(url),
			locals: { lang, actor, ctx: { db: database.db, actor }, user: null }
		} as unknown as RequestEvent;
	}

	it('answers a visitor with the documented keys, each figure with its denominator and definition', async () => {
		const response = await api(eventStatistics)(request(fixture.event.id));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = StatisticsOut.parse(await response.json());
		expect(body.registrations.total).toBe(16);
		expect(body.governments.gcmChampions).toBe(1);
		expect(body.partners.byType[0]).toEqual({ type: 'un-entity', organisations: 2, representatives: 3, share: 50 });
		expect(body.regions[0]).toMatchObject({ region: 'T-NEW1', states: 2, shareOfStates: 40, representatives: 5 });
		expect(body.attendance).toMatchObject({ inRoom: 4, online: 2, both: 1 });
		for (const key of ['byRole', 'byGender', 'byRegion', 'bySector'] as const) expect(body.speakers[key].length).toBeGreaterThan(0);
		expect(body.figures.find((f) => f.key === 'governments.representatives')).toEqual({
			key: 'governments.representatives',
			value: 8,
			denominator: { key: 'registrations.total', value: 16 },
			share: 50,
			definition: 'Approved registrations in the delegation of a State.'
		});
		expect(body.figures.find((f) => f.key === 'partners.representatives')).toMatchObject({ value: 5, share: 31.3 });
	});

	it('gives the definitions in the client’s language', async () => {
		const body = await (await api(eventStatistics)(request(fixture.event.id, 'fr'))).json();
		expect(body.figures[0].definition).toMatch(/^Inscriptions approuvées/);
	});

	it('is a 404 problem for an unknown event', async () => {
		const response = await api(eventStatistics)(request(crypto.randomUUID()));
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
	});
});

describe('the secretariat’s drill-down', () => {
	it('lists the approved registrations behind a figure, erased ones by number', async () => {
		const found = await statistics.registrationsBehind(ctxAs(database.db, 'secretariat'), fixture.event.id, 'governments.memberStates');
		expect(found!.total).toBe(6);
		expect(found!.rows.map((r) => r.stateId)).toEqual(['XAA', 'XAA', 'XAA', 'XAB', 'XAB', 'XAE']);
		const erased = found!.rows.find((r) => r.id === ids.xaaErased)!;
		expect(erased).toMatchObject({ givenName: null, familyName: null, status: 'approved' });
		expect(erased.erasedAt).not.toBeNull();
	});

	it('lists the people behind each attendance figure and the GCM champions', async () => {
		const behind = async (figure: Parameters<typeof statistics.registrationsBehind>[2]) =>
			(await statistics.registrationsBehind(ctxAs(database.db, 'secretariat'), fixture.event.id, figure))!.rows.map((r) => r.id).sort();
		expect(await behind('attendance.both')).toEqual([ids.xab1]);
		expect(await behind('attendance.online')).toEqual([ids.xab1, ids.iom1].sort());
		expect(await behind('attendance.inRoom')).toEqual([ids.xaa1, ids.xab1, ids.p1a, ids.iomErased].sort());
		expect((await behind('governments.gcmChampions')).length).toBe(3);
	});

	it('is refused to anyone but the secretariat', async () => {
		await expect(
			statistics.registrationsBehind(ctxAs(database.db, 'participant'), fixture.event.id, 'registrations.total')
		).rejects.toMatchObject({
			status: 403
		});
		await expect(statistics.registrationsBehind(ctxAs(database.db, null), fixture.event.id, 'registrations.total')).rejects.toMatchObject({
			status: 401
		});
	});
});
