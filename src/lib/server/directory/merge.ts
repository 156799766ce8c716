import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import type { Reference } from './references';

/** Points every registered reference from one record to another; returns moved rows per column. */
export async function moveReferences(tx: Tx, references: Reference[], sourceId: string, targetId: string): Promise<Record<string, number>> {
	const moved: Record<string, number> = {};
	for (const ref of references) {
		if (ref.alongside?.length) {
			// Drop source rows whose twin already points at the target (the composite key would clash).
			const twin = ref.alongside.map((c) => sql`t.${sql.identifier(c.name)} = ${c}`);
			await tx.execute(sql`
				delete from ${ref.table} where ${ref.column} = ${sourceId} and exists (
					select 1 from ${ref.table} t where t.${sql.identifier(ref.column.name)} = ${targetId}
					and ${sql.join(twin, sql` and `)})`);
		}
		const result = await tx
			.update(ref.table)
			.set({ [columnKey(ref)]: targetId })
			.where(and(eq(ref.column, sourceId)));
		moved[`${getTableName(ref.table)}.${ref.column.name}`] = rowCount(result);
	}
	return moved;
}

function columnKey(ref: Reference): string {
	const entry = Object.entries(ref.table).find(([, value]) => value === ref.column);
	if (!entry) throw new Error(`column ${ref.column.name} not on its table`);
	return entry[0];
}

/** node-postgres reports rowCount, PGlite affectedRows. */
function rowCount(result: unknown): number {
	const r = result as { rowCount?: number | null; affectedRows?: number };
	return r.rowCount ?? r.affectedRows ?? 0;
}
