import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase, PGLITE_EXTENSIONS } from '../db/client';
import * as reference from '../reference';

/**
 * Test databases on a PostgreSQL server are named after the test run's process, so that runs from
 * several checkouts on one server (engineers working side by side) never drop each other's:
 * `mdp_t<pid>_template`, and `mdp_t<pid>_<random>` per test file.
 */
const RUN_PREFIX = `mdp_t${process.pid}_`;
const OWNED = /^mdp_t(\d+)_/;

/**
 * Migrates one database per run and loads the reference data into it; every test file then gets
 * its own copy (a PGlite snapshot, or a PostgreSQL database made from a template): fast and isolated.
 */
export default async function setup(project: TestProject) {
	// Runs in vitest's main process, once per project: the project's name says which database.
	if (project.name === 'integration-postgres') {
		const url = process.env.TEST_DATABASE_URL!;
		const template = `${RUN_PREFIX}template`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		await dropDatabases(admin, (name) => {
			// Left behind by a run that ended without cleaning up: its process is gone.
			const pid = Number(OWNED.exec(name)?.[1]);
			return !!pid && (pid === process.pid || !isAlive(pid));
		});
		await admin.query(`create database ${template}`);
		const database = await openDatabase({ url: withDatabase(url, template), poolSize: 2 });
		await database.migrate();
		await reference.sync(database.db);
		await database.close();
		await admin.end();
		project.provide('pgTemplate', template);
		return async () => {
			const cleaner = new pg.Client({ connectionString: url });
			await cleaner.connect();
			await dropDatabases(cleaner, (name) => name.startsWith(RUN_PREFIX));
			await cleaner.end();
		};
	}
	const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
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

async function dropDatabases(admin: pg.Client, which: (name: string) => boolean): Promise<void> {
	const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'mdp\\_t%'`);
	for (const { datname } of rows.filter((r) => which(r.datname))) {
		await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [datname]);
		await admin.query(`drop database if exists "${datname}"`);
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteSnapshot: string;
		pgTemplate: string;
	}
}
