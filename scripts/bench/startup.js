#!/usr/bin/env node
/**
 * Start-up time: from spawning `node scripts/start.js` to the first successful `GET /`, with the
 * build already done and the database already seeded by a first (unmeasured) start. Median of
 * BENCH_STARTUP_RUNS (5) starts, on PGlite (an existing data folder) and on PostgreSQL when it
 * answers. A start that had to build (someone changed the sources meanwhile) is discarded and redone.
 */
import { createPgDatabase, describeMachine, median, postgresAvailable, startServer, tempDataDir } from './lib.js';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);

async function measure(env) {
	// First start: builds if needed and seeds the empty database with the demo data; not counted.
	const first = await startServer(env);
	const seeding = first.startupMs;
	const seedingBuilt = first.built;
	await first.stop();
	const runs = [];
	let unclean = 0;
	for (let attempts = 0; runs.length < RUNS && attempts < RUNS * 3; attempts++) {
		const server = await startServer(env);
		const stopped = await server.stop();
		if (!stopped.clean) unclean++;
		if (server.built) continue;
		runs.push(server.startupMs);
	}
	return { median: median(runs), runs, seeding, seedingBuilt, unclean };
}

export async function benchStartup({ postgres = true } = {}) {
	const results = {};
	const data = tempDataDir();
	try {
		results.pglite = await measure({ DATA_DIR: data.dir });
	} finally {
		await data.remove();
	}
	if (postgres && (await postgresAvailable())) {
		const db = await createPgDatabase('startup');
		try {
			results.postgres = await measure({ DATABASE_URL: db.url });
		} finally {
			await db.drop();
		}
	}
	return results;
}

export function printStartup(results) {
	for (const [label, r] of Object.entries({ PGlite: results.pglite, PostgreSQL: results.postgres })) {
		if (!r) {
			console.log(`${label}: not measured (PostgreSQL did not answer)`);
			continue;
		}
		console.log(
			`${label}: start-up to first page, median of ${r.runs.length}: ${r.median.toFixed(0)} ms ` +
				`(runs ${r.runs.map((v) => v.toFixed(0)).join(', ')} ms; first start (seeding${r.seedingBuilt ? ', after a build' : ''}) ${r.seeding.toFixed(0)} ms` +
				`${r.unclean ? `; ${r.unclean} stop(s) not clean` : ''})`
		);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	printStartup(await benchStartup());
}
