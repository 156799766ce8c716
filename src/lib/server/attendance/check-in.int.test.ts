import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { translator } from '$lib/i18n';
import { registrantName, type Named } from '$lib/registration/names';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { attendanceEvent } from '../testing/attendance-fixtures';
import type { Database } from '../db/client';
import { auditLog } from '../audit/schema';
import { registrations } from '../registration/schema';
import { attendance as attendanceTable } from './schema';
import * as attendance from '.';

let database: Database;
let fixture: Awaited<ReturnType<typeof attendanceEvent>>;
let other: Awaited<ReturnType<typeof attendanceEvent>>;
const secretariat = () => ctxAs(database.db, 'secretariat');

beforeAll(async () => {
	database = await testDatabase();
	fixture = await attendanceEvent(database.db, { startDate: '2024-05-21', endDate: '2024-05-22', timeZone: 'America/New_York' });
	other = await attendanceEvent(database.db, { startDate: '2024-06-10', endDate: '2024-06-10' });
});

async function recordsOf(registrationId: string) {
	return database.db.select().from(attendanceTable).where(eq(attendanceTable.registrationId, registrationId));
}

const nameOf = (r: Named) => registrantName(r, translator('en'));

async function auditCount() {
	const [{ n }] = await database.db.select({ n: count() }).from(auditLog);
	return n;
}

describe('checking in', () => {
	it('records a QR code scan in the room for the day, audited, and names the person', async () => {
		const ana = await fixture.register({ givenName: 'Ana', familyName: 'García' });
		const before = await auditCount();
		const done = await attendance.checkIn(secretariat(), {
			eventId: fixture.event.id,
			code: ana.checkInToken,
			day: '2024-05-21',
			mode: 'in-room'
		});
		expect(nameOf(done)).toBe('Ana García');
		expect(done.number).toBe(ana.number);
		expect(done.time).toMatch(/^\d{2}:\d{2}$/);
		expect(await recordsOf(ana.id)).toMatchObject([
			{ day: '2024-05-21', mode: 'in-room', source: 'qr-scan', programmeItemId: null, recordedBy: 'test secretariat' }
		]);
		expect(await auditCount()).toBe(before + 1);
	});

	it('takes the code out of a check-in address typed or pasted whole', async () => {
		const omar = await fixture.register({ givenName: 'Omar', familyName: 'Farah' });
		const url = attendance.checkInUrl('https://dialogue.example.org', fixture.event.id, omar.checkInToken);
		await attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: url, day: '2024-05-21' });
		expect(await recordsOf(omar.id)).toMatchObject([{ source: 'qr-scan' }]);
	});

	it('records a check-in from the name search as manual', async () => {
		const ben = await fixture.register({ givenName: 'Ben', familyName: 'Okafor' });
		await attendance.checkIn(secretariat(), { eventId: fixture.event.id, registrationId: ben.id, day: '2024-05-22' });
		expect(await recordsOf(ben.id)).toMatchObject([{ day: '2024-05-22', mode: 'in-room', source: 'manual' }]);
	});

	it('counts the same person in the room on day 1 and online on day 2 as two records', async () => {
		const chen = await fixture.register({ givenName: 'Chen', familyName: 'Wei', mode: 'both' });
		await attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: chen.checkInToken, day: '2024-05-21' });
		await attendance.recordOnline(secretariat(), { eventId: fixture.event.id, registrationId: chen.id, day: '2024-05-22' });
		const rows = await recordsOf(chen.id);
		expect(rows.map((r) => [r.day, r.mode, r.source]).sort()).toEqual([
			['2024-05-21', 'in-room', 'qr-scan'],
			['2024-05-22', 'online', 'manual']
		]);
		const listed = await attendance.forEvent(database.db, fixture.event);
		const day1 = listed.days.find((d) => d.day === '2024-05-21')!;
		const day2 = listed.days.find((d) => d.day === '2024-05-22')!;
		expect(day1.inRoom).toBeGreaterThanOrEqual(1);
		expect(day2.online).toBe(1);
		expect(
			listed.records
				.filter((r) => nameOf(r) === 'Chen Wei')
				.map((r) => r.mode)
				.sort()
		).toEqual(['in-room', 'online']);
	});

	it('records attendance per programme item, beside the day as a whole', async () => {
		const panel = await fixture.item('Panel on labour mobility', '2024-05-21');
		const dina = await fixture.register({ givenName: 'Dina', familyName: 'Haddad' });
		await attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: dina.checkInToken, day: '2024-05-21' });
		await attendance.checkIn(secretariat(), {
			eventId: fixture.event.id,
			code: dina.checkInToken,
			day: '2024-05-21',
			programmeItemId: panel.id
		});
		const rows = await recordsOf(dina.id);
		expect(rows.map((r) => r.programmeItemId).sort()).toEqual([panel.id, null].sort());
		// Both are one person in the room that day.
		const day = (await attendance.forEvent(database.db, fixture.event, '2024-05-21')).records.filter((r) => nameOf(r) === 'Dina Haddad');
		expect(day.map((r) => r.itemTitles?.en ?? null).sort()).toEqual(['Panel on labour mobility', null].sort());
	});

	it('finds approved registrations by name without accents, by e-mail and by number, with who is already in', async () => {
		const elena = await fixture.register({ givenName: 'Elena', familyName: 'Gómez Núñez', email: 'Elena.Gomez@Example.org' });
		await fixture.register({ givenName: 'Elena', familyName: 'Gomezpending', status: 'pending' });
		const found = await attendance.search(database.db, fixture.event, 'elena gomez', { day: '2024-05-21' });
		expect(found.map(nameOf)).toEqual(['Elena Gómez Núñez']);
		expect(found[0].recordedAt).toBeNull();
		expect((await attendance.search(database.db, fixture.event, 'NUNEZ')).map((f) => f.id)).toEqual([elena.id]);
		expect((await attendance.search(database.db, fixture.event, 'elena.gomez@example')).map((f) => f.id)).toEqual([elena.id]);
		expect((await attendance.search(database.db, fixture.event, String(elena.number))).map((f) => f.id)).toContain(elena.id);
		await attendance.checkIn(secretariat(), { eventId: fixture.event.id, registrationId: elena.id, day: '2024-05-21' });
		const again = await attendance.search(database.db, fixture.event, 'gómez', { day: '2024-05-21' });
		expect(again[0].recordedAt).toMatch(/^\d{2}:\d{2}$/);
		expect(await attendance.search(database.db, fixture.event, '   ')).toEqual([]);
		expect(await attendance.search(database.db, fixture.event, '%')).toEqual([]);
	});

	it('lists a participant whose personal data was erased later as every page names them, in the reader\u2019s language', async () => {
		const karim = await fixture.register({ givenName: 'Karim', familyName: 'Benali', honorific: 'Dr' });
		await attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: karim.checkInToken, day: '2024-05-22' });
		const listed = async () =>
			(await attendance.forEvent(database.db, fixture.event, '2024-05-22')).records.filter((r) => r.number === karim.number);
		expect((await listed()).map(nameOf)).toEqual(['Dr Karim Benali']);
		await database.db
			.update(registrations)
			.set({ honorific: null, givenName: null, familyName: null, email: null, erasedAt: new Date() })
			.where(eq(registrations.id, karim.id));
		const [record] = await listed();
		expect(nameOf(record)).toBe(`Participant #${karim.number}`);
		expect(registrantName(record, translator('fr'))).toBe(`Participant no ${karim.number}`);
		expect(registrantName(record, translator('ar'))).toBe(`المشارك رقم ${karim.number}`);
	});

	it('shows who a QR code names before confirming, and why not when it cannot check in', async () => {
		const fatou = await fixture.register({ givenName: 'Fatou', familyName: 'Diallo' });
		expect(await attendance.preview(secretariat(), fixture.event, fatou.checkInToken, '2024-05-21')).toMatchObject({
			ok: true,
			registration: { id: fatou.id, givenName: 'Fatou', familyName: 'Diallo', number: fatou.number },
			checkedInAt: null
		});
		expect(await attendance.preview(secretariat(), fixture.event, 'forged', '2024-05-21')).toEqual({
			ok: false,
			error: { key: 'attendance.errors.unknownCode', params: undefined }
		});
	});
});

describe('bad check-ins are refused with a clear message and nothing is written', () => {
	async function refused(input: Parameters<typeof attendance.checkIn>[1], expected: Record<string, unknown>) {
		const [{ n: records }] = await database.db.select({ n: count() }).from(attendanceTable);
		const audits = await auditCount();
		await expect(attendance.checkIn(secretariat(), input)).rejects.toMatchObject(expected);
		const [{ n: after }] = await database.db.select({ n: count() }).from(attendanceTable);
		expect(after).toBe(records);
		expect(await auditCount()).toBe(audits);
	}

	it('a registration that is not approved', async () => {
		for (const status of ['pending', 'waitlisted', 'rejected', 'withdrawn'] as const) {
			const r = await fixture.register({ givenName: 'Not', familyName: status, status });
			await refused(
				{ eventId: fixture.event.id, code: r.checkInToken, day: '2024-05-21' },
				{ code: `attendance.errors.status.${status}`, params: { name: `Not ${status}` } }
			);
		}
	});

	it('a forged code, and a code of another event', async () => {
		await refused(
			{ eventId: fixture.event.id, code: 'not-a-real-token', day: '2024-05-21' },
			{ code: 'attendance.errors.unknownCode', field: 'code' }
		);
		const elsewhere = await other.register({ givenName: 'Gustavo', familyName: 'Lima' });
		await refused({ eventId: fixture.event.id, code: elsewhere.checkInToken, day: '2024-05-21' }, { code: 'attendance.errors.otherEvent' });
		await refused({ eventId: fixture.event.id, registrationId: elsewhere.id, day: '2024-05-21' }, { code: 'attendance.errors.otherEvent' });
		await refused(
			{ eventId: fixture.event.id, registrationId: crypto.randomUUID(), day: '2024-05-21' },
			{ code: 'attendance.errors.unknownRegistration' }
		);
	});

	it('a code used again for the same day and mode, with the time of the first check-in', async () => {
		const hana = await fixture.register({ givenName: 'Hana', familyName: 'Sato' });
		const first = await attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: hana.checkInToken, day: '2024-05-21' });
		await refused(
			{ eventId: fixture.event.id, code: hana.checkInToken, day: '2024-05-21' },
			{ code: 'attendance.errors.alreadyCheckedIn', status: 409, params: { name: 'Hana Sato', time: first.time } }
		);
		// The name search finds the same record.
		await refused(
			{ eventId: fixture.event.id, registrationId: hana.id, day: '2024-05-21' },
			{ code: 'attendance.errors.alreadyCheckedIn' }
		);
		// Two scanners at once: one record, one refusal.
		const ivan = await fixture.register({ givenName: 'Ivan', familyName: 'Petrov' });
		const both = await Promise.allSettled([
			attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: ivan.checkInToken, day: '2024-05-22' }),
			attendance.checkIn(secretariat(), { eventId: fixture.event.id, code: ivan.checkInToken, day: '2024-05-22' })
		]);
		expect(both.map((b) => b.status).sort()).toEqual(['fulfilled', 'rejected']);
		expect(await recordsOf(ivan.id)).toHaveLength(1);
	});

	it('a day outside the event', async () => {
		const jo = await fixture.register({ givenName: 'Jo', familyName: 'Smith' });
		await refused(
			{ eventId: fixture.event.id, code: jo.checkInToken, day: '2024-05-23' },
			{ code: 'attendance.errors.dayOutside', field: 'day', params: { first: '2024-05-21', last: '2024-05-22' } }
		);
		await refused({ eventId: fixture.event.id, code: jo.checkInToken, day: 'someday' }, { code: 'attendance.errors.dayOutside' });
	});

	it('a programme item of another event, or of another day', async () => {
		const jo = await fixture.register({ givenName: 'Joan', familyName: 'Smith' });
		const foreign = await other.item('Elsewhere', '2024-06-10');
		await refused(
			{ eventId: fixture.event.id, code: jo.checkInToken, day: '2024-05-21', programmeItemId: foreign.id },
			{ code: 'attendance.errors.itemOtherEvent', field: 'programmeItemId' }
		);
		const day2 = await fixture.item('Closing', '2024-05-22');
		await refused(
			{ eventId: fixture.event.id, code: jo.checkInToken, day: '2024-05-21', programmeItemId: day2.id },
			{ code: 'attendance.errors.itemOtherDay', params: { day: '2024-05-22' } }
		);
	});

	it('an erased registration', async () => {
		const erased = await fixture.register({ givenName: 'X', familyName: 'Y', erased: true });
		await refused(
			{ eventId: fixture.event.id, code: erased.checkInToken, day: '2024-05-21' },
			{ code: 'attendance.errors.erased', params: { number: erased.number } }
		);
	});

	it('anyone but the secretariat', async () => {
		const kim = await fixture.register({ givenName: 'Kim', familyName: 'Lee' });
		for (const role of ['participant', 'reviewer', null] as const) {
			await expect(
				attendance.checkIn(ctxAs(database.db, role), { eventId: fixture.event.id, code: kim.checkInToken, day: '2024-05-21' })
			).rejects.toMatchObject({ status: role ? 403 : 401 });
		}
		await expect(
			attendance.preview(ctxAs(database.db, 'participant'), fixture.event, kim.checkInToken, '2024-05-21')
		).rejects.toMatchObject({
			status: 403
		});
		expect(await recordsOf(kim.id)).toEqual([]);
	});

	it('an online record of the same day twice', async () => {
		const lia = await fixture.register({ givenName: 'Lia', familyName: 'Costa', mode: 'online' });
		await attendance.recordOnline(secretariat(), { eventId: fixture.event.id, registrationId: lia.id, day: '2024-05-21' });
		await expect(
			attendance.recordOnline(secretariat(), { eventId: fixture.event.id, registrationId: lia.id, day: '2024-05-21' })
		).rejects.toMatchObject({ code: 'attendance.errors.alreadyOnline', status: 409 });
		expect(await recordsOf(lia.id)).toHaveLength(1);
	});
});
