import { onCommittedWrite } from '../core/transaction';
import type { Db } from '../db/client';

/**
 * Who is behind a session cookie or an API token, kept for a few seconds. Every signed-in request
 * starts with this lookup; on PGlite it was the costliest part of a registration (a query on the
 * one main thread), and a burst of requests from one client asks the same thing again and again.
 * Concurrent lookups of one token share a query.
 *
 * Any change made here to accounts, roles or sessions (sign-out, a password reset, a new role), and
 * any public write, forgets every entry at once; FRESH_MS bounds how long a change made by another server process
 * on the same PostgreSQL (or by the CLI) can go unseen.
 */
const FRESH_MS = 5_000;
// Tokens seen within FRESH_MS; past this many, start again rather than grow.
const MAX_ENTRIES = 10_000;

let entries = new WeakMap<Db, Map<string, { at: number; row: Promise<unknown> }>>();

export function recall<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
	let forDb = entries.get(db);
	if (!forDb) entries.set(db, (forDb = new Map()));
	const now = performance.now();
	const entry = forDb.get(key);
	if (entry && now - entry.at < FRESH_MS) return entry.row as Promise<T>;
	if (forDb.size >= MAX_ENTRIES) forDb.clear();
	const row = load();
	forDb.set(key, { at: now, row });
	row.catch(() => forDb.delete(key));
	return row;
}

/** After a change to accounts, roles or sessions: the next request looks them up again. */
export function forgetAll(): void {
	entries = new WeakMap();
}

// Public writes can change what a grant points at (merging two organisations moves their focal
// points' grants); they are rare enough to start afresh after each.
onCommittedWrite(forgetAll);
