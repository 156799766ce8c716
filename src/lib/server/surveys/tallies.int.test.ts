import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { runCommand } from '../cli/commands';
import { testDatabase } from '../testing/database';
import { english, openSurvey, question, surveyEvent } from '../testing/survey-fixtures';
import { surveyAnswers, surveyResponses, surveyTallies } from './schema';
import * as surveys from '.';

let db: Db;
let fixture: Awaited<ReturnType<typeof surveyEvent>>;

beforeAll(async () => {
	db = (await testDatabase()).db;
	fixture = await surveyEvent(db, 'Tallies');
});

/** A survey with a question of each kind that counts differently. */
async function survey(settings: Parameters<typeof openSurvey>[2] = {}) {
	const { survey, sectionId, secretariat } = await openSurvey(db, fixture.event.id, settings);
	const add = (kind: Parameters<typeof question>[1], title: string, extra: Parameters<typeof question>[3] = {}) =>
		surveys.addQuestion(secretariat, survey.id, question(sectionId, kind, title, extra));
	const ids = {
		scale: (await add('likert', 'Overall', { choices: english(['Very good', 'Good', 'Fair', 'Poor']) })).id,
		topics: (await add('multiple-choice', 'Topics', { allowOther: true, choices: english(['Labour', 'Climate', 'Diaspora']) })).id,
		grid: (await add('rating-grid', 'Moments', { choices: english(['Excellent', 'Good', 'Poor']), items: english(['Opening', 'Panel']) }))
			.id,
		yes: (await add('yes-no', 'Useful?')).id,
		days: (await add('number', 'Days attended', { minValue: 0, maxValue: 10 })).id,
		comment: (await add('long-text', 'Comments')).id
	};
	const full = (await surveys.getSurvey(db, survey.id))!;
	const q = (id: string) => full.questions.find((x) => x.id === id)!;
	return {
		survey,
		secretariat,
		scale: q(ids.scale),
		topics: q(ids.topics),
		grid: q(ids.grid),
		yes: q(ids.yes),
		days: q(ids.days),
		comment: q(ids.comment)
	};
}
type Survey = Awaited<ReturnType<typeof survey>>;

/** The n-th of a family of varied answers (some questions left out). */
function answers(s: Survey, n: number) {
	const raw: Record<string, string | string[]> = { [s.scale.id]: s.scale.choices[n % 4].id };
	if (n % 3) raw[s.topics.id] = s.topics.choices.filter((_, i) => (n >> i) & 1).map((c) => c.id);
	if (n % 5 === 1) raw[`${s.topics.id}.other`] = `Other ${n}`;
	s.grid.items.forEach((item, i) => {
		if ((n + i) % 4) raw[`${s.grid.id}.${item.id}`] = s.grid.choices[(n + i) % 3].id;
	});
	if (n % 2) raw[s.yes.id] = n % 4 === 1 ? 'yes' : 'no';
	if (n % 3 !== 2) raw[s.days.id] = String(n % 7);
	if (n % 2 === 0) raw[s.comment.id] = `Comment number ${n}`;
	return raw;
}

/** The tallies kept so far, and those counted again from the answers (then put back as they were). */
async function keptAndRecounted(surveyId: string) {
	const kept = await surveys.readTallies(db, surveyId);
	let recounted: surveys.Tally[] = [];
	await db
		.transaction(async (tx) => {
			await surveys.recountTallies(tx, surveyId);
			recounted = await surveys.readTallies(tx, surveyId);
			tx.rollback();
		})
		.catch(() => {});
	return { kept, recounted };
}

describe('survey tallies', () => {
	it('equal a recount from the answers after submissions, and give the results of the answers', async () => {
		const s = await survey();
		for (let n = 0; n < 12; n++) await surveys.submit(await fixture.participant(), s.survey.id, {}, answers(s, n));
		const { kept, recounted } = await keptAndRecounted(s.survey.id);
		expect(recounted.length).toBeGreaterThan(10);
		expect(kept).toEqual(recounted);
		// The survey's row says 12 responses; the scale's row 12 respondents; the multiple choice's
		// those who chose something (n % 3 != 0: 8).
		expect(kept.find((t) => t.questionId === null)?.respondents).toBe(12);
		expect(kept.find((t) => t.questionId === s.scale.id && t.choiceId === null)?.respondents).toBe(12);
		expect(kept.find((t) => t.questionId === s.topics.id && t.choiceId === null)?.respondents).toBe(8);
		const res = (await surveys.results(db, s.survey.id))!;
		expect(res.respondents).toBe(12);
		const q = (id: string) => res.questions.find((x) => x.id === id)!;
		expect(q(s.scale.id).choices.map((c) => c.count)).toEqual([3, 3, 3, 3]);
		expect(q(s.scale.id).mean).toBe(2.5);
		// Days: n % 7 for n not ≡ 2 (mod 3): 0,1,3,4,6,0,2,3 → 19 / 8; range from the answers.
		expect(q(s.days.id).mean).toBe(2.38);
		expect(q(s.days.id).number).toEqual({ min: 0, max: 6 });
		expect(q(s.yes.id).choices.map((c) => [c.id, c.count, c.of])).toEqual([
			['yes', 3, 6],
			['no', 3, 6]
		]);
		expect(q(s.topics.id).other).toEqual({ count: 3, percent: 37.5, of: 8 });
		expect(q(s.comment.id).texts?.total).toBe(6);
		const searched = (await surveys.results(db, s.survey.id, { search: 'number 1' }))!;
		// Comments of n = 0, 2, … 10: only 'Comment number 10' has 'number 1'.
		expect(searched.questions.find((x) => x.id === s.comment.id)!.texts).toEqual({ total: 6, matching: 1, shown: ['Comment number 10'] });
	});

	it('take back the old answers and add the new ones when a response is changed', async () => {
		const s = await survey({ anonymous: false, editableAfterSubmit: true });
		const people = [await fixture.participant(), await fixture.participant(), await fixture.participant()];
		for (const [i, person] of people.entries()) await surveys.submit(person, s.survey.id, {}, answers(s, i));
		await surveys.submit(people[0], s.survey.id, {}, answers(s, 7));
		await surveys.submit(people[1], s.survey.id, {}, { [s.scale.id]: s.scale.choices[3].id });
		const { kept, recounted } = await keptAndRecounted(s.survey.id);
		expect(kept).toEqual(recounted);
		expect(kept.find((t) => t.questionId === null)?.respondents).toBe(3);
		const res = (await surveys.results(db, s.survey.id))!;
		const scale = res.questions.find((x) => x.id === s.scale.id)!;
		// Answers now: 7 % 4 = 3, 3 (changed), 2.
		expect(scale.choices.map((c) => c.count)).toEqual([0, 0, 1, 2]);
		// The second person's comment is gone with their change; the third's (n = 2) stays.
		expect(res.questions.find((x) => x.id === s.comment.id)!.texts?.total).toBe(1);
	});

	it('keep an answer to a question hidden before a change: hidden, changed, shown again, it is still counted (= recount)', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(db, fixture.event.id, { anonymous: false, editableAfterSubmit: true });
		const a = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'A'));
		const b = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'number', 'B', { minValue: 0, maxValue: 10 }));
		const person = await fixture.participant();
		await surveys.submit(person, survey.id, {}, { [a.id]: 'yes', [b.id]: '5' });
		await surveys.setHidden(secretariat, b.id, true);
		await surveys.submit(person, survey.id, {}, { [a.id]: 'no' });
		await surveys.setHidden(secretariat, b.id, false);
		const { kept, recounted } = await keptAndRecounted(survey.id);
		expect(kept).toEqual(recounted);
		const res = (await surveys.results(db, survey.id))!;
		expect(res.questions.find((x) => x.id === b.id)!.answered).toBe(1);
		expect(res.questions.find((x) => x.id === a.id)!.answered).toBe(1);
		// The person's form still holds it, and their change to a shown question replaces it.
		await surveys.submit(person, survey.id, {}, { [a.id]: 'no', [b.id]: '6' });
		const again = await keptAndRecounted(survey.id);
		expect(again.kept).toEqual(again.recounted);
		expect((await db.select().from(surveyAnswers).where(eq(surveyAnswers.questionId, b.id))).map((r) => r.number)).toEqual([6]);
	});

	it('equal a recount after changes that hide a conditional question, drop "other" and grid items, and of decimal numbers', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(db, fixture.event.id, { anonymous: false, editableAfterSubmit: true });
		const gate = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Gate'));
		const topics = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'multiple-choice', 'Topics', {
				allowOther: true,
				choices: english(['X', 'Y']),
				conditionQuestionId: gate.id,
				conditionValue: 'yes'
			})
		);
		const grid = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'rating-grid', 'Grid', { choices: english(['G', 'B']), items: english(['i1', 'i2']) })
		);
		const share = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'number', 'Share'));
		const full = (await surveys.getSurvey(db, survey.id))!;
		const T = full.questions.find((q) => q.id === topics.id)!;
		const G = full.questions.find((q) => q.id === grid.id)!;
		const p = await fixture.participant();
		const other = await fixture.participant();
		await surveys.submit(
			p,
			survey.id,
			{},
			{
				[gate.id]: 'yes',
				[topics.id]: [T.choices[0].id, T.choices[1].id],
				[`${topics.id}.other`]: 'zz',
				[`${grid.id}.${G.items[0].id}`]: G.choices[0].id,
				[`${grid.id}.${G.items[1].id}`]: G.choices[1].id,
				[share.id]: '0.1'
			}
		);
		await surveys.submit(other, survey.id, {}, { [share.id]: '0.2' });
		await surveys.submit(
			p,
			survey.id,
			{},
			{
				[gate.id]: 'no',
				[topics.id]: [T.choices[0].id],
				[`${topics.id}.other`]: 'zz',
				[`${grid.id}.${G.items[0].id}`]: G.choices[1].id,
				[share.id]: '0.3'
			}
		);
		const { kept, recounted } = await keptAndRecounted(survey.id);
		expect(kept).toEqual(recounted);
		const res = (await surveys.results(db, survey.id))!;
		expect(res.questions.find((x) => x.id === topics.id)!.answered).toBe(0);
	});

	it('count every one of several submissions that arrive at the same moment', async () => {
		const s = await survey();
		const people = [];
		for (let n = 0; n < 8; n++) people.push(await fixture.participant());
		await Promise.all(people.map((person, n) => surveys.submit(person, s.survey.id, {}, answers(s, n))));
		const { kept, recounted } = await keptAndRecounted(s.survey.id);
		expect(kept.find((t) => t.questionId === null)?.respondents).toBe(8);
		expect(kept).toEqual(recounted);
	});

	it('hold counts only: no person, no response, on an anonymous survey', async () => {
		const s = await survey();
		const person = await fixture.participant();
		await surveys.submit(person, s.survey.id, {}, answers(s, 4));
		const columns = (await db.execute(
			sql`select column_name from information_schema.columns where table_name = 'survey_tallies' order by ordinal_position`
		)) as unknown as { rows: { column_name: string }[] };
		expect(columns.rows.map((r) => r.column_name)).toEqual([
			'survey_id',
			'question_id',
			'item_id',
			'choice_id',
			'respondents',
			'answers',
			'numbers',
			'sum',
			'texts'
		]);
		const rows = await db.select().from(surveyTallies).where(eq(surveyTallies.surveyId, s.survey.id));
		expect(JSON.stringify(rows)).not.toContain(person.actor.kind === 'user' ? person.actor.userId : 'none');
	});

	it('are rebuilt by the recount command after answers written straight into the database', async () => {
		const s = await survey();
		await surveys.submit(await fixture.participant(), s.survey.id, {}, answers(s, 0));
		// Written as the benchmarks do, without the tallies.
		const [response] = await db
			.insert(surveyResponses)
			.values({ surveyId: s.survey.id, anonymous: true, submittedOn: '2024-05-22' })
			.returning({ id: surveyResponses.id });
		await db.insert(surveyAnswers).values([
			{ responseId: response.id, surveyId: s.survey.id, questionId: s.scale.id, choiceId: s.scale.choices[1].id },
			{ responseId: response.id, surveyId: s.survey.id, questionId: s.days.id, number: 9 }
		]);
		expect((await surveys.results(db, s.survey.id))!.respondents).toBe(1);
		expect(await runCommand(db, { command: 'surveys:recount', survey: s.survey.id })).toEqual({
			ok: true,
			output: 'Counts of 1 survey(s) rebuilt from their answers.'
		});
		const res = (await surveys.results(db, s.survey.id))!;
		expect(res.respondents).toBe(2);
		const q = (id: string) => res.questions.find((x) => x.id === id)!;
		expect(q(s.scale.id).choices.map((c) => c.count)).toEqual([1, 1, 0, 0]);
		expect(q(s.days.id).mean).toBe(4.5);
		expect(q(s.days.id).number).toEqual({ min: 0, max: 9 });
	});

	it('the recount command refuses a malformed or unknown survey with a message', async () => {
		const bad = await runCommand(db, { command: 'surveys:recount', survey: 'nope' });
		expect(bad.ok).toBe(false);
		expect(await runCommand(db, { command: 'surveys:recount', survey: crypto.randomUUID() })).toEqual({
			ok: false,
			error: expect.stringMatching(/^--survey: no survey /)
		});
	});
});
