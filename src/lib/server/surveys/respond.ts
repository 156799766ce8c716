/**
 * Answering a survey: who may (its audience), drafts, submission. One response per person (or per
 * State): a named response's unique key (survey, respondent) and, for anonymous surveys, the
 * "has answered" key (survey, respondent) refuse a second one even when two arrive at once. An
 * anonymous response keeps no respondent, and only its date; it leaves no audit entry (who and
 * when, beside the response's day, could name its author), only the undated "has answered" row.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { checkAnswers, cleanAnswers, type AnswerRow, type RawAnswers } from '$lib/domain/surveys';
import { dayIn } from '$lib/domain/time-zones';
import type { Ctx } from '../core/actor';
import { isUniqueViolation } from '../core/db-errors';
import { DomainError, notFound, ValidationError } from '../core/errors';
import { inTransaction, queriesOn } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { audienceUsers } from '../registration';
import { stateMemberships } from '../reference/schema';
import { membershipOn } from '$lib/domain/validity';
import { groupBy } from '$lib/domain/group-by';
import { surveyAnswered, surveyAnswers, surveyDrafts, surveyResponses } from './schema';
import { focalPointStates, getSurvey, phaseAt, timeZoneOf, type FullSurvey, type Survey } from './surveys';
import { applyTallies, TallyChange } from './tallies';

export interface Respondent {
	/** `user:<id>`, `state:<code>` or, for a link survey answered without an account, `visitor:<key>`. */
	key: string;
	stateId: string | null;
}

export interface Access {
	/** The token of a `link` survey's address. */
	token?: string | null;
	/** A visitor's own random key (a cookie), for link surveys answered without an account. */
	visitorKey?: string | null;
	/** For a focal point of several States: the one they answer for (checked against their grants). */
	stateId?: string | null;
}

/** Who answers: the person, or their State for a focal-point survey. Refuses those outside the audience. */
export async function respondentFor(ctx: Ctx, survey: Survey, access: Access = {}): Promise<Respondent> {
	const actor = ctx.actor;
	const userId = actor.kind === 'user' ? actor.userId : null;
	switch (survey.audience) {
		case 'link':
			if (!access.token || access.token !== survey.linkToken) throw new DomainError('surveys.errors.badLink', 403);
			if (userId) return { key: `user:${userId}`, stateId: null };
			if (access.visitorKey && /^[A-Za-z0-9_-]{16,64}$/.test(access.visitorKey))
				return { key: `visitor:${access.visitorKey}`, stateId: null };
			throw new DomainError('errors.signInRequired', 401);
		case 'focal-points': {
			if (!userId) throw new DomainError('errors.signInRequired', 401);
			const own = focalPointStates(actor);
			if (!own.length) throw new DomainError('surveys.errors.notInAudience', 403);
			// A focal point of several States names the one they answer for; of one, it is that one.
			if (access.stateId && !own.includes(access.stateId)) throw new DomainError('surveys.errors.otherState', 403, 'stateId');
			const members = await memberStateIds(ctx.db, survey);
			const stateId = access.stateId ?? (own.length === 1 ? own[0] : null);
			if (!stateId) {
				if (!own.some((s) => members.has(s))) throw new DomainError('surveys.errors.stateNotMember', 403);
				throw new DomainError('surveys.errors.chooseState', 400, 'stateId');
			}
			if (!members.has(stateId)) throw new DomainError('surveys.errors.stateNotMember', 403);
			return { key: `state:${stateId}`, stateId };
		}
		default: {
			if (!userId) throw new DomainError('errors.signInRequired', 401);
			const found = survey.eventId ? await audienceUsers(ctx.db, survey.eventId, survey.audience === 'attendees', userId) : [];
			if (!found.length) throw new DomainError('surveys.errors.notInAudience', 403);
			return { key: `user:${userId}`, stateId: null };
		}
	}
}

/**
 * The States whose focal points a cycle's survey asks: IOM members on the day it opens, read like a
 * ballot's eligibility, so a later accession or withdrawal does not change who was asked.
 */
export async function memberStateIds(db: Db | Tx, survey: Pick<Survey, 'opensAt'>): Promise<Set<string>> {
	const on = survey.opensAt.toISOString().slice(0, 10);
	// Only the membership records, read with the directory's own rule (membershipOn), not the whole directory.
	const records = await db.select().from(stateMemberships);
	const byState = groupBy(records, (r) => r.stateId);
	return new Set([...byState].filter(([, held]) => membershipOn(held, on) === 'member').map(([stateId]) => stateId));
}

function checkOpen(survey: Survey, now: Date) {
	const phase = phaseAt(survey, now);
	if (phase === 'upcoming') throw new DomainError('surveys.errors.notOpenYet', 409);
	if (phase === 'closed') throw new DomainError('surveys.errors.closed', 409);
}

function check(full: FullSurvey, raw: RawAnswers, mode: 'draft' | 'submit') {
	const result = checkAnswers(
		full.questions.map((q) => ({ ...q, choices: q.choices, items: q.items })),
		raw,
		mode
	);
	if (!result.ok) throw new ValidationError(result.errors);
	return result.rows;
}

/** What the respondent has: a draft, a submitted named response (as form values), or only "answered". */
export async function mine(db: Db | Tx, full: FullSurvey, respondent: Respondent) {
	const surveyId = full.survey.id;
	const [[draft], [answered], [response]] = await queriesOn(db, [
		db
			.select()
			.from(surveyDrafts)
			.where(and(eq(surveyDrafts.surveyId, surveyId), eq(surveyDrafts.respondentKey, respondent.key))),
		db
			.select()
			.from(surveyAnswered)
			.where(and(eq(surveyAnswered.surveyId, surveyId), eq(surveyAnswered.respondentKey, respondent.key))),
		full.survey.anonymous
			? []
			: db
					.select()
					.from(surveyResponses)
					.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.respondentKey, respondent.key)))
	]);
	let submitted: RawAnswers | null = null;
	if (response) {
		const rows = await db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, response.id));
		submitted = toRaw(full, rows);
	}
	return {
		draft: (draft?.answers as RawAnswers | undefined) ?? null,
		draftSavedOn: draft?.savedOn ?? null,
		answered: !!answered,
		/** The day for a named survey; an anonymous one keeps none. */
		answeredOn: answered?.answeredOn ?? null,
		response: response ? { id: response.id, submittedAt: response.submittedAt, changedAt: response.changedAt, answers: submitted! } : null
	};
}

/** Stored answers back to the form's values (to edit a named response). */
function toRaw(full: FullSurvey, rows: AnswerRow[]): RawAnswers {
	const kinds = new Map(full.questions.map((q) => [q.id, q.kind]));
	const raw: Record<string, string[]> = {};
	const add = (key: string, v: string) => (raw[key] ??= []).push(v);
	for (const r of rows) {
		const kind = kinds.get(r.questionId);
		if (r.itemId && r.choiceId) add(`${r.questionId}.${r.itemId}`, r.choiceId);
		else if (r.choiceId) add(r.questionId, r.choiceId);
		else if (kind === 'yes-no') add(r.questionId, r.number === 1 ? 'yes' : 'no');
		else if (r.number !== null) add(r.questionId, String(r.number));
		else if (r.text !== null) add(kind === 'multiple-choice' ? `${r.questionId}.other` : r.questionId, r.text);
	}
	return raw;
}

async function load(ctx: Ctx, surveyId: string, access: Access) {
	const full = await getSurvey(ctx.db, surveyId);
	if (!full) throw notFound();
	const respondent = await respondentFor(ctx, full.survey, access);
	// Days (of a draft, a response, "answered") are the survey's days: in its zone, as its period is shown.
	const zone = await timeZoneOf(ctx.db, full.survey);
	return { full, respondent, today: (now: Date) => dayIn(now, zone) };
}

/** Keeps the answers so far for their author (checked, required ones may be empty). */
export async function saveDraft(ctx: Ctx, surveyId: string, access: Access, given: RawAnswers, now = new Date()) {
	const { full, respondent, today } = await load(ctx, surveyId, access);
	const raw = cleanAnswers(given);
	checkOpen(full.survey, now);
	const current = await mine(ctx.db, full, respondent);
	if (current.answered && !(full.survey.editableAfterSubmit && current.response))
		throw new DomainError('surveys.errors.alreadyAnswered', 409);
	check(full, raw, 'draft');
	return inTransaction(
		ctx.db,
		async (tx) => {
			await tx
				.insert(surveyDrafts)
				.values({ surveyId, respondentKey: respondent.key, answers: raw, savedOn: today(now) })
				.onConflictDoUpdate({ target: [surveyDrafts.surveyId, surveyDrafts.respondentKey], set: { answers: raw, savedOn: today(now) } });
			return { saved: true as const };
		},
		{ public: false }
	);
}

/**
 * Submits the response: required questions and conditions checked, answers outside the choices or
 * scale refused, nothing written unless all is well. A named survey that allows editing replaces the
 * earlier answers until it closes.
 */
export async function submit(ctx: Ctx, surveyId: string, access: Access, raw: RawAnswers, now = new Date()) {
	const { full, respondent, today } = await load(ctx, surveyId, access);
	const survey = full.survey;
	checkOpen(survey, now);
	const rows = check(full, cleanAnswers(raw), 'submit');
	// The questions this check answers for: all but the hidden ones. An edit replaces their answers only;
	// answers to a question hidden since are kept (and counted) until it is shown again.
	const covered = full.questions.filter((q) => !q.hidden).map((q) => q.id);
	try {
		return await inTransaction(
			ctx.db,
			async (tx) => {
				let responseId: string;
				let changed = false;
				const tally = new TallyChange();
				if (survey.anonymous) {
					// The "has answered" key first: a second answer fails here, before any response is written.
					// No day: with the responses' days it would tie the person to a response.
					await tx.insert(surveyAnswered).values({ surveyId, respondentKey: respondent.key, answeredOn: null });
					const [row] = await tx
						.insert(surveyResponses)
						.values({ surveyId, anonymous: true, submittedOn: today(now) })
						.returning({ id: surveyResponses.id });
					responseId = row.id;
				} else {
					const [existing] = await tx
						.select({ id: surveyResponses.id })
						.from(surveyResponses)
						.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.respondentKey, respondent.key)));
					if (existing) {
						if (!survey.editableAfterSubmit) throw new DomainError('surveys.errors.alreadyAnswered', 409);
						await tx.update(surveyResponses).set({ changedAt: now }).where(eq(surveyResponses.id, existing.id));
						// The response's row is locked by the update above: a second edit at once waits here.
						const before = covered.length
							? await tx
									.delete(surveyAnswers)
									.where(and(eq(surveyAnswers.responseId, existing.id), inArray(surveyAnswers.questionId, covered)))
									.returning({
										questionId: surveyAnswers.questionId,
										itemId: surveyAnswers.itemId,
										choiceId: surveyAnswers.choiceId,
										number: surveyAnswers.number,
										text: surveyAnswers.text
									})
							: [];
						tally.add(before, -1, { response: false });
						responseId = existing.id;
						changed = true;
					} else {
						const [row] = await tx
							.insert(surveyResponses)
							.values({
								surveyId,
								anonymous: false,
								respondentKey: respondent.key,
								stateId: respondent.stateId,
								submittedOn: today(now),
								submittedAt: now
							})
							.returning({ id: surveyResponses.id });
						responseId = row.id;
						await tx
							.insert(surveyAnswered)
							.values({ surveyId, respondentKey: respondent.key, answeredOn: today(now) })
							.onConflictDoNothing();
					}
				}
				if (rows.length) await tx.insert(surveyAnswers).values(rows.map((r) => ({ ...r, responseId, surveyId })));
				await applyTallies(tx, surveyId, tally.add(rows, 1, { response: !changed }));
				await tx.delete(surveyDrafts).where(and(eq(surveyDrafts.surveyId, surveyId), eq(surveyDrafts.respondentKey, respondent.key)));
				// An anonymous response leaves no audit entry: the entry's actor and time, set beside the
				// response's day, would name who gave it on a quiet day. The "has answered" row (no day)
				// is the record that this person answered.
				if (!survey.anonymous)
					await audit.record(tx, ctx.actor, {
						action: changed ? 'survey.response.change' : 'survey.response.submit',
						entityType: 'survey',
						entityId: surveyId,
						after: { responseId, respondent: respondent.key, answers: rows.length }
					});
				return { responseId: survey.anonymous ? null : responseId, changed };
			},
			{ public: false }
		);
	} catch (e) {
		if (isUniqueViolation(e)) throw new DomainError('surveys.errors.alreadyAnswered', 409);
		throw e;
	}
}

/**
 * Writes responses given outside the platform (a survey run on another tool, on paper) as records:
 * for the demo's past survey and for imports by an administrator. Each is checked as a submission
 * (required questions, choices, conditions); the period is not, as they were given when it was open.
 * Only for anonymous surveys: nobody is recorded as having answered.
 */
export async function recordResponses(ctx: Ctx, surveyId: string, responses: { submittedOn: string; answers: RawAnswers }[]) {
	if (ctx.actor.kind !== 'system' && !ctx.actor.grants.some((g) => g.role === 'admin')) throw new DomainError('errors.forbidden', 403);
	const full = await getSurvey(ctx.db, surveyId);
	if (!full) throw notFound();
	if (!full.survey.anonymous) throw new DomainError('errors.forbidden', 403);
	const checked = responses.map((r) => ({ submittedOn: r.submittedOn, rows: check(full, r.answers, 'submit') }));
	return inTransaction(ctx.db, async (tx) => {
		const ids = await tx
			.insert(surveyResponses)
			.values(checked.map((c) => ({ surveyId, anonymous: true, submittedOn: c.submittedOn })))
			.returning({ id: surveyResponses.id });
		const rows = checked.flatMap((c, i) => c.rows.map((r) => ({ ...r, responseId: ids[i].id, surveyId })));
		for (let i = 0; i < rows.length; i += 1000) await tx.insert(surveyAnswers).values(rows.slice(i, i + 1000));
		const tally = new TallyChange();
		for (const c of checked) tally.add(c.rows, 1);
		await applyTallies(tx, surveyId, tally);
		await audit.record(tx, ctx.actor, {
			action: 'survey.responses.record',
			entityType: 'survey',
			entityId: surveyId,
			after: { responses: checked.length }
		});
		return ids.length;
	});
}
