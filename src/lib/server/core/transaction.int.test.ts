import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { queriesOn } from './transaction';

let database: Database;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);

beforeAll(async () => {
	database = await testDatabase();
	process.on('warning', onWarning);
	return () => void process.off('warning', onWarning);
});
afterEach(() => void (warnings.length = 0));

// Each query's first row's n (a union of Db and Tx leaves the rows' type unknown).
const first = (result: unknown) => (result as { rows: { n: number }[] }).rows[0].n;
const value = (n: number) => database.db.execute(sql`select ${n}::int as n, pg_sleep(0.02)`);

describe('queriesOn', () => {
	it('gives each query’s rows in order, on the pool and in a transaction, with lazy queries, functions and plain values', async () => {
		const read = async (db: Parameters<typeof queriesOn>[0]) => {
			const [a, b, c, d] = await queriesOn(db, [
				db.execute(sql`select 1::int as n, pg_sleep(0.02)`),
				() => db.execute(sql`select 2::int as n, pg_sleep(0.02)`),
				[] as number[],
				db.execute(sql`select 3::int as n`)
			]);
			return [first(a), first(b), c, first(d)];
		};
		expect(await read(database.db)).toEqual([1, 2, [], 3]);
		expect(await database.db.transaction((tx) => read(tx))).toEqual([1, 2, [], 3]);
		expect(await value(4)).toBeTruthy();
	});

	it('never runs two queries at once on a transaction’s connection (node-postgres warns of that, and pg 9 refuses it)', async () => {
		await database.db.transaction(async (tx) => {
			await queriesOn(
				tx,
				[1, 2, 3, 4].map((n) => tx.execute(sql`select ${n}::int as n, pg_sleep(0.01)`))
			);
		});
		// Let a warning emitted at the last query reach the listener.
		await new Promise((resolve) => setImmediate(resolve));
		expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
	});
});
