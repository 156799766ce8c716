import { getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client';

/**
 * Inserts many rows with one array parameter per column: `insert … select … from unnest($1::uuid[],
 * $2::text[], …)`. An import writes 100,000 registrations a thousand at a time; as a multi-row
 * VALUES list each batch is 33,000 parameters that Drizzle builds one by one (its type checks and
 * the garbage they leave were most of the import's CPU) and PostgreSQL parses one by one. Here a
 * batch is one parameter per column, whatever its length.
 *
 * Values go through each column's own mapping (a Date to its timestamp text, an object to JSON). A
 * column some rows leave out takes its default (`coalesce` with the column's default), as in a
 * plain insert.
 */
export async function insertMany(db: Db | Tx, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
	if (!rows.length) return;
	const columns = getTableColumns(table);
	const keys = Object.keys(columns).filter((key) => rows.some((row) => row[key] !== undefined));
	const names: SQL[] = [];
	const arrays: SQL[] = [];
	const picks: SQL[] = [];
	keys.forEach((key, i) => {
		const column = columns[key];
		const values = rows.map((row) => (row[key] === undefined || row[key] === null ? null : column.mapToDriverValue(row[key])));
		names.push(sql`${sql.identifier(column.name)}`);
		arrays.push(sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`);
		const value = sql.identifier(`c${i}`);
		const fallback =
			!column.hasDefault || column.default === undefined
				? undefined
				: is(column.default, SQL)
					? column.default
					: column.mapToDriverValue(column.default);
		picks.push(fallback === undefined ? sql`${value}` : sql`coalesce(${value}, ${fallback})`);
	});
	const aliases = sql.join(
		keys.map((_, i) => sql.identifier(`c${i}`)),
		sql`, `
	);
	await db.execute(
		sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(picks, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as t(${aliases})`
	);
}
