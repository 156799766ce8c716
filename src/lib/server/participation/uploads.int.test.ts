import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import { attendanceEvent } from '../testing/attendance-fixtures';
import type { Database } from '../db/client';
import { participationImports } from './schema';
import * as participation from '.';

let database: Database;
let dataDir: string;
const previous = process.env.DATA_DIR;
const secretariat = () => ctxAs(database.db, 'secretariat');

beforeAll(async () => {
	database = await testDatabase();
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-uploads-'));
	process.env.DATA_DIR = dataDir;
});
afterAll(() => {
	if (previous === undefined) delete process.env.DATA_DIR;
	else process.env.DATA_DIR = previous;
	fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The import page's form as a browser sends it: multipart, the kind then the file. */
function form(kind: string | null, file: { name: string; body: BlobPart } | null) {
	const data = new FormData();
	if (kind !== null) data.set('kind', kind);
	if (file) data.set('file', new File([file.body], file.name, { type: 'text/csv' }));
	return new Request('http://localhost/manage/events/x/import?/upload', { method: 'POST', body: data });
}

const kept = () => fs.readdirSync(path.join(dataDir, 'imports'));
const jobsOf = (eventId: string) => database.db.select().from(participationImports).where(eq(participationImports.eventId, eventId));

describe('the import page’s upload', () => {
	it('streams the file to the job’s file and opens the job with the automatic mapping', async () => {
		const { event } = await attendanceEvent(database.db);
		const csv = 'Email Address,First Name,Last Name,Shoe size\r\namal@example.org,Amal,Haddad,38\r\n';
		const received = await participation.uploads.receive(secretariat(), event.id, form('registrants', { name: 'people.csv', body: csv }));
		if (!received.ok) throw received.error;
		expect(received.job).toMatchObject({
			kind: 'registrants',
			format: 'csv',
			status: 'uploaded',
			fileName: 'people.csv',
			bytes: Buffer.byteLength(csv),
			headers: ['Email Address', 'First Name', 'Last Name', 'Shoe size'],
			mapping: ['email', 'first_name', 'last_name', null]
		});
		expect(fs.readFileSync(received.job.filePath!, 'utf8')).toBe(csv);
		await participation.uploads.cancel(secretariat(), event.id, received.job.id);
		expect(kept()).toEqual([]);
	});

	it('keeps nothing of a file that is missing, empty, neither CSV nor XLSX or too large, and says which', async () => {
		const { event } = await attendanceEvent(database.db);
		const cases: [Request, string, number, string | null][] = [
			[form('registrants', null), 'participation.errors.fileRequired', 400, 'registrants'],
			[form('attendance', { name: '', body: '' }), 'participation.errors.fileRequired', 400, 'attendance'],
			[form('shoes', { name: 'a.csv', body: 'email\na@example.org' }), 'participation.errors.fileRequired', 400, 'shoes'],
			[form('registrants', { name: 'empty.csv', body: '' }), 'participation.errors.empty', 422, 'registrants'],
			[form('registrants', { name: 'blank.csv', body: '\uFEFF\r\n  \r\n' }), 'participation.errors.empty', 422, 'registrants'],
			[
				form('attendance', { name: 'report.pdf', body: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) }),
				'participation.errors.notCsvOrXlsx',
				415,
				'attendance'
			],
			[
				form('registrants', { name: 'big.csv', body: 'email\n' + 'a@example.org\n'.repeat(1000) }),
				'participation.errors.tooLarge',
				413,
				'registrants'
			],
			[new Request('http://localhost/x', { method: 'POST', body: 'kind=registrants' }), 'participation.errors.fileRequired', 400, null]
		];
		for (const [request, code, status, kind] of cases) {
			const received = await participation.uploads.receive(secretariat(), event.id, request, 1000);
			expect(received, code).toMatchObject({ ok: false, kind, error: { code, status } });
		}
		expect(kept()).toEqual([]);
		expect(await jobsOf(event.id)).toEqual([]);
	});

	it('refuses a body that says it is larger than the limit before reading it', async () => {
		const { event } = await attendanceEvent(database.db);
		const request = new Request('http://localhost/x', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(200 * 1024 * 1024) },
			body: new ReadableStream({
				pull() {
					throw new Error('the body was read');
				}
			}),
			duplex: 'half'
		} as RequestInit);
		expect(await participation.uploads.receive(secretariat(), event.id, request)).toMatchObject({
			ok: false,
			error: { code: 'participation.errors.tooLarge' }
		});
		expect(kept()).toEqual([]);
	});

	it('is for the secretariat only', async () => {
		const { event } = await attendanceEvent(database.db);
		await expect(
			participation.uploads.receive(
				ctxAs(database.db, 'participant'),
				event.id,
				form('registrants', { name: 'a.csv', body: 'email\na@b.org' })
			)
		).rejects.toMatchObject({ status: 403 });
		expect(kept()).toEqual([]);
	});
});
