#!/usr/bin/env node
/** Start-up: from spawning `npm start`'s script on an existing data folder to the first page served. */
import fs from 'node:fs';
import { createPgDatabase, dropPgDatabase, ensureBuilt, machine, median, startServer, tempDir } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

export async function benchStartup() {
	await ensureBuilt();
	const results = {};
	// PGlite: a first start seeds the folder; the measured starts open an existing folder.
	const dataDir = tempDir();
	await (await startServer({ DATA_DIR: dataDir })).stop();
	const pglite = [];
	for (let i = 0; i < RUNS; i++) {
		const server = await startServer({ DATA_DIR: dataDir });
		pglite.push(server.startupMs);
		await server.stop();
	}
	fs.rmSync(dataDir, { recursive: true, force: true });
	results.pglite = median(pglite);

	const url = createPgDatabase('mdp_bench_startup');
	try {
		await (await startServer({ DATABASE_URL: url })).stop();
		const pg = [];
		for (let i = 0; i < RUNS; i++) {
			const server = await startServer({ DATABASE_URL: url });
			pg.push(server.startupMs);
			await server.stop();
		}
		results.postgres = median(pg);
	} finally {
		dropPgDatabase('mdp_bench_startup');
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const r = await benchStartup();
	console.log(`Machine: ${machine()}`);
	console.log(`Start-up to first page, median of ${RUNS}: PGlite ${r.pglite.toFixed(0)} ms, PostgreSQL ${r.postgres.toFixed(0)} ms`);
}
