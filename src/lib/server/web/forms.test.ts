import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { readForm } from './forms';

describe('readForm', () => {
	it('reads a well-formed form', async () => {
		const request = new Request('http://localhost/x', { method: 'POST', body: new URLSearchParams({ a: '1' }) });
		expect((await readForm(request)).get('a')).toBe('1');
	});

	it('answers a body that is not the multipart form it claims to be with a 400, not a server error', async () => {
		const request = new Request('http://localhost/x', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=zz' },
			body: 'not a multipart body'
		});
		const thrown = await readForm(request).then(
			() => null,
			(e: unknown) => e
		);
		expect(isHttpError(thrown) && thrown.status).toBe(400);
	});
});
