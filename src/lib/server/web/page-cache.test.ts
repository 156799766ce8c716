import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/client';
import { inTransaction } from '../core/transaction';
import * as pageCache from './page-cache';

const fakeDb = { transaction: async (work: (tx: unknown) => Promise<unknown>) => work({}) } as unknown as Db;
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const html = (body: string) => () => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/html' } }));

describe('the public page cache', () => {
	beforeEach(() => pageCache.clear());
	afterEach(() => vi.useRealTimers());

	it('shares only anonymous GETs of public pages', () => {
		const url = (p: string) => new URL(`http://localhost${p}`);
		expect(pageCache.isCacheable(get('/events/1'), url('/events/1'), false)).toBe(true);
		expect(pageCache.isCacheable(get('/events/1'), url('/events/1'), true)).toBe(false);
		expect(pageCache.isCacheable(get('/manage'), url('/manage'), false)).toBe(false);
		expect(pageCache.isCacheable(get('/api/v1/events', { authorization: 'Bearer x' }), url('/api/v1/events'), false)).toBe(false);
		expect(pageCache.isCacheable(new Request('http://localhost/events/1', { method: 'POST' }), url('/events/1'), false)).toBe(false);
	});

	it('never keeps an event’s statistics (page, CSV tables, JSON): registrations and attendance change them without a public write', () => {
		const url = (p: string) => new URL(`http://localhost${p}`);
		for (const path of ['/events/1/statistics', '/events/1/statistics/regions.csv', '/api/v1/events/1/statistics']) {
			expect(pageCache.isCacheable(get(path), url(path), false), path).toBe(false);
		}
		expect(pageCache.isCacheable(get('/events/1/programme'), url('/events/1/programme'), false)).toBe(true);
	});

	it('never keeps a ballot’s results (page, CSV, JSON): votes are private writes and results turn public at the close; keeps consultations and proposals', () => {
		const url = (p: string) => new URL(`http://localhost${p}`);
		for (const path of ['/ballots/1/results', '/ballots/1/results.csv', '/api/v1/ballots/1/results']) {
			expect(pageCache.isCacheable(get(path), url(path), false), path).toBe(false);
		}
		for (const path of ['/consultations/1', '/proposals/1', '/api/v1/consultations']) {
			expect(pageCache.isCacheable(get(path), url(path), false), path).toBe(true);
		}
	});

	it('never keeps attachments (the cache holds text; a PDF or image kept as text would come back corrupted)', () => {
		const url = (p: string) => new URL(`http://localhost${p}`);
		for (const path of [
			'/consultations/1/attachments/2',
			'/practices/pre-departure/attachments/2',
			// The router decodes the path: so does the rule.
			'/practices/pre-departure/%61ttachments/2',
			'/practices/pre-departure//attachments/2',
			'/practices/%E0%A4%A/attachments/2'
		]) {
			expect(pageCache.isCacheable(get(path), url(path), false), path).toBe(false);
		}
		expect(pageCache.isCacheable(get('/practices/pre-departure'), url('/practices/pre-departure'), false)).toBe(true);
	});

	it('keeps the practices’ search, pages and the evidence API (their writes clear it); never the exports (megabytes) nor the import', () => {
		const url = (p: string) => new URL(`http://localhost${p}`);
		for (const path of ['/practices', '/practices/canada-orientation', '/api/v1/practices', '/api/v1/evidence']) {
			expect(pageCache.isCacheable(get(`${path}?q=x`), url(`${path}?q=x`), false), path).toBe(true);
		}
		for (const path of ['/api/v1/practices/export.csv', '/api/v1/practices/export.json']) {
			expect(pageCache.isCacheable(get(path), url(path), false), path).toBe(false);
		}
		const post = new Request('http://localhost/api/v1/practices/import', { method: 'POST' });
		expect(pageCache.isCacheable(post, url('/api/v1/practices/import'), false)).toBe(false);
	});

	it('renders once, then answers from memory with an ETag and 304 for a matching If-None-Match', async () => {
		let renders = 0;
		const render = () => {
			renders += 1;
			return html('<h1>Event</h1>')();
		};
		const first = await pageCache.serve('en /events/1', get('/events/1'), render);
		expect(first.headers.get('x-page-cache')).toBe('miss');
		expect(await first.text()).toBe('<h1>Event</h1>');
		const hit = await pageCache.serve('en /events/1', get('/events/1'), render);
		expect(hit.headers.get('x-page-cache')).toBe('hit');
		expect(hit.headers.get('content-type')).toBe('text/html');
		const etag = hit.headers.get('etag')!;
		expect((await pageCache.serve('en /events/1', get('/events/1', { 'if-none-match': `"other", ${etag}` }), render)).status).toBe(304);
		expect(renders).toBe(1);
	});

	it('sends a kept page gzipped to a client that accepts it, and as text to one that does not', async () => {
		const page = `<h1>Report</h1>${'<p>Regular pathways for migration.</p>'.repeat(200)}`;
		await pageCache.serve('en /reports/r', get('/reports/r'), html(page));
		const zipped = await pageCache.serve('en /reports/r', get('/reports/r', { 'accept-encoding': 'gzip, deflate, br' }), html(page));
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
		const bytes = Buffer.from(await zipped.arrayBuffer());
		expect(bytes.length).toBeLessThan(page.length / 10);
		expect(zlib.gunzipSync(bytes).toString('utf8')).toBe(page);
		const refused = await pageCache.serve('en /reports/r', get('/reports/r', { 'accept-encoding': 'gzip;q=0, identity' }), html(page));
		expect(refused.headers.get('content-encoding')).toBeNull();
		expect(await refused.text()).toBe(page);
		expect(pageCache.acceptsGzip(get('/', { 'accept-encoding': '*' }))).toBe(true);
		expect(pageCache.acceptsGzip(get('/', { 'accept-encoding': 'br' }))).toBe(false);
		expect(pageCache.acceptsGzip(get('/', { 'accept-encoding': 'GZIP; q=0.5' }))).toBe(true);
	});

	it('forgets pages after a committed public write, but not after a sign-in', async () => {
		let version = 1;
		const render = () => html(`v${version}`)();
		await pageCache.serve('k', get('/events/1'), render);
		version = 2;
		await inTransaction(fakeDb, async () => null, { public: false });
		expect(await (await pageCache.serve('k', get('/events/1'), render)).text()).toBe('v1');
		await inTransaction(fakeDb, async () => null);
		expect(await (await pageCache.serve('k', get('/events/1'), render)).text()).toBe('v2');
	});

	it('lets concurrent misses share one render', async () => {
		let renders = 0;
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const render = async () => {
			renders += 1;
			await gate;
			return html('shared')();
		};
		const waiting = Array.from({ length: 20 }, () => pageCache.serve('en /', get('/'), render));
		release();
		const bodies = await Promise.all((await Promise.all(waiting)).map((r) => r.text()));
		expect(renders).toBe(1);
		expect(new Set(bodies)).toEqual(new Set(['shared']));
	});

	it('does not keep a page whose render began before a write committed', async () => {
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const slow = pageCache.serve('en /events/3', get('/events/3'), async () => {
			await gate;
			return html('old data')();
		});
		await inTransaction(fakeDb, async () => null);
		release();
		expect(await (await slow).text()).toBe('old data');
		expect(await (await pageCache.serve('en /events/3', get('/events/3'), html('new data'))).text()).toBe('new data');
	});

	it('never keeps an error page or a response that sets a cookie', async () => {
		await pageCache.serve('e', get('/events/2'), () => Promise.resolve(new Response('gone', { status: 404 })));
		await pageCache.serve('c', get('/events/2'), () => Promise.resolve(new Response('x', { headers: { 'set-cookie': 'a=b' } })));
		expect((await pageCache.serve('e', get('/events/2'), html('now here'))).headers.get('x-page-cache')).toBe('miss');
		expect((await pageCache.serve('c', get('/events/2'), html('y'))).headers.get('x-page-cache')).toBe('miss');
	});
	it('keeps text only, and nothing marked private or no-store', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]);
		const file = () => Promise.resolve(new Response(png, { headers: { 'content-type': 'image/png' } }));
		await pageCache.serve('f', get('/events/3'), file);
		const again = await pageCache.serve('f', get('/events/3'), file);
		expect(again.headers.get('x-page-cache')).not.toBe('hit');
		expect(new Uint8Array(await again.arrayBuffer())).toEqual(png);
		const personal = () =>
			Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json', 'cache-control': 'private, no-store' } }));
		await pageCache.serve('p', get('/events/3'), personal);
		expect((await pageCache.serve('p', get('/events/3'), personal)).headers.get('x-page-cache')).not.toBe('hit');
		await pageCache.serve('j', get('/events/3'), () =>
			Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json; charset=utf-8' } }))
		);
		expect((await pageCache.serve('j', get('/events/3'), html('x'))).headers.get('x-page-cache')).toBe('hit');
	});

	it('serves a page larger than the per-page cap without keeping it', async () => {
		const big = 'x'.repeat(pageCache.LIMITS.entryBytes + 1);
		expect((await pageCache.serve('en /practices/gcm/19', get('/practices/gcm/19'), html(big))).headers.get('x-page-cache')).toBe('miss');
		const again = await pageCache.serve('en /practices/gcm/19', get('/practices/gcm/19'), html(big));
		expect([again.headers.get('x-page-cache'), (await again.text()).length]).toEqual(['miss', big.length]);
		expect(pageCache.stats()).toEqual({ entries: 0, bytes: 0 });
	});

	it('keeps at most its byte budget under any number of query strings, dropping the least recently used first', async () => {
		const body = 'y'.repeat(Math.floor(pageCache.LIMITS.entryBytes / 2));
		const n = Math.ceil(pageCache.LIMITS.bytes / body.length) + 5;
		for (let i = 0; i < n; i += 1) {
			await pageCache.serve(`en /practices/gcm/19?junk=${i}`, get(`/practices/gcm/19?junk=${i}`), html(body));
			// The first page is asked for all along: it stays, while unvisited ones go.
			if (i % 10 === 0) await pageCache.serve('en /practices/gcm/19?junk=0', get('/practices/gcm/19?junk=0'), html(body));
		}
		const { entries, bytes } = pageCache.stats();
		expect(bytes).toBeLessThanOrEqual(pageCache.LIMITS.bytes);
		expect(entries).toBeLessThan(n);
		const hit = (k: number) =>
			pageCache
				.serve(`en /practices/gcm/19?junk=${k}`, get(`/practices/gcm/19?junk=${k}`), html(body))
				.then((r) => r.headers.get('x-page-cache'));
		expect(await hit(0)).toBe('hit');
		expect(await hit(n - 1)).toBe('hit');
		expect(await hit(1)).toBe('miss');
	});

	it('sweeps expired pages when it stores a new one, not only when they are asked for again', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
		await pageCache.serve('en /events/1', get('/events/1'), html('one'));
		await pageCache.serve('en /events/2', get('/events/2'), html('two'));
		expect(pageCache.stats().entries).toBe(2);
		vi.setSystemTime(new Date('2026-01-01T10:01:01Z'));
		await pageCache.serve('en /events/3', get('/events/3'), html('three'));
		expect(pageCache.stats()).toEqual({ entries: 1, bytes: expect.any(Number) });
	});
});
