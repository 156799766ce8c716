import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client';
import { notFound, staleEdit } from './errors';

/** A table whose rows carry an id, an optimistic-locking version and an update time. */
type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/** The row as it is now, read inside the transaction; 404 when it does not exist. */
export async function current<T extends VersionedTable>(tx: Tx, table: T, id: string): Promise<T['$inferSelect']> {
	const [row] = await tx
		.select()
		.from(table as PgTable)
		.where(eq(table.id, id));
	if (!row) throw notFound();
	return row as T['$inferSelect'];
}

/**
 * Saves an edit that was made on `version`: the row changes only if nobody saved it since, and its
 * version moves on; otherwise "changed since you opened it" and nothing is written.
 */
export async function updateVersioned<T extends VersionedTable>(
	tx: Tx,
	table: T,
	id: string,
	version: number,
	values: Partial<T['$inferInsert']>
): Promise<T['$inferSelect']> {
	const [after] = await tx
		.update(table as PgTable)
		.set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
		.where(and(eq(table.id, id), eq(table.version, version)))
		.returning();
	if (!after) throw staleEdit();
	return after as T['$inferSelect'];
}
