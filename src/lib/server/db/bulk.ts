import { getTableColumns, is, SQL, sql, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client';

/**
 * Writes of many rows with one array parameter per column: `insert … select … from unnest($1::uuid[],
 * $2::text[], …)` and `update … from unnest(…)`. An import writes 100,000 registrations a few
 * thousand at a time; as a multi-row VALUES list each batch is tens of thousands of parameters that
 * Drizzle builds one by one (its type checks and the garbage they leave were most of the import's
 * CPU) and PostgreSQL parses one by one. Here a batch is one parameter per column, whatever its
 * length, and the rows are given as columns (one array per column), so nothing is built per row.
 *
 * Values go through each column's own mapping (a Date to its timestamp text, an object to JSON).
 */

/** One array per column (by the table's property names), all of one length. */
export type Columns = Record<string, unknown[]>;

function columnsOf(table: PgTable, keys: string[]) {
	const all = getTableColumns(table) as Record<string, Column>;
	return keys.map((key) => {
		const column = all[key];
		if (!column) throw new Error(`bulk: ${key} is not a column of the table`);
		return column;
	});
}

/** A column's values as the driver takes them; nulls stay null. The same object twice is mapped once (a batch's shared Date). */
function driverValues(column: Column, values: unknown[]): unknown[] {
	const out = new Array(values.length);
	let last: unknown = undefined;
	let lastMapped: unknown = null;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === undefined || v === null) out[i] = null;
		else if (v === last) out[i] = lastMapped;
		else {
			last = v;
			lastMapped = out[i] = column.mapToDriverValue(v);
		}
	}
	return out;
}

function arrayParam(column: Column, values: unknown[]): SQL {
	return sql`${sql.param(driverValues(column, values))}::${sql.raw(column.getSQLType())}[]`;
}

const alias = (i: number) => sql.identifier(`c${i}`);

/**
 * Inserts the rows given as columns; `constants` are the columns every row has the same value in
 * (one parameter each). A null in a column that has a default takes the default (`coalesce`), as
 * a column left out of a plain insert would.
 */
export async function insertColumns(db: Db | Tx, table: PgTable, columns: Columns, constants: Record<string, unknown> = {}): Promise<void> {
	const keys = Object.keys(columns);
	const length = keys.length ? columns[keys[0]].length : 0;
	if (!length) return;
	const cols = columnsOf(table, keys);
	const constantKeys = Object.keys(constants);
	const constantCols = columnsOf(table, constantKeys);
	const picks = cols.map((column, i) => {
		const fallback =
			!column.hasDefault || column.default === undefined
				? undefined
				: is(column.default, SQL)
					? column.default
					: column.mapToDriverValue(column.default);
		return fallback === undefined ? sql`${alias(i)}` : sql`coalesce(${alias(i)}, ${fallback})`;
	});
	const names = [...cols, ...constantCols].map((column) => sql.identifier(column.name));
	const constantValues = constantCols.map(
		(column, i) => sql`${sql.param(column.mapToDriverValue(constants[constantKeys[i]]))}::${sql.raw(column.getSQLType())}`
	);
	await db.execute(
		sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join([...picks, ...constantValues], sql`, `)} from unnest(${sql.join(
			cols.map((column, i) => arrayParam(column, columns[keys[i]])),
			sql`, `
		)}) as t(${sql.join(
			cols.map((_, i) => alias(i)),
			sql`, `
		)})`
	);
}

/**
 * Updates rows found by `key` (a unique column, the id) to the values given as columns (nulls
 * included: a value is written as it is), plus `also`: the same expression for every row (a
 * version counter, the time of the change).
 */
export async function updateColumns(
	db: Db | Tx,
	table: PgTable,
	key: string,
	columns: Columns,
	also: Record<string, SQL | unknown> = {}
): Promise<void> {
	const keys = Object.keys(columns).filter((k) => k !== key);
	const length = columns[key]?.length ?? 0;
	if (!length) return;
	const [keyColumn] = columnsOf(table, [key]);
	const cols = columnsOf(table, keys);
	const alsoKeys = Object.keys(also);
	const alsoCols = columnsOf(table, alsoKeys);
	const sets = [
		...cols.map((column, i) => sql`${sql.identifier(column.name)} = t.${alias(i + 1)}`),
		...alsoCols.map((column, i) => {
			const value = also[alsoKeys[i]];
			return is(value, SQL)
				? sql`${sql.identifier(column.name)} = ${value}`
				: sql`${sql.identifier(column.name)} = ${sql.param(column.mapToDriverValue(value))}::${sql.raw(column.getSQLType())}`;
		})
	];
	await db.execute(
		sql`update ${table} set ${sql.join(sets, sql`, `)} from unnest(${sql.join(
			[arrayParam(keyColumn, columns[key]), ...cols.map((column, i) => arrayParam(column, columns[keys[i]]))],
			sql`, `
		)}) as t(${sql.join(
			[keyColumn, ...cols].map((_, i) => alias(i)),
			sql`, `
		)}) where ${table}.${sql.identifier(keyColumn.name)} = t.${alias(0)}`
	);
}
