import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import * as reference from '../reference';

export const TEMPLATE_DB = 'mdp_test_template';

/**
 * Migrates one database per run and loads the reference data into it; every test file then gets
 * its own copy (a PGlite snapshot, or a PostgreSQL database made from a template): fast and isolated.
 */
export default async function setup(project: TestProject) {
	// Runs in vitest's main process, once per project: the project's name says which database.
	if (project.name === 'integration-postgres') {
		const url = process.env.TEST_DATABASE_URL!;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname like 'mdp_test_%' and pid <> pg_backend_pid()`);
		const stale = await admin.query(`select datname from pg_database where datname like 'mdp_test_%'`);
		for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}"`);
		await admin.query(`create database ${TEMPLATE_DB}`);
		const templateUrl = withDatabase(url, TEMPLATE_DB);
		const database = await openDatabase({ url: templateUrl, poolSize: 2 });
		await database.migrate();
		await reference.sync(database.db);
		await database.close();
		await admin.end();
		return;
	}
	const client = await PGlite.create();
	const database = await openDatabase({ pglite: client });
	await database.migrate();
	await reference.sync(database.db);
	const dump = await client.dumpDataDir('none');
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-test-')), 'snapshot.tar');
	fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await client.close();
	project.provide('pgliteSnapshot', file);
	return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteSnapshot: string;
	}
}
