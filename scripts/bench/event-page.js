#!/usr/bin/env node
/**
 * The public event page of the IDM 2024 first session under 50 concurrent connections, beside the
 * constant route /health/live served by the same server process in the same run, on PGlite and
 * on PostgreSQL. Each configuration: start the server (scripts/start.js, NODE_ENV=production),
 * warm both routes up, then BENCH_RUNS (3) rounds of BENCH_SECONDS (10) s on the constant route and
 * then on the event page; the medians of the rounds are reported.
 *
 * "as served" is the server as configured by default (its page cache on); "no page cache" sets
 * PAGE_CACHE=false, i.e. what rendering the page on every request costs. The DESIGN.md targets
 * are judged on "as served".
 */
import { createPgDatabase, describeMachine, median, ms, load, postgresAvailable, startServer, table, tempDataDir } from './lib.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
export const CONSTANT_PATH = '/health/live';

export const TARGETS = { PostgreSQL: { ratio: 0.3, p95: 50 }, PGlite: { ratio: 0.2, p95: 50 } };

/** The public page of the first session of IDM 2024 (from the demo data), found through the API. */
export async function eventPath(url) {
	const res = await fetch(`${url}/api/v1/events`);
	if (!res.ok) throw new Error(`GET /api/v1/events: ${res.status}`);
	const { data } = await res.json();
	const session = data.find((e) => e.startDate === '2024-05-21' && /first session/i.test(e.titles?.en ?? ''));
	if (!session) throw new Error('the IDM 2024 first session is not in /api/v1/events (demo data missing?)');
	return `/events/${session.id}`;
}

async function check(url, expect) {
	const res = await fetch(url);
	const body = await res.text();
	if (!res.ok || !body.includes(expect)) throw new Error(`GET ${url}: ${res.status}, expected "${expect}" in the body`);
}

/** One server, warmed up, then RUNS rounds of constant route and event page. */
async function measure(env, label, db) {
	const server = await startServer(env);
	let stopped;
	try {
		const page = await eventPath(server.url);
		await check(server.url + CONSTANT_PATH, 'ok');
		await check(server.url + page, 'First Session of the International Dialogue on Migration 2024');
		// Warm-up: JIT, first render, connection pool, page cache fill.
		await load(server.url + CONSTANT_PATH, { connections: CONNECTIONS, duration: WARMUP });
		await load(server.url + page, { connections: CONNECTIONS, duration: WARMUP });
		const rounds = [];
		for (let i = 0; i < RUNS; i++) {
			const constant = await load(server.url + CONSTANT_PATH, { connections: CONNECTIONS, duration: DURATION });
			const event = await load(server.url + page, { connections: CONNECTIONS, duration: DURATION });
			rounds.push({ constant, event, ratio: event.rps / constant.rps });
		}
		const pick = (f) => median(rounds.map(f));
		return {
			label,
			db,
			page,
			constantRps: pick((r) => r.constant.rps),
			eventRps: pick((r) => r.event.rps),
			ratio: pick((r) => r.ratio),
			constantP95: pick((r) => r.constant.p95),
			p50: pick((r) => r.event.p50),
			p95: pick((r) => r.event.p95),
			p99: pick((r) => r.event.p99),
			pageBytes: pick((r) => r.event.bytesPerRequest),
			non2xx: rounds.reduce((n, r) => n + r.event.non2xx + r.constant.non2xx, 0),
			errors: rounds.reduce((n, r) => n + r.event.errors + r.constant.errors, 0),
			rounds
		};
	} finally {
		stopped = await server.stop();
		if (!stopped.clean) console.error(`${label}: the server did not stop cleanly (${JSON.stringify(stopped)})`);
	}
}

/** `withoutCache`: also measure PAGE_CACHE=false (the render cost). */
export async function benchEventPage({ withoutCache = true, postgres = true, log = () => {} } = {}) {
	const results = [];
	const configs = [{ suffix: '', env: {} }];
	if (withoutCache) configs.push({ suffix: ', no page cache', env: { PAGE_CACHE: 'false' } });

	const data = tempDataDir();
	try {
		for (const c of configs) {
			log(`event page: PGlite${c.suffix}…`);
			results.push(await measure({ DATA_DIR: data.dir, ...c.env }, `PGlite${c.suffix}`, 'PGlite'));
		}
	} finally {
		await data.remove();
	}

	if (postgres && (await postgresAvailable())) {
		const db = await createPgDatabase('event');
		try {
			for (const c of configs) {
				log(`event page: PostgreSQL${c.suffix}…`);
				results.push(await measure({ DATABASE_URL: db.url, ...c.env }, `PostgreSQL${c.suffix}`, 'PostgreSQL'));
			}
		} finally {
			await db.drop();
		}
	} else if (postgres) {
		log('PostgreSQL did not answer: measured on PGlite only');
	}
	return results;
}

export function printEventPage(results) {
	const rows = results.map((r) => {
		const target = TARGETS[r.db];
		const asServed = !r.label.includes('no page cache');
		return [
			r.label,
			r.constantRps.toFixed(0),
			r.eventRps.toFixed(0),
			r.ratio.toFixed(3) + (asServed ? ` (≥ ${target.ratio.toFixed(2)})` : ''),
			ms(r.p50),
			ms(r.p95) + (asServed ? ` (≤ ${target.p95})` : ''),
			ms(r.p99),
			`${(r.pageBytes / 1024).toFixed(1)} KiB`,
			String(r.non2xx),
			String(r.errors)
		];
	});
	console.log(
		table(
			[
				'server',
				'constant req/s',
				'event page req/s',
				'ratio (target)',
				'p50',
				'p95 (target)',
				'p99',
				'response size',
				'non-2xx',
				'errors'
			],
			rows
		)
	);
	console.log('\nEvery round (constant req/s → event req/s, ratio, event p95):');
	for (const r of results)
		console.log(
			`  ${r.label}: ` +
				r.rounds
					.map((x) => `${x.constant.rps.toFixed(0)} → ${x.event.rps.toFixed(0)}, ${x.ratio.toFixed(3)}, ${ms(x.event.p95)}`)
					.join(' | ')
		);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	console.log(`${CONNECTIONS} connections, ${DURATION} s per measurement after ${WARMUP} s warm-up, median of ${RUNS} rounds\n`);
	printEventPage(await benchEventPage({ log: (m) => console.error(m) }));
}
