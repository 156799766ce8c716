/**
 * The invitation to a survey and reminders, through the platform's mail (outbox, SMTP when set):
 * to the accounts of the survey's audience (an event's approved registrants, or those who attended);
 * a reminder skips everyone the "has answered" table lists, so anonymous surveys remind correctly
 * without knowing which response is whose.
 */
import { eq } from 'drizzle-orm';
import { translator, type Language } from '$lib/i18n';
import type { Ctx } from '../core/actor';
import { DomainError, notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import * as audit from '../audit';
import * as mail from '../mail';
import { audienceUsers } from '../registration';
import { surveyAnswered } from './schema';
import { getSurveyRow } from './surveys';

export async function mailAudience(ctx: Ctx, surveyId: string, kind: 'invite' | 'remind', context: { origin: string; lang?: Language }) {
	requireRoleIn(ctx.actor, 'secretariat');
	const survey = await getSurveyRow(ctx.db, surveyId);
	if (!survey) throw notFound();
	if (!survey.eventId || (survey.audience !== 'registrants' && survey.audience !== 'attendees')) {
		throw new DomainError('surveys.errors.noMailAudience', 409);
	}
	const audience = await audienceUsers(ctx.db, survey.eventId, survey.audience === 'attendees');
	const answered =
		kind === 'remind'
			? new Set(
					(
						await ctx.db.select({ key: surveyAnswered.respondentKey }).from(surveyAnswered).where(eq(surveyAnswered.surveyId, surveyId))
					).map((r) => r.key)
				)
			: new Set<string>();
	const recipients = [...new Map(audience.filter((a) => a.email && !answered.has(`user:${a.userId}`)).map((a) => [a.email!, a])).values()];
	const lang = context.lang ?? 'en';
	const t = translator(lang);
	const title = survey.titles[lang] || survey.titles.en;
	const closes = survey.closesAt.toISOString().slice(0, 10);
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
		recipients.map((r) => ({
			to: r.email!,
			subject: t('surveys.answer.mailSubject', { survey: title }),
			text: t(kind === 'invite' ? 'surveys.answer.mailInvite' : 'surveys.answer.mailRemind', { survey: title, closes, link })
		}))
	);
	return recipients.length;
}
