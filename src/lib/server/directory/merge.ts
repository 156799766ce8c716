import { and, eq, getTableName, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { MessageKey } from '$lib/i18n';
import type { Ctx } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Tx } from '../db/client';
import * as audit from '../audit';
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

/** A directory table whose duplicates can be merged: id, version, update time and merged_into_id. */
type MergeableTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn; mergedIntoId: PgColumn };

interface MergeSpec<T extends MergeableTable> {
	table: T;
	entityType: 'organisation' | 'person';
	references: Reference[];
	unknown: MessageKey;
	/** Extra repair inside the transaction, after the references moved. */
	afterMove?: (tx: Tx, targetId: string) => Promise<void>;
}

/**
 * Merges a duplicate (source) into the record that stays (target): every registered reference
 * moves to the target, the source is kept but marked as merged, and the merge is audited.
 */
export async function mergeRecords<T extends MergeableTable>(ctx: Ctx, spec: MergeSpec<T>, sourceId: string, targetId: string) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (sourceId === targetId) throw new ValidationError({ targetId: { key: 'directory.errors.mergeSelf' } });
	const { table } = spec;
	return inTransaction(ctx.db, async (tx) => {
		const rows = (await tx
			.select()
			.from(table as PgTable)
			.where(or(eq(table.id, sourceId), eq(table.id, targetId)))) as { id: string; mergedIntoId: string | null }[];
		const source = rows.find((r) => r.id === sourceId);
		const target = rows.find((r) => r.id === targetId);
		if (!source) throw new ValidationError({ sourceId: { key: spec.unknown } });
		if (!target) throw new ValidationError({ targetId: { key: spec.unknown } });
		if (source.mergedIntoId || target.mergedIntoId) throw new DomainError('directory.errors.merged', 409);
		const moved = await moveReferences(tx, spec.references, sourceId, targetId);
		await spec.afterMove?.(tx, targetId);
		await tx
			.update(table as PgTable)
			.set({ mergedIntoId: targetId, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
			.where(eq(table.id, sourceId));
		await audit.record(tx, ctx.actor, {
			action: `${spec.entityType}.merge`,
			entityType: spec.entityType,
			entityId: sourceId,
			before: source,
			after: { mergedIntoId: targetId, moved }
		});
		return { moved };
	});
}
