import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { attendanceEvent } from '../testing/attendance-fixtures';
import type { Database } from '../db/client';
import { people } from '../directory/schema';
import { delegations, registrationChoiceCounts, registrations, registrationSettings } from '../registration/schema';
import * as registration from '../registration';
import { openTestEvent } from '../testing/events';
import { attendance } from '../attendance/schema';
import { auditLog } from '../audit/schema';
import * as participation from '.';

let database: Database;
const secretariat = () => ctxAs(database.db, 'secretariat');
const csv = (...lines: string[]) => Readable.from([Buffer.from(lines.join('\r\n'))]);

beforeAll(async () => {
	database = await testDatabase();
});

async function rowsOf(eventId: string) {
	return database.db.select().from(registrations).where(eq(registrations.eventId, eventId)).orderBy(asc(registrations.number));
}

async function counters(eventId: string) {
	const [settings] = await database.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
	const seats = await database.db.select().from(delegations).where(eq(delegations.eventId, eventId)).orderBy(asc(delegations.stateId));
	return { placesTaken: settings.placesTaken, lastNumber: settings.lastNumber, seats: seats.map((s) => [s.stateId, s.seatsTaken]) };
}

const HEADER = 'First_Name,last_name,EMAIL,gender,category,delegation,country,participation_mode,state,registered_at,sponsored,phone';

describe('importing registrants', () => {
	it('a dry run counts what it would create and writes nothing; the commit writes it with consistent counters', async () => {
		const { event } = await attendanceEvent(database.db);
		const file = () =>
			csv(
				HEADER,
				'Amal,Haddad,amal@example.org,female,government,CAN,Canada,in-room,approved,2024-04-01T10:00:00Z,true,+41 22 717 91 11',
				'Bo,Larsen,bo@example.org,male,government,CAN,DNK,online,approved,2024-04-02,false,',
				'Cleo,Martin,cleo@example.org,,partner,,,both,Completed,,,',
				'Dev,Patel,dev@example.org,,other,,,in-room,waitlisted,,,'
			);
		const dry = await participation.importRegistrants(secretariat(), event.id, file(), { dryRun: true });
		expect(dry).toMatchObject({ dryRun: true, rows: 4, created: 4, updated: 0, rejected: 0, errors: [] });
		expect(await rowsOf(event.id)).toEqual([]);
		expect(await counters(event.id)).toEqual({ placesTaken: 0, lastNumber: 0, seats: [] });

		const done = await participation.importRegistrants(secretariat(), event.id, file(), { dryRun: false });
		expect(done).toMatchObject({ dryRun: false, rows: 4, created: 4, rejected: 0 });
		const rows = await rowsOf(event.id);
		expect(rows.map((r) => [r.number, r.email, r.category, r.stateId, r.countryId, r.mode, r.status, r.sponsored, r.phone])).toEqual([
			[1, 'amal@example.org', 'government', 'CAN', 'CAN', 'in-room', 'approved', true, '+41 22 717 91 11'],
			[2, 'bo@example.org', 'government', 'CAN', 'DNK', 'online', 'approved', false, null],
			[3, 'cleo@example.org', 'partner', null, null, 'both', 'approved', false, null],
			[4, 'dev@example.org', 'other', null, null, 'in-room', 'waitlisted', false, null]
		]);
		expect(rows[0].membership).toBe('member');
		expect(rows[0].createdAt.toISOString()).toBe('2024-04-01T10:00:00.000Z');
		// Amal and Cleo hold places in the room; Bo is online; Dev waits. Amal holds Canada's seat.
		expect(await counters(event.id)).toEqual({ placesTaken: 2, lastNumber: 4, seats: [['CAN', 1]] });
		const [{ n }] = await database.db
			.select({ n: count() })
			.from(auditLog)
			.where(and(eq(auditLog.entityId, event.id), eq(auditLog.action, 'participation.import-registrants')));
		expect(n).toBe(1);
	});

	it('updates the registration with the same address, links new ones to the directory person, and leaves unchanged rows alone', async () => {
		const fixture = await attendanceEvent(database.db);
		await fixture.register({ givenName: 'Ana', familyName: 'García', email: 'Ana@Example.org' });
		const [person] = await database.db
			.insert(people)
			.values({ givenName: 'Eva', familyName: 'Nowak', email: 'EVA@example.org' })
			.returning();
		const report = await participation.importRegistrants(
			secretariat(),
			fixture.event.id,
			csv(
				'email,first_name,last_name,participation_mode,position',
				'ana@example.org,Ana,García,online,Director',
				'eva@example.org,Eva,Nowak,,'
			),
			{ dryRun: false }
		);
		expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 0, rejected: 0, linkedToPeople: 1 });
		const rows = await rowsOf(fixture.event.id);
		expect(rows.map((r) => [r.number, r.email, r.mode, r.position, r.personId])).toEqual([
			[1, 'Ana@Example.org', 'online', 'Director', null],
			[2, 'eva@example.org', 'in-room', null, person.id]
		]);
		// Ana moved online and freed her place; Eva took one.
		expect(await counters(fixture.event.id)).toMatchObject({ placesTaken: 1, lastNumber: 2 });
		const again = await participation.importRegistrants(
			secretariat(),
			fixture.event.id,
			csv('email,participation_mode', 'ANA@example.org,online'),
			{ dryRun: false }
		);
		expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
	});

	it('reports every bad row with its line and column, and writes nothing, dry run or not', async () => {
		const { event } = await attendanceEvent(database.db);
		const file = () =>
			csv(
				HEADER,
				'Amal,Haddad,amal@example.org,,,,,,,,,',
				',No,,,,,,,,,,',
				'Bad,Mail,not-an-address,,,,,,,,,',
				'Gov,NoState,gov@example.org,,government,,,,,,,',
				'Gov,Atlantis,atl@example.org,,government,ATL,,,,,,',
				'Amal,Again,AMAL@example.org,,,,,,,,,',
				'Odd,Values,odd@example.org,robot,,,Narnia,by-pigeon,maybe,yesterday,perhaps,',
				'Part,Ner,partner@example.org,,partner,CAN,,,,,,'
			);
		const dry = await participation.importRegistrants(secretariat(), event.id, file(), { dryRun: true });
		expect(dry).toMatchObject({ rows: 8, created: 1, rejected: 7 });
		const byRow = (r: number) => dry.errors.filter((e) => e.row === r).map((e) => [e.column, e.key]);
		expect(byRow(3)).toEqual([['email', 'participation.errors.emailMissing']]);
		expect(byRow(4)).toEqual([['email', 'participation.errors.emailMalformed']]);
		expect(byRow(5)).toEqual([['delegation', 'participation.errors.governmentWithoutState']]);
		expect(byRow(6)).toEqual([['delegation', 'participation.errors.unknownState']]);
		expect(dry.errors.find((e) => e.row === 7)).toMatchObject({ key: 'participation.errors.duplicateRow', params: { row: 2 } });
		expect(byRow(8).map(([c]) => c)).toEqual(['gender', 'participation_mode', 'state', 'country', 'registered_at', 'sponsored']);
		expect(byRow(9)).toEqual([['delegation', 'participation.errors.stateWithoutGovernment']]);

		const done = await participation.importRegistrants(secretariat(), event.id, file(), { dryRun: false });
		expect(done).toMatchObject({ dryRun: false, rejected: 7 });
		expect(await rowsOf(event.id)).toEqual([]);
		expect(await counters(event.id)).toEqual({ placesTaken: 0, lastNumber: 0, seats: [] });
	});

	it('moves a registration as a decision or a withdrawal would: its place, delegation seat and limited choice are given back, and taken again when it returns', async () => {
		const { event } = await openTestEvent(database.db, {
			label: 'Import',
			kind: 'workshop',
			startDate: '2030-05-21',
			endDate: '2030-05-21'
		});
		await registration.configure(secretariat(), event.id, {
			open: 'on',
			capacity: 10,
			delegationQuota: 2,
			privacyNotices: { en: 'Notice' }
		});
		await registration.publishForm(secretariat(), event.id, {
			personal: {},
			fields: [
				{
					key: 'visit',
					type: 'single-choice',
					labels: { en: 'Site visit' },
					required: false,
					choices: [{ key: 'port', labels: { en: 'Port authority' }, capacity: 1 }]
				}
			]
		});
		const registrant = (name: string, email: string, extra: Record<string, unknown> = {}) => ({
			formVersion: 2,
			givenName: name,
			familyName: 'Test',
			email,
			category: 'government',
			stateId: 'CAN',
			mode: 'in-room',
			consent: 'on',
			answers: { visit: 'port' },
			...extra
		});
		await registration.register(secretariat(), event.id, registrant('Amal', 'amal@example.org'));
		const port = async () => {
			const [row] = await database.db
				.select({ taken: registrationChoiceCounts.taken })
				.from(registrationChoiceCounts)
				.where(and(eq(registrationChoiceCounts.eventId, event.id), eq(registrationChoiceCounts.choiceKey, 'port')));
			return row.taken;
		};
		const state = async () => ({ ...(await counters(event.id)), port: await port() });
		expect(await state()).toMatchObject({ placesTaken: 1, seats: [['CAN', 1]], port: 1 });

		// The import rejects Amal: the site visit she held is free again, and Bo takes it.
		const rejected = await participation.importRegistrants(secretariat(), event.id, csv('email,state', 'AMAL@example.org,rejected'), {
			dryRun: false
		});
		expect(rejected).toMatchObject({ updated: 1, rejected: 0 });
		expect(await state()).toMatchObject({ placesTaken: 0, seats: [['CAN', 0]], port: 0 });
		const bo = await registration.register(secretariat(), event.id, registrant('Bo', 'bo@example.org'));
		expect(await port()).toBe(1);

		// Back to approved while Bo holds the visit: refused for that row, as a decision would be, and nothing written.
		const full = await participation.importRegistrants(secretariat(), event.id, csv('email,state', 'amal@example.org,approved'), {
			dryRun: true
		});
		expect(full.errors).toEqual([expect.objectContaining({ row: 2, column: 'state', key: 'registration.errors.choiceFull' })]);
		expect(await state()).toMatchObject({ placesTaken: 1, seats: [['CAN', 1]], port: 1 });

		// Bo withdraws; the import approves Amal again, who takes back her place, her seat and the visit.
		await registration.withdraw(secretariat(), bo.registration.id);
		expect(await port()).toBe(0);
		const approved = await participation.importRegistrants(secretariat(), event.id, csv('email,state', 'amal@example.org,approved'), {
			dryRun: false
		});
		expect(approved).toMatchObject({ updated: 1, rejected: 0 });
		expect(await state()).toMatchObject({ placesTaken: 1, seats: [['CAN', 1]], port: 1 });

		// A withdrawal by import releases them all, like the registrant's own.
		await participation.importRegistrants(secretariat(), event.id, csv('email,state', 'amal@example.org,withdrawn'), { dryRun: false });
		expect(await state()).toMatchObject({ placesTaken: 0, seats: [['CAN', 0]], port: 0 });
		const [amal] = (await rowsOf(event.id)).filter((r) => r.email === 'amal@example.org');
		expect(amal.status).toBe('withdrawn');
	});

	it('finds a duplicate address however far apart the two rows are, for a new registrant and an existing one', async () => {
		const fixture = await attendanceEvent(database.db);
		await fixture.register({ givenName: 'Ana', familyName: 'García', email: 'ana@example.org' });
		const lines = ['email,first_name,last_name', 'new@example.org,New,Person', 'ANA@example.org,Ana,García'];
		for (let n = 0; n < 1500; n++) lines.push(`filler${n}@example.org,Filler,${n}`);
		lines.push('new@example.org,New,Again', 'ana@EXAMPLE.org,Ana,Again');
		const report = await participation.importRegistrants(secretariat(), fixture.event.id, csv(...lines), { dryRun: true });
		expect(report).toMatchObject({ rows: 1504, created: 1501, unchanged: 1, rejected: 2 });
		expect(report.errors).toEqual([
			{ row: 1504, column: 'email', key: 'participation.errors.duplicateRow', params: { row: 2 } },
			{ row: 1505, column: 'email', key: 'participation.errors.duplicateRow', params: { row: 3 } }
		]);
		expect(await rowsOf(fixture.event.id)).toHaveLength(1);
	});

	it('refuses files it cannot use as a whole: unknown columns, no rows, not CSV or XLSX, too large', async () => {
		const { event } = await attendanceEvent(database.db);
		const cases: [Readable, string][] = [
			[csv('email,shoe size', 'a@example.org,42'), 'participation.errors.unknownColumns'],
			[csv('first_name,last_name', 'A,B'), 'participation.errors.missingColumn'],
			[csv('email,first_name'), 'participation.errors.empty'],
			[csv(''), 'participation.errors.empty'],
			[Readable.from([Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])]), 'participation.errors.notCsvOrXlsx'],
			[Readable.from([Buffer.from('PK\u0003\u0004garbage')]), 'participation.errors.unreadable'],
			[csv('email,first_name', 'a@example.org,"unterminated'), 'participation.errors.unreadable'],
			[participation.byteLimit(csv('email', 'a'.repeat(5000)), 1000), 'participation.errors.tooLarge']
		];
		for (const [input, code] of cases)
			await expect(participation.importRegistrants(secretariat(), event.id, input, { dryRun: true }), code).rejects.toMatchObject({ code });
		expect(await rowsOf(event.id)).toEqual([]);
	});

	it('maps Indico’s export headers: Completed is approved, a check-in becomes in-room attendance on its day', async () => {
		const { event } = await attendanceEvent(database.db);
		const report = await participation.importRegistrants(
			secretariat(),
			event.id,
			csv(
				'First Name,Last Name,Email Address,Title,Affiliation,Position,Country,Phone Number,Registration date,Registration state,Checked in,Check-in date,Tags',
				'Amal,Haddad,amal@example.org,Ms,Ministry,Director,Canada,+1 613 555 0100,2024-04-01 09:30:00,Completed,Yes,2024-05-22 08:45:00,vip'
			),
			{ dryRun: false }
		);
		expect(report).toMatchObject({ created: 1, rejected: 0, checkIns: 1 });
		const [row] = await rowsOf(event.id);
		expect([row.honorific, row.affiliation, row.position, row.countryId, row.phone, row.status]).toEqual([
			'Ms',
			'Ministry',
			'Director',
			'CAN',
			'+1 613 555 0100',
			'approved'
		]);
		const records = await database.db.select().from(attendance).where(eq(attendance.registrationId, row.id));
		expect(records.map((r) => [r.day, r.mode])).toEqual([['2024-05-22', 'in-room']]);
	});

	it('reads the first sheet of an XLSX workbook the same way', async () => {
		const { event } = await attendanceEvent(database.db);
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('People');
		sheet.addRow(['email', 'first_name', 'last_name', 'registered_at', 'phone']);
		sheet.addRow([
			'amal@example.org',
			'Amal',
			{ richText: [{ text: 'Had' }, { text: 'dad' }] },
			new Date('2024-04-01T10:00:00Z'),
			'+41 22 717 91 11'
		]);
		sheet.addRow([]);
		sheet.addRow(['bo@example.org', 'Bo', 'Larsen', '2024-04-02', '']);
		const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
		const report = await participation.importRegistrants(secretariat(), event.id, Readable.from([buffer]), { dryRun: false });
		expect(report.errors).toEqual([]);
		expect(report).toMatchObject({ rows: 2, created: 2, rejected: 0 });
		const rows = await rowsOf(event.id);
		expect(rows.map((r) => [r.givenName, r.familyName, r.createdAt.toISOString(), r.phone])).toEqual([
			['Amal', 'Haddad', '2024-04-01T10:00:00.000Z', '+41 22 717 91 11'],
			['Bo', 'Larsen', '2024-04-02T00:00:00.000Z', null]
		]);
	});

	it('lets an event have one import at a time, and frees the slot when it ends', async () => {
		const { event } = await attendanceEvent(database.db);
		const ctx = secretariat();
		const job = await participation.jobs.claim(database.db, ctx.actor, {
			eventId: event.id,
			kind: 'registrants',
			format: 'csv',
			status: 'running'
		});
		await expect(
			participation.jobs.claim(database.db, ctx.actor, { eventId: event.id, kind: 'attendance', format: 'csv', status: 'uploaded' })
		).rejects.toMatchObject({ code: 'participation.errors.importRunning', status: 409 });
		await participation.jobs.finish(database.db, job.id, 'done');
		const next = await participation.jobs.claim(database.db, ctx.actor, {
			eventId: event.id,
			kind: 'attendance',
			format: 'csv',
			status: 'uploaded'
		});
		expect(next.status).toBe('uploaded');
	});

	it('is for the secretariat only, dry run included', async () => {
		const { event } = await attendanceEvent(database.db);
		await expect(
			participation.importRegistrants(ctxAs(database.db, 'participant'), event.id, csv('email', 'a@example.org'), { dryRun: true })
		).rejects.toMatchObject({ status: 403 });
	});
});
