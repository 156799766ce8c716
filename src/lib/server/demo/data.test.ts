import { describe, it, expect } from 'vitest';
import { ORGANISATION_TYPES, GENDERS } from '../../directory/types';
import { EVENT_KINDS, EVENT_FORMATS, EVENT_STATUSES, CYCLE_STATUSES } from '../../dialogues/types';
import { ROLES } from '../../auth/roles';
import { organisations, people, dialogues, demoAccounts, type DemoEvent } from './data';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO3 = /^[A-Z]{3}$/;
const SOURCE = /^seed 00[0-4]\b/;

const orgKeys = new Set(organisations.map((o) => o.key));
const personKeys = new Set(people.map((p) => p.key));
const allEvents: DemoEvent[] = dialogues.flatMap((d) => d.cycles.flatMap((c) => c.events));
const eventByKey = new Map(allEvents.map((e) => [e.key, e]));

function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function duplicates(values: string[]): string[] {
	return values.filter((v, i) => values.indexOf(v) !== i);
}

function cycle(slug: string, year: number) {
	const found = dialogues.find((d) => d.slug === slug)?.cycles.find((c) => c.year === year);
	if (!found) throw new Error(`no cycle ${slug} ${year}`);
	return found;
}

function eventWithTitle(year: number, title: string): DemoEvent {
	const found = cycle('idm', year).events.find((e) => e.titles.en === title);
	if (!found) throw new Error(`no ${year} IDM event titled ${title}`);
	return found;
}

describe('demo organisations', () => {
	it('have unique kebab-case keys, known types and ISO alpha-3 countries', () => {
		expect(duplicates(organisations.map((o) => o.key))).toEqual([]);
		for (const o of organisations) {
			expect(o.key).toMatch(KEBAB);
			expect(ORGANISATION_TYPES).toContain(o.type);
			if (o.country !== undefined) expect(o.country).toMatch(ISO3);
			expect(o.name.trim()).not.toBe('');
		}
	});

	it('point only at parents that exist, without cycles', () => {
		const byKey = new Map(organisations.map((o) => [o.key, o]));
		for (const o of organisations) {
			const seen = new Set<string>([o.key]);
			let parent = o.parentKey;
			while (parent !== undefined) {
				expect(orgKeys, `${o.key} → ${parent}`).toContain(parent);
				expect(seen.has(parent), `cycle at ${o.key}`).toBe(false);
				seen.add(parent);
				parent = byKey.get(parent)?.parentKey;
			}
		}
	});

	it('give every national government a country', () => {
		for (const o of organisations.filter((o) => o.type === 'national-government')) {
			expect(o.country, o.key).toMatch(ISO3);
		}
	});

	it('include the organisations the seeds name', () => {
		for (const key of [
			'iom',
			'ilo',
			'unctad',
			'undp',
			'unfpa',
			'ohchr',
			'world-bank',
			'unhcr',
			'european-commission',
			'manpower',
			'ghanacoop',
			'ioe',
			'fragomen',
			'can-ircc',
			'usa-prm',
			'segib'
		]) {
			expect(orgKeys).toContain(key);
		}
		expect(organisations.find((o) => o.key === 'iom')?.type).toBe('iom');
		expect(organisations.find((o) => o.key === 'can-ircc')).toMatchObject({
			type: 'national-government',
			country: 'CAN'
		});
	});
});

describe('demo people', () => {
	it('have unique kebab-case keys, names and a known gender', () => {
		expect(duplicates(people.map((p) => p.key))).toEqual([]);
		for (const p of people) {
			expect(p.key).toMatch(KEBAB);
			expect(p.givenName.trim()).not.toBe('');
			expect(p.familyName.trim()).not.toBe('');
			expect(GENDERS).toContain(p.gender);
		}
	});

	it('hold positions at organisations that exist, each with a seed source', () => {
		for (const p of people) {
			expect(p.positions.length, p.key).toBeGreaterThan(0);
			for (const pos of p.positions) {
				expect(pos.title.trim()).not.toBe('');
				expect(pos.source).toMatch(SOURCE);
				if (pos.organisationKey !== undefined) expect(orgKeys).toContain(pos.organisationKey);
				if (pos.from !== undefined) expect(isIsoDate(pos.from)).toBe(true);
				if (pos.to !== undefined) expect(isIsoDate(pos.to)).toBe(true);
				if (pos.from !== undefined && pos.to !== undefined) expect(pos.to >= pos.from).toBe(true);
			}
		}
	});

	it('are each a speaker somewhere', () => {
		const speaking = new Set(allEvents.flatMap((e) => (e.panels ?? []).flatMap((pa) => pa.speakers.map((s) => s.personKey))));
		for (const p of people) expect(speaking, p.key).toContain(p.key);
	});
});

describe('demo dialogues, cycles and events', () => {
	it('have unique slugs, event keys and years within a dialogue', () => {
		expect(duplicates(dialogues.map((d) => d.slug))).toEqual([]);
		expect(duplicates(allEvents.map((e) => e.key))).toEqual([]);
		for (const d of dialogues) {
			expect(duplicates(d.cycles.map((c) => String(c.year)))).toEqual([]);
			expect(orgKeys).toContain(d.secretariatKey);
			expect(d.languages).toContain('en');
			expect(d.names.en.trim()).not.toBe('');
			expect(d.descriptions.en.trim()).not.toBe('');
		}
	});

	it('keep every cycle status known and every cycle sourced', () => {
		for (const c of dialogues.flatMap((d) => d.cycles)) {
			expect(CYCLE_STATUSES).toContain(c.status);
			expect(c.source).toMatch(SOURCE);
			expect(c.themes.en.trim()).not.toBe('');
		}
	});

	it('give every event valid dates inside its cycle year, known enums, organisers and a source', () => {
		for (const d of dialogues) {
			for (const c of d.cycles) {
				for (const e of c.events) {
					expect(e.key).toMatch(KEBAB);
					expect(isIsoDate(e.startDate), `${e.key} start`).toBe(true);
					expect(isIsoDate(e.endDate), `${e.key} end`).toBe(true);
					expect(e.endDate >= e.startDate, `${e.key} ends before it starts`).toBe(true);
					expect(Number(e.startDate.slice(0, 4))).toBe(c.year);
					expect(EVENT_KINDS).toContain(e.kind);
					expect(EVENT_FORMATS).toContain(e.format);
					expect(EVENT_STATUSES).toContain(e.status);
					if (e.country !== undefined) expect(e.country).toMatch(ISO3);
					expect(e.organiserKeys.length).toBeGreaterThan(0);
					for (const k of e.organiserKeys) expect(orgKeys, e.key).toContain(k);
					expect(e.source).toMatch(SOURCE);
					for (const o of e.expectedOutcomes) expect(o.en.trim()).not.toBe('');
				}
			}
		}
	});

	it('name only existing people in panels, once per panel', () => {
		for (const e of allEvents) {
			for (const panel of e.panels ?? []) {
				expect(panel.title.trim()).not.toBe('');
				if (panel.day !== undefined) {
					expect(isIsoDate(panel.day)).toBe(true);
					expect(panel.day >= e.startDate && panel.day <= e.endDate).toBe(true);
				}
				for (const s of panel.speakers) expect(personKeys, panel.title).toContain(s.personKey);
				expect(duplicates(panel.speakers.map((s) => s.personKey))).toEqual([]);
			}
		}
	});

	it('describe the IDM as IOM runs it', () => {
		const idm = dialogues.find((d) => d.slug === 'idm');
		expect(idm).toMatchObject({
			acronym: 'IDM',
			names: {
				en: 'International Dialogue on Migration',
				fr: 'Dialogue international sur la migration',
				es: 'Diálogo Internacional sobre la Migración'
			},
			languages: ['en', 'fr', 'es', 'ar'],
			secretariatKey: 'iom'
		});
		expect(idm?.cycles.map((c) => c.year)).toEqual([2006, 2007, 2013, 2014, 2024]);
	});
});

describe('the events the seeds require', () => {
	it('IDM 2006: theme, two workshops and the 92nd Council session', () => {
		expect(cycle('idm', 2006).themes.en).toBe('Partnerships in Migration: Engaging Business and Civil Society');
		expect(eventWithTitle(2006, 'Migration and Human Resources for Health: from Awareness to Action')).toMatchObject({
			kind: 'workshop',
			startDate: '2006-03-23',
			endDate: '2006-03-24'
		});
		expect(eventWithTitle(2006, 'Migrants and the Host Society: Partnerships for Success')).toMatchObject({
			kind: 'workshop',
			startDate: '2006-07-12',
			endDate: '2006-07-13'
		});
		expect(eventByKey.get('idm-2006-council-92')).toMatchObject({
			kind: 'council-session',
			startDate: '2006-11-28',
			endDate: '2006-11-29',
			city: 'Geneva',
			country: 'CHE'
		});
	});

	it('IDM 2006 Council session: panels with their chair, moderators and speakers', () => {
		const panels = eventByKey.get('idm-2006-council-92')?.panels ?? [];
		const roleOf = (title: string, personKey: string) =>
			panels.find((p) => p.title === title)?.speakers.find((s) => s.personKey === personKey)?.role;
		expect(panels.map((p) => p.kind)).toEqual(['panel', 'panel', 'panel', 'year-in-review', 'luncheon']);
		expect(roleOf('Global Migration Group (GMG)', 'brunson-mckinley')).toBe('chair');
		expect(roleOf('Global Migration Group (GMG)', 'antonio-guterres')).toBeDefined();
		const theme = 'Partnerships in Migration: Engaging Business and Civil Society';
		expect(roleOf(theme, 'imogen-foulkes')).toBe('moderator');
		expect(roleOf(theme, 'arturo-brion')).toBe('panellist');
		expect(roleOf(theme, 'david-arkless')).toBe('panellist');
		expect(roleOf('Year in Review', 'peter-bosch')).toBe('moderator');
		expect(panels.find((p) => p.kind === 'luncheon')?.speakers.map((s) => s.personKey)).toContain('ellen-sauerbrey');
		expect(panels.find((p) => p.title.includes('(IMDI)'))?.speakers.length).toBeGreaterThan(0);
	});

	it('IDM 2007: theme, Bangkok seminar and two workshops', () => {
		expect(cycle('idm', 2007).themes.en).toBe('Migration Management in the Evolving Global Economy');
		expect(eventWithTitle(2007, 'Migration and the Environment: Expert Seminar')).toMatchObject({
			kind: 'seminar',
			startDate: '2007-02-22',
			endDate: '2007-02-23',
			city: 'Bangkok'
		});
		expect(eventWithTitle(2007, 'Making Global Labour Mobility a Catalyst for Development')).toMatchObject({
			kind: 'workshop',
			startDate: '2007-05-24',
			endDate: '2007-05-25'
		});
		expect(eventWithTitle(2007, 'Free Movement of Persons in Regional Integration Processes')).toMatchObject({
			kind: 'workshop',
			startDate: '2007-10-08',
			endDate: '2007-10-09'
		});
	});

	it('IDM 2013: the Diaspora Ministerial Conference in Geneva', () => {
		expect(eventWithTitle(2013, 'Diaspora Ministerial Conference')).toMatchObject({
			kind: 'conference',
			subtitles: { en: 'Diasporas and Development: Bridging Societies and States' },
			startDate: '2013-06-18',
			endDate: '2013-06-19',
			city: 'Geneva'
		});
	});

	it('IDM 2014: theme chosen, workshops not yet', () => {
		const c = cycle('idm', 2014);
		expect(c.themes.en).toBe('Human mobility and development: emerging trends and new opportunities for partnerships');
		expect(c.status).toBe('planning');
		expect(c.events).toEqual([]);
	});

	it('IDM 2024: the hybrid first session in New York with four expected outcomes', () => {
		const e = eventByKey.get('idm-2024-session-1-new-york');
		expect(e).toMatchObject({
			kind: 'session',
			subtitles: {
				en: 'Facilitating Regular Pathways to a better future: Harnessing the power of migration'
			},
			startDate: '2024-05-21',
			endDate: '2024-05-22',
			city: 'New York',
			country: 'USA',
			format: 'hybrid',
			status: 'held'
		});
		expect(e?.venue).toContain('ECOSOC Chamber');
		expect(e?.expectedOutcomes).toHaveLength(4);
		expect(e?.expectedOutcomes[0].en).toMatch(/^An evidence and foresight-based understanding/);
	});

	it('2018: the Marrakesh side event organised by IRCC and IOM', () => {
		const e = eventByKey.get('gcm-2018-side-event-regular-pathways');
		expect(e).toMatchObject({
			kind: 'side-event',
			titles: { en: 'Innovative Solutions to Enhancing Pathways for Regular Migration' },
			startDate: '2018-12-09',
			endDate: '2018-12-09',
			country: 'MAR',
			organiserKeys: ['can-ircc', 'iom']
		});
		expect(e?.expectedOutcomes).toHaveLength(4);
		// It is not part of the IDM (see the comment in data.ts).
		expect(dialogues.find((d) => d.slug === 'idm')?.cycles.some((c) => c.year === 2018)).toBe(false);
	});
});

describe('demo accounts', () => {
	it('give one account per role with a unique email', () => {
		expect(demoAccounts.map((a) => a.role).sort()).toEqual([...ROLES].sort());
		expect(duplicates(demoAccounts.map((a) => a.email))).toEqual([]);
		for (const a of demoAccounts) expect(a.email).toMatch(/^[^@\s]+@demo\.idm\.test$/);
	});

	it('bind the focal points to a State and to an organisation that exist', () => {
		const state = demoAccounts.find((a) => a.role === 'state-focal-point');
		expect(state?.stateId).toMatch(ISO3);
		const partner = demoAccounts.find((a) => a.role === 'partner-focal-point');
		expect(orgKeys).toContain(partner?.organisationKey);
		for (const a of demoAccounts.filter((a) => !a.role.endsWith('focal-point'))) {
			expect(a.stateId).toBeUndefined();
			expect(a.organisationKey).toBeUndefined();
		}
	});
});
