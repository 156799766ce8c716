import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Role } from '$lib/auth/roles';
import { ImportReportOut } from '$lib/api/resources';
import { testDatabase } from '../testing/database';
import { actorWith } from '../testing/actors';
import { attendanceEvent } from '../testing/attendance-fixtures';
import type { Database } from '../db/client';
import { registrations } from '../registration/schema';
import { attendance } from '../attendance/schema';
import { auditLog } from '../audit/schema';
import * as participation from '../participation';
import { api } from './http';
import * as v1 from './v1-participation';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});

function request(
	path: string,
	options: { role?: Role | null; id: string; body?: BodyInit; type?: string; headers?: Record<string, string> }
) {
	const actor = actorWith(options.role === undefined ? 'secretariat' : options.role);
	const url = new URL(`http://localhost/api/v1/events/${options.id}${path}`);
	const init: RequestInit =
		options.body === undefined
			? {}
			: { method: 'POST', headers: { 'content-type': options.type ?? 'text/csv', ...options.headers }, body: options.body };
	return {
		url,
		params: { id: options.id },
		request: new Request(url, init),
		locals: { lang: 'en', actor, ctx: { db: database.db, actor }, user: null }
	} as unknown as RequestEvent;
}

async function call(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

async function download(handler: (e: RequestEvent) => Promise<Response>, event: RequestEvent) {
	const response = await api(handler)(event);
	return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

const registrantsOf = (eventId: string) =>
	database.db.select().from(registrations).where(eq(registrations.eventId, eventId)).orderBy(asc(registrations.number));

const FILE = [
	'first_name,last_name,email,honorific,gender,position,category,delegation,organisation,organisation_type,country,phone,participation_mode,state,registered_at,sponsored',
	'Amal,Haddad,amal@example.org,Ms,female,Director,government,CAN,,national-government,CAN,+41 22 717 91 11,in-room,approved,2024-04-01T10:00:00.000Z,true',
	'"=HYPERLINK(""http://evil.example"",""x"")",Larsen,bo@example.org,,male,-Officer,partner,,@Acme,civil-society,DNK,,online,pending,2024-04-02T08:00:00.000Z,false',
	'Cleo,Martin,cleo@example.org,,other,,iom,,,iom,,-12,both,waitlisted,2024-04-03T00:00:00.000Z,false'
].join('\n');

describe('participation API', () => {
	it('a dry run reports without writing; the commit creates; a rejected row makes it write nothing, with the errors per row', async () => {
		const { event } = await attendanceEvent(database.db);
		const id = event.id;
		const dry = await call(v1.importRegistrants, request('/registrations/import?dryRun=true', { id, body: FILE }));
		expect(dry.status).toBe(200);
		expect(ImportReportOut.parse(dry.body)).toMatchObject({ dryRun: true, rows: 3, created: 3, updated: 0, rejected: 0 });
		expect(await registrantsOf(id)).toEqual([]);

		const bad = FILE + '\nDan,Noone,dan@example.org,,,,government,,,,,,,,,';
		const refused = await call(v1.importRegistrants, request('/registrations/import', { id, body: bad }));
		expect(refused.status).toBe(422);
		expect(refused.type).toBe('application/problem+json');
		expect(refused.body).toMatchObject({ title: 'Nothing was imported: 1 row cannot be imported.', rejected: 1, created: 3 });
		expect(refused.body.errors).toEqual([
			{
				row: 5,
				column: 'delegation',
				key: 'participation.errors.governmentWithoutState',
				code: 'participation.errors.governmentWithoutState',
				detail: 'A government representative needs a delegation (the State’s ISO alpha-3 code).'
			}
		]);
		expect(await registrantsOf(id)).toEqual([]);

		const done = await call(v1.importRegistrants, request('/registrations/import', { id, body: FILE }));
		expect(done).toMatchObject({ status: 200, body: { dryRun: false, created: 3, rejected: 0 } });
		expect((await registrantsOf(id)).map((r) => r.email)).toEqual(['amal@example.org', 'bo@example.org', 'cleo@example.org']);
		const again = await call(v1.importRegistrants, request('/registrations/import', { id, body: FILE }));
		expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
	});

	it('refuses a body over the size limit before reading it, a second import of the same event, and visitors', async () => {
		const { event } = await attendanceEvent(database.db);
		const id = event.id;
		const huge = await call(
			v1.importRegistrants,
			request('/registrations/import', { id, body: 'email\n', headers: { 'content-length': String(50 * 1024 * 1024) } })
		);
		expect(huge).toMatchObject({ status: 413, body: { errors: [{ field: 'file', code: 'participation.errors.tooLarge' }] } });

		const actor = actorWith('secretariat');
		const running = await participation.jobs.claim(database.db, actor, {
			eventId: id,
			kind: 'registrants',
			format: 'csv',
			status: 'running'
		});
		const second = await call(
			v1.importAttendance,
			request('/attendance/import', { id, body: 'email,date,mode\na@example.org,2024-05-21,online' })
		);
		expect(second).toMatchObject({ status: 409, body: { errors: [{ code: 'participation.errors.importRunning' }] } });
		await participation.jobs.finish(database.db, running.id, 'done');

		const visitor = await call(v1.importRegistrants, request('/registrations/import', { id, role: null, body: FILE }));
		expect(visitor.status).toBe(401);
		const participant = await download(v1.exportFile('registrants', 'csv'), request('/registrations.csv', { id, role: 'participant' }));
		expect(participant.status).toBe(403);
	});

	it('exports CSV and XLSX in the import’s keys, neutralising formulas but keeping a phone number’s +, and the export re-imports to the same data', async () => {
		const { event } = await attendanceEvent(database.db);
		const id = event.id;
		await call(v1.importRegistrants, request('/registrations/import', { id, body: FILE }));

		const csvFile = await download(v1.exportFile('registrants', 'csv'), request('/registrations.csv', { id }));
		expect(csvFile.type).toBe('text/csv; charset=utf-8');
		const records = parse(csvFile.bytes, { bom: true, columns: true }) as Record<string, string>[];
		expect(records.map((r) => [r.number, r.first_name, r.position, r.phone, r.email])).toEqual([
			['1', 'Amal', 'Director', '+41 22 717 91 11', 'amal@example.org'],
			['2', `'=HYPERLINK("http://evil.example","x")`, "'-Officer", '', 'bo@example.org'],
			['3', 'Cleo', '', '-12', 'cleo@example.org']
		]);
		expect(records[1].affiliation).toBe("'@Acme");

		const xlsxFile = await download(v1.exportFile('registrants', 'xlsx'), request('/registrations.xlsx', { id }));
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsxFile.bytes as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		const header = (sheet.getRow(1).values as string[]).slice(1);
		const cell = (row: number, key: string) => sheet.getRow(row).getCell(header.indexOf(key) + 1);
		expect(cell(2, 'phone').value).toBe('+41 22 717 91 11');
		expect(cell(3, 'first_name').value).toBe('=HYPERLINK("http://evil.example","x")');
		expect(cell(3, 'first_name').type).toBe(ExcelJS.ValueType.String);

		// Both files import into another event as the same registrants.
		const project = (rows: Awaited<ReturnType<typeof registrantsOf>>) =>
			rows.map((r) => [
				r.number,
				r.givenName,
				r.familyName,
				r.email,
				r.honorific,
				r.gender,
				r.position,
				r.category,
				r.stateId,
				r.affiliation,
				r.organisationType,
				r.countryId,
				r.phone,
				r.mode,
				r.status,
				r.sponsored,
				r.createdAt.toISOString()
			]);
		const original = project(await registrantsOf(id));
		for (const [bytes, type] of [
			[csvFile.bytes, 'text/csv'],
			[xlsxFile.bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
		] as const) {
			const other = await attendanceEvent(database.db);
			const report = await call(v1.importRegistrants, request('/registrations/import', { id: other.event.id, body: bytes, type }));
			expect(report.body).toMatchObject({ created: 3, rejected: 0 });
			expect(project(await registrantsOf(other.event.id))).toEqual(original);
		}
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.map((a) => a.action)).toEqual(
			expect.arrayContaining(['participation.export-registrants', 'participation.export-registrants', 'participation.import-registrants'])
		);
	});

	it('imports attendance by e-mail, day and mode, refusing unknown people, days outside the event and duplicate rows', async () => {
		const fixture = await attendanceEvent(database.db);
		const id = fixture.event.id;
		await fixture.register({ givenName: 'Amal', familyName: 'Haddad', email: 'amal@example.org' });
		await fixture.register({ givenName: 'Dev', familyName: 'Patel', email: 'dev@example.org', status: 'pending' });
		const bad = [
			'email,date,mode',
			'AMAL@example.org,2024-05-21,in-room',
			'amal@example.org,2024-05-22,online',
			'nobody@example.org,2024-05-21,online',
			'amal@example.org,2024-06-01,online',
			'amal@example.org,2024-05-21,in-room',
			'dev@example.org,2024-05-21,online',
			'amal@example.org,21/05/2024,sideways'
		].join('\n');
		const refused = await call(v1.importAttendance, request('/attendance/import', { id, body: bad }));
		expect(refused.status).toBe(422);
		expect(refused.body.errors.map((e: { row: number; key: string }) => [e.row, e.key])).toEqual([
			[5, 'participation.errors.dayOutside'],
			[6, 'participation.errors.duplicateRecord'],
			[8, 'participation.errors.date'],
			[8, 'participation.errors.choice'],
			[4, 'participation.errors.unknownRegistration'],
			[7, 'participation.errors.notApproved']
		]);
		expect(await database.db.select().from(attendance).where(eq(attendance.eventId, id))).toEqual([]);

		const good = bad.split('\n').slice(0, 3).join('\n');
		const done = await call(v1.importAttendance, request('/attendance/import', { id, body: good }));
		expect(done.body).toMatchObject({ created: 2, rejected: 0 });
		const exported = await download(v1.exportFile('attendance', 'csv'), request('/attendance.csv', { id }));
		expect(exported.bytes.toString('utf8').replace(/^\uFEFF/, '')).toBe(
			'email,date,mode\namal@example.org,2024-05-21,in-room\namal@example.org,2024-05-22,online\n'
		);
		const reimport = await call(v1.importAttendance, request('/attendance/import', { id, body: exported.bytes }));
		expect(reimport.body).toMatchObject({ created: 0, unchanged: 2 });
	});
});
