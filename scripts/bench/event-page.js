#!/usr/bin/env node
/**
 * The public event page under 50 concurrent connections, beside the constant route /health/live
 * in the same server and run, on PGlite and on PostgreSQL; with the page cache (as served) and
 * without it (PAGE_CACHE=false, what one render costs). Median of BENCH_RUNS runs.
 */
import fs from 'node:fs';
import { createPgDatabase, dropPgDatabase, ensureBuilt, load, machine, median, startServer, tempDir } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function eventPath(url) {
	const { data } = await (await fetch(`${url}/api/v1/events`)).json();
	const session = data.find((e) => e.kind === 'session' && e.startDate === '2024-05-21') ?? data[0];
	return `/events/${session.id}`;
}

async function measure(env, label) {
	const server = await startServer(env);
	try {
		const page = await eventPath(server.url);
		// Warm up both routes (JIT, first render, cache fill).
		await load(server.url + page, { duration: 2 });
		await load(server.url + '/health/live', { duration: 2 });
		const rows = [];
		for (let i = 0; i < RUNS; i++) {
			const constant = await load(server.url + '/health/live', { duration: DURATION });
			const event = await load(server.url + page, { duration: DURATION });
			rows.push({ constant, event, ratio: event.rps / constant.rps });
		}
		const pick = (f) => median(rows.map(f));
		return {
			label,
			constantRps: pick((r) => r.constant.rps),
			eventRps: pick((r) => r.event.rps),
			ratio: pick((r) => r.ratio),
			p50: pick((r) => r.event.p50),
			p95: pick((r) => r.event.p95),
			p99: pick((r) => r.event.p99),
			non2xx: rows.reduce((n, r) => n + r.event.non2xx + r.constant.non2xx, 0),
			errors: rows.reduce((n, r) => n + r.event.errors + r.constant.errors, 0)
		};
	} finally {
		await server.stop();
	}
}

export async function benchEventPage() {
	await ensureBuilt();
	const results = [];
	const dataDir = tempDir();
	try {
		results.push(await measure({ DATA_DIR: dataDir }, 'PGlite'));
		results.push(await measure({ DATA_DIR: dataDir, PAGE_CACHE: 'false' }, 'PGlite, no page cache'));
	} finally {
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
	const url = createPgDatabase('mdp_bench_event');
	try {
		results.push(await measure({ DATABASE_URL: url }, 'PostgreSQL'));
		results.push(await measure({ DATABASE_URL: url, PAGE_CACHE: 'false' }, 'PostgreSQL, no page cache'));
	} finally {
		dropPgDatabase('mdp_bench_event');
	}
	return results;
}

export function printEventPage(results) {
	console.log('| database | constant req/s | event req/s | ratio | p50 ms | p95 ms | p99 ms | non-2xx | errors |');
	console.log('|---|---|---|---|---|---|---|---|---|');
	for (const r of results) {
		console.log(
			`| ${r.label} | ${r.constantRps.toFixed(0)} | ${r.eventRps.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx} | ${r.errors} |`
		);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${machine()}; 50 connections, ${DURATION} s per measurement, median of ${RUNS}`);
	printEventPage(await benchEventPage());
}
