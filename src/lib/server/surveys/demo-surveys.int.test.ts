import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { SurveyOut, SurveyQuestionsOut, SurveyResultsOut } from '$lib/api/surveys';
import type { Role } from '$lib/auth/roles';
import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import { auditLog } from '../audit/schema';
import { registrations } from '../registration/schema';
import { surveyAnswered } from './schema';
import type { Db } from '../db/client';
import { api } from '../api/http';
import * as v1 from '../api/v1-surveys';
import { openApiDocument } from '../api/openapi';
import * as demo from '../demo';
import { OPEN_ANSWERS, RESPONSES } from '../demo/survey-data';
import * as dialogues from '../dialogues';
import { actorWith } from '../testing/actors';
import { testDatabase } from '../testing/database';
import * as surveys from '.';

let db: Db;
let eventId: string;
let surveyId: string;

beforeAll(async () => {
	db = (await testDatabase()).db;
	await demo.load(db);
	const events = await dialogues.listEvents(db, { limit: 1000 });
	eventId = events.find((e) => e.startDate === '2024-05-21' && e.kind === 'session')!.id;
	surveyId = (await surveys.listForEvent(db, eventId))[0].id;
});

function request(path: string, params: Record<string, string>, role: Role | null = null) {
	const actor = actorWith(role);
	const url = new URL(`http://localhost/api/v1${path}`);
	return {
		url,
		params,
		request: new Request(url),
		locals: { lang: 'en', actor, ctx: { db, actor }, user: null }
	} as unknown as RequestEvent;
}
async function call(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	return { status: response.status, body: await response.json() };
}

describe('the demo’s IDM 2024 participant survey, from seed 000', () => {
	it('has the eight questions of the seed and 44 submitted responses, published to the public', async () => {
		const full = (await surveys.getSurvey(db, surveyId))!;
		expect(full.questions.map((q) => q.titles.en)).toEqual([
			'How did you participate in the event?',
			'Looking at the Dialogue as a whole, how would you rate the following?',
			'How did the Dialogue improve your knowledge and understanding of the topics discussed?',
			'How would you rate each moment of the IDM?',
			'Did this conference help highlight good practices, lessons learned, and recommendations to ensure human mobility is leveraged as a crucial component to achieve the 2030 Agenda?',
			'What worked well?',
			'What could have worked better?',
			'What would you like to see in the next IDM?'
		]);
		expect(full.survey).toMatchObject({ anonymous: true, resultsVisibility: 'public' });
		const results = (await surveys.results(db, surveyId))!;
		expect(results.respondents).toBe(RESPONSES);
		expect(results.respondents).toBe(44);
		// Every choice question's counts add up to those who answered it.
		const q1 = results.questions[0];
		expect(q1.answered).toBe(44);
		expect(q1.choices.reduce((s, c) => s + c.count, 0)).toBe(44);
		expect(q1.choices.map((c) => c.count)).toEqual([27, 13, 4]);
		for (const item of results.questions[1].items) expect(item.choices.reduce((s, c) => s + c.count, 0)).toBe(44);
		expect(results.questions[4].choices.map((c) => [c.id, c.count, c.of])).toEqual([
			['yes', 40, 44],
			['no', 4, 44]
		]);
	});

	it('has its counts (kept as its responses were recorded) equal to a recount from the answers', async () => {
		const kept = await surveys.readTallies(db, surveyId);
		expect(kept.find((t) => t.questionId === null)?.respondents).toBe(RESPONSES);
		let recounted: surveys.Tally[] = [];
		await db
			.transaction(async (tx) => {
				await surveys.recountTallies(tx, surveyId);
				recounted = await surveys.readTallies(tx, surveyId);
				tx.rollback();
			})
			.catch(() => {});
		expect(recounted).toEqual(kept);
	});

	it('holds the open answers quoted in the seed, verbatim, and finds them by search', async () => {
		const results = (await surveys.results(db, surveyId))!;
		const [q6, q7, q8] = results.questions.slice(5);
		expect(q6.texts!.shown.sort()).toEqual([...OPEN_ANSWERS.q6].sort());
		expect(q7.texts!.shown.sort()).toEqual([...OPEN_ANSWERS.q7].sort());
		expect(q8.texts!.shown.sort()).toEqual([...OPEN_ANSWERS.q8].sort());
		expect(q8.texts!.shown).toContain('You might consider mixing in concrete solutions and tools even more. And more dancing of course.');
		const searched = (await surveys.results(db, surveyId, { search: 'private sector' }))!;
		expect(searched.questions[5].texts!.shown).toHaveLength(1);
		expect(searched.questions[6].texts).toMatchObject({ matching: 1, total: 6 });
		const view = surveys.resultsView(results, 'en');
		expect(view.questions[0].rows[0]).toEqual({ label: 'In person', count: 27, share: '61.4 % (27 of 44 respondents)' });
		expect(view.questions[0].svg).toContain('role="img"');
	});

	it('the API lists the event’s surveys, the questions and the published results in the shapes the OpenAPI document declares', async () => {
		const list = await call(v1.eventSurveys, request(`/events/${eventId}/surveys`, { id: eventId }));
		expect(list.status).toBe(200);
		expect(z.object({ items: z.array(SurveyOut) }).parse(list.body).items).toHaveLength(1);
		expect(JSON.stringify(list.body)).not.toContain('linkToken');
		const questions = await call(v1.surveyQuestions, request(`/surveys/${surveyId}`, { id: surveyId }));
		expect(SurveyQuestionsOut.parse(questions.body).sections.flatMap((s) => s.questions)).toHaveLength(8);
		const results = await call(v1.surveyResults, request(`/surveys/${surveyId}/results`, { id: surveyId }));
		expect(results.status).toBe(200);
		expect(SurveyResultsOut.parse(results.body).respondents).toBe(44);
		const paths = Object.keys((openApiDocument() as { paths: Record<string, unknown> }).paths);
		expect(paths).toEqual(expect.arrayContaining(['/events/{id}/surveys', '/surveys/{id}', '/surveys/{id}/results']));
		const missing = await call(v1.surveyResults, request('/surveys/x/results', { id: 'not-a-uuid' }));
		expect(missing.status).toBe(404);
	});

	it('keeps unpublished results from visitors (401) and participants (403) in the API', async () => {
		const secretariat = { db, actor: actorWith('secretariat') };
		await surveys.setState(secretariat, surveyId, { resultsVisibility: 'secretariat' });
		try {
			expect((await call(v1.surveyResults, request(`/surveys/${surveyId}/results`, { id: surveyId }))).status).toBe(401);
			expect((await call(v1.surveyResults, request(`/surveys/${surveyId}/results`, { id: surveyId }, 'participant'))).status).toBe(403);
			expect((await call(v1.surveyResults, request(`/surveys/${surveyId}/results`, { id: surveyId }, 'secretariat'))).status).toBe(200);
		} finally {
			await surveys.setState(secretariat, surveyId, { resultsVisibility: 'public' });
		}
	});
});

describe('who answered the demo’s surveys', () => {
	it('records the 44 respondents of the IDM 2024 survey as having answered (registrants who attended), as many as the responses, with no day', async () => {
		const answered = await db.select().from(surveyAnswered).where(eq(surveyAnswered.surveyId, surveyId));
		expect(answered).toHaveLength(RESPONSES);
		expect(new Set(answered.map((a) => a.respondentKey)).size).toBe(RESPONSES);
		const ids = answered.map((a) => a.respondentKey.replace(/^registration:/, ''));
		const found = await db
			.select({
				eventId: registrations.eventId,
				status: registrations.status,
				inRoom: registrations.attendedInRoom,
				online: registrations.attendedOnline
			})
			.from(registrations)
			.where(inArray(registrations.id, ids));
		expect(found).toHaveLength(RESPONSES);
		for (const r of found) expect(r.eventId === eventId && r.status === 'approved' && (r.inRoom || r.online)).toBe(true);
		// No day: the survey is anonymous, and a day answered beside the responses' days would tie a
		// registrant to a response (a day with one response and one respondent).
		expect(answered.every((a) => a.answeredOn === null)).toBe(true);
		const linked = (await db.execute(sql`
			select a.respondent_key from survey_answered a
			join survey_responses r on r.survey_id = a.survey_id and r.submitted_on = a.answered_on
			where a.survey_id = ${surveyId}::uuid`)) as unknown as { rows: unknown[] };
		expect(linked.rows).toHaveLength(0);
	});

	it('has an open survey of member States on next year’s cycle that the demo focal point (Canada) may answer for its State', async () => {
		const next = new Date().getUTCFullYear() + 1;
		const cycle = (await dialogues.listCycles(db)).find((c) => c.dialogueSlug === 'idm' && c.year === next)!;
		const [survey] = await surveys.listForCycle(db, cycle.id);
		expect(survey).toMatchObject({ audience: 'focal-points', anonymous: false, editableAfterSubmit: true });
		expect(surveys.phaseAt(survey)).toBe('open');
		const canada = { db, actor: actorWith('state-focal-point', { stateId: 'CAN', userId: crypto.randomUUID() }) };
		expect(await surveys.respondentFor(canada, survey)).toEqual({ key: 'state:CAN', stateId: 'CAN' });
		const full = (await surveys.getSurvey(db, survey.id))!;
		expect(full.questions).toHaveLength(3);
		expect((await surveys.mine(db, full, { key: 'state:CAN', stateId: 'CAN' })).answeredOn).toBeNull();
	});
});

describe('exports of responses', () => {
	async function text(response: Response) {
		return Buffer.from(await response.arrayBuffer());
	}

	it('streams one row per response with a column per question and grid item, as CSV and XLSX, audited, for the secretariat only', async () => {
		const secretariat = { db, actor: actorWith('secretariat') };
		const csv = (await text(await surveys.exportResponses(secretariat, surveyId, 'csv'))).toString('utf8');
		const lines = parse(csv.replace(/^\uFEFF/, ''));
		expect(lines).toHaveLength(45);
		const header = lines[0];
		expect(header.slice(0, 3)).toEqual(['response', 'submitted_on', 'Q1 How did you participate in the event?']);
		expect(header).toContain('Q2 Looking at the Dialogue as a whole, how would you rate the following? – Quality of the speakers');
		expect(header).not.toContain('respondent');
		const q1 = header.indexOf('Q1 How did you participate in the event?');
		expect(lines.slice(1).filter((l) => l[q1] === 'In person')).toHaveLength(27);
		const q8 = header.indexOf('Q8 What would you like to see in the next IDM?');
		expect(lines.slice(1).map((l) => l[q8])).toContain(OPEN_ANSWERS.q8[5]);
		const xlsx = await text(await surveys.exportResponses(secretariat, surveyId, 'xlsx'));
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
		expect(workbook.worksheets[0].rowCount).toBe(45);
		const trail = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, surveyId), eq(auditLog.action, 'survey.export')));
		expect(trail.map((t) => (t.after as { format: string }).format).sort()).toEqual(['csv', 'xlsx']);
		await expect(surveys.exportResponses({ db, actor: actorWith('participant') }, surveyId, 'csv')).rejects.toMatchObject({ status: 403 });
	});
});
