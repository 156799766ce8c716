import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { reportEvent } from '../testing/report-fixtures';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as practicesOps from '../practices/operations';
import { practices } from '../practices/schema';
import { formToObject } from '$lib/validation';
import { reportItems } from './schema';
import * as reports from '.';

/** The editor's views: a working copy read whole, an item with its links, and practice slugs resolved for the item form. */
let database: Database;
let eventId: string;
let cycleId: string;
let publishedSlug: string;
let draftSlug: string;
const secretariat = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000001' });
const colleague = () => ctxAs(database.db, 'secretariat', { userId: '00000000-0000-4000-8000-000000000002' });

beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	({ cycleId, eventId } = await reportEvent(database.db, 'editor-tests', [{ en: 'Evidence' }, { en: 'Solutions' }]));
	const practice = (titles: { en: string }, status: 'published' | 'draft') =>
		practicesOps.createPractice(
			ctx,
			{ titles, summaries: { en: 'Summary.' }, scope: 'regional', status: 'ongoing', gcmObjectives: [5] } as never,
			{ status }
		);
	const published = await practice({ en: 'Safe Mobility Offices' }, 'published');
	const draft = await practice({ en: 'A draft practice' }, 'draft');
	const slugOf = async (id: string) => (await database.db.select().from(practices).where(eq(practices.id, id)))[0].slug;
	publishedSlug = await slugOf(published.id);
	draftSlug = await slugOf(draft.id);
});

describe('practice slugs in the item form', () => {
	it('resolves published practices by slug, whatever the case and blank lines', async () => {
		const ids = await reports.practiceIdsOfSlugs(database.db, ['', ` ${publishedSlug.toUpperCase()} `, publishedSlug]);
		expect(ids).toMatchObject({ ok: true, ids: [expect.any(String)] });
	});

	it('an unknown slug, or a draft practice, is an error on the field naming the slug', async () => {
		expect(await reports.practiceIdsOfSlugs(database.db, [publishedSlug, 'no-such-practice'])).toEqual({
			ok: false,
			errors: { practices: { key: 'reports.errors.unknownPractice', params: { value: 'no-such-practice' } } }
		});
		expect(await reports.practiceIdsOfSlugs(database.db, [draftSlug])).toMatchObject({
			ok: false,
			errors: { practices: { params: { value: draftSlug } } }
		});
	});
});

describe('the editor view', () => {
	it('reads sections with their items in order, outcomes, other items of the dialogue, reviews and versions', async () => {
		const report = await reports.createReport(secretariat(), { eventId, titles: { en: 'Key findings' } });
		const text = await reports.addSection(secretariat(), report.id, { titles: { en: 'Findings' } });
		await reports.addSection(secretariat(), report.id, { kind: 'outcomes', titles: { en: 'Outcomes' } });
		const first = await reports.createItem(secretariat(), text.id, { kind: 'evidence', texts: { en: 'First' } });
		const second = await reports.createItem(secretariat(), text.id, { kind: 'challenge', texts: { en: 'Second' } });
		// An item of the same dialogue listed by another report only: offered by "add existing", not read whole.
		const other = await reports.createReport(secretariat(), { cycleId, titles: { en: 'Other' } });
		const otherSection = await reports.addSection(secretariat(), other.id, { titles: { en: 'Elsewhere' } });
		const elsewhere = await reports.createItem(secretariat(), otherSection.id, { kind: 'solution', texts: { en: 'Elsewhere' } });
		await reports.moveItem(secretariat(), text.id, second.id, 'up');
		await reports.setOutcomeItems(secretariat(), report.id, 1, [first.id]);

		let view = await reports.editorView(database.db, report.id);
		expect(view.event?.id).toBe(eventId);
		expect(view.sections.map((s) => s.kind)).toEqual(['text', 'outcomes']);
		expect(view.sections[0].items.map((i) => i.id)).toEqual([second.id, first.id]);
		expect(view.outcomes.map((o) => o.items)).toEqual([[], [first.id]]);
		expect(view.reportItems.map((i) => i.id)).toEqual([second.id, first.id]);
		expect(view.reportItems.map((i) => i.id)).not.toContain(elsewhere.id);
		const offered = await reports.attachCandidates(database.db, report.id, text.id, {});
		expect(offered?.items.map((i) => i.id)).toContain(elsewhere.id);
		expect(offered?.items.map((i) => i.id)).not.toContain(first.id);
		expect(view.reviews).toEqual([]);

		const submitted = await reports.submitForReview(secretariat(), report.id, { version: view.report.version });
		await reports.review(colleague(), report.id, { decision: 'request-changes', comment: 'Add a source.', version: submitted.version });
		view = await reports.editorView(database.db, report.id);
		expect(view.reviews).toMatchObject([{ decision: 'request-changes', comment: 'Add a source.' }]);
		expect(view.report.status).toBe('draft');

		const again = await reports.submitForReview(secretariat(), report.id, { version: view.report.version });
		const approved = await reports.review(colleague(), report.id, { decision: 'approve', version: again.version });
		await reports.publish(secretariat(), report.id, { version: approved.version });
		view = await reports.editorView(database.db, report.id);
		expect(view.versions).toMatchObject([{ number: 1 }]);
		expect(view.reviews.map((r) => r.decision)).toEqual(['approve', 'request-changes']);
	});

	it('a malformed or unknown report id is a 404', async () => {
		await expect(reports.editorView(database.db, 'nope')).rejects.toMatchObject({ status: 404 });
		await expect(reports.editorView(database.db, '00000000-0000-4000-8000-00000000abcd')).rejects.toMatchObject({ status: 404 });
	});

	it('lists every working copy with its event and status', async () => {
		const list = await reports.listWorkingCopies(database.db);
		expect(list.map((r) => r.slug).sort()).toEqual(['key-findings', 'other']);
		expect(list.find((r) => r.slug === 'key-findings')).toMatchObject({ status: 'published', publishedVersion: 1, year: 2024 });
		expect(list.find((r) => r.slug === 'other')?.eventTitles).toBeNull();
	});
});

describe('the item view', () => {
	it('reads an item with its links, and knows which report lists it and holds the section', async () => {
		const report = await reports.createReport(secretariat(), { eventId, titles: { en: 'Links' } });
		const section = await reports.addSection(secretariat(), report.id, { titles: { en: 'Findings' } });
		const { ids } = (await reports.practiceIdsOfSlugs(database.db, [publishedSlug])) as { ids: string[] };
		const item = await reports.createItem(secretariat(), section.id, {
			kind: 'solution',
			texts: { en: 'Offices' },
			practices: ids,
			states: ['CAN', 'MEX']
		});
		const view = await reports.itemView(database.db, item.id);
		expect(view.practices.map((p) => p.slug)).toEqual([publishedSlug]);
		expect(view.states).toEqual(['CAN', 'MEX']);
		expect(await reports.reportListsItem(database.db, report.id, item.id)).toBe(true);
		const other = (await reports.listWorkingCopies(database.db)).find((r) => r.slug === 'other')!;
		expect(await reports.reportListsItem(database.db, other.id, item.id)).toBe(false);
		expect(await reports.reportListsItem(database.db, 'bad', item.id)).toBe(false);
		expect(await reports.sectionInReport(database.db, report.id, section.id)).toBe(true);
		expect(await reports.sectionInReport(database.db, other.id, section.id)).toBe(false);
		expect(await reports.sectionInReport(database.db, report.id, 'bad')).toBe(false);
		await expect(reports.itemView(database.db, 'bad')).rejects.toMatchObject({ status: 404 });
	});
});

describe('the new-item form', () => {
	/** The form as the editor sends it: LocalizedFields names each language `headlines.<lang>` and `texts.<lang>`. */
	const form = (fields: Record<string, string>) => {
		const data = new FormData();
		for (const [name, value] of Object.entries(fields)) data.append(name, value);
		return formToObject(data);
	};

	it('creates an item with its headline and text in all four languages', async () => {
		const report = await reports.createReport(secretariat(), { eventId, titles: { en: 'Four languages' } });
		const section = await reports.addSection(secretariat(), report.id, { titles: { en: 'Findings' } });
		const item = await reports.createItem(
			secretariat(),
			section.id,
			form({
				kind: 'takeaway',
				level: '',
				'headlines.en': 'Diasporas invest',
				'headlines.fr': 'Les diasporas investissent',
				'headlines.es': 'Las diásporas invierten',
				'headlines.ar': 'المغتربون يستثمرون',
				'texts.en': 'Diaspora bonds fund infrastructure.',
				'texts.fr': 'Les obligations de la diaspora financent les infrastructures.',
				'texts.es': 'Los bonos de la diáspora financian infraestructuras.',
				'texts.ar': 'تموّل سندات المغتربين البنية التحتية.'
			})
		);
		const [stored] = await database.db.select().from(reportItems).where(eq(reportItems.id, item.id));
		expect(stored.headlines).toEqual({
			en: 'Diasporas invest',
			fr: 'Les diasporas investissent',
			es: 'Las diásporas invierten',
			ar: 'المغتربون يستثمرون'
		});
		expect(stored.texts).toMatchObject({
			fr: 'Les obligations de la diaspora financent les infrastructures.',
			ar: 'تموّل سندات المغتربين البنية التحتية.'
		});
		expect(stored.level).toBeNull();
		expect((await reports.editorView(database.db, report.id)).sections[0].items.map((i) => i.id)).toEqual([item.id]);
	});

	it('a text in French without the English is refused on the English field, and nothing is created', async () => {
		const report = await reports.createReport(secretariat(), { eventId, titles: { en: 'English first' } });
		const section = await reports.addSection(secretariat(), report.id, { titles: { en: 'Findings' } });
		const before = (await database.db.select({ id: reportItems.id }).from(reportItems)).length;
		await expect(
			reports.createItem(
				secretariat(),
				section.id,
				form({ kind: 'evidence', 'headlines.fr': 'Constat', 'texts.fr': 'Seulement en français.' })
			)
		).rejects.toMatchObject({ errors: { 'texts.en': { key: 'validation.required' } } });
		// A headline in French only is refused too: English is the language every other falls back to.
		await expect(
			reports.createItem(secretariat(), section.id, form({ kind: 'evidence', 'headlines.fr': 'Constat', 'texts.en': 'In English.' }))
		).rejects.toMatchObject({ errors: { 'headlines.en': { key: 'validation.required' } } });
		expect((await database.db.select({ id: reportItems.id }).from(reportItems)).length).toBe(before);
		expect((await reports.editorView(database.db, report.id)).sections[0].items).toEqual([]);
	});
});

describe('finding an existing item to add to a section', () => {
	let reportId: string;
	let sectionId: string;
	let otherSectionId: string;
	const ids: Record<string, string> = {};
	const idsOf = (list: { items: { id: string }[] } | null) => list?.items.map((i) => i.id) ?? [];

	beforeAll(async () => {
		// A dialogue of its own, so that only these items are its.
		const ctx = ctxAs(database.db, 'secretariat');
		const dialogue = await dialogues.createDialogue(ctx, { slug: 'search-tests', names: { en: 'Search tests' }, languages: ['en'] });
		const searchCycle = (
			await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2025, themes: { en: 'Remittances' }, status: 'planning' })
		).id;
		const report = await reports.createReport(secretariat(), { cycleId: searchCycle, titles: { en: 'Search' } });
		reportId = report.id;
		sectionId = (await reports.addSection(secretariat(), report.id, { titles: { en: 'Here' } })).id;
		otherSectionId = (await reports.addSection(secretariat(), report.id, { titles: { en: 'There' } })).id;
		const store = (await reports.createReport(secretariat(), { cycleId: searchCycle, titles: { en: 'Store' } })).id;
		const storeSection = (await reports.addSection(secretariat(), store, { titles: { en: 'All' } })).id;
		// Created in this order, so the newest is last.
		ids.listedHere = (
			await reports.createItem(secretariat(), sectionId, { kind: 'evidence', texts: { en: 'Remittances listed here' } })
		).id;
		ids.cheaper = (
			await reports.createItem(secretariat(), storeSection, {
				kind: 'evidence',
				level: 'global',
				texts: { en: 'Remittances 50% cheaper by 2030' }
			})
		).id;
		ids.fifty = (
			await reports.createItem(secretariat(), storeSection, { kind: 'evidence', texts: { en: 'Remittances at 50 percent' } })
		).id;
		ids.offices = (
			await reports.createItem(secretariat(), storeSection, {
				kind: 'solution',
				headlines: { en: 'One-stop offices', fr: 'Guichets uniques' },
				texts: { en: 'Offices inform migrants.' }
			})
		).id;
		ids.there = (
			await reports.createItem(secretariat(), otherSectionId, {
				kind: 'recommendation',
				texts: { en: 'Recommend remittance corridors', ar: 'ممرات التحويلات' }
			})
		).id;
		// An item of another dialogue is never offered, whatever it says.
		const foreign = (await reports.createReport(secretariat(), { cycleId, titles: { en: 'Foreign' } })).id;
		const foreignSection = (await reports.addSection(secretariat(), foreign, { titles: { en: 'Foreign' } })).id;
		ids.foreign = (
			await reports.createItem(secretariat(), foreignSection, { kind: 'evidence', texts: { en: 'Remittances elsewhere' } })
		).id;
	});

	it('offers the items of the dialogue that the section does not list, newest first, with kind and level, from another section too', async () => {
		const found = await reports.attachCandidates(database.db, reportId, sectionId, {});
		expect(idsOf(found)).toEqual([ids.there, ids.offices, ids.fifty, ids.cheaper]);
		expect(found?.total).toBe(4);
		expect(found?.items.find((i) => i.id === ids.cheaper)).toMatchObject({ kind: 'evidence', level: 'global' });
		// From the other section, the item listed here is offered and its own is not.
		expect(idsOf(await reports.attachCandidates(database.db, reportId, otherSectionId, {}))).toEqual([
			ids.offices,
			ids.fifty,
			ids.cheaper,
			ids.listedHere
		]);
	});

	it('filters by kind and by words, every word anywhere in any language, case aside', async () => {
		const find = (search: reports.ItemSearch) => reports.attachCandidates(database.db, reportId, sectionId, search).then(idsOf);
		expect(await find({ kind: 'solution' })).toEqual([ids.offices]);
		expect(await find({ q: 'GUICHETS' })).toEqual([ids.offices]);
		expect(await find({ q: 'ممرات' })).toEqual([ids.there]);
		expect(await find({ q: 'remittance' })).toEqual([ids.there, ids.fifty, ids.cheaper]);
		expect(await find({ q: '  remittances   cheaper ' })).toEqual([ids.cheaper]);
		expect(await find({ q: 'remittance', kind: 'evidence' })).toEqual([ids.fifty, ids.cheaper]);
		expect(await find({ q: 'nothing like this' })).toEqual([]);
	});

	it('takes % and _ as the characters typed, not as wildcards', async () => {
		const find = (q: string) => reports.attachCandidates(database.db, reportId, sectionId, { q }).then(idsOf);
		expect(await find('50%')).toEqual([ids.cheaper]);
		expect(await find('%')).toEqual([ids.cheaper]);
		expect(await find('_')).toEqual([]);
	});

	it('shows at most the limit, newest first, and says how many match in all', async () => {
		const found = await reports.attachCandidates(database.db, reportId, sectionId, { kind: 'evidence' }, 1);
		expect(found).toMatchObject({ total: 2, limit: 1 });
		expect(idsOf(found)).toEqual([ids.fifty]);
	});

	it('an item added to the section is no longer offered to it', async () => {
		await reports.attachItem(secretariat(), sectionId, ids.offices);
		expect(idsOf(await reports.attachCandidates(database.db, reportId, sectionId, {}))).not.toContain(ids.offices);
		expect(idsOf(await reports.attachCandidates(database.db, reportId, otherSectionId, {}))).toContain(ids.offices);
	});

	it('a section of another report, or a malformed id, finds nothing', async () => {
		const other = (await reports.listWorkingCopies(database.db)).find((r) => r.slug === 'other')!;
		expect(await reports.attachCandidates(database.db, other.id, sectionId, {})).toBeNull();
		expect(await reports.attachCandidates(database.db, reportId, 'nope', {})).toBeNull();
		expect(await reports.attachCandidates(database.db, 'nope', sectionId, {})).toBeNull();
	});
});
