import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { likePattern } from '../db/like';
import type { PersonInput } from '$lib/directory/schemas';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, ValidationError } from '../core/errors';
import { current, updateVersioned } from '../core/versioned';
import { requireRoleIn } from '../core/guards';
import type { Db } from '../db/client';
import * as audit from '../audit';
import { organisations, people, positions } from './schema';
import { personReferences, registerOrganisationReference, registerPersonReference } from './references';
import { mergeRecords } from './merge';
import { PAGE_SIZE } from './organisations';
import { inTransaction } from '../core/transaction';

export type Person = typeof people.$inferSelect;

registerPersonReference({ table: positions, column: positions.personId });
registerOrganisationReference({ table: positions, column: positions.organisationId });

export interface PositionInput {
	title: string;
	organisationId?: string;
	validFrom?: string;
	validTo?: string;
}

/** A page of people with their latest position; secretariat only (people are personal data). */
export async function list(ctx: Ctx, query: { q?: string; page?: number } = {}) {
	requireRoleIn(ctx.actor, 'secretariat');
	const conditions: (SQL | undefined)[] = [isNull(people.mergedIntoId)];
	if (query.q) {
		const pattern = likePattern(query.q);
		conditions.push(
			or(
				ilike(people.givenName, pattern),
				ilike(people.familyName, pattern),
				ilike(sql`${people.givenName} || ' ' || ${people.familyName}`, pattern)
			)
		);
	}
	const where = and(...conditions);
	const page = query.page ?? 1;
	const [rows, [{ total }]] = await Promise.all([
		ctx.db
			.select()
			.from(people)
			.where(where)
			.orderBy(asc(people.familyName), asc(people.givenName))
			.limit(PAGE_SIZE)
			.offset((page - 1) * PAGE_SIZE),
		ctx.db.select({ total: count() }).from(people).where(where)
	]);
	const latest = await latestPositions(
		ctx.db,
		rows.map((r) => r.id)
	);
	return {
		rows: rows.map((r) => ({ ...r, position: latest.get(r.id) ?? null })),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
}

/** The most recent position of each person, in one query. */
async function latestPositions(db: Db, ids: string[]) {
	if (!ids.length) return new Map<string, { title: string; organisation: string | null }>();
	const rows = await db
		.select({ personId: positions.personId, title: positions.title, organisation: organisations.name, from: positions.validFrom })
		.from(positions)
		.leftJoin(organisations, eq(organisations.id, positions.organisationId))
		.where(inArray(positions.personId, ids))
		.orderBy(desc(sql`coalesce(${positions.validFrom}, '0001-01-01')`));
	const latest = new Map<string, { title: string; organisation: string | null }>();
	for (const r of rows) if (!latest.has(r.personId)) latest.set(r.personId, { title: r.title, organisation: r.organisation });
	return latest;
}

export async function get(ctx: Ctx, id: string) {
	requireRoleIn(ctx.actor, 'secretariat');
	const [person] = await ctx.db.select().from(people).where(eq(people.id, id));
	if (!person) return null;
	const held = await ctx.db
		.select({
			id: positions.id,
			title: positions.title,
			organisationId: positions.organisationId,
			organisation: organisations.name,
			validFrom: positions.validFrom,
			validTo: positions.validTo
		})
		.from(positions)
		.leftJoin(organisations, eq(organisations.id, positions.organisationId))
		.where(eq(positions.personId, id))
		.orderBy(desc(sql`coalesce(${positions.validFrom}, '0001-01-01')`));
	return { ...person, positions: held };
}

function values(input: PersonInput) {
	return {
		honorific: input.honorific ?? null,
		givenName: input.givenName,
		familyName: input.familyName,
		gender: input.gender,
		email: input.email?.toLowerCase() ?? null
	};
}

export async function create(ctx: Ctx, input: PersonInput, held: PositionInput[] = []): Promise<Person> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx.insert(people).values(values(input)).returning();
		if (held.length) {
			await tx.insert(positions).values(
				held.map((p) => ({
					personId: row.id,
					title: p.title,
					organisationId: p.organisationId ?? null,
					validFrom: p.validFrom ?? null,
					validTo: p.validTo ?? null
				}))
			);
		}
		await audit.record(tx, ctx.actor, {
			action: 'person.create',
			entityType: 'person',
			entityId: row.id,
			after: { ...row, positions: held }
		});
		return row;
	});
}

export async function update(ctx: Ctx, id: string, input: PersonInput & { version: number }): Promise<Person> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, people, id);
		if (before.mergedIntoId) throw new DomainError('directory.errors.merged', 409);
		const after = await updateVersioned(tx, people, id, input.version, values(input));
		await audit.record(tx, ctx.actor, { action: 'person.update', entityType: 'person', entityId: id, before, after });
		return after;
	});
}

export async function addPosition(ctx: Ctx, personId: string, input: PositionInput) {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(ctx.db, async (tx) => {
		const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
		if (!person) throw notFound();
		if (input.organisationId) {
			const [org] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId));
			if (!org) throw new ValidationError({ organisationId: { key: 'directory.errors.unknownOrganisation' } });
		}
		const [row] = await tx
			.insert(positions)
			.values({
				personId,
				title: input.title,
				organisationId: input.organisationId ?? null,
				validFrom: input.validFrom ?? null,
				validTo: input.validTo ?? null
			})
			.returning();
		await audit.record(tx, ctx.actor, { action: 'person.add-position', entityType: 'person', entityId: personId, after: row });
		return row;
	});
}

/** Merges a duplicate person into another: positions and every registered reference move. */
export function merge(ctx: Ctx, sourceId: string, targetId: string) {
	return mergeRecords(
		ctx,
		{ table: people, entityType: 'person', references: personReferences, unknown: 'directory.errors.unknownPerson' },
		sourceId,
		targetId
	);
}

/** Id and name of every person not merged away, for pickers (secretariat only: personal data). */
export async function options(ctx: Ctx) {
	requireRoleIn(ctx.actor, 'secretariat');
	const rows = await ctx.db
		.select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
		.from(people)
		.where(isNull(people.mergedIntoId))
		.orderBy(asc(people.familyName), asc(people.givenName));
	return rows.map((p) => ({ value: p.id, label: `${p.familyName}, ${p.givenName}` }));
}
