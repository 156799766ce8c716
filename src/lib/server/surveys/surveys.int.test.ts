import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq, gte } from 'drizzle-orm';
import { outbox } from '../mail/schema';
import type { Db } from '../db/client';
import type { Ctx } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { users } from '../auth/schema';
import { ctxAs } from '../testing/actors';
import { testDatabase } from '../testing/database';
import { english, openSurvey, question, surveyEvent } from '../testing/survey-fixtures';
import { surveyAnswered, surveyAnswers, surveyDrafts, surveyResponses } from './schema';
import * as surveys from '.';

let db: Db;
let fixture: Awaited<ReturnType<typeof surveyEvent>>;

beforeAll(async () => {
	db = (await testDatabase()).db;
	fixture = await surveyEvent(db);
});

async function rejection(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (e) {
		return e;
	}
	throw new Error('expected a refusal');
}
const codeOf = async (p: Promise<unknown>) => ((await rejection(p)) as DomainError).code;
const fieldsOf = async (p: Promise<unknown>) => ((await rejection(p)) as ValidationError).errors;

/** A survey with a participation question, a yes/no, a conditional text, a grid and a required scale. */
async function feedbackSurvey(settings: Parameters<typeof openSurvey>[2] = {}) {
	const { survey, sectionId, secretariat } = await openSurvey(db, fixture.event.id, settings);
	const how = await surveys.addQuestion(
		secretariat,
		survey.id,
		question(sectionId, 'single-choice', 'How did you take part?', { choices: english(['In the room', 'Online']) })
	);
	const improved = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Did it improve your knowledge?'));
	const why = await surveys.addQuestion(
		secretariat,
		survey.id,
		question(sectionId, 'short-text', 'Why not?', { conditionQuestionId: improved.id, conditionValue: 'no', required: true })
	);
	const grid = await surveys.addQuestion(
		secretariat,
		survey.id,
		question(sectionId, 'rating-grid', 'Rate each moment', {
			choices: english(['Excellent', 'Good', 'Poor']),
			items: english(['Opening', 'Panel 1'])
		})
	);
	const overall = await surveys.addQuestion(
		secretariat,
		survey.id,
		question(sectionId, 'likert', 'Overall', { required: true, choices: english(['Very good', 'Good', 'Fair', 'Poor']) })
	);
	const topics = await surveys.addQuestion(
		secretariat,
		survey.id,
		question(sectionId, 'multiple-choice', 'Topics for next time', {
			allowOther: true,
			choices: english(['Labour', 'Climate', 'Diaspora'])
		})
	);
	const full = (await surveys.getSurvey(db, survey.id))!;
	const q = (id: string) => full.questions.find((x) => x.id === id)!;
	return {
		survey,
		secretariat,
		sectionId,
		how: q(how.id),
		improved: q(improved.id),
		why: q(why.id),
		grid: q(grid.id),
		overall: q(overall.id),
		topics: q(topics.id)
	};
}

describe('answering a survey', () => {
	it('keeps no link between a person and an anonymous response, only that they answered (no day)', async () => {
		const s = await feedbackSurvey();
		const person = await fixture.participant();
		await surveys.submit(
			person,
			s.survey.id,
			{},
			{ [s.how.id]: s.how.choices[0].id, [s.overall.id]: s.overall.choices[1].id, [s.improved.id]: 'yes' }
		);
		const [response] = await db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, s.survey.id));
		expect(response).toMatchObject({ anonymous: true, respondentKey: null, stateId: null, submittedAt: null, changedAt: null });
		expect(response.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const answered = await db.select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, s.survey.id));
		// No day: beside the responses' days, a day with one response and one respondent would name its author.
		expect(answered).toEqual([{ surveyId: s.survey.id, respondentKey: `user:${person.actor.userId}`, answeredOn: null }]);
		const current = await surveys.mine(db, (await surveys.getSurvey(db, s.survey.id))!, {
			key: `user:${person.actor.userId}`,
			stateId: null
		});
		expect(current).toMatchObject({ answered: true, answeredOn: null, response: null });
		// No audit entry either: its actor and time, beside the response's day, would name the author.
		const trail = await db.select().from(auditLog).where(eq(auditLog.entityId, s.survey.id));
		expect(JSON.stringify(trail)).not.toContain(response.id);
		expect(trail.filter((e) => e.action.startsWith('survey.response'))).toEqual([]);
		// The database itself refuses a respondent on an anonymous response.
		await expect(db.update(surveyResponses).set({ respondentKey: 'user:x' }).where(eq(surveyResponses.id, response.id))).rejects.toThrow();
	});

	it('refuses a second answer, also when two arrive at the same moment', async () => {
		for (const anonymous of [true, false]) {
			const s = await feedbackSurvey({ anonymous });
			const person = await fixture.participant();
			const answers = { [s.overall.id]: s.overall.choices[0].id };
			const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => surveys.submit(person, s.survey.id, {}, answers)));
			expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
			for (const o of outcomes.filter((o) => o.status === 'rejected'))
				expect((o.reason as DomainError).code).toBe('surveys.errors.alreadyAnswered');
			const [{ n }] = await db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, s.survey.id));
			expect(n).toBe(1);
			expect(await codeOf(surveys.submit(person, s.survey.id, {}, answers))).toBe('surveys.errors.alreadyAnswered');
		}
	});

	it('takes one response per State from its focal points, whichever answers first', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(
			db,
			{ cycleId: fixture.event.cycleId },
			{ audience: 'focal-points', anonymous: false }
		);
		const q = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'yes-no', 'Does your State support the theme?', { required: true })
		);
		const canada = [1, 2, 3].map(() => ctxAs(db, 'state-focal-point', { stateId: 'CAN', userId: crypto.randomUUID() }));
		const outcomes = await Promise.allSettled(canada.map((fp) => surveys.submit(fp, survey.id, {}, { [q.id]: 'yes' })));
		expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
		const rows = await db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
		expect(rows.map((r) => [r.respondentKey, r.stateId])).toEqual([['state:CAN', 'CAN']]);
		expect(await codeOf(surveys.submit(ctxAs(db, 'participant', { userId: crypto.randomUUID() }), survey.id, {}, { [q.id]: 'no' }))).toBe(
			'surveys.errors.notInAudience'
		);
	});

	it('checks required questions and conditions on submit, and lets a draft leave them empty', async () => {
		const s = await feedbackSurvey();
		const person = await fixture.participant();
		await surveys.saveDraft(person, s.survey.id, {}, { [s.improved.id]: 'no' });
		const errors = await fieldsOf(surveys.submit(person, s.survey.id, {}, { [s.improved.id]: 'no' }));
		expect(errors[s.overall.id].key).toBe('surveys.errors.required');
		// "Why not?" is shown (the answer was no), and required.
		expect(errors[s.why.id].key).toBe('surveys.errors.required');
		const [{ n }] = await db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, s.survey.id));
		expect(n).toBe(0);
		// Answered "yes": the conditional question is not shown, its stray answer dropped.
		await surveys.submit(person, s.survey.id, {}, { [s.improved.id]: 'yes', [s.why.id]: 'stray', [s.overall.id]: s.overall.choices[0].id });
		const texts = await db.select().from(surveyAnswers).where(eq(surveyAnswers.questionId, s.why.id));
		expect(texts).toEqual([]);
		expect(await db.select().from(surveyDrafts).where(eq(surveyDrafts.surveyId, s.survey.id))).toEqual([]);
	});

	it('refuses an answer outside the choices or the scale, and "other" where none is offered', async () => {
		const s = await feedbackSurvey();
		const other = await feedbackSurvey();
		const person = await fixture.participant();
		const errors = await fieldsOf(
			surveys.submit(
				person,
				s.survey.id,
				{},
				{
					[s.overall.id]: other.overall.choices[0].id,
					[`${s.grid.id}.${s.grid.items[0].id}`]: 'excellent',
					[s.improved.id]: 'maybe',
					[s.how.id]: [s.how.choices[0].id, s.how.choices[1].id]
				}
			)
		);
		expect(errors[s.overall.id].key).toBe('surveys.errors.notAChoice');
		expect(errors[`${s.grid.id}.${s.grid.items[0].id}`].key).toBe('surveys.errors.notOnScale');
		expect(errors[s.improved.id].key).toBe('surveys.errors.notAChoice');
		expect(errors[s.how.id].key).toBe('surveys.errors.oneChoice');
		const ok = await surveys.submit(
			person,
			s.survey.id,
			{},
			{ [s.overall.id]: s.overall.choices[0].id, [`${s.topics.id}.other`]: 'Return' }
		);
		expect(ok.changed).toBe(false);
	});

	it('refuses a number too large to count with a message, and drops a NUL from an open answer and a draft (no database error)', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(db, fixture.event.id);
		const n = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'number', 'How many?'));
		const t = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'short-text', 'Text'));
		expect(await fieldsOf(surveys.submit(await fixture.participant(), survey.id, {}, { [n.id]: '1e308' }))).toEqual({
			[n.id]: { key: 'validation.tooBig', params: { max: 1e12 } }
		});
		await surveys.submit(await fixture.participant(), survey.id, {}, { [n.id]: '1e12' });
		await surveys.submit(await fixture.participant(), survey.id, {}, { [n.id]: '1e12' });
		const drafter = await fixture.participant();
		await surveys.saveDraft(drafter, survey.id, {}, { [t.id]: 'a\u0000b', [`x\u0000`]: 'c' });
		const full = (await surveys.getSurvey(db, survey.id))!;
		expect((await surveys.mine(db, full, { key: `user:${drafter.actor.userId}`, stateId: null })).draft).toEqual({ [t.id]: 'ab', x: 'c' });
		await surveys.submit(drafter, survey.id, {}, { [t.id]: 'line\u0000 one\nline two' });
		const res = (await surveys.results(db, survey.id))!;
		expect(res.questions.find((x) => x.id === n.id)!.answered).toBe(2);
		expect(res.questions.find((x) => x.id === t.id)!.texts?.shown).toEqual(['line one\nline two']);
	});

	it('refuses answers before the opening and after the close, and people outside the audience', async () => {
		const s = await feedbackSurvey({ audience: 'attendees' });
		const absent = await fixture.participant({ attended: false });
		const present = await fixture.participant({ attended: true });
		const answers = { [s.overall.id]: s.overall.choices[0].id };
		expect(await codeOf(surveys.submit(absent, s.survey.id, {}, answers))).toBe('surveys.errors.notInAudience');
		const later = new Date(Date.now() + 30 * 86_400_000);
		expect(await codeOf(surveys.submit(present, s.survey.id, {}, answers, later))).toBe('surveys.errors.closed');
		expect(await codeOf(surveys.saveDraft(present, s.survey.id, {}, answers, new Date(Date.now() - 30 * 86_400_000)))).toBe(
			'surveys.errors.notOpenYet'
		);
		expect(await codeOf(surveys.submit(ctxAs(db, null), s.survey.id, {}, answers))).toBe('errors.signInRequired');
		await surveys.submit(present, s.survey.id, {}, answers);
	});

	it('lets a named response change until the close when the survey allows it', async () => {
		const s = await feedbackSurvey({ anonymous: false, editableAfterSubmit: true });
		const person = await fixture.participant();
		const first = await surveys.submit(person, s.survey.id, {}, { [s.overall.id]: s.overall.choices[0].id });
		const second = await surveys.submit(person, s.survey.id, {}, { [s.overall.id]: s.overall.choices[3].id });
		expect(second).toEqual({ responseId: first.responseId, changed: true });
		const full = (await surveys.getSurvey(db, s.survey.id))!;
		const respondent = await surveys.respondentFor(person, full.survey);
		expect((await surveys.mine(db, full, respondent)).response?.answers).toEqual({ [s.overall.id]: [s.overall.choices[3].id] });
	});

	it('answers a link survey only with its token', async () => {
		const s = await feedbackSurvey({ audience: 'link' });
		expect(s.survey.linkToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
		const visitor: Ctx = ctxAs(db, null);
		const answers = { [s.overall.id]: s.overall.choices[0].id };
		expect(await codeOf(surveys.submit(visitor, s.survey.id, { token: 'guess', visitorKey: 'k'.repeat(20) }, answers))).toBe(
			'surveys.errors.badLink'
		);
		await surveys.submit(visitor, s.survey.id, { token: s.survey.linkToken, visitorKey: 'k'.repeat(20) }, answers);
		expect(await codeOf(surveys.submit(visitor, s.survey.id, { token: s.survey.linkToken, visitorKey: 'k'.repeat(20) }, answers))).toBe(
			'surveys.errors.alreadyAnswered'
		);
	});
});

describe('building a survey', () => {
	it('refuses to change the meaning of an answered question, but lets it be reworded or hidden', async () => {
		const s = await feedbackSurvey();
		const input = question(s.sectionId, 'likert', 'Overall', { required: true, choices: english(['Very good', 'Good', 'Fair', 'Poor']) });
		// Before any answer, anything may change.
		await surveys.updateQuestion(s.secretariat, s.overall.id, {
			...input,
			choices: english(['Very good', 'Good', 'Fair', 'Poor', 'Very poor'])
		});
		await surveys.updateQuestion(s.secretariat, s.overall.id, input);
		const person = await fixture.participant();
		await surveys.submit(person, s.survey.id, {}, { [s.overall.id]: s.overall.choices[0].id });
		for (const change of [
			{ ...input, kind: 'single-choice' as const },
			{ ...input, choices: english(['Very good', 'Good', 'Fair']) },
			{ ...input, choices: english(['Excellent', 'Good', 'Fair', 'Poor']) }
		]) {
			expect(await codeOf(surveys.updateQuestion(s.secretariat, s.overall.id, change))).toBe('surveys.errors.answeredQuestion');
		}
		await surveys.updateQuestion(s.secretariat, s.overall.id, {
			...input,
			titles: { en: 'Overall, how was it?', fr: 'Dans l’ensemble ?' },
			choices: { ...input.choices, fr: ['Très bien', 'Bien', 'Moyen', 'Mauvais'] }
		});
		await surveys.setHidden(s.secretariat, s.overall.id, true);
		const full = (await surveys.getSurvey(db, s.survey.id))!;
		const overall = full.questions.find((q) => q.id === s.overall.id)!;
		expect(overall).toMatchObject({ hidden: true, titles: { en: 'Overall, how was it?' } });
		expect(overall.choices.map((c) => c.id)).toEqual(s.overall.choices.map((c) => c.id));
		expect(overall.choices[0].labels).toEqual({ en: 'Very good', fr: 'Très bien' });
	});

	it('refuses malformed questions with a message per field, writing nothing', async () => {
		const s = await feedbackSurvey();
		const before = (await surveys.getSurvey(db, s.survey.id))!.questions.length;
		expect(
			await fieldsOf(
				surveys.addQuestion(s.secretariat, s.survey.id, question(s.sectionId, 'likert', 'One point', { choices: english(['Only']) }))
			)
		).toEqual({
			'choices.en': { key: 'surveys.errors.choicesNeeded' }
		});
		expect(
			await fieldsOf(
				surveys.addQuestion(s.secretariat, s.survey.id, question(s.sectionId, 'rating-grid', 'No items', { choices: english(['A', 'B']) }))
			)
		).toEqual({ 'items.en': { key: 'surveys.errors.itemsNeeded' } });
		expect(
			await fieldsOf(
				surveys.addQuestion(
					s.secretariat,
					s.survey.id,
					question(s.sectionId, 'short-text', 'Bad condition', { conditionQuestionId: s.overall.id, conditionValue: 'yes' })
				)
			)
		).toEqual({ conditionValue: { key: 'surveys.errors.conditionValue' } });
		expect(
			await fieldsOf(
				surveys.addQuestion(
					s.secretariat,
					s.survey.id,
					question(s.sectionId, 'likert', 'Mismatch', { choices: { en: ['A', 'B'], fr: ['A'], es: [], ar: [] } })
				)
			)
		).toEqual({ 'choices.fr': { key: 'surveys.errors.linesMismatch' } });
		expect((await surveys.getSurvey(db, s.survey.id))!.questions.length).toBe(before);
	});

	it('locks anonymity once the survey has responses', async () => {
		const s = await feedbackSurvey();
		const person = await fixture.participant();
		await surveys.submit(person, s.survey.id, {}, { [s.overall.id]: s.overall.choices[0].id });
		expect(
			await codeOf(
				surveys.updateSurvey(s.secretariat, s.survey.id, {
					titles: s.survey.titles,
					audience: 'registrants',
					anonymous: false,
					editableAfterSubmit: false,
					opensAt: s.survey.opensAt,
					closesAt: s.survey.closesAt,
					resultsVisibility: 'public',
					version: s.survey.version
				})
			)
		).toBe('surveys.errors.anonymityLocked');
	});
});

describe('results', () => {
	it('counts each choice out of those who answered, a multiple choice per choice, scales with their mean, grids side by side', async () => {
		const s = await feedbackSurvey();
		const answers = [
			{ how: 0, overall: 0, improved: 'yes', topics: [0, 1], grid: [0, 1] },
			{ how: 0, overall: 1, improved: 'yes', topics: [1], grid: [0, 2], other: 'Return migration' },
			{ how: 1, overall: 1, improved: 'no', why: 'Too short', topics: [], grid: [1] },
			{ overall: 3, improved: 'yes', topics: [0, 1, 2] }
		];
		for (const r of answers) {
			const person = await fixture.participant();
			const raw: Record<string, string | string[]> = { [s.overall.id]: s.overall.choices[r.overall].id, [s.improved.id]: r.improved };
			if (r.how !== undefined) raw[s.how.id] = s.how.choices[r.how].id;
			if (r.why) raw[s.why.id] = r.why;
			raw[s.topics.id] = r.topics.map((i) => s.topics.choices[i].id);
			if (r.other) raw[`${s.topics.id}.other`] = r.other;
			(r.grid ?? []).forEach((choice, item) => (raw[`${s.grid.id}.${s.grid.items[item].id}`] = s.grid.choices[choice].id));
			await surveys.submit(person, s.survey.id, {}, raw);
		}
		const res = (await surveys.results(db, s.survey.id))!;
		expect(res.respondents).toBe(4);
		const q = (id: string) => res.questions.find((x) => x.id === id)!;
		expect(q(s.how.id).answered).toBe(3);
		expect(q(s.how.id).choices.map((c) => [c.count, c.of, c.percent])).toEqual([
			[2, 3, 66.7],
			[1, 3, 33.3]
		]);
		// Multiple choice: each choice out of the 3 respondents who chose something; the shares add up past 100.
		expect(q(s.topics.id).answered).toBe(3);
		expect(q(s.topics.id).choices.map((c) => c.count)).toEqual([2, 3, 1]);
		expect(q(s.topics.id).choices.every((c) => c.of === 3)).toBe(true);
		expect(q(s.topics.id).other).toEqual({ count: 1, percent: 33.3, of: 3 });
		// Scale: Very good = 1 … Poor = 4; mean of 1, 2, 2, 4.
		expect(q(s.overall.id).mean).toBe(2.25);
		expect(q(s.overall.id).choices.map((c) => c.count)).toEqual([1, 2, 0, 1]);
		expect(q(s.improved.id).choices.map((c) => [c.id, c.count, c.of])).toEqual([
			['yes', 3, 4],
			['no', 1, 4]
		]);
		const [opening, panel] = q(s.grid.id).items;
		expect([opening.answered, panel.answered]).toEqual([3, 2]);
		expect(opening.choices.map((c) => c.count)).toEqual([2, 1, 0]);
		expect(panel.choices.map((c) => c.count)).toEqual([0, 1, 1]);
		expect(panel.mean).toBe(2.5);
		expect(q(s.why.id).texts).toEqual({ total: 1, matching: 1, shown: ['Too short'] });
		const searched = (await surveys.results(db, s.survey.id, { search: 'LONG' }))!;
		expect(searched.questions.find((x) => x.id === s.why.id)!.texts).toEqual({ total: 1, matching: 0, shown: [] });
	});

	it('leaves hidden questions out of the results and shows them to the secretariat only when published so', async () => {
		const s = await feedbackSurvey();
		await surveys.setHidden(s.secretariat, s.how.id, true);
		const res = (await surveys.results(db, s.survey.id))!;
		expect(res.questions.some((q) => q.id === s.how.id)).toBe(false);
		expect(res.questions.find((q) => q.id === s.overall.id)!.choices.every((c) => c.percent === null && c.of === 0)).toBe(true);
		const anonymous = ctxAs(db, null).actor;
		const participant = ctxAs(db, 'participant', { userId: crypto.randomUUID() }).actor;
		expect(surveys.resultsVisible(anonymous, s.survey)).toBe(false);
		expect(surveys.resultsVisible(s.secretariat.actor, s.survey)).toBe(true);
		const toParticipants = await surveys.setState(s.secretariat, s.survey.id, { resultsVisibility: 'participants' });
		expect([surveys.resultsVisible(anonymous, toParticipants), surveys.resultsVisible(participant, toParticipants)]).toEqual([false, true]);
		const toPublic = await surveys.setState(s.secretariat, s.survey.id, { resultsVisibility: 'public' });
		expect(surveys.resultsVisible(anonymous, toPublic)).toBe(true);
	});
});

describe('mail', () => {
	it('invites the audience, and reminds only those who have not answered, also on an anonymous survey', async () => {
		const own = await surveyEvent(db, 'Survey mail');
		const { survey, sectionId, secretariat } = await openSurvey(db, own.event.id);
		const q = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Useful?', { required: true }));
		const [first, second, third] = [await own.participant(), await own.participant(), await own.participant()];
		void third;
		const context = { origin: 'https://dialogue.example.org', lang: 'en' as const };
		expect(await surveys.mailAudience(secretariat, survey.id, 'invite', context)).toBe(3);
		await surveys.submit(first, survey.id, {}, { [q.id]: 'yes' });
		await surveys.submit(second, survey.id, {}, { [q.id]: 'no' });
		const before = new Date();
		expect(await surveys.mailAudience(secretariat, survey.id, 'remind', context)).toBe(1);
		const sent = await db.select().from(outbox).where(gte(outbox.createdAt, before));
		expect(sent).toHaveLength(1);
		expect(sent[0].text).toContain(`https://dialogue.example.org/surveys/${survey.id}`);
		expect(sent[0].text).toMatch(/^Reminder: the survey “Participant survey” closes on/);
		const link = await openSurvey(db, own.event.id, { audience: 'link' });
		expect(await codeOf(surveys.mailAudience(secretariat, link.survey.id, 'invite', context))).toBe('surveys.errors.noMailAudience');
		expect(await codeOf(surveys.mailAudience(first, survey.id, 'invite', context))).toBe('errors.forbidden');
	});

	it('writes to each recipient in their account’s language, and not to disabled accounts', async () => {
		const own = await surveyEvent(db, 'Survey mail languages');
		const { survey } = await openSurvey(db, own.event.id);
		const [french, english, gone] = [await own.participant(), await own.participant(), await own.participant()];
		void english;
		const userOf = (c: Ctx) => (c.actor.kind === 'user' && c.actor.userId) || '';
		await db
			.update(users)
			.set({ locale: 'fr' })
			.where(eq(users.id, userOf(french)));
		await db
			.update(users)
			.set({ disabled: true })
			.where(eq(users.id, userOf(gone)));
		const before = new Date();
		// Sent by a secretariat working in Spanish: each recipient still reads their own language.
		expect(await surveys.mailAudience(ctxAs(db, 'secretariat'), survey.id, 'invite', { origin: 'https://x.example', lang: 'es' })).toBe(2);
		const sent = await db.select().from(outbox).where(gte(outbox.createdAt, before));
		const [fr] = await db
			.select({ email: users.email })
			.from(users)
			.where(eq(users.id, userOf(french)));
		const [off] = await db
			.select({ email: users.email })
			.from(users)
			.where(eq(users.id, userOf(gone)));
		expect(sent.map((m) => m.to)).not.toContain(off.email);
		expect(sent.find((m) => m.to === fr.email)!.subject).toMatch(/^Enquête : /);
		expect(sent.find((m) => m.to !== fr.email)!.subject).toMatch(/^Survey: /);
	});
});
