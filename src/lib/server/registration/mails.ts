/**
 * The mails of a registration's life: received (pending), approved, waitlisted, promoted, rejected.
 * Each carries the event as an .ics file; an approved one carries the check-in QR code too. They
 * are sent after the change has committed, in the background, so a slow relay never holds a
 * registration up (see mail.sendInBackground).
 */
import { eq, inArray } from 'drizzle-orm';
import { intlLocale, isLanguage, pick, textDirection, translator, type Language } from '$lib/i18n';
import { registrantName } from '$lib/registration/names';
import type { Db } from '../db/client';
import { onCommittedWrite } from '../core/transaction';
import { users } from '../auth/schema';
import { events } from '../dialogues/schema';
import * as mail from '../mail';
import { eventCalendar } from '../calendar';
import { checkInUrl, qrPng } from '../attendance/qr';
import type { RegistrationStatus } from '$lib/registration/types';
import { registrations } from './schema';

export type RegistrationMail = 'status' | 'promoted';

/** A registration to write to, with the status the mail is about (it may have moved on by the time the mail is composed). */
export interface Notice {
	id: string;
	status: RegistrationStatus;
}

/** Where links in mails point, and the language of the request that caused the mail. */
export interface MailContext {
	origin: string;
	lang?: Language;
}

// Formatting a date range takes longer than a whole mail's other text: each one is kept (an event's
// dates per language are few).
const dateRanges = new Map<string, string>();

function dateRange(lang: Language, start: string, end: string): string {
	const key = `${lang} ${start} ${end}`;
	let range = dateRanges.get(key);
	if (range === undefined) {
		const format = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
		const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
		range = start === end ? format.format(day(start)) : format.formatRange(day(start), day(end));
		dateRanges.set(key, range);
	}
	return range;
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
 * Writes to each registrant about their registration's status. `lang` is the language of
 * the request that caused it; a registrant with an account gets their own language instead. The
 * mail is composed (calendar, QR code) and sent after the response: the registrant does not wait.
 * Mails asked for in the same turn of the event loop (a group of registrations admitted together)
 * are composed together: one query for the registrations, one insert into the outbox.
 */
export function notify(db: Db, notices: Notice[], kind: RegistrationMail, context: MailContext): void {
	if (!notices.length) return;
	const snapshot = notices.map(({ id, status }) => ({ id, status }));
	const key = `${kind} ${context.origin} ${context.lang ?? ''}`;
	let forDb = waiting.get(db);
	if (!forDb) waiting.set(db, (forDb = new Map()));
	const batch = forDb.get(key);
	if (batch) return void batch.push(...snapshot);
	forDb.set(key, snapshot);
	// Registered as mail work at once, so mail.flush() waits for it.
	mail.inBackground(
		new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
			const all = forDb.get(key)!;
			forDb.delete(key);
			return compose(db, all, kind, context);
		})
	);
}

/** The registrations waiting for their mail, per database and kind of mail (with its origin and language). */
const waiting = new WeakMap<Db, Map<string, Notice[]>>();

async function compose(db: Db, notices: Notice[], kind: RegistrationMail, context: MailContext): Promise<void> {
	const { origin, lang = 'en' } = context;
	const rows = await db
		.select({ registration: registrations, event: events, locale: users.locale })
		.from(registrations)
		.innerJoin(events, eq(events.id, registrations.eventId))
		.leftJoin(users, eq(users.id, registrations.userId))
		.where(inArray(registrations.id, [...new Set(notices.map((n) => n.id))]));
	const byId = new Map(rows.map((row) => [row.registration.id, row]));
	const mails: mail.Mail[] = [];
	for (const { id, status } of notices) {
		const row = byId.get(id);
		if (!row) continue;
		const { registration: r, event, locale } = row;
		// Nobody to write to, or no longer registered: no mail.
		if (!r.email || r.erasedAt || r.status === 'withdrawn' || status === 'withdrawn') continue;
		// One mail that cannot be composed (its calendar, its QR code) must not cost the others theirs.
		try {
			const language = locale && isLanguage(locale) ? locale : lang;
			const t = translator(language);
			const title = pick(event.titles, language);
			const dates = dateRange(language, event.startDate, event.endDate);
			const subjectKey =
				kind === 'promoted' && status !== 'waitlisted'
					? 'registration.mail.promoted'
					: status === 'pending'
						? 'registration.mail.received'
						: (`registration.mail.${status}` as const);
			const bodyKey =
				kind === 'promoted' && status === 'approved'
					? 'registration.mail.bodyPromoted'
					: status === 'pending'
						? 'registration.mail.bodyPending'
						: status === 'approved'
							? 'registration.mail.bodyApproved'
							: status === 'rejected'
								? 'registration.mail.bodyRejected'
								: 'registration.mail.bodyWaitlisted';
			const calendar = await calendarOf(db, event.id, origin, language);
			const attachments: mail.MailAttachment[] = [
				{ filename: 'event.ics', content: calendar, contentType: 'text/calendar; charset=utf-8' }
			];
			const name = registrantName(r, t);
			const lines = [
				t('registration.mail.greeting', { name }),
				'',
				t(bodyKey, { event: title, dates }),
				'',
				t('registration.mail.link', { url: registrationUrl(origin, r.id, r.checkInToken) }),
				t('registration.mail.calendar')
			];
			let html: string | undefined;
			if (status === 'approved') {
				attachments.push({
					filename: 'check-in.png',
					content: await qrPng(checkInUrl(origin, event.id, r.checkInToken)),
					contentType: 'image/png',
					cid: 'check-in'
				});
				const paragraphs = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
				const qr = `<p><img src="cid:check-in" width="240" height="240" alt="${escapeHtml(t('registration.confirmation.qrAlt', { name }))}"></p>`;
				html = `<div lang="${language}" dir="${textDirection(language)}">${paragraphs}${qr}</div>`;
			}
			mails.push({ to: r.email, subject: t(subjectKey, { event: title }), text: lines.join('\n'), html, attachments });
		} catch (error) {
			console.warn(`Mail about registration ${r.id} not composed: ${error instanceof Error ? error.message : error}`);
		}
	}
	await mail.send(db, mails);
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
