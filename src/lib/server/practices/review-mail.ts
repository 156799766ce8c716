/**
 * Mail of the review workflow, through the platform's mail (outbox, SMTP when set), in each
 * recipient's language: to a reviewer when assigned (or when a practice they review comes back),
 * to the submitter when the secretariat requests changes, publishes or rejects. Sent after the
 * transaction that decided it.
 */
import { eq, inArray } from 'drizzle-orm';
import { isLanguage, pick, translator } from '$lib/i18n';
import type { PublicationStatus } from '$lib/practices/types';
import type { Db } from '../db/client';
import * as mail from '../mail';
import { users } from '../auth/schema';
import { practices } from './schema';
import { practiceReviewers, practiceSubmissions } from './review-schema';

async function practiceTitle(db: Db, id: string) {
	const [p] = await db.select({ titles: practices.titles, slug: practices.slug }).from(practices).where(eq(practices.id, id));
	return p;
}

/** To the reviewer just assigned, or (reviewerId null) to every reviewer of a resubmitted practice. */
export async function mailAssigned(db: Db, practiceId: string, reviewerId: string | null, origin: string): Promise<void> {
	const p = await practiceTitle(db, practiceId);
	const ids = reviewerId
		? [reviewerId]
		: (
				await db.select({ id: practiceReviewers.reviewerId }).from(practiceReviewers).where(eq(practiceReviewers.practiceId, practiceId))
			).map((r) => r.id);
	if (!p || !ids.length) return;
	const recipients = await db.select({ email: users.email, locale: users.locale }).from(users).where(inArray(users.id, ids));
	await mail.send(
		db,
		recipients.map((r) => {
			const lang = isLanguage(r.locale) ? r.locale : 'en';
			const t = translator(lang);
			const title = pick(p.titles, lang);
			return {
				to: r.email,
				subject: t('practiceReview.mail.assignedSubject', { title }),
				text: t('practiceReview.mail.assignedText', { title, link: `${origin}/reviews/${practiceId}` })
			};
		})
	);
}

/** To the submitter: changes requested, published or rejected, with the secretariat's note. */
export async function mailDecision(
	db: Db,
	practiceId: string,
	status: PublicationStatus,
	note: string | null,
	origin: string
): Promise<void> {
	const [row] = await db
		.select({ email: users.email, locale: users.locale, titles: practices.titles, slug: practices.slug })
		.from(practiceSubmissions)
		.innerJoin(users, eq(users.id, practiceSubmissions.ownerId))
		.innerJoin(practices, eq(practices.id, practiceSubmissions.practiceId))
		.where(eq(practiceSubmissions.practiceId, practiceId));
	if (!row) return;
	const lang = isLanguage(row.locale) ? row.locale : 'en';
	const t = translator(lang);
	const title = pick(row.titles, lang);
	const link = status === 'published' ? `${origin}/practices/${row.slug}` : `${origin}/practices/mine/${practiceId}`;
	await mail.send(db, {
		to: row.email,
		subject: t('practiceReview.mail.decisionSubject', { title, status: { key: `practiceReview.statuses.${status}` } }),
		text: t('practiceReview.mail.decisionText', {
			title,
			status: { key: `practiceReview.statuses.${status}` },
			note: note ?? '',
			link
		})
	});
}
