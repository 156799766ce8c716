/**
 * The mails of a registration's life: received (pending), approved, waitlisted, promoted, rejected.
 * Each carries the event as an .ics file; an approved one carries the check-in QR code too. They
 * are sent after the change has committed, in the background, so a slow relay never holds a
 * registration up (see mail.sendInBackground).
 */
import { eq, inArray } from 'drizzle-orm';
import { intlLocale, isLanguage, pick, translator, type Language } from '$lib/i18n';
import type { Db } from '../db/client';
import { onCommittedWrite } from '../core/transaction';
import { users } from '../auth/schema';
import { events } from '../dialogues/schema';
import * as mail from '../mail';
import { eventCalendar } from '../calendar';
import { checkInUrl, qrPng } from '../attendance/qr';
import { registrations } from './schema';

export type RegistrationMail = 'status' | 'promoted';

/** Where links in mails point, and the language of the request that caused the mail. */
export interface MailContext {
	origin: string;
	lang?: Language;
}

// Building an Intl formatter costs more than a whole mail's other text: one per language.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

function dateRange(lang: Language, start: string, end: string): string {
	let format = dateFormats.get(lang);
	if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' })));
	const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
	return start === end ? format.format(day(start)) : format.formatRange(day(start), day(end));
}

/**
 * An event's .ics, kept between mails: a burst of registrations would otherwise build the same
 * calendar for each. Any public write (a programme edit) empties the cache; registrations are not
 * public writes, so they keep it.
 */
const calendarCache = new Map<string, Promise<string>>();
onCommittedWrite(() => calendarCache.clear());

function calendarOf(db: Db, eventId: string, origin: string, lang: Language): Promise<string> {
	const key = `${eventId} ${lang} ${origin}`;
	const cached = calendarCache.get(key);
	if (cached) return cached;
	const calendar = eventCalendar(db, eventId, { origin, lang });
	calendar.catch(() => calendarCache.delete(key));
	calendarCache.set(key, calendar);
	return calendar;
}

/** The link to a registration's own page; the key lets a registrant without an account open it. */
export function registrationUrl(origin: string, id: string, key: string): string {
	return `${origin}/registrations/${id}?key=${encodeURIComponent(key)}`;
}

/**
 * Writes to each registrant about their registration's current status. `lang` is the language of
 * the request that caused it; a registrant with an account gets their own language instead. The
 * mail is composed (calendar, QR code) and sent after the response: the registrant does not wait.
 */
export function notify(db: Db, ids: string[], kind: RegistrationMail, context: MailContext): void {
	mail.inBackground(compose(db, ids, kind, context));
}

async function compose(db: Db, ids: string[], kind: RegistrationMail, context: MailContext): Promise<void> {
	if (!ids.length) return;
	const { origin, lang = 'en' } = context;
	const rows = await db
		.select({ registration: registrations, event: events, locale: users.locale })
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.leftJoin(users, eq(users.id, registrations.userId))
		.where(inArray(registrations.id, ids));
	for (const { registration: r, event, locale } of rows) {
		if (!r.email || r.erasedAt || r.status === 'withdrawn') continue;
		const language = locale && isLanguage(locale) ? locale : lang;
		const t = translator(language);
		const title = pick(event.titles, language);
		const dates = dateRange(language, event.startDate, event.endDate);
		const subjectKey =
			kind === 'promoted' && r.status !== 'waitlisted'
				? 'registration.mail.promoted'
				: r.status === 'pending'
					? 'registration.mail.received'
					: (`registration.mail.${r.status}` as const);
		const bodyKey =
			kind === 'promoted' && r.status === 'approved'
				? 'registration.mail.bodyPromoted'
				: r.status === 'pending'
					? 'registration.mail.bodyPending'
					: r.status === 'approved'
						? 'registration.mail.bodyApproved'
						: r.status === 'rejected'
							? 'registration.mail.bodyRejected'
							: 'registration.mail.bodyWaitlisted';
		const calendar = await calendarOf(db, event.id, origin, language);
		const attachments: mail.MailAttachment[] = [{ filename: 'event.ics', content: calendar, contentType: 'text/calendar; charset=utf-8' }];
		const name = [r.honorific, r.givenName, r.familyName].filter(Boolean).join(' ');
		const lines = [
			t('registration.mail.greeting', { name }),
			'',
			t(bodyKey, { event: title, dates }),
			'',
			t('registration.mail.link', { url: registrationUrl(origin, r.id, r.checkInToken) }),
			t('registration.mail.calendar')
		];
		let html: string | undefined;
		if (r.status === 'approved') {
			attachments.push({
				filename: 'check-in.png',
				content: await qrPng(checkInUrl(origin, event.id, r.checkInToken)),
				contentType: 'image/png',
				cid: 'check-in'
			});
			html = `${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p><img src="cid:check-in" width="240" height="240" alt="${escapeHtml(t('registration.confirmation.qrAlt', { name }))}"></p>`;
		}
		await mail.send(db, { to: r.email, subject: t(subjectKey, { event: title }), text: lines.join('\n'), html, attachments });
	}
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
