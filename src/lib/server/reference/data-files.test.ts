/**
 * Checks the shape and the key counts of the platform's own reference-data files
 * (src/lib/server/reference/data/*.json, built by scripts/reference/build-reference-data.mjs).
 */
import { describe, expect, it } from 'vitest';
import states from './data/states.json';
import iomRegions from './data/iom-regions.json';
import gcm from './data/gcm.json';
import managementModel from './data/management-model.json';
import cycle from './data/migration-cycle-stages.json';

const LANGS = ['en', 'fr', 'es', 'ar'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Region = { code: string; validFrom: string | null; validTo: string | null };
const regionValidOn = (r: Region, day: string) => (r.validFrom === null || r.validFrom <= day) && (r.validTo === null || day <= r.validTo);

describe('reference data files', () => {
	it('every file carries its sources', () => {
		for (const file of [states, iomRegions, gcm, managementModel, cycle]) {
			expect(file.sources.length).toBeGreaterThan(0);
			for (const s of file.sources) {
				expect(s.key).toMatch(/^[a-z0-9-]+$/);
				expect(s.source.length).toBeGreaterThan(10);
				expect(s.verification.length).toBeGreaterThan(10);
			}
		}
		expect(states.sources.map((s) => s.key)).toEqual(expect.arrayContaining(['iom-member-states', 'state-names', 'gcm-champions']));
	});

	it('has exactly 175 IOM members and 8 observers', () => {
		const by = (status: string) => states.states.filter((s) => s.membership?.status === status);
		expect(by('member')).toHaveLength(175);
		expect(by('observer')).toHaveLength(8);
		for (const s of states.states) {
			if (s.membership) {
				expect(['member', 'observer']).toContain(s.membership.status);
				expect(s.membership.since === null || DATE.test(s.membership.since)).toBe(true);
			}
		}
	});

	it('state ids are unique ISO alpha-3 codes with iso2 and names in four languages', () => {
		const ids = states.states.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeGreaterThanOrEqual(240);
		for (const s of states.states) {
			expect(s.id).toMatch(/^[A-Z]{3}$/);
			expect(s.iso2).toMatch(/^[A-Z]{2}$/);
			expect(s.m49 === null || /^\d{3}$/.test(s.m49)).toBe(true);
			expect(['un', 'fallback']).toContain(s.nameSource);
			for (const l of LANGS) expect(s.names[l]?.trim().length, `${s.id} ${l}`).toBeGreaterThan(0);
		}
		const name = (id: string) => states.states.find((s) => s.id === id)?.names.en;
		expect(name('TUR')).toBe('Türkiye');
		expect(name('KOR')).toBe('Republic of Korea');
		expect(name('BOL')).toBe('Bolivia (Plurinational State of)');
		expect(name('CIV')).toBe("Côte d'Ivoire");
		expect(name('XKX')).toBe('Kosovo');
	});

	it('every iomRegion code exists in iom-regions.json', () => {
		const codes = new Set(iomRegions.regions.map((r) => r.code));
		for (const s of states.states) {
			if (s.iomRegion !== null) expect(codes, s.id).toContain(s.iomRegion);
		}
		for (const s of states.states) {
			if (s.gcmChampion) expect(s.gcmChampion.since === null || DATE.test(s.gcmChampion.since)).toBe(true);
		}
	});

	it('has nine regions valid on 2024-05-21 and the Americas successor from 2025', () => {
		const regions = iomRegions.regions as Region[];
		const valid2024 = regions.filter((r) => regionValidOn(r, '2024-05-21')).map((r) => r.code);
		expect(valid2024.sort()).toEqual(['AP', 'CNAC', 'EEA', 'EHA', 'MENA', 'SAF', 'SAM', 'SEEECA', 'WCA'].sort());
		const valid2025 = regions.filter((r) => regionValidOn(r, '2025-06-01')).map((r) => r.code);
		expect(valid2025).toHaveLength(8);
		expect(valid2025).toContain('AME');
		expect(valid2025).not.toContain('CNAC');
		for (const r of iomRegions.regions) expect(r.names.en.length).toBeGreaterThan(0);
	});

	it('has the 23 GCM objectives numbered 1..23 and the 10 guiding principles a..j', () => {
		expect(gcm.objectives.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
		for (const o of gcm.objectives) {
			expect(o.titles.en.length).toBeGreaterThan(10);
			expect(o.hubLabel).toMatch(new RegExp(`^${o.number} - `));
			expect(o.commitmentParagraph).toBe(16 + o.number);
		}
		expect(gcm.guidingPrinciples.map((p) => p.letter)).toEqual('abcdefghij'.split(''));
		expect(gcm.guidingPrinciples.map((p) => p.position)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
	});

	it('has the four management areas plus the cross-cutting activities', () => {
		const kinds = managementModel.areas.map((a) => a.kind);
		expect(kinds.filter((k) => k === 'area')).toHaveLength(4);
		expect(kinds.filter((k) => k === 'cross-cutting')).toHaveLength(1);
		expect(managementModel.areas.map((a) => a.key)).toEqual([
			'migration-and-development',
			'facilitating-migration',
			'regulating-migration',
			'forced-migration',
			'cross-cutting'
		]);
		for (const a of managementModel.areas) {
			expect(a.activities.length).toBeGreaterThan(0);
			for (const act of a.activities) expect(act.en.length).toBeGreaterThan(0);
		}
	});

	it('has the seven migration-cycle stages in order', () => {
		expect(cycle.stages.map((s) => s.key)).toEqual([
			'pre-migration',
			'admission',
			'stay',
			'exit',
			'return',
			'reintegration',
			'onward-migration'
		]);
		expect(cycle.stages.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
});
