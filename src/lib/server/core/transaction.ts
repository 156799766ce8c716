import type { Db, Tx } from '../db/client';
import { PgTransaction } from 'drizzle-orm/pg-core';

type WriteListener = () => void;
const listeners = new Set<WriteListener>();

/** Called after every committed write, e.g. to drop cached public pages. */
export function onCommittedWrite(listener: WriteListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * Runs one operation's writes in a transaction, then tells the listeners once it has committed
 * (not before: a page rendered meanwhile would otherwise be cached with the old data). Writes that
 * change nothing the public can see (sessions, accounts) say so and leave cached pages alone.
 */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { public?: boolean } = {}): Promise<T> {
	const result = await db.transaction(work);
	if (options.public !== false) for (const listener of listeners) listener();
	return result;
}

/**
 * Awaits several queries: side by side on the pool, one after another in a transaction, whose one
 * connection runs one query at a time (node-postgres queues overlapping queries with a deprecation
 * warning, and refuses them from pg 9). A Drizzle query starts only when awaited, so listing it is
 * enough; other async work is passed as a function, started at its turn; a plain value is kept.
 */
export async function queriesOn<const T extends readonly unknown[]>(
	db: Db | Tx,
	turns: T
): Promise<{ -readonly [K in keyof T]: Awaited<T[K] extends () => infer R ? R : T[K]> }> {
	const start = (turn: unknown) => (typeof turn === 'function' ? (turn as () => unknown)() : turn);
	if (!(db instanceof PgTransaction)) return (await Promise.all(turns.map(start))) as never;
	const results: unknown[] = [];
	for (const turn of turns) results.push(await start(turn));
	return results as never;
}
