import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { surveyEditSchema, surveySchema } from '$lib/surveys/schemas';
import { parseWith } from '$lib/validation';
import type { Db } from '../db/client';
import type { DomainError, ValidationError } from '../core/errors';
import { userRoles, users } from '../auth/schema';
import { events } from '../dialogues/schema';
import * as agenda from '../agenda';
import * as dialogues from '../dialogues';
import { ctxAs } from '../testing/actors';
import { testDatabase } from '../testing/database';
import { smtpCapture } from '../testing/smtp-capture';
import { english, openSurvey, question, surveyEvent } from '../testing/survey-fixtures';
import { surveyAnswered } from './schema';
import * as surveys from '.';

/** Surveys of a cycle's focal points (one response per State): listing, mail, time zones; conditions named by label. */
const received = smtpCapture();
let db: Db;
let cycleId: string;

beforeAll(async () => {
	db = (await testDatabase()).db;
	const secretariat = ctxAs(db, 'secretariat');
	const dialogue = await dialogues.createDialogue(secretariat, {
		slug: 'state-surveys',
		names: { en: 'State surveys' },
		languages: ['en']
	});
	cycleId = (await dialogues.createCycle(secretariat, { dialogueId: dialogue.id, year: 2032, themes: { en: 'Theme' }, status: 'planning' }))
		.id;
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

/** An account that is a focal point of `stateId`, as the mail finds it. */
async function focalPoint(stateId: string, disabled = false) {
	const email = `fp.${stateId.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}@example.org`;
	const [user] = await db
		.insert(users)
		.values({ email, displayName: `Focal point ${stateId}`, passwordHash: 'x', disabled })
		.returning();
	await db.insert(userRoles).values({ userId: user.id, role: 'state-focal-point', stateId });
	return { email, ctx: ctxAs(db, 'state-focal-point', { stateId, userId: user.id }) };
}

describe('surveys of a cycle’s focal points', () => {
	it('are listed for the cycle, in its consultations’ time zone, with whether the visitor’s State has answered', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(db, { cycleId }, { audience: 'focal-points', anonymous: false });
		const q = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Support?', { required: true }));
		expect((await surveys.listForCycle(db, cycleId)).map((s) => s.id)).toContain(survey.id);
		// No consultation yet: the default zone; then the latest consultation's.
		expect(await surveys.timeZoneOf(db, survey)).toBe('Europe/Zurich');
		await agenda.createConsultation(secretariat, {
			cycleId,
			titles: { en: 'Consultations' },
			heldOn: '2031-10-01',
			timeZone: 'America/New_York'
		});
		expect(await surveys.timeZoneOf(db, survey)).toBe('America/New_York');

		const fra = ctxAs(db, 'state-focal-point', { stateId: 'FRA', userId: crypto.randomUUID() });
		await surveys.submit(fra, survey.id, {}, { [q.id]: 'yes' });
		const seen = await surveys.forCycleVisitors(db, fra.actor, cycleId);
		expect(seen.zone).toBe('America/New_York');
		const mine = seen.surveys.find((s) => s.id === survey.id)!;
		expect(mine).toMatchObject({ phase: 'open', resultsVisible: false });
		expect(mine.states).toEqual([{ id: 'FRA', name: 'France', answered: true, answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
		const other = await surveys.forCycleVisitors(db, ctxAs(db, 'state-focal-point', { stateId: 'MEX' }).actor, cycleId);
		expect(other.surveys.find((s) => s.id === survey.id)!.states).toEqual([
			{ id: 'MEX', name: 'Mexico', answered: false, answeredOn: null }
		]);

		// A second focal point of the State finds the State's response.
		const second = ctxAs(db, 'state-focal-point', { stateId: 'FRA', userId: crypto.randomUUID() });
		const full = (await surveys.getSurvey(db, survey.id))!;
		expect(full.cycle).toMatchObject({ id: cycleId, year: 2032 });
		const current = await surveys.mine(db, full, await surveys.respondentFor(second, full.survey));
		expect(current.response?.answers).toEqual({ [q.id]: ['yes'] });
	});

	it('lets a focal point of two States answer for each, the State named and checked, and lists each State’s answer', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(db, { cycleId }, { audience: 'focal-points', anonymous: false });
		const q = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Support?', { required: true }));
		const both = {
			db,
			actor: {
				kind: 'user' as const,
				userId: crypto.randomUUID(),
				label: 'two States',
				grants: [
					{ role: 'state-focal-point' as const, stateId: 'DEU', organisationId: null },
					{ role: 'state-focal-point' as const, stateId: 'CHE', organisationId: null }
				]
			}
		};
		// Which State is theirs to say: not guessed from the order of the grants.
		expect(await codeOf(surveys.submit(both, survey.id, {}, { [q.id]: 'yes' }))).toBe('surveys.errors.chooseState');
		expect(await codeOf(surveys.submit(both, survey.id, { stateId: 'FRA' }, { [q.id]: 'yes' }))).toBe('surveys.errors.otherState');
		await surveys.submit(both, survey.id, { stateId: 'CHE' }, { [q.id]: 'yes' });
		expect(await codeOf(surveys.submit(both, survey.id, { stateId: 'CHE' }, { [q.id]: 'no' }))).toBe('surveys.errors.alreadyAnswered');
		await surveys.submit(both, survey.id, { stateId: 'DEU' }, { [q.id]: 'no' });
		const full = (await surveys.getSurvey(db, survey.id))!;
		expect(await surveys.respondentFor(both, full.survey, { stateId: 'DEU' })).toEqual({ key: 'state:DEU', stateId: 'DEU' });
		const seen = (await surveys.forCycleVisitors(db, both.actor, cycleId)).surveys.find((s) => s.id === survey.id)!;
		expect(seen.states.map((s) => [s.id, s.answered])).toEqual([
			['CHE', true],
			['DEU', true]
		]);
		const res = (await surveys.results(db, survey.id))!;
		expect(res.questions.find((x) => x.id === q.id)!.answered).toBe(2);
	});

	it('keeps the day a State answered in the survey’s zone, and no day at all for an anonymous survey', async () => {
		const secretariat = ctxAs(db, 'secretariat');
		const dialogue = await dialogues.createDialogue(secretariat, {
			slug: 'state-surveys-tokyo',
			names: { en: 'Tokyo' },
			languages: ['en']
		});
		const tokyoCycle = (
			await dialogues.createCycle(secretariat, { dialogueId: dialogue.id, year: 2034, themes: { en: 'T' }, status: 'planning' })
		).id;
		await agenda.createConsultation(secretariat, {
			cycleId: tokyoCycle,
			titles: { en: 'C' },
			heldOn: '2033-10-01',
			timeZone: 'Asia/Tokyo'
		});
		const named = await openSurvey(db, { cycleId: tokyoCycle }, { audience: 'focal-points', anonymous: false });
		const q = await surveys.addQuestion(named.secretariat, named.survey.id, question(named.sectionId, 'yes-no', 'S?'));
		// 20:00Z is already the next day in Tokyo.
		const now = new Date();
		now.setUTCHours(20, 0, 0, 0);
		if (now.getTime() > Date.now()) now.setUTCDate(now.getUTCDate() - 1);
		const jpn = ctxAs(db, 'state-focal-point', { stateId: 'JPN', userId: crypto.randomUUID() });
		await surveys.submit(jpn, named.survey.id, {}, { [q.id]: 'yes' }, now);
		const tokyoDay = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
		const seen = await surveys.forCycleVisitors(db, jpn.actor, tokyoCycle, now);
		expect(seen.surveys.find((s) => s.id === named.survey.id)!.states[0].answeredOn).toBe(tokyoDay);

		const anonymous = await openSurvey(db, { cycleId: tokyoCycle }, { audience: 'focal-points', anonymous: true });
		const a = await surveys.addQuestion(anonymous.secretariat, anonymous.survey.id, question(anonymous.sectionId, 'yes-no', 'A?'));
		await surveys.submit(jpn, anonymous.survey.id, {}, { [a.id]: 'yes' });
		const listed = (await surveys.forCycleVisitors(db, jpn.actor, tokyoCycle)).surveys.find((s) => s.id === anonymous.survey.id)!;
		expect(listed.states).toEqual([{ id: 'JPN', name: 'Japan', answered: true, answeredOn: null }]);
		// An administrator's record of who answered an anonymous survey drops the day too.
		await surveys.recordResponses(ctxAs(db, 'admin'), anonymous.survey.id, [{ submittedOn: '2033-05-23', answers: { [a.id]: 'no' } }]);
		await surveys.recordAnswered(ctxAs(db, 'admin'), anonymous.survey.id, [{ respondentKey: 'state:KOR', answeredOn: '2033-05-23' }]);
		const rows = await db.select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, anonymous.survey.id));
		expect(rows.map((r) => r.answeredOn)).toEqual([null, null]);
	});

	it('mails the invitation to the focal points of every State, and reminders only to those of States that have not answered', async () => {
		const { survey, sectionId, secretariat } = await openSurvey(
			db,
			{ cycleId },
			{ audience: 'focal-points', anonymous: true, titles: { en: 'Consultation survey' } }
		);
		const q = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Support?', { required: true }));
		const [can1, can2, mex, nor] = [await focalPoint('CAN'), await focalPoint('CAN'), await focalPoint('MEX'), await focalPoint('NOR')];
		const disabled = await focalPoint('PER', true);
		// San Marino is an IOM observer, not a member: the survey does not ask its focal point.
		const observer = await focalPoint('SMR');
		const context = { origin: 'https://dialogue.example.org', lang: 'en' as const };
		const before = received.length;
		expect(await surveys.mailAudience(secretariat, survey.id, 'invite', context)).toBeGreaterThanOrEqual(4);
		const invited = received.slice(before).flatMap((m) => m.to);
		expect(invited).toEqual(expect.arrayContaining([can1.email, can2.email, mex.email, nor.email]));
		expect(invited).not.toContain(disabled.email);
		expect(invited).not.toContain(observer.email);
		const invitation = received.slice(before).find((m) => m.to.includes(mex.email))!;
		expect(invitation.data).toContain('Survey: Consultation survey');
		expect(invitation.data.replace(/=\r?\n/g, '')).toContain(`https://dialogue.example.org/surveys/${survey.id}`);

		// Canada answers (anonymously) through one of its focal points: neither of them is reminded.
		await surveys.submit(can1.ctx, survey.id, {}, { [q.id]: 'yes' });
		const mark = received.length;
		await surveys.mailAudience(secretariat, survey.id, 'remind', context);
		const reminded = received.slice(mark).flatMap((m) => m.to);
		expect(reminded).toEqual(expect.arrayContaining([mex.email, nor.email]));
		expect(reminded).not.toContain(can1.email);
		expect(reminded).not.toContain(can2.email);
		expect(reminded).not.toContain(observer.email);
		// Nor may it answer: refused with a message, nothing recorded.
		expect(await codeOf(surveys.submit(observer.ctx, survey.id, {}, { [q.id]: 'yes' }))).toBe('surveys.errors.stateNotMember');
		const reminder = received.slice(mark).find((m) => m.to.includes(nor.email))!;
		expect(reminder.data.replace(/=\r?\n/g, '')).toMatch(/your State has not answered yet/);
		// Only the secretariat mails; a link survey is not mailed.
		expect(await codeOf(surveys.mailAudience(can1.ctx, survey.id, 'remind', context))).toBe('errors.forbidden');
	});

	it('a link survey is still not mailed', async () => {
		const own = await surveyEvent(db, 'Link mail');
		const link = await openSurvey(db, own.event.id, { audience: 'link' });
		const context = { origin: 'https://dialogue.example.org', lang: 'en' as const };
		expect(await codeOf(surveys.mailAudience(link.secretariat, link.survey.id, 'invite', context))).toBe('surveys.errors.noMailAudience');
	});
});

describe('open and close times in the owner’s time zone', () => {
	const fields = { titles: { en: 'Survey' }, audience: 'registrants', resultsVisibility: 'secretariat' };

	it('reads a datetime typed in the form as the wall-clock time in the zone; an offset is taken as given', () => {
		const zurich = parseWith(surveySchema('Europe/Zurich'), { ...fields, opensAt: '2030-07-01T09:00', closesAt: '2030-12-01T18:00' });
		expect(zurich.ok && [zurich.data.opensAt.toISOString(), zurich.data.closesAt.toISOString()]).toEqual([
			'2030-07-01T07:00:00.000Z',
			'2030-12-01T17:00:00.000Z'
		]);
		const ny = parseWith(surveyEditSchema('America/New_York'), {
			...fields,
			version: 1,
			opensAt: '2030-07-01T09:00',
			closesAt: '2030-07-02T09:00'
		});
		expect(ny.ok && ny.data.opensAt.toISOString()).toBe('2030-07-01T13:00:00.000Z');
		const offset = parseWith(surveySchema('Europe/Zurich'), {
			...fields,
			opensAt: '2030-07-01T09:00:00Z',
			closesAt: '2030-07-02T09:00:00+02:00'
		});
		expect(offset.ok && offset.data.opensAt.toISOString()).toBe('2030-07-01T09:00:00.000Z');
	});

	it('refuses a close before the opening, in the zone, and a malformed time, with a message each', () => {
		// 10:00 in New York is after 15:00 in Zurich the same day, but not in New York's wall-clock time.
		const before = parseWith(surveySchema('America/New_York'), { ...fields, opensAt: '2030-07-01T15:00', closesAt: '2030-07-01T10:00' });
		expect(!before.ok && before.errors.closesAt).toEqual({ key: 'surveys.errors.closesBeforeOpening' });
		const bad = parseWith(surveySchema('Europe/Zurich'), { ...fields, opensAt: '1 July', closesAt: '2030-07-01T10:00' });
		expect(!bad.ok && bad.errors.opensAt).toEqual({ key: 'surveys.errors.dateTime' });
		// A year outside 1900–2999 (a slip for 2024) is refused with the same message, not read as 1924.
		for (const opensAt of ['0024-07-01T10:00', '0024-07-01T10:00Z', '3024-07-01T10:00']) {
			const year = parseWith(surveySchema('Europe/Zurich'), { ...fields, opensAt, closesAt: '3030-07-01T10:00' });
			expect(!year.ok && year.errors.opensAt).toEqual({ key: 'surveys.errors.dateTime' });
		}
	});

	it('an event’s survey takes the event’s zone', async () => {
		const own = await surveyEvent(db, 'Zoned');
		await db.update(events).set({ timeZone: 'Asia/Tokyo' }).where(eq(events.id, own.event.id));
		const { survey } = await openSurvey(db, own.event.id);
		expect(await surveys.timeZoneOf(db, survey)).toBe('Asia/Tokyo');
	});
});

describe('conditions', () => {
	it('name a choice by its label (any language, any case) or its number, and store the choice', async () => {
		const own = await surveyEvent(db, 'Conditions');
		const { survey, sectionId, secretariat } = await openSurvey(db, own.event.id);
		const scale = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'likert', 'Useful?', {
				choices: { en: ['Very', 'Somewhat', 'Not useful'], fr: ['Très', 'Un peu', 'Pas utile'], es: [], ar: [] }
			})
		);
		const full = async () => (await surveys.getSurvey(db, survey.id))!.questions;
		const notUseful = (await full()).find((q) => q.id === scale.id)!.choices[2].id;
		const why = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Why not?', { conditionQuestionId: scale.id, conditionValue: 'not USEFUL' })
		);
		expect((await full()).find((q) => q.id === why.id)!.conditionValue).toBe(notUseful);
		const byFrench = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Pourquoi ?', { conditionQuestionId: scale.id, conditionValue: 'Pas utile' })
		);
		expect((await full()).find((q) => q.id === byFrench.id)!.conditionValue).toBe(notUseful);
		const byNumber = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Why?', { conditionQuestionId: scale.id, conditionValue: '3' })
		);
		expect((await full()).find((q) => q.id === byNumber.id)!.conditionValue).toBe(notUseful);
		const wrong = await rejection(
			surveys.addQuestion(
				secretariat,
				survey.id,
				question(sectionId, 'short-text', 'Hm?', { conditionQuestionId: scale.id, conditionValue: 'Maybe' })
			)
		);
		expect((wrong as ValidationError).errors).toEqual({ conditionValue: { key: 'surveys.errors.conditionValue' } });
	});

	it('read a label made of digits as that label before a position: "10" of 0..10 stays "10", "0" and "2024" are accepted', async () => {
		const own = await surveyEvent(db, 'Digit conditions');
		const { survey, sectionId, secretariat } = await openSurvey(db, own.event.id);
		const score = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'single-choice', 'Score', { choices: english(Array.from({ length: 11 }, (_, i) => String(i))) })
		);
		const year = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'single-choice', 'Year', { choices: english(['2023', '2024']) })
		);
		const full = async () => (await surveys.getSurvey(db, survey.id))!.questions;
		const choiceOf = async (questionId: string, label: string) =>
			(await full()).find((q) => q.id === questionId)!.choices.find((c) => c.labels.en === label)!.id;
		// Stored by the choice's id (as the form's list sends it), then saved back by its label through the API.
		const why = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Why 10?', { conditionQuestionId: score.id, conditionValue: await choiceOf(score.id, '10') })
		);
		await surveys.updateQuestion(
			secretariat,
			why.id,
			question(sectionId, 'short-text', 'Why 10? (reworded)', { conditionQuestionId: score.id, conditionValue: '10' })
		);
		expect((await full()).find((q) => q.id === why.id)!.conditionValue).toBe(await choiceOf(score.id, '10'));
		const zero = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Why 0?', { conditionQuestionId: score.id, conditionValue: '0' })
		);
		expect((await full()).find((q) => q.id === zero.id)!.conditionValue).toBe(await choiceOf(score.id, '0'));
		const then = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Why 2024?', { conditionQuestionId: year.id, conditionValue: '2024' })
		);
		expect((await full()).find((q) => q.id === then.id)!.conditionValue).toBe(await choiceOf(year.id, '2024'));
		// A number no label reads as is still a position (1 = first).
		const first = await surveys.addQuestion(
			secretariat,
			survey.id,
			question(sectionId, 'short-text', 'Why the first?', { conditionQuestionId: year.id, conditionValue: '1' })
		);
		expect((await full()).find((q) => q.id === first.id)!.conditionValue).toBe(await choiceOf(year.id, '2023'));
	});
});

describe('who answered, for responses recorded after the fact', () => {
	it('records "has answered" rows, never more than the responses, and only by an administrator', async () => {
		const own = await surveyEvent(db, 'Recorded');
		const { survey, sectionId, secretariat } = await openSurvey(db, own.event.id);
		const q = await surveys.addQuestion(secretariat, survey.id, question(sectionId, 'yes-no', 'Useful?', { required: true }));
		const admin = ctxAs(db, 'admin');
		await surveys.recordResponses(admin, survey.id, [
			{ submittedOn: '2024-05-23', answers: { [q.id]: 'yes' } },
			{ submittedOn: '2024-05-24', answers: { [q.id]: 'no' } }
		]);
		const keys = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()].map((id) => `registration:${id}`);
		expect(await codeOf(surveys.recordAnswered(secretariat, survey.id, [{ respondentKey: keys[0], answeredOn: '2024-05-23' }]))).toBe(
			'errors.forbidden'
		);
		expect(
			await codeOf(
				surveys.recordAnswered(
					admin,
					survey.id,
					keys.map((respondentKey) => ({ respondentKey, answeredOn: '2024-05-23' }))
				)
			)
		).toBe('surveys.errors.moreAnsweredThanResponses');
		expect(await codeOf(surveys.recordAnswered(admin, survey.id, [{ respondentKey: 'nobody', answeredOn: '2024-05-23' }]))).toBe(
			'validation.format'
		);
		expect(await db.select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, survey.id))).toHaveLength(0);
		expect(
			await surveys.recordAnswered(
				admin,
				survey.id,
				keys.slice(0, 2).map((respondentKey) => ({ respondentKey, answeredOn: '2024-05-23' }))
			)
		).toBe(2);
		expect(await db.select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, survey.id))).toHaveLength(2);
	});
});
