import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Actor, Ctx } from '../core/actor';
import type { Tx } from '../db/client';
import { requireRoleIn } from '../core/guards';
import { auditLog } from './schema';

export interface AuditEntry {
	action: string;
	entityType: string;
	entityId: string;
	before?: unknown;
	after?: unknown;
}

/** Writes the audit record inside the caller's transaction, so a write and its trail commit together. */
export async function record(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
	await recordMany(tx, [{ ...entry, actor }]);
}

/** Several records at once (a group of registrations admitted together), in one statement. */
export async function recordMany(tx: Tx, entries: (AuditEntry & { actor: Actor })[]): Promise<void> {
	// 7 parameters a record: chunks of 5,000 stay under PostgreSQL's 65,535 parameters a statement.
	for (let start = 0; start < entries.length; start += 5000) await insertRecords(tx, entries.slice(start, start + 5000));
}

async function insertRecords(tx: Tx, entries: (AuditEntry & { actor: Actor })[]): Promise<void> {
	if (!entries.length) return;
	await tx.insert(auditLog).values(
		entries.map(({ actor, ...entry }) => ({
			actorId: actor.userId,
			actorLabel: actor.label,
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId,
			before: entry.before ?? null,
			after: entry.after ?? null
		}))
	);
}

export interface AuditQuery {
	entityType?: string;
	entityId?: string;
	before?: number;
	limit?: number;
}

/** The trail, newest first; admins only. */
export async function list(ctx: Ctx, query: AuditQuery = {}) {
	requireRoleIn(ctx.actor, 'admin');
	const conditions: SQL[] = [];
	if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
	if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
	if (query.before) conditions.push(lt(auditLog.id, query.before));
	return ctx.db
		.select()
		.from(auditLog)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(Math.min(query.limit ?? 50, 200));
}
