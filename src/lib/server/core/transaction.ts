import type { Db, Tx } from '../db/client';

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
