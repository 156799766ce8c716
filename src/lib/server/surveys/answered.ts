/**
 * "Has answered" rows for responses given outside the platform (a survey run on another tool, on
 * paper): who answered (and, for a named survey, the day), so that the count of those who answered matches the responses
 * and a reminder or a second answer treats them as answered. Nothing links a row to a response.
 */
import { count, eq } from 'drizzle-orm';
import type { Ctx } from '../core/actor';
import { DomainError, notFound } from '../core/errors';
import { inTransaction } from '../core/transaction';
import * as audit from '../audit';
import { surveyAnswered } from './schema';
import { getSurveyRow, responseCount } from './surveys';

/**
 * The keys say who: `user:<id>`, `state:<code>`, or `registration:<id>` for a registrant who has no
 * account (answers recorded after the event). At most one row per response of the survey. An
 * anonymous survey keeps no day: a day given is dropped, as the platform's own answers keep none.
 */
export async function recordAnswered(ctx: Ctx, surveyId: string, answered: { respondentKey: string; answeredOn?: string | null }[]) {
	if (ctx.actor.kind !== 'system' && !ctx.actor.grants.some((g) => g.role === 'admin')) throw new DomainError('errors.forbidden', 403);
	const survey = await getSurveyRow(ctx.db, surveyId);
	if (!survey) throw notFound();
	if (
		answered.some(
			(a) =>
				!/^(user|state|registration):[\w-]{1,64}$/.test(a.respondentKey) ||
				(a.answeredOn != null && !/^\d{4}-\d{2}-\d{2}$/.test(a.answeredOn))
		)
	) {
		throw new DomainError('validation.format', 400);
	}
	return inTransaction(ctx.db, async (tx) => {
		const [{ n }] = await tx.select({ n: count() }).from(surveyAnswered).where(eq(surveyAnswered.surveyId, surveyId));
		if (n + answered.length > (await responseCount(tx, surveyId))) throw new DomainError('surveys.errors.moreAnsweredThanResponses', 409);
		const rows = await tx
			.insert(surveyAnswered)
			.values(
				answered.map((a) => ({ surveyId, respondentKey: a.respondentKey, answeredOn: survey.anonymous ? null : (a.answeredOn ?? null) }))
			)
			.onConflictDoNothing()
			.returning({ key: surveyAnswered.respondentKey });
		await audit.record(tx, ctx.actor, {
			action: 'survey.answered.record',
			entityType: 'survey',
			entityId: surveyId,
			after: { answered: rows.length }
		});
		return rows.length;
	});
}
