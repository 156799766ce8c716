import crypto from 'node:crypto';
import { onCommittedWrite } from '../core/transaction';

/**
 * Rendered public pages for visitors who are not signed in, kept in memory and dropped whenever any
 * write commits. Node's one thread (and PGlite's queries on it) is the limit, so a visitor's page
 * is rendered once per change instead of once per request. Entries also expire after a minute so
 * that several server processes sharing one PostgreSQL never serve a page older than that.
 */
interface Entry {
	body: string;
	headers: [string, string][];
	etag: string;
	storedAt: number;
}

const MAX_ENTRIES = 1000;
const TTL_MS = 60_000;
const entries = new Map<string, Entry>();

onCommittedWrite(() => entries.clear());

const PUBLIC_PATHS =
	/^\/(?:$|dialogues|events|states|organisations|reference|api\/v1\/(?:dialogues|cycles|events|states|organisations|openapi\.json))/;

/** Only anonymous GETs of public pages are shared; anything personal is never cached. */
export function isCacheable(request: Request, url: URL, signedIn: boolean): boolean {
	return request.method === 'GET' && !signedIn && !request.headers.has('authorization') && PUBLIC_PATHS.test(url.pathname);
}

export function cacheKey(url: URL, lang: string): string {
	return `${lang} ${url.pathname}${url.search}`;
}

function respond(entry: Entry, request: Request, state: 'hit' | 'miss'): Response {
	const headers = new Headers(entry.headers);
	headers.set('etag', entry.etag);
	headers.set('cache-control', 'public, max-age=0, must-revalidate');
	headers.set('vary', 'Cookie, Accept-Language');
	headers.set('x-page-cache', state);
	if (request.headers.get('if-none-match') === entry.etag) return new Response(null, { status: 304, headers });
	return new Response(entry.body, { status: 200, headers });
}

export function lookup(key: string, request: Request): Response | null {
	const entry = entries.get(key);
	if (!entry) return null;
	if (Date.now() - entry.storedAt > TTL_MS) {
		entries.delete(key);
		return null;
	}
	// Re-insert so the Map's order is least-recently-used first.
	entries.delete(key);
	entries.set(key, entry);
	return respond(entry, request, 'hit');
}

/** Keeps a successful response (and answers it); anything else passes through untouched. */
export async function store(key: string, request: Request, response: Response): Promise<Response> {
	if (response.status !== 200 || response.headers.has('set-cookie')) return response;
	const body = await response.text();
	const entry: Entry = {
		body,
		headers: [...response.headers.entries()].filter(([name]) => name !== 'content-length'),
		etag: `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`,
		storedAt: Date.now()
	};
	entries.set(key, entry);
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	return respond(entry, request, 'miss');
}

export function clear(): void {
	entries.clear();
}
