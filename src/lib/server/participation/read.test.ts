import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFile } from './read';

async function records(text: string) {
	const { records } = await readFile(Readable.from([Buffer.from(text)]));
	const out: [number, string[]][] = [];
	for await (const r of records) out.push([r.line, r.cells]);
	return out;
}

describe('reading a CSV file', () => {
	it('numbers each record by the line it starts on, counting empty lines and line breaks inside quoted cells', async () => {
		expect(
			await records(
				'email;name\r\na@example.org;"Two\r\nlines"\r\n\r\nb@example.org;B\r\n;\r\n"c@example.org";"x\ny\nz"\r\nd@example.org;D'
			)
		).toEqual([
			[1, ['email', 'name']],
			[2, ['a@example.org', 'Two\r\nlines']],
			[5, ['b@example.org', 'B']],
			[6, ['', '']],
			[7, ['c@example.org', 'x\ny\nz']],
			[10, ['d@example.org', 'D']]
		]);
	});

	it('takes the byte order mark off and tells the delimiter from the header line', async () => {
		expect(await records('\uFEFFemail\tname\na@example.org\tA\n')).toEqual([
			[1, ['email', 'name']],
			[2, ['a@example.org', 'A']]
		]);
	});
});
