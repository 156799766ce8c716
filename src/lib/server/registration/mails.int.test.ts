import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { smtpCapture, type CapturedMail } from '../testing/smtp-capture';
import type { Database } from '../db/client';
import * as dialogues from '../dialogues';
import * as mail from '../mail';
import * as registration from '.';

const received = smtpCapture();
let database: Database;
let eventId: string;
const origin = 'https://dialogue.example.org';

beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	const dialogue = await dialogues.createDialogue(ctx, { slug: 'mail-dialogue', names: { en: 'Mail dialogue' }, languages: ['en'] });
	const cycle = await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2031, themes: { en: 'Theme' }, status: 'active' });
	const event = await dialogues.createEvent(ctx, {
		cycleId: cycle.id,
		kind: 'workshop',
		titles: { en: 'Workshop on labour mobility' },
		startDate: '2031-03-04',
		endDate: '2031-03-05',
		format: 'hybrid',
		status: 'confirmed',
		expectedOutcomes: [],
		organiserIds: []
	});
	eventId = event.id;
	await registration.configure(ctx, eventId, {
		open: 'on',
		capacity: 1,
		requiresFocalPointApproval: 'on',
		privacyNotices: { en: 'Notice' }
	});
});

const secretariat = () => ctxAs(database.db, 'secretariat');
const person = (email: string, extra: Record<string, unknown> = {}) => ({
	formVersion: 1,
	givenName: 'Kofi',
	familyName: 'Mensah',
	email,
	affiliation: 'Ministry',
	category: 'other',
	mode: 'in-room',
	consent: true,
	...extra
});

/** The decoded body of a MIME part of a captured message, found by its content type. */
function part(message: CapturedMail, contentType: string): string | null {
	const boundaries = [...message.data.matchAll(/boundary="?([^"\r\n;]+)"?/g)].map((m) => m[1]);
	let chunks = [message.data];
	for (const boundary of boundaries) chunks = chunks.flatMap((c) => c.split(`--${boundary}`));
	for (const chunk of chunks) {
		const [headers, ...body] = chunk.trim().split(/\r?\n\r?\n/);
		if (!new RegExp(`^Content-Type: ${contentType}`, 'im').test(headers) || /boundary=/.test(headers)) continue;
		const raw = body.join('\n\n').trim();
		if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(raw.replace(/\s+/g, ''), 'base64').toString('latin1');
		if (/quoted-printable/i.test(headers))
			return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
		return raw;
	}
	return null;
}

const mailsTo = (address: string) => received.filter((m) => m.to.includes(address));

describe('registration mails through SMTP', () => {
	it('confirms an approved registration with the event as .ics and the QR code, and a waitlisted one without a code', async () => {
		await registration.register(secretariat(), eventId, person('first@example.org'), { mail: { origin } });
		await registration.register(secretariat(), eventId, person('second@example.org'), { mail: { origin } });
		await mail.flush();
		const [approved] = mailsTo('first@example.org');
		expect(approved.data).toContain('Subject: Registration approved: Workshop on labour mobility');
		const calendar = ICAL.Component.fromString(part(approved, 'text/calendar')!);
		expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toContain('Workshop on labour mobility');
		expect(part(approved, 'image/png')?.slice(1, 4)).toBe('PNG');
		expect(part(approved, 'text/plain')).toContain(`${origin}/registrations/`);

		const [waitlisted] = mailsTo('second@example.org');
		expect(waitlisted.data).toContain('Subject: Waiting list: Workshop on labour mobility');
		expect(part(waitlisted, 'image/png')).toBeNull();
		expect(part(waitlisted, 'text/calendar')).toContain('BEGIN:VCALENDAR');
	});

	it('writes to the next in line when a place frees, and to a rejected registrant', async () => {
		const first = (await registration.listForEvent(secretariat(), eventId, { q: 'first@example.org' })).rows[0];
		await registration.withdraw(secretariat(), first.id, { mail: { origin } });
		await mail.flush();
		const promoted = mailsTo('second@example.org').at(-1)!;
		expect(promoted.data).toContain('Subject: A place is yours: Workshop on labour mobility');
		expect(part(promoted, 'image/png')).not.toBeNull();

		// A government delegate waits for the focal point, who rejects.
		const canada = ctxAs(database.db, 'state-focal-point', { stateId: 'CAN' });
		const delegate = await registration.register(
			canada,
			eventId,
			person('delegate@example.org', { category: 'government', stateId: 'CAN', mode: 'online' }),
			{
				mail: { origin }
			}
		);
		expect(delegate.registration.status).toBe('pending');
		await registration.decide(canada, delegate.registration.id, 'reject', { mail: { origin } });
		await mail.flush();
		const subjects = mailsTo('delegate@example.org').map((m) => m.data.match(/Subject: (.*)/)?.[1]);
		expect(subjects).toEqual([
			'Registration received: Workshop on labour mobility',
			'Registration not accepted: Workshop on labour mobility'
		]);
	});

	it('writes in the registrant\u2019s language, Arabic set right to left, naming them as every page does', async () => {
		await registration.register(secretariat(), eventId, person('arabic@example.org', { mode: 'online', honorific: 'Dr' }), {
			mail: { origin, lang: 'ar' }
		});
		await mail.flush();
		const [approved] = mailsTo('arabic@example.org');
		const utf8 = (text: string | null) => Buffer.from(text ?? '', 'latin1').toString('utf8');
		expect(utf8(part(approved, 'text/plain'))).toContain('عزيزي/عزيزتي Dr Kofi Mensah،');
		const html = utf8(part(approved, 'text/html'));
		expect(html).toMatch(/^<div lang="ar" dir="rtl">/);
		expect(html).toContain('alt="رمز تسجيل الحضور الخاص بـ Dr Kofi Mensah"');
	});
});
