import { describe, expect, it } from 'vitest';
import { FIGURE_KEYS, FIGURES, figures, formatShare, isDrillDown, isFigureKey, isTableKey, share, type Statistics } from './statistics';

describe('shares', () => {
	it('are percentages with one decimal, as the annex prints them', () => {
		expect(share(190, 358)).toBe(53.1);
		expect(share(21, 84)).toBe(25);
		expect(share(47, 101)).toBe(46.5);
		expect(share(20, 101)).toBe(19.8);
		expect(share(6, 101)).toBe(5.9);
		expect(share(1, 101)).toBe(1);
		expect(share(358, 358)).toBe(100);
		expect(share(0, 12)).toBe(0);
	});

	it('round halves up, exactly', () => {
		expect(share(1, 16)).toBe(6.3); // 6.25
		expect(share(5, 16)).toBe(31.3); // 31.25
		expect(share(1, 8)).toBe(12.5);
		expect(share(1, 3)).toBe(33.3);
		expect(share(2, 3)).toBe(66.7);
	});

	it('do not exist for a denominator of zero', () => {
		expect(share(0, 0)).toBeNull();
	});

	it('print with one decimal in the reader’s language', () => {
		expect(formatShare(53.1, 'en')).toBe('53.1%');
		expect(formatShare(25, 'en')).toBe('25.0%');
		expect(formatShare(53.1, 'fr').replace(/\s/g, ' ')).toBe('53,1 %');
		expect(formatShare(null, 'en')).toBe('–');
	});
});

const stats = {
	registrations: { total: 358 },
	governments: { representatives: 190, count: 84, memberStates: 80, gcmChampions: 17, observerStates: 0, nonMemberStates: 4 },
	iom: { representatives: 21 },
	partners: { representatives: 147, organisations: 101 },
	attendance: { inRoom: 250, online: 89, both: 119 },
	speakers: { total: 30 }
} as unknown as Statistics;

describe('figures', () => {
	it('each name their denominator, its value and the share', () => {
		const all = figures(stats);
		expect(all.map((f) => f.key)).toEqual(FIGURE_KEYS);
		expect(all.find((f) => f.key === 'governments.representatives')).toEqual({
			key: 'governments.representatives',
			value: 190,
			denominator: { key: 'registrations.total', value: 358 },
			share: 53.1
		});
		expect(all.find((f) => f.key === 'governments.memberStates')).toMatchObject({
			denominator: { key: 'governments.count', value: 84 },
			share: 95.2
		});
		expect(all.find((f) => f.key === 'registrations.total')).toEqual({
			key: 'registrations.total',
			value: 358,
			denominator: null,
			share: null
		});
	});

	it('are shares only of figures that exist', () => {
		for (const over of Object.values(FIGURES)) if (over !== null) expect(isFigureKey(over)).toBe(true);
	});

	it('and tables and drill-downs are recognised by their keys only', () => {
		expect(isFigureKey('governments.count')).toBe(true);
		expect(isFigureKey('toString')).toBe(false);
		expect(isTableKey('regions')).toBe(true);
		expect(isTableKey('constructor')).toBe(false);
		expect(isDrillDown('governments.memberStates')).toBe(true);
		expect(isDrillDown('governments.count')).toBe(false);
	});
});
