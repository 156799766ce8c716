import { beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { translator } from '$lib/i18n';
import { registrantName } from '$lib/registration/names';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { attendanceEvent } from '../testing/attendance-fixtures';
import type { Database } from '../db/client';
import { attendance as attendanceTable } from './schema';
import * as attendance from '.';

let database: Database;
let fixture: Awaited<ReturnType<typeof attendanceEvent>>;
const secretariat = () => ctxAs(database.db, 'secretariat');

beforeAll(async () => {
	database = await testDatabase();
	// New York: a join at 02:30 UTC on the 22nd is still the evening of the 21st there.
	fixture = await attendanceEvent(database.db, { startDate: '2024-05-21', endDate: '2024-05-22', timeZone: 'America/New_York' });
});

async function onlineRecords() {
	const [{ n }] = await database.db
		.select({ n: count() })
		.from(attendanceTable)
		.where(and(eq(attendanceTable.eventId, fixture.event.id), eq(attendanceTable.mode, 'online')));
	return n;
}

describe('importing a join log', () => {
	it('a dry run reports what it would record and writes nothing; the real run records it with the join times', async () => {
		const amal = await fixture.register({ givenName: 'Amal', familyName: 'Haddad', email: 'amal@example.org', mode: 'online' });
		const bo = await fixture.register({ givenName: 'Bo', familyName: 'Larsen', email: 'bo@example.org', mode: 'both' });
		const csv = [
			'Name (Original Name);User Email;Join Time;Leave Time',
			'Amal;AMAL@example.org;2024-05-21 09:03;2024-05-21 12:00',
			'Bo;bo@example.org;2024-05-22T02:30:00Z;',
			'',
			'Amal again;amal@example.org;2024-05-21 14:00;',
			'Bo;bo@example.org;05/22/2024 10:15:00 AM;'
		].join('\r\n');
		const dry = await attendance.importJoinLog(secretariat(), fixture.event.id, csv, { dryRun: true });
		expect(dry).toMatchObject({ dryRun: true, rows: 4, duplicates: 1, problems: [], recorded: 0 });
		expect(dry.entries.map((e) => [e.row, registrantName(e, translator('en')), e.day, e.time])).toEqual([
			[2, 'Amal Haddad', '2024-05-21', '09:03'],
			[3, 'Bo Larsen', '2024-05-21', '22:30'],
			[6, 'Bo Larsen', '2024-05-22', '10:15']
		]);
		expect(await onlineRecords()).toBe(0);

		const done = await attendance.importJoinLog(secretariat(), fixture.event.id, csv, { dryRun: false });
		expect(done).toMatchObject({ recorded: 3, duplicates: 1 });
		const rows = await database.db.select().from(attendanceTable).where(eq(attendanceTable.registrationId, bo.id));
		expect(rows.map((r) => [r.day, r.mode, r.source, r.joinedAt?.toISOString()]).sort()).toEqual([
			['2024-05-21', 'online', 'online-join', '2024-05-22T02:30:00.000Z'],
			['2024-05-22', 'online', 'online-join', '2024-05-22T14:15:00.000Z']
		]);
		expect((await database.db.select().from(attendanceTable).where(eq(attendanceTable.registrationId, amal.id))).length).toBe(1);

		// The same file again: every row is a duplicate, not an error.
		const again = await attendance.importJoinLog(secretariat(), fixture.event.id, csv, { dryRun: false });
		expect(again).toMatchObject({ recorded: 0, duplicates: 4, problems: [] });
		expect(await onlineRecords()).toBe(3);
	});

	it('reports every bad row with its line in the dry run, and the real run refuses the whole file, naming the rows', async () => {
		const cleo = await fixture.register({ givenName: 'Cleo', familyName: 'Martin', email: 'cleo@example.org' });
		await fixture.register({ givenName: 'Dev', familyName: 'Patel', email: 'dev@example.org', status: 'pending' });
		const before = await onlineRecords();
		const csv = [
			'email,joined at',
			'cleo@example.org,2024-05-21 10:00',
			'nobody@example.org,2024-05-21 10:00',
			'cleo@example.org,tomorrow morning',
			'cleo@example.org,2024-05-25 10:00',
			'dev@example.org,2024-05-21 10:00'
		].join('\n');
		const dry = await attendance.importJoinLog(secretariat(), fixture.event.id, csv, { dryRun: true });
		expect(dry.problems).toEqual([
			{ row: 3, key: 'attendance.errors.rowUnknownEmail', params: { email: 'nobody@example.org' } },
			{ row: 4, key: 'attendance.errors.rowTime', params: { value: 'tomorrow morning' } },
			{ row: 5, key: 'attendance.errors.rowDay', params: { day: '2024-05-25' } },
			{ row: 6, key: 'attendance.errors.rowNotApproved', params: { email: 'dev@example.org' } }
		]);
		expect(dry.entries.map((e) => e.registrationId)).toEqual([cleo.id]);
		await expect(attendance.importJoinLog(secretariat(), fixture.event.id, csv, { dryRun: false })).rejects.toMatchObject({
			code: 'attendance.errors.importRejected',
			field: 'file',
			params: { count: 4, rows: '3, 4, 5, 6' }
		});
		// All or nothing: Cleo's good row was not recorded either.
		expect(await onlineRecords()).toBe(before);
	});

	it('refuses a file it cannot use as a whole: no header columns, no rows, not CSV', async () => {
		const cases: [string, string][] = [
			['name,duration\nAmal,30', 'attendance.errors.importColumns'],
			['E-mail,Join time\n', 'attendance.errors.importEmpty'],
			['', 'attendance.errors.importEmpty'],
			['email,join time\n"unterminated,2024-05-21', 'attendance.errors.importUnreadable']
		];
		for (const [csv, code] of cases) {
			await expect(attendance.importJoinLog(secretariat(), fixture.event.id, csv, { dryRun: true }), csv).rejects.toMatchObject({ code });
		}
	});

	it('is for the secretariat only, dry run included', async () => {
		await expect(
			attendance.importJoinLog(ctxAs(database.db, 'participant'), fixture.event.id, 'email,join time\na@b.org,2024-05-21 10:00', {
				dryRun: true
			})
		).rejects.toMatchObject({ status: 403 });
	});
});
