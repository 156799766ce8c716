import { describe, expect, it } from 'vitest';
import statesFile from '../reference/data/states.json';
import { chooseStates } from './participation-data';

/** The shipped reference data as it stands on 21 May 2024: no membership or Champion dates, the nine-office regions. */
const reference = statesFile.states.map((s) => ({
	id: s.id,
	region: s.iomRegion ?? null,
	membership: (s.membership?.status ?? 'non-member') as 'member' | 'observer' | 'non-member',
	gcmChampion: Boolean(s.gcmChampion)
}));

describe('the 2024 session’s governments, chosen by rule (the seed gives counts, not names)', () => {
	it('are the first States by code that give Figure 2’s regions, 80 members with 17 GCM Champions and 4 non-members', () => {
		const chosen = chooseStates(reference);
		const byRegion = (region: string | null) =>
			chosen
				.filter((s) => s.region === region)
				.map((s) => s.id)
				.join(' ');
		expect(byRegion('EEA')).toBe('AUT BEL BGR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ISL ITA LTU LUX');
		expect(byRegion('AP')).toBe('AFG AUS BGD CHN COK FJI FSM IND IRN JPN KHM KIR KOR LAO LKA MDV MHL MMR');
		expect(byRegion('CNAC')).toBe('ATG BHS BLZ BRB CAN CRI CUB DMA DOM HND MEX');
		expect(byRegion('SEEECA')).toBe('ALB ARM AZE BIH BLR GEO ISR KAZ KGZ MDA');
		expect(byRegion('SAM')).toBe('ARG BOL BRA CHL COL ECU PRY');
		expect(byRegion('MENA')).toBe('ARE DZA EGY MAR');
		expect(byRegion('WCA')).toBe('GHA GMB GNB MLI');
		expect(byRegion('EHA')).toBe('BDI ETH KEN');
		expect(byRegion('SAF')).toBe('AGO MWI');
		expect(byRegion(null)).toBe('AND MCO PSE VAT');
		expect(
			chosen
				.filter((s) => s.gcmChampion)
				.map((s) => s.id)
				.sort()
				.join(' ')
		).toBe('AZE CAN COL CRI ECU EGY ETH GHA GMB GNB HND KEN LUX MAR MEX MLI MWI');
		expect(chosen.filter((s) => s.membership === 'non-member').map((s) => s.id)).toEqual(['ARE', 'AND', 'MCO', 'PSE']);
		expect(chosen.reduce((sum, s) => sum + s.representatives, 0)).toBe(190);
	});

	it('refuses reference data that no longer holds the annex’s counts', () => {
		expect(() => chooseStates(reference.map((s) => ({ ...s, gcmChampion: false })))).toThrow(/no longer has the States/);
		expect(() => chooseStates(reference.filter((s) => s.id !== 'VAT'))).toThrow(/VAT/);
	});
});
