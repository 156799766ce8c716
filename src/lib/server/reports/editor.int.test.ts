import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as practicesOps from '../practices/operations';
import { practices } from '../practices/schema';
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
	const dialogue = await dialogues.createDialogue(ctx, { slug: 'editor-tests', names: { en: 'Editor tests' }, languages: ['en'] });
	cycleId = (await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2024, themes: { en: 'Skills' }, status: 'planning' })).id;
	eventId = (
		await dialogues.createEvent(ctx, {
			cycleId,
			kind: 'session',
			titles: { en: 'Session' },
			startDate: '2024-05-21',
			endDate: '2024-05-22',
			format: 'hybrid',
			status: 'planned',
			expectedOutcomes: [{ en: 'Evidence' }, { en: 'Solutions' }],
			organiserIds: []
		})
	).id;
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
		// An item of the same dialogue listed by another report only: offered by "add existing".
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
		expect(view.reportItems.map((i) => i.id).sort()).toEqual([first.id, second.id].sort());
		expect(view.otherItems.map((i) => i.id)).toEqual([elsewhere.id]);
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
