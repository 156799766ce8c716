/** Surveys and their structure: create, change settings, read with sections, questions, choices, items. */
import crypto from 'node:crypto';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { SurveyInput } from '$lib/surveys/schemas';
import type { Phase, Visibility } from '$lib/surveys/types';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zones';
import { focalPointStates, hasRole, type Actor, type Ctx } from '../core/actor';
import { DomainError, notFound, staleEdit } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction, queriesOn } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { cycles, events } from '../dialogues/schema';
import { isUuid } from '../web/params';
import { cycleTimeZone } from '../agenda';
import { stateNames } from '../directory/states';
import type { Language } from '$lib/i18n';
import { surveyAnswered, surveyChoices, surveyItems, surveyQuestions, surveyResponses, surveySections, surveys } from './schema';

export type Survey = typeof surveys.$inferSelect;
export type { Phase };

export function phaseAt(survey: Pick<Survey, 'opensAt' | 'closesAt'>, now = new Date()): Phase {
	if (now < survey.opensAt) return 'upcoming';
	return now < survey.closesAt ? 'open' : 'closed';
}

/** The columns the survey's settings form sets, the same when it is created and when it is edited. */
function surveyColumns(input: SurveyInput) {
	return {
		titles: input.titles,
		introductions: input.introductions ?? null,
		audience: input.audience,
		anonymous: input.anonymous,
		editableAfterSubmit: input.editableAfterSubmit,
		opensAt: input.opensAt,
		closesAt: input.closesAt,
		resultsVisibility: input.resultsVisibility
	};
}

/** A new survey of an event (or of a cycle, for focal points). A `link` survey gets its unguessable token. */
export async function createSurvey(ctx: Ctx, owner: { eventId?: string; cycleId?: string }, input: SurveyInput): Promise<Survey> {
	requireRoleIn(ctx.actor, 'secretariat');
	const ofCycle = input.audience === 'focal-points';
	if (ofCycle !== !!owner.cycleId || (!owner.eventId && !owner.cycleId))
		throw new DomainError('surveys.errors.audienceOfCycle', 400, 'audience');
	const ownerId = owner.cycleId ?? owner.eventId!;
	if (!isUuid(ownerId)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const table = owner.cycleId ? cycles : events;
		const [found] = await tx.select({ id: table.id }).from(table).where(eq(table.id, ownerId));
		if (!found) throw notFound();
		const [row] = await tx
			.insert(surveys)
			.values({
				eventId: owner.eventId ?? null,
				cycleId: owner.cycleId ?? null,
				...surveyColumns(input),
				linkToken: input.audience === 'link' ? crypto.randomBytes(24).toString('base64url') : null
			})
			.returning();
		await audit.record(tx, ctx.actor, {
			action: 'survey.create',
			entityType: 'survey',
			entityId: row.id,
			after: { ...row, linkToken: undefined }
		});
		return row;
	});
}

/** Changes a survey's settings. Its audience's kind (event or cycle) stays; anonymity is locked once answered. */
export async function updateSurvey(ctx: Ctx, id: string, input: SurveyInput & { version: number }): Promise<Survey> {
	requireRoleIn(ctx.actor, 'secretariat');
	const before = await getSurveyRow(ctx.db, id);
	if (!before) throw notFound();
	if ((input.audience === 'focal-points') !== (before.audience === 'focal-points')) {
		throw new DomainError('surveys.errors.audienceOfCycle', 400, 'audience');
	}
	return inTransaction(ctx.db, async (tx) => {
		if (input.anonymous !== before.anonymous && (await responseCount(tx, id)) > 0) {
			throw new DomainError('surveys.errors.anonymityLocked', 409, 'anonymous');
		}
		const [row] = await tx
			.update(surveys)
			.set({
				...surveyColumns(input),
				linkToken: input.audience === 'link' ? (before.linkToken ?? crypto.randomBytes(24).toString('base64url')) : null,
				version: before.version + 1,
				updatedAt: new Date()
			})
			.where(and(eq(surveys.id, id), eq(surveys.version, input.version)))
			.returning();
		if (!row) throw staleEdit();
		await audit.record(tx, ctx.actor, {
			action: 'survey.update',
			entityType: 'survey',
			entityId: id,
			before: { ...before, linkToken: undefined },
			after: { ...row, linkToken: undefined }
		});
		return row;
	});
}

/** Opens now, closes now, or publishes the results to an audience: the secretariat's buttons. */
export async function setState(
	ctx: Ctx,
	id: string,
	change: { open?: boolean; close?: boolean; resultsVisibility?: Visibility },
	now = new Date()
) {
	requireRoleIn(ctx.actor, 'secretariat');
	const before = await getSurveyRow(ctx.db, id);
	if (!before) throw notFound();
	const set: Partial<Survey> = { updatedAt: now, version: before.version + 1 };
	if (change.open) {
		set.opensAt = now;
		if (before.closesAt <= now) set.closesAt = new Date(now.getTime() + 14 * 86_400_000);
	}
	if (change.close) {
		set.closesAt = now;
		if (before.opensAt >= now) set.opensAt = new Date(now.getTime() - 1000);
	}
	if (change.resultsVisibility) set.resultsVisibility = change.resultsVisibility;
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx.update(surveys).set(set).where(eq(surveys.id, id)).returning();
		await audit.record(tx, ctx.actor, {
			action: change.resultsVisibility ? 'survey.publish' : change.open ? 'survey.open' : 'survey.close',
			entityType: 'survey',
			entityId: id,
			before: { opensAt: before.opensAt, closesAt: before.closesAt, resultsVisibility: before.resultsVisibility },
			after: { opensAt: row.opensAt, closesAt: row.closesAt, resultsVisibility: row.resultsVisibility }
		});
		return row;
	});
}

export async function getSurveyRow(db: Db | Tx, id: string): Promise<Survey | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.select().from(surveys).where(eq(surveys.id, id));
	return row ?? null;
}

export async function responseCount(db: Db | Tx, surveyId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
	return row.n;
}

export type Question = typeof surveyQuestions.$inferSelect & {
	choices: (typeof surveyChoices.$inferSelect)[];
	items: (typeof surveyItems.$inferSelect)[];
};
export type Section = typeof surveySections.$inferSelect & { questions: Question[] };

/** A survey with its sections and questions in order (hidden questions included, marked so). */
export async function getSurvey(db: Db | Tx, id: string) {
	const survey = await getSurveyRow(db, id);
	if (!survey) return null;
	const [sections, questions] = await queriesOn(db, [
		db.select().from(surveySections).where(eq(surveySections.surveyId, id)).orderBy(asc(surveySections.position)),
		db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, id)).orderBy(asc(surveyQuestions.position))
	]);
	const ids = questions.map((q) => q.id);
	const [choices, items, event, cycle] = await queriesOn(db, [
		ids.length ? db.select().from(surveyChoices).where(inArray(surveyChoices.questionId, ids)).orderBy(asc(surveyChoices.position)) : [],
		ids.length ? db.select().from(surveyItems).where(inArray(surveyItems.questionId, ids)).orderBy(asc(surveyItems.position)) : [],
		survey.eventId
			? db.select({ id: events.id, titles: events.titles, cycleId: events.cycleId }).from(events).where(eq(events.id, survey.eventId))
			: [],
		survey.cycleId ? db.select({ id: cycles.id, year: cycles.year }).from(cycles).where(eq(cycles.id, survey.cycleId)) : []
	]);
	const full: Question[] = questions.map((q) => ({
		...q,
		choices: choices.filter((c) => c.questionId === q.id),
		items: items.filter((i) => i.questionId === q.id)
	}));
	// Sections in order, each question in its section; the flat list follows that order (conditions look back).
	const bySection: Section[] = sections.map((s) => ({ ...s, questions: full.filter((q) => q.sectionId === s.id) }));
	return {
		survey,
		event: event[0] ?? null,
		cycle: cycle[0] ?? null,
		sections: bySection,
		questions: bySection.flatMap((s) => s.questions)
	};
}
export type FullSurvey = NonNullable<Awaited<ReturnType<typeof getSurvey>>>;

export async function listForEvent(db: Db, eventId: string): Promise<Survey[]> {
	if (!isUuid(eventId)) return [];
	return db.select().from(surveys).where(eq(surveys.eventId, eventId)).orderBy(asc(surveys.opensAt));
}

/** The surveys of a cycle (its focal points' surveys), in the order they open. */
export async function listForCycle(db: Db, cycleId: string): Promise<Survey[]> {
	if (!isUuid(cycleId)) return [];
	return db.select().from(surveys).where(eq(surveys.cycleId, cycleId)).orderBy(asc(surveys.opensAt));
}

export { focalPointStates };

/**
 * A cycle's focal-point surveys as its consultation pages show them, beside the ballots: when each
 * is open (in the cycle's zone), whether each of the visitor's States has answered (and the day, for
 * a named survey; an anonymous one keeps none), whether its results are visible to the visitor.
 */
export async function forCycleVisitors(db: Db, actor: Actor, cycleId: string, now = new Date(), lang: Language = 'en') {
	const list = await listForCycle(db, cycleId);
	if (!list.length) return { zone: DEFAULT_TIME_ZONE, surveys: [] };
	const own = focalPointStates(actor);
	const [answered, names] = own.length
		? await Promise.all([
				db
					.select({ surveyId: surveyAnswered.surveyId, key: surveyAnswered.respondentKey, answeredOn: surveyAnswered.answeredOn })
					.from(surveyAnswered)
					.where(
						and(
							inArray(
								surveyAnswered.surveyId,
								list.map((s) => s.id)
							),
							inArray(
								surveyAnswered.respondentKey,
								own.map((id) => `state:${id}`)
							)
						)
					),
				stateNames(db, own, lang)
			])
		: [[], new Map<string, string>()];
	return {
		zone: await timeZoneOf(db, { cycleId }),
		surveys: list.map((s) => ({
			id: s.id,
			titles: s.titles,
			anonymous: s.anonymous,
			opensAt: s.opensAt,
			closesAt: s.closesAt,
			phase: phaseAt(s, now),
			states: own.map((id) => {
				const row = answered.find((a) => a.surveyId === s.id && a.key === `state:${id}`);
				return { id, name: names.get(id) ?? id, answered: !!row, answeredOn: row?.answeredOn ?? null };
			}),
			resultsVisible: resultsVisible(actor, s)
		}))
	};
}

/**
 * The time zone a survey's times are typed and shown in: its event's, or for a cycle's survey that of
 * the cycle's consultations (as its ballots), Europe/Zurich when there is none.
 */
export async function timeZoneOf(db: Db | Tx, owner: { eventId?: string | null; cycleId?: string | null }): Promise<string> {
	if (owner.eventId && isUuid(owner.eventId)) {
		const [row] = await db.select({ timeZone: events.timeZone }).from(events).where(eq(events.id, owner.eventId));
		if (row) return row.timeZone;
	}
	if (owner.cycleId && isUuid(owner.cycleId)) return cycleTimeZone(db, owner.cycleId);
	return DEFAULT_TIME_ZONE;
}

/**
 * Who may see the results now: the secretariat always; participants (signed in) once the survey
 * publishes them to participants; everyone once published to the public.
 */
export function resultsVisible(actor: Actor, survey: Pick<Survey, 'resultsVisibility'>): boolean {
	if (hasRole(actor, 'secretariat')) return true;
	if (survey.resultsVisibility === 'public') return true;
	return survey.resultsVisibility === 'participants' && actor.kind === 'user';
}
