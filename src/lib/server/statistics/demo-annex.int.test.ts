/**
 * The statistics page of the demo's 2024 session reproduces seed 000's "Annex: Statistics" from the
 * records (demo/participation-data.ts): the expected numbers are the annex's own, the computed
 * ones come from the same code the page and the API use.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Statistics } from '$lib/domain/statistics';
import { testDatabase } from '../testing/database';
import * as dialogues from '../dialogues';
import * as demo from '../demo';
import * as statistics from '.';

let stats: Statistics;

beforeAll(async () => {
	const database = await testDatabase();
	await demo.load(database.db);
	const cycle = await dialogues.getCycle(database.db, 'idm', 2024);
	const session = cycle!.events.find((e) => e.kind === 'session')!.id;
	stats = (await statistics.forEvent(database.db, session))!;
});

describe('the statistics of the demo’s 2024 session (seed 000, Annex: Statistics)', () => {
	it('count 358 registrations: 190 representatives of 84 governments, 21 of IOM, 147 of 101 partners', () => {
		expect(stats.registrations.total).toBe(358);
		expect(stats.governments).toEqual({
			representatives: 190,
			count: 84,
			memberStates: 80,
			observerStates: 0,
			nonMemberStates: 4,
			gcmChampions: 17
		});
		expect(stats.iom.representatives).toBe(21);
		expect(stats.partners).toMatchObject({ representatives: 147, organisations: 101 });
	});

	it('split the partner organisations by type as the annex does (its 6% is 5.9 of 101)', () => {
		expect(stats.partners.byType.map((t) => [t.organisations, t.share])).toEqual([
			[47, 46.5],
			[20, 19.8],
			[18, 17.8],
			[9, 8.9],
			[6, 5.9],
			[1, 1]
		]);
	});

	it('give the regions’ shares of States the annex prints, and the four States without an IOM region', () => {
		const shares = stats.regions.filter((r) => r.region).map((r) => r.shareOfStates);
		// South America holds the 2 States the annex's shares leave out (see demo/participation-data.ts).
		expect(shares).toEqual([25, 21.4, 13.1, 11.9, 8.3, 4.8, 4.8, 3.6, 2.4]);
		expect(stats.regions.find((r) => r.region === null)?.states).toBe(4);
		expect(stats.regions.reduce((sum, r) => sum + r.states, 0)).toBe(84);
	});

	it('count attendance: 250 in the room, 119 of them also online, 89 online only', () => {
		expect(stats.attendance).toMatchObject({ inRoom: 250, online: 208, both: 119 });
	});

	it('count 30 speakers: 6 keynote, 5 moderators, 18 speakers, 1 Goodwill Ambassador; 15 women, 15 men', () => {
		expect(stats.speakers.total).toBe(30);
		const byRole = Object.fromEntries(stats.speakers.byRole.map((r) => [r.role, r.speakers]));
		expect(byRole).toMatchObject({ keynote: 6, moderator: 5, speaker: 18, 'goodwill-ambassador': 1 });
		const byGender = Object.fromEntries(stats.speakers.byGender.map((g) => [g.gender, g.speakers]));
		expect(byGender).toMatchObject({ female: 15, male: 15 });
	});
});
