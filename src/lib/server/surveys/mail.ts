/**
 * The invitation to a survey and reminders, through the platform's mail (outbox, SMTP when set):
 * to the accounts of the survey's audience (an event's approved registrants, or those who attended,
 * or the focal points of the IOM member States for a cycle's survey); a reminder skips everyone the "has
 * answered" table lists (a person, or a State once one of its focal points has answered), so
 * anonymous surveys remind correctly without knowing which response is whose.
 */
import { eq } from 'drizzle-orm';
import { isLanguage, translator, type Language } from '$lib/i18n';
import { dayIn, timeIn } from '$lib/domain/time-zones';
import type { Ctx } from '../core/actor';
import { DomainError, notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import * as audit from '../audit';
import * as mail from '../mail';
import { audienceUsers } from '../registration';
import { stateFocalPoints } from '../auth';
import { surveyAnswered } from './schema';
import { getSurveyRow, timeZoneOf } from './surveys';
import { memberStateIds } from './respond';

/** The focal points of the States the survey asks (members when it opens), keyed as their State. */
async function focalPointsOfMembers(ctx: Ctx, survey: { opensAt: Date }) {
	const [members, focalPoints] = await Promise.all([memberStateIds(ctx.db, survey), stateFocalPoints(ctx.db)]);
	return focalPoints.filter((a) => members.has(a.stateId)).map((a) => ({ email: a.email, locale: a.locale, key: `state:${a.stateId}` }));
}

export async function mailAudience(ctx: Ctx, surveyId: string, kind: 'invite' | 'remind', context: { origin: string; lang?: Language }) {
	requireRoleIn(ctx.actor, 'secretariat');
	const survey = await getSurveyRow(ctx.db, surveyId);
	if (!survey) throw notFound();
	if (survey.audience === 'link') throw new DomainError('surveys.errors.noMailAudience', 409);
	// Each recipient with the key the "has answered" table would hold for them.
	const audience =
		survey.audience === 'focal-points'
			? await focalPointsOfMembers(ctx, survey)
			: survey.eventId
				? (await audienceUsers(ctx.db, survey.eventId, survey.audience === 'attendees')).map((a) => ({
						email: a.email,
						locale: a.locale,
						key: `user:${a.userId}`
					}))
				: [];
	const answered =
		kind === 'remind'
			? new Set(
					(
						await ctx.db.select({ key: surveyAnswered.respondentKey }).from(surveyAnswered).where(eq(surveyAnswered.surveyId, surveyId))
					).map((r) => r.key)
				)
			: new Set<string>();
	const recipients = [...new Map(audience.filter((a) => a.email && !answered.has(a.key)).map((a) => [a.email!, a])).values()];
	// Each recipient reads it in their account's language; the sender's when they have none.
	const fallback = context.lang ?? 'en';
	const languageOf = (locale: string | null) => (locale && isLanguage(locale) ? locale : fallback);
	// The close as the secretariat set it: the wall-clock time in the survey's zone, the zone named.
	const zone = await timeZoneOf(ctx.db, survey);
	const closes = `${dayIn(survey.closesAt, zone)} ${timeIn(survey.closesAt, zone)} (${zone})`;
	const link = `${context.origin}/surveys/${survey.id}`;
	await inTransaction(
		ctx.db,
		(tx) =>
			audit.record(tx, ctx.actor, {
				action: `survey.${kind}`,
				entityType: 'survey',
				entityId: surveyId,
				after: { recipients: recipients.length }
			}),
		{ public: false }
	);
	await mail.send(
		ctx.db,
		recipients.map((r) => {
			const lang = languageOf(r.locale);
			const t = translator(lang);
			const title = survey.titles[lang] || survey.titles.en;
			return {
				to: r.email!,
				subject: t('surveys.answer.mailSubject', { survey: title }),
				text: t(
					survey.audience === 'focal-points'
						? kind === 'invite'
							? 'surveys.answer.mailInviteState'
							: 'surveys.answer.mailRemindState'
						: kind === 'invite'
							? 'surveys.answer.mailInvite'
							: 'surveys.answer.mailRemind',
					{ survey: title, closes, link }
				)
			};
		})
	);
	return recipients.length;
}
