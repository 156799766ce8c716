import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { inTransaction } from '../core/transaction';
import * as pageCache from './page-cache';

const fakeDb = { transaction: async (work: (tx: unknown) => Promise<unknown>) => work({}) } as unknown as Db;
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

describe('the public page cache', () => {
	beforeEach(() => pageCache.clear());

	it('shares only anonymous GETs of public pages', () => {
		const url = (p: string) => new URL(`http://localhost${p}`);
		expect(pageCache.isCacheable(get('/events/1'), url('/events/1'), false)).toBe(true);
		expect(pageCache.isCacheable(get('/events/1'), url('/events/1'), true)).toBe(false);
		expect(pageCache.isCacheable(get('/manage'), url('/manage'), false)).toBe(false);
		expect(pageCache.isCacheable(get('/api/v1/events', { authorization: 'Bearer x' }), url('/api/v1/events'), false)).toBe(false);
		expect(pageCache.isCacheable(new Request('http://localhost/events/1', { method: 'POST' }), url('/events/1'), false)).toBe(false);
	});

	it('serves a stored page with an ETag, answers 304 to a matching If-None-Match, and forgets it after a committed write', async () => {
		const key = pageCache.cacheKey(new URL('http://localhost/events/1'), 'en');
		const first = await pageCache.store(
			key,
			get('/events/1'),
			new Response('<h1>Event</h1>', { headers: { 'content-type': 'text/html' } })
		);
		const etag = first.headers.get('etag')!;
		expect(await first.text()).toBe('<h1>Event</h1>');
		const hit = pageCache.lookup(key, get('/events/1'))!;
		expect(hit.headers.get('x-page-cache')).toBe('hit');
		expect(hit.headers.get('content-type')).toBe('text/html');
		expect(pageCache.lookup(key, get('/events/1', { 'if-none-match': etag }))!.status).toBe(304);
		// A sign-in changes nothing the public sees: the page stays.
		await inTransaction(fakeDb, async () => null, { public: false });
		expect(pageCache.lookup(key, get('/events/1'))).not.toBeNull();
		await inTransaction(fakeDb, async () => null);
		expect(pageCache.lookup(key, get('/events/1'))).toBeNull();
	});

	it('never keeps an error page or a response that sets a cookie', async () => {
		const key = 'en /events/2';
		await pageCache.store(key, get('/events/2'), new Response('gone', { status: 404 }));
		await pageCache.store(key, get('/events/2'), new Response('x', { headers: { 'set-cookie': 'a=b' } }));
		expect(pageCache.lookup(key, get('/events/2'))).toBeNull();
	});
});
