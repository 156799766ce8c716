import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { onCommittedWrite } from '../core/transaction';

/**
 * Rendered public pages for visitors who are not signed in, kept in memory and dropped whenever a
 * public write commits. Node's one thread (and PGlite's queries on it) is the limit, so a visitor's
 * page is rendered once per change instead of once per request:
 * - concurrent misses of one page wait for a single render (no stampede after a write);
 * - a render that began before a write is answered but not kept (it may show the old data);
 * - entries expire after a minute, so several server processes on one PostgreSQL never serve a
 *   page older than that; expired entries are swept at most once a minute when a page is stored;
 * - memory is bounded: at most LIMITS.bytes of pages in all (the least recently used go first),
 *   and a page larger than LIMITS.entryBytes is served but not kept. Any query string makes a new
 *   key (`?junk=1`), so the bound, not the number of addresses, is what limits memory.
 */
interface Entry {
	body: string;
	headers: [string, string][];
	etag: string;
	storedAt: number;
	/** What the entry costs in memory, roughly: its body and headers in UTF-8 (and its gzip once made). */
	bytes: number;
	/**
	 * The body gzipped, made at the first request that accepts it: a page goes out at a fifth or less
	 * of its size (a report of 230 KiB in 40), which is what bounds how many requests a second the one
	 * thread serves from here. Browsers all accept it; a client that does not gets the text.
	 */
	gzipped?: Buffer;
}

export const LIMITS = { entries: 1000, bytes: 64 * 1024 * 1024, entryBytes: 1024 * 1024 } as const;
const TTL_MS = 60_000;
const entries = new Map<string, Entry>();
const inFlight = new Map<string, Promise<Entry | null>>();
let keptBytes = 0;
let sweptAt = Date.now();
/** Moves on at every public write; a render keeps its page only if no write came in between. */
let generation = 0;

export function clear(): void {
	generation += 1;
	entries.clear();
	keptBytes = 0;
	inFlight.clear();
}

/** How much the cache holds (for tests and monitoring). */
export function stats(): { entries: number; bytes: number } {
	return { entries: entries.size, bytes: keptBytes };
}

function drop(key: string): void {
	const entry = entries.get(key);
	if (!entry) return;
	entries.delete(key);
	keptBytes -= entry.bytes;
}

/** Drops every expired entry (they would otherwise stay until asked for again). */
function sweep(now: number): void {
	sweptAt = now;
	for (const [key, entry] of entries) if (now - entry.storedAt > TTL_MS) drop(key);
}

/** Keeps a page unless it is too large, then drops the least recently used until within bounds. */
function store(key: string, entry: Entry): void {
	drop(key);
	if (entry.bytes > LIMITS.entryBytes) return;
	// At most once a minute (or when the clock went back): a sweep reads every entry.
	if (entry.storedAt - sweptAt > TTL_MS || entry.storedAt < sweptAt) sweep(entry.storedAt);
	entries.set(key, entry);
	keptBytes += entry.bytes;
	while (keptBytes > LIMITS.bytes || entries.size > LIMITS.entries) drop(entries.keys().next().value!);
}

onCommittedWrite(clear);

/*
 * Practices and evidence (pages, search, API) are kept too: a search of 50,000 practices costs
 * 5–45 ms of SQL and a render, and every write to them (create, import, review, publish) commits
 * through inTransaction, which clears this cache. Drafts are shown only to signed-in users, whose
 * requests are never kept. Their exports are not (NEVER_KEPT): up to 5,000 practices, megabytes
 * each, rarely asked twice. Nor are attachments (consultation notes, practice files): the cache keeps
 * text, and a binary file read as text comes back corrupted; they are one row read by its key.
 */
/*
 * Published reports (pages, report.json, API) are kept too: a version is frozen, and the follow-up
 * progress they show changes only through follow-up operations, which commit through inTransaction
 * and so clear this cache. Their PDF is binary and never kept (see TEXT_TYPES).
 */
const NEVER_KEPT = /^\/(?:api\/v1\/practices\/export\.|(?:consultations|practices)\/[^/]+\/attachments\/)/;
const PUBLIC_PATHS =
	/^\/(?:$|dialogues|events|states|organisations|reference|consultations|proposals|ballots|practices|reports|api\/v1\/(?:dialogues|cycles|events|states|organisations|consultations|proposals|ballots|practices|reports|evidence|openapi\.json))/;

/**
 * Public, but never kept: an event's statistics (page, CSV tables, JSON) count registrations and
 * attendance, whose writes are private (they do not clear this cache), so a kept copy would show
 * old figures until some unrelated public write. Clearing every public page at each check-in
 * instead would empty the cache all day long during an event; the statistics are a few aggregate
 * queries (≤ 250 ms at 100,000 registrations, scripts/bench/statistics.js), so they are computed
 * for every request.
 */
const ALWAYS_CURRENT = /^\/(?:api\/v1\/)?(?:events\/[^/]+\/statistics|ballots\/[^/]+\/results)(?:[/.]|$)/;

/*
 * Ballot results (page, CSV, JSON) are never kept either: responses are private writes (a vote does
 * not clear the cache), and results become public at the ballot's closing time, not at a write.
 */

/** Only anonymous GETs of public pages are shared; anything personal is never cached. */
export function isCacheable(request: Request, url: URL, signedIn: boolean): boolean {
	// The router reads the decoded path (`/practices/a/%61ttachments/b` is an attachment): so do these rules.
	let path: string;
	try {
		path = decodeURIComponent(url.pathname).replace(/\/{2,}/g, '/');
	} catch {
		return false;
	}
	return (
		request.method === 'GET' &&
		!signedIn &&
		!request.headers.has('authorization') &&
		PUBLIC_PATHS.test(path) &&
		!ALWAYS_CURRENT.test(path) &&
		!NEVER_KEPT.test(path)
	);
}

export function cacheKey(url: URL, lang: string): string {
	return `${lang} ${url.pathname}${url.search}`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim() === etag);
}

/** Whether the client takes gzip (`Accept-Encoding: gzip`, not refused with `q=0`). */
export function acceptsGzip(request: Request): boolean {
	const gzip = (request.headers.get('accept-encoding') ?? '')
		.split(',')
		.map((part) =>
			part
				.trim()
				.toLowerCase()
				.split(/\s*;\s*/)
		)
		.find(([coding]) => coding === 'gzip' || coding === '*');
	return !!gzip && !gzip.slice(1).some((param) => /^q=0(?:\.0*)?$/.test(param));
}

function gzipOf(key: string, entry: Entry): Buffer {
	if (!entry.gzipped) {
		entry.gzipped = zlib.gzipSync(entry.body, { level: 6 });
		entry.bytes += entry.gzipped.length;
		// Counted only while the entry is kept (a page served but not kept is not in the total).
		if (entries.get(key) === entry) keptBytes += entry.gzipped.length;
	}
	return entry.gzipped;
}

function respond(key: string, entry: Entry, request: Request, state: 'hit' | 'miss'): Response {
	const headers = new Headers(entry.headers);
	headers.set('etag', entry.etag);
	headers.set('cache-control', 'public, max-age=0, must-revalidate');
	headers.set('vary', 'Cookie, Accept-Language, Accept-Encoding');
	headers.set('x-page-cache', state);
	if (matches(request.headers.get('if-none-match'), entry.etag)) return new Response(null, { status: 304, headers });
	if (acceptsGzip(request) && entry.body.length > 1024) {
		headers.set('content-encoding', 'gzip');
		return new Response(new Uint8Array(gzipOf(key, entry)), { status: 200, headers });
	}
	return new Response(entry.body, { status: 200, headers });
}

/** A fresh stored entry, marked most recently used; null when absent or expired. */
function fresh(key: string): Entry | null {
	const entry = entries.get(key);
	if (!entry) return null;
	entries.delete(key);
	if (Date.now() - entry.storedAt > TTL_MS) {
		keptBytes -= entry.bytes;
		return null;
	}
	entries.set(key, entry);
	return entry;
}

/** What the cache can keep: text (pages, JSON, CSV, calendars), never a binary file read as text. */
const TEXT_TYPES = /^(?:text\/|application\/(?:json|xml|javascript)|application\/[\w.+-]*\+(?:json|xml))/i;

async function toEntry(response: Response): Promise<Entry | null> {
	if (response.status !== 200 || response.headers.has('set-cookie')) return null;
	if (!TEXT_TYPES.test(response.headers.get('content-type') ?? '')) return null;
	if (/\b(?:private|no-store)\b/i.test(response.headers.get('cache-control') ?? '')) return null;
	const body = await response.text();
	const headers = [...response.headers.entries()].filter(([name]) => name !== 'content-length');
	return {
		body,
		headers,
		etag: `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`,
		storedAt: Date.now(),
		bytes: Buffer.byteLength(body) + headers.reduce((n, [name, value]) => n + name.length + value.length, 0)
	};
}

/**
 * Answers from the cache, or renders once (shared by concurrent requests for the same key) and
 * keeps a successful page. Anything that is not a plain 200 passes through untouched.
 */
export async function serve(key: string, request: Request, render: () => Response | Promise<Response>): Promise<Response> {
	const hit = fresh(key);
	if (hit) return respond(key, hit, request, 'hit');
	const pending = inFlight.get(key);
	if (pending) {
		const shared = await pending;
		if (shared) return respond(key, shared, request, 'hit');
		return await render(); // the first render was not cacheable (an error page): render our own
	}
	const startedAt = generation;
	let original: Response | null = null;
	const rendering = Promise.resolve(render()).then(async (response) => {
		const entry = await toEntry(response.clone());
		original = response;
		if (entry && startedAt === generation) store(key, entry);
		return entry;
	});
	inFlight.set(key, rendering);
	try {
		const entry = await rendering;
		return entry ? respond(key, entry, request, 'miss') : original!;
	} finally {
		if (inFlight.get(key) === rendering) inFlight.delete(key);
	}
}
