import { describe, expect, it } from 'vitest';
import statesFile from '../reference/data/states.json';
import gcmFile from '../reference/data/gcm.json';
import managementModel from '../reference/data/management-model.json';
import cycleStages from '../reference/data/migration-cycle-stages.json';
import { TARGET_GROUPS } from '$lib/practices/types';
import { LANGUAGES } from '$lib/i18n';
import { dialogues, organisations } from './data';
import { demoFacts, demoPractices } from './practices-data';
import { demoReports, followUpActions, followUpStatuses, reportItems, type DemoReport } from './report-data';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Bullets of seed 000's Section 1, counted in the seed (a bullet split by a page break counts once). */
const SEED_000_SECTION_1_BULLETS = 21;

const itemByKey = new Map(reportItems.map((i) => [i.key, i]));
const statusByKey = new Map(followUpStatuses.map((s) => [s.key, s]));
const stateIds = new Set(statesFile.states.map((s) => s.id));
const organisationNames = new Set(organisations.map((o) => o.name));
const gcmNumbers = new Set(gcmFile.objectives.map((o) => o.number));
const principleLetters = new Set(gcmFile.guidingPrinciples.map((p) => p.letter));
const areaKeys = new Set(managementModel.areas.map((a) => a.key));
const stageKeys = new Set(cycleStages.stages.map((s) => s.key));

function duplicates(values: string[]): string[] {
	return values.filter((v, i) => values.indexOf(v) !== i);
}

function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function eventOf(report: DemoReport) {
	const events = dialogues.flatMap((d) => d.cycles.filter((c) => c.year === report.event.year).flatMap((c) => c.events));
	const found = events.filter((e) => e.titles.en.includes(report.event.titleIncludes));
	expect(found, `${report.slug}: one event of ${report.event.year} titled with “${report.event.titleIncludes}”`).toHaveLength(1);
	return found[0];
}

function itemsOf(report: DemoReport) {
	return report.sections.flatMap((s) => s.items).map((k) => itemByKey.get(k)!);
}

describe('demo report items', () => {
	it('have unique kebab-case keys, a text and a headline that is bold in the text', () => {
		expect(duplicates(reportItems.map((i) => i.key))).toEqual([]);
		for (const i of reportItems) {
			expect(i.key, i.key).toMatch(KEBAB);
			expect(i.text.trim().length, i.key).toBeGreaterThan(20);
			if (i.headline !== null) expect(i.text, i.key).toContain(i.headline);
			// The seed's slips are fixed, and no stray markup from the seed remains.
			expect(i.text, i.key).not.toMatch(/✓|\\\$|^T Governments|This was call/);
		}
	});

	it('are tagged only with known GCM objectives, principles, areas, stages and target groups', () => {
		for (const i of reportItems) {
			for (const n of i.gcmObjectives) expect(gcmNumbers.has(n) && n >= 1 && n <= 23, `${i.key} gcm ${n}`).toBe(true);
			for (const p of i.principles) expect(principleLetters.has(p), `${i.key} principle ${p}`).toBe(true);
			for (const a of i.areas) expect(areaKeys.has(a), `${i.key} area ${a}`).toBe(true);
			for (const s of i.stages) expect(stageKeys.has(s), `${i.key} stage ${s}`).toBe(true);
			for (const t of i.targetGroups) expect(TARGET_GROUPS as readonly string[], `${i.key} target ${t}`).toContain(t);
			for (const list of [i.gcmObjectives.map(String), i.principles, i.areas, i.stages, i.targetGroups, i.states, i.organisations])
				expect(duplicates(list), i.key).toEqual([]);
		}
	});

	it('name States by a known ISO alpha-3 code and organisations exactly as the demo directory has them', () => {
		for (const i of reportItems) {
			for (const s of i.states) expect(stateIds.has(s), `${i.key} state ${s}`).toBe(true);
			for (const o of i.organisations) expect(organisationNames.has(o), `${i.key} organisation ${o}`).toBe(true);
		}
	});

	it('link only demo practices and evidence facts that exist', () => {
		const practiceKeys = new Set(demoPractices.map((p) => p.key));
		const factKeys = new Set(demoFacts.map((f) => f.key));
		for (const i of reportItems) {
			for (const p of i.practices) expect(practiceKeys.has(p), `${i.key} practice ${p}`).toBe(true);
			for (const f of i.facts) expect(factKeys.has(f), `${i.key} fact ${f}`).toBe(true);
		}
	});

	it('each appear in a section of some report', () => {
		const placed = new Set(demoReports.flatMap((r) => r.sections.flatMap((s) => s.items)));
		expect(reportItems.filter((i) => !placed.has(i.key)).map((i) => i.key)).toEqual([]);
	});
});

describe('demo reports', () => {
	it('are the IDM 2024 key findings and the 2013 Diaspora Ministerial Conference conclusions, with unique slugs', () => {
		expect(demoReports.map((r) => r.event.year)).toEqual([2024, 2013]);
		expect(duplicates(demoReports.map((r) => r.slug))).toEqual([]);
		for (const r of demoReports) {
			expect(r.slug).toMatch(KEBAB);
			eventOf(r);
			for (const l of LANGUAGES) expect(r.titles[l]?.trim().length, `${r.slug} title ${l}`).toBeGreaterThan(0);
			expect(r.summaries.en.length).toBeGreaterThan(20);
		}
	});

	it('have section titles in every language and only item keys that exist, each once per report', () => {
		for (const r of demoReports) {
			for (const s of r.sections) {
				for (const l of LANGUAGES) expect(s.titles[l]?.trim().length, `${r.slug} ${s.titles.en} ${l}`).toBeGreaterThan(0);
				for (const k of s.items) expect(itemByKey.has(k), `${r.slug} item ${k}`).toBe(true);
				// A published section may not be empty (issue 8): it has a body, items, or is the generated annex.
				expect(s.kind === 'annex' || Boolean(s.body) || s.items.length > 0, `${r.slug} ${s.titles.en}`).toBe(true);
			}
			expect(duplicates(r.sections.flatMap((s) => s.items))).toEqual([]);
		}
	});

	it('have the generated annex only for 2024, last, with no body and no items', () => {
		for (const r of demoReports) {
			const annexes = r.sections.filter((s) => s.kind === 'annex');
			expect(annexes, r.slug).toHaveLength(r.event.year === 2024 ? 1 : 0);
			for (const a of annexes) {
				expect(a).toMatchObject({ body: null, items: [] });
				expect(r.sections.at(-1)).toBe(a);
			}
		}
	});

	it('map the event’s expected outcomes, each to items of that report', () => {
		for (const r of demoReports) {
			const event = eventOf(r);
			const own = new Set(r.sections.flatMap((s) => s.items));
			expect(r.outcomes.map((o) => o.outcome)).toEqual(event.expectedOutcomes.map((_, n) => n + 1));
			for (const o of r.outcomes) {
				expect(o.items.length, `${r.slug} outcome ${o.outcome}`).toBeGreaterThanOrEqual(3);
				for (const k of o.items) expect(own.has(k), `${r.slug} outcome ${o.outcome}: ${k}`).toBe(true);
			}
		}
	});

	it('rebuild seed 000: at least 40 items, one evidence item per Section 1 bullet, takeaway n for outcome n', () => {
		const r2024 = demoReports[0];
		expect(itemsOf(r2024).length).toBeGreaterThanOrEqual(40);
		const section1 = r2024.sections.find((s) => s.titles.en.startsWith('What do we know?'))!;
		expect(section1.items.map((k) => itemByKey.get(k)!.kind)).toEqual(Array(SEED_000_SECTION_1_BULLETS).fill('evidence'));
		const outcomesSection = r2024.sections.filter((s) => s.kind === 'outcomes');
		expect(outcomesSection).toHaveLength(1);
		const takeaways = outcomesSection[0].items;
		expect(takeaways.map((k) => itemByKey.get(k)!.kind)).toEqual(Array(5).fill('takeaway'));
		for (const o of r2024.outcomes) expect(o.items[0]).toBe(takeaways[o.outcome - 1]);
		const summit = r2024.sections.find((s) => s.titles.en.includes('Summit of the Future'))!;
		expect(summit.items.length).toBe(15);
		for (const k of summit.items) expect(itemByKey.get(k)).toMatchObject({ kind: 'recommendation', level: 'global' });
	});

	it('give the 2013 conference conclusions and the recommendations they make, without outcomes', () => {
		const r2013 = demoReports[1];
		expect(r2013.outcomes).toEqual([]);
		expect(r2013.sections.map((s) => s.titles.en)).toEqual(['Introduction', 'Conclusions', 'Recommendations']);
		expect(r2013.sections[1].items.every((k) => itemByKey.get(k)!.kind === 'takeaway')).toBe(true);
		expect(r2013.sections[2].items.every((k) => itemByKey.get(k)!.kind === 'recommendation')).toBe(true);
		expect(r2013.sections[0].body).toContain('3E approach');
	});
});

describe('demo follow-up', () => {
	it('has statuses with unique keys, labels in every language and progress within 0–100', () => {
		expect(duplicates(followUpStatuses.map((s) => s.key))).toEqual([]);
		for (const s of followUpStatuses) {
			expect(s.key).toMatch(KEBAB);
			expect(Number.isInteger(s.progress) && s.progress >= 0 && s.progress <= 100, s.key).toBe(true);
			for (const l of LANGUAGES) expect(s.labels[l]?.trim().length, `${s.key} ${l}`).toBeGreaterThan(0);
		}
	});

	it('has 8–12 actions on recommendations of both reports, with known owners', () => {
		expect(followUpActions.length).toBeGreaterThanOrEqual(8);
		expect(followUpActions.length).toBeLessThanOrEqual(12);
		for (const a of followUpActions) {
			expect(itemByKey.get(a.item)?.kind, a.item).toBe('recommendation');
			if ('state' in a.owner) expect(stateIds.has(a.owner.state), a.owner.state).toBe(true);
			else expect(organisationNames.has(a.owner.organisation), a.owner.organisation).toBe(true);
			expect(a.descriptions.en.length).toBeGreaterThan(10);
		}
		for (const r of demoReports) {
			const own = new Set(itemsOf(r).map((i) => i.key));
			expect(
				followUpActions.some((a) => own.has(a.item)),
				r.slug
			).toBe(true);
		}
	});

	it('has timelines of 1–4 dated entries between 2013 and 2026, oldest first, ending in the action’s status', () => {
		const inRange = (d: string) => isIsoDate(d) && d >= '2013-01-01' && d <= '2026-12-31';
		for (const a of followUpActions) {
			expect(statusByKey.has(a.status), a.status).toBe(true);
			if (a.due !== null) expect(inRange(a.due), `${a.item} due ${a.due}`).toBe(true);
			expect(a.timeline.length).toBeGreaterThanOrEqual(1);
			expect(a.timeline.length).toBeLessThanOrEqual(4);
			for (const t of a.timeline) {
				expect(inRange(t.on), `${a.item} ${t.on}`).toBe(true);
				expect(statusByKey.has(t.status), t.status).toBe(true);
				expect(t.text.length).toBeGreaterThan(5);
			}
			const dates = a.timeline.map((t) => t.on);
			expect(dates).toEqual([...dates].sort());
			expect(a.timeline.at(-1)!.status, a.item).toBe(a.status);
		}
	});

	it('spreads its statuses: some completed, some in progress, some not started', () => {
		const used = new Set(followUpActions.map((a) => a.status));
		for (const s of ['completed', 'in-progress', 'not-started']) expect(used.has(s), s).toBe(true);
	});
});
