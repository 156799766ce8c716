import fs from 'node:fs';
import crypto from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, inject } from 'vitest';
import '../capabilities';
import { openDatabase, PGLITE_EXTENSIONS, type Database } from '../db/client';
import { withDatabase } from './global-setup';

/**
 * A fresh, migrated database with the reference data, for one test file: PGlite from the run's
 * snapshot, or (when TEST_DATABASE_URL is set) a PostgreSQL database copied from the template.
 * Closed and dropped after the file.
 */
export async function testDatabase(): Promise<Database> {
	if (process.env.TEST_DB_KIND === 'postgres') {
		const url = process.env.TEST_DATABASE_URL!;
		const template = inject('pgTemplate');
		const name = `${template.replace(/template$/, '')}${crypto.randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`create database ${name} template ${template}`);
		await admin.end();
		const database = await openDatabase({ url: withDatabase(url, name), poolSize: 10 });
		afterAll(async () => {
			await database.close();
			const dropper = new pg.Client({ connectionString: url });
			await dropper.connect();
			await dropper.query(`drop database if exists ${name}`);
			await dropper.end();
		});
		return database;
	}
	const snapshot = fs.readFileSync(inject('pgliteSnapshot'));
	const client = await PGlite.create({ loadDataDir: new Blob([snapshot]), extensions: PGLITE_EXTENSIONS });
	const database = await openDatabase({ pglite: client });
	afterAll(() => database.close());
	return database;
}
