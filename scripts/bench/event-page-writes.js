#!/usr/bin/env node
/**
 * The public event page while writes happen: 50 connections on the page for BENCH_SECONDS (10) s
 * while a writer creates events through the API (POST /api/v1/events, an admin's token) at
 * 0, 2 and 20 writes per second. Every committed public write empties the page cache, so this
 * shows what the cache is worth when the data changes (e.g. while registrations are open).
 * Not part of `npm run bench` (no DESIGN.md target); run it by hand.
 *
 *   node scripts/bench/event-page-writes.js [--db pglite|postgres] [--rates 0,2,20]
 */
import { adminToken, benchDatabase, describeMachine, load, ms, startServer, table } from './lib.js';
import { eventPath } from './event-page.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const RATES = opt('--rates', '0,2,20').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function withWrites(url, token, cycleId, rate, work) {
	let sent = 0;
	let ok = 0;
	let failed = 0;
	const pending = new Set();
	const timer =
		rate > 0 &&
		setInterval(() => {
			const n = ++sent;
			const p = fetch(`${url}/api/v1/events`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body: JSON.stringify({
					cycleId,
					kind: 'session',
					titles: { en: `Benchmark write ${n}` },
					startDate: '2030-01-01',
					endDate: '2030-01-01'
				})
			})
				.then(async (r) => {
					await r.arrayBuffer();
					if (r.status === 201) ok++;
					else failed++;
				})
				.catch(() => failed++)
				.finally(() => pending.delete(p));
			pending.add(p);
		}, 1000 / rate);
	try {
		return { result: await work(), writes: { sent, ok, failed } };
	} finally {
		if (timer) clearInterval(timer);
		await Promise.all(pending);
	}
}

async function one(db) {
	const database = await benchDatabase(db, 'writes');
	if (!database) return [];
	const { env, cleanup } = database;
	const server = await startServer(env);
	try {
		const token = adminToken(env);
		const page = await eventPath(server.url);
		const { data } = await (await fetch(`${server.url}/api/v1/events`)).json();
		const cycleId = data.find((e) => `/events/${e.id}` === page).cycleId;
		await load(server.url + page, { duration: 3 });
		const rows = [];
		for (const rate of RATES) {
			const { result, writes } = await withWrites(server.url, token, cycleId, rate, () => load(server.url + page, { duration: SECONDS }));
			rows.push([
				db,
				`${rate}/s`,
				result.rps.toFixed(0),
				ms(result.p50),
				ms(result.p95),
				ms(result.p99),
				`${writes.ok} ok, ${writes.failed} failed`
			]);
		}
		return rows;
	} finally {
		await server.stop();
		await cleanup();
	}
}

console.log(`Machine: ${describeMachine()}`);
const rows = [];
for (const db of dbs) rows.push(...(await one(db)));
console.log(table(['database', 'writes', 'event page req/s', 'p50', 'p95', 'p99', 'writes done'], rows));
