import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { OrganisationType } from '$lib/directory/types';
import type { OrganisationInput } from '$lib/directory/schemas';
import type { Ctx } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { current, updateVersioned } from '../core/versioned';
import { requireRoleIn } from '../core/guards';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { states } from '../reference/schema';
import { organisations } from './schema';
import { organisationReferences, registerOrganisationReference } from './references';
import { mergeRecords } from './merge';
import { inTransaction } from '../core/transaction';

export type Organisation = typeof organisations.$inferSelect;

// The directory's own references; other capabilities register theirs in their own folders.
registerOrganisationReference({ table: organisations, column: organisations.parentId });

export const PAGE_SIZE = 50;

export interface OrganisationQuery {
	q?: string;
	type?: OrganisationType;
	page?: number;
}

function listConditions(query: OrganisationQuery): SQL | undefined {
	const conditions: (SQL | undefined)[] = [isNull(organisations.mergedIntoId)];
	if (query.q) {
		const pattern = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
		conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.acronym, pattern)));
	}
	if (query.type) conditions.push(eq(organisations.type, query.type));
	return and(...conditions);
}

/** A page of organisations (merged records hidden) and the total, for the public directory. */
export async function list(db: Db, query: OrganisationQuery = {}) {
	const where = listConditions(query);
	const page = query.page ?? 1;
	const [rows, [{ total }]] = await Promise.all([
		db
			.select({
				id: organisations.id,
				name: organisations.name,
				acronym: organisations.acronym,
				type: organisations.type,
				countryId: organisations.countryId,
				countryNames: states.names
			})
			.from(organisations)
			.leftJoin(states, eq(states.id, organisations.countryId))
			.where(where)
			.orderBy(asc(sql`lower(${organisations.name})`))
			.limit(PAGE_SIZE)
			.offset((page - 1) * PAGE_SIZE),
		db.select({ total: count() }).from(organisations).where(where)
	]);
	return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function get(db: Db, id: string) {
	const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
	if (!row) return null;
	const [parent, children] = await Promise.all([
		row.parentId
			? db
					.select()
					.from(organisations)
					.where(eq(organisations.id, row.parentId))
					.then((r) => r[0] ?? null)
			: null,
		db
			.select({ id: organisations.id, name: organisations.name, acronym: organisations.acronym })
			.from(organisations)
			.where(and(eq(organisations.parentId, id), isNull(organisations.mergedIntoId)))
			.orderBy(asc(organisations.name))
	]);
	return { ...row, parent, children };
}

async function checkReferences(db: Db | Tx, input: OrganisationInput, selfId?: string) {
	if (input.countryId) {
		const [state] = await db.select({ id: states.id }).from(states).where(eq(states.id, input.countryId));
		if (!state) throw new ValidationError({ countryId: { key: 'directory.errors.unknownState' } });
	}
	if (input.parentId) {
		if (input.parentId === selfId) throw new ValidationError({ parentId: { key: 'directory.errors.ownParent' } });
		const [parent] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.parentId));
		if (!parent) throw new ValidationError({ parentId: { key: 'directory.errors.unknownOrganisation' } });
	}
}

function values(input: OrganisationInput) {
	return {
		name: input.name,
		acronym: input.acronym ?? null,
		type: input.type,
		countryId: input.countryId ?? null,
		parentId: input.parentId ?? null,
		website: input.website ?? null
	};
}

export async function create(ctx: Ctx, input: OrganisationInput): Promise<Organisation> {
	requireRoleIn(ctx.actor, 'secretariat');
	await checkReferences(ctx.db, input);
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx.insert(organisations).values(values(input)).returning();
		await audit.record(tx, ctx.actor, { action: 'organisation.create', entityType: 'organisation', entityId: row.id, after: row });
		return row;
	});
}

/** Saves an edit made on `version`; if someone saved in between, nothing is overwritten. */
export async function update(ctx: Ctx, id: string, input: OrganisationInput & { version: number }): Promise<Organisation> {
	requireRoleIn(ctx.actor, 'secretariat');
	await checkReferences(ctx.db, input, id);
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, organisations, id);
		if (before.mergedIntoId) throw new DomainError('directory.errors.merged', 409);
		const after = await updateVersioned(tx, organisations, id, input.version, values(input));
		await audit.record(tx, ctx.actor, { action: 'organisation.update', entityType: 'organisation', entityId: id, before, after });
		return after;
	});
}

/**
 * Merges a duplicate into the record that stays ("IOM" into "International Organization for
 * Migration"): every reference moves to the target, the source is kept but marked as merged.
 */
export function merge(ctx: Ctx, sourceId: string, targetId: string) {
	return mergeRecords(
		ctx,
		{
			table: organisations,
			entityType: 'organisation',
			references: organisationReferences,
			unknown: 'directory.errors.unknownOrganisation',
			// A parent that pointed at the source now points at the target: never at itself.
			afterMove: async (tx, id) => {
				await tx
					.update(organisations)
					.set({ parentId: null })
					.where(and(eq(organisations.id, id), eq(organisations.parentId, id)));
			}
		},
		sourceId,
		targetId
	);
}

/** Id and label of every organisation, for pickers. */
export async function options(db: Db) {
	return db
		.select({ id: organisations.id, name: organisations.name, acronym: organisations.acronym })
		.from(organisations)
		.where(isNull(organisations.mergedIntoId))
		.orderBy(asc(sql`lower(${organisations.name})`));
}

/** Names of the given organisations, in one query. */
export async function names(db: Db, ids: string[]): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const rows = await db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(inArray(organisations.id, ids));
	return new Map(rows.map((r) => [r.id, r.name]));
}
