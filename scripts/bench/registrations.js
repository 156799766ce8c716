#!/usr/bin/env node
/**
 * A burst of registrations over HTTP: BENCH_REGISTRATIONS (2,000) POSTs to
 * /api/v1/events/{id}/registrations from 50 concurrent clients, each a new person, against the
 * demo's upcoming session (300 places: the rest join the waiting list). Every request does the
 * real work: validation against the form version, the capacity counter, the participant number,
 * the audit entry, and the mail (outbox, .ics, QR code for approvals). Then, on the same database
 * with the server stopped, a plain INSERT loop of as many rows, one at a time, for comparison.
 * Prints throughput, p95 latency and the count in the database afterwards (nothing lost).
 *
 *   node scripts/bench/registrations.js [--db pglite|postgres] [--runs 3]
 */
import { adminToken, benchDatabase, openDirect, describeMachine, median, ms, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const RUNS = Number(opt('--runs', process.env.BENCH_RUNS ?? 3));
const COUNT = Number(process.env.BENCH_REGISTRATIONS ?? 2000);
const CONCURRENCY = 50;
export const TARGETS = { ratio: 0.5, p95: { postgres: 60 } };

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** COUNT registrations from CONCURRENCY clients; each latency kept for the percentiles. */
export async function burst(url, token, eventId, formVersion, round) {
	let next = 0;
	const latencies = [];
	let created = 0;
	const failures = new Map();
	const started = performance.now();
	async function client() {
		while (next < COUNT) {
			const n = next++;
			const body = JSON.stringify({
				formVersion,
				givenName: 'Bench',
				familyName: `Participant ${round}-${n}`,
				email: `bench-${round}-${n}@example.org`,
				gender: n % 2 ? 'female' : 'male',
				affiliation: 'Benchmark',
				position: 'Delegate',
				category: 'other',
				mode: n % 5 ? 'in-room' : 'online',
				answers: { interpretation: 'en' },
				consent: true
			});
			const t0 = performance.now();
			const res = await fetch(`${url}/api/v1/events/${eventId}/registrations`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body
			});
			await res.arrayBuffer();
			latencies.push(performance.now() - t0);
			if (res.status === 201) created++;
			else failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
		}
	}
	await Promise.all(Array.from({ length: CONCURRENCY }, client));
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	return {
		rps: COUNT / seconds,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		created,
		failures: Object.fromEntries(failures)
	};
}

/** The demo's upcoming session (open for registration) and its form's current version. */
export async function demoSession(url, token) {
	const { data } = await (await fetch(`${url}/api/v1/events?pageSize=100`)).json();
	const eventId = data.find((e) => e.titles.en.includes('(demonstration)')).id;
	const summary = await (
		await fetch(`${url}/api/v1/events/${eventId}/registrations`, { headers: { authorization: `Bearer ${token}` } })
	).json();
	return { eventId, formVersion: summary.formVersion };
}

/** The same number of plain INSERTs into registrations, one after another, on one connection. */
async function insertLoop(query, eventId, round) {
	const [{ form_id: formId }] = await query(
		`select id as form_id from registration_forms where event_id = $1 order by version desc limit 1`,
		[eventId]
	);
	const started = performance.now();
	for (let n = 0; n < COUNT; n++) {
		await query(
			`insert into registrations (event_id, number, form_id, given_name, family_name, email, category, status, mode, consented_at, check_in_token)
			 values ($1, $2, $3, 'Raw', $4, $5, 'other', 'approved', 'in-room', now(), $6)`,
			[eventId, 1_000_000 + round * COUNT + n, formId, `Insert ${n}`, `raw-${round}-${n}@example.org`, `raw-${round}-${n}`]
		);
	}
	return COUNT / ((performance.now() - started) / 1000);
}

async function countRegistrations(query, eventId, like) {
	const [{ n }] = await query(`select count(*)::int as n from registrations where event_id = $1 and email like $2`, [eventId, like]);
	return n;
}

async function one(db, log) {
	const database = await benchDatabase(db, 'registrations');
	if (!database) {
		log(`${db}: not available, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	const rounds = [];
	try {
		for (let round = 0; round < RUNS; round++) {
			const server = await startServer(env);
			let http;
			let eventId;
			try {
				const token = adminToken(env);
				const session = await demoSession(server.url, token);
				eventId = session.eventId;
				log(`${db} round ${round + 1}: ${COUNT} registrations at ${CONCURRENCY} clients…`);
				http = await burst(server.url, token, eventId, session.formVersion, round);
			} finally {
				await server.stop();
			}
			const direct = await openDirect(env);
			try {
				const stored = await countRegistrations(direct.query, eventId, `bench-${round}-%`);
				log(`${db} round ${round + 1}: plain INSERT loop…`);
				const rawRps = await insertLoop(direct.query, eventId, round);
				rounds.push({ ...http, stored, rawRps, ratio: http.rps / rawRps });
			} finally {
				await direct.close();
			}
		}
	} finally {
		await cleanup();
	}
	const pick = (key) => median(rounds.map((r) => r[key]));
	return {
		db,
		runs: rounds.length,
		rps: pick('rps'),
		p50: pick('p50'),
		p95: pick('p95'),
		rawRps: pick('rawRps'),
		ratio: pick('ratio'),
		created: rounds.map((r) => r.created),
		stored: rounds.map((r) => r.stored),
		failures: rounds.map((r) => r.failures)
	};
}

export async function benchRegistrations({ log = (m) => console.error(`[bench] ${m}`) } = {}) {
	const results = [];
	for (const db of dbs) {
		const r = await one(db, log);
		if (r) results.push(r);
	}
	return results;
}

export function printRegistrations(results) {
	const yes = (ok) => (ok ? 'yes' : 'NO');
	const rows = [];
	for (const r of results) {
		const label = r.db === 'postgres' ? 'PostgreSQL' : 'PGlite';
		const lost = r.created.map((c, i) => c - r.stored[i]);
		rows.push([`${label}: registrations over HTTP, req/s (median of ${r.runs})`, r.rps.toFixed(0), '–', '–']);
		rows.push([`${label}: plain INSERT loop, rows/s`, r.rawRps.toFixed(0), '–', '–']);
		rows.push([`${label}: HTTP / INSERT loop`, r.ratio.toFixed(2), `≥ ${TARGETS.ratio.toFixed(2)}`, yes(r.ratio >= TARGETS.ratio)]);
		rows.push([
			`${label}: p50 / p95`,
			`${ms(r.p50)} / ${ms(r.p95)}`,
			TARGETS.p95[r.db] ? `p95 ≤ ${TARGETS.p95[r.db]} ms` : '–',
			TARGETS.p95[r.db] ? yes(r.p95 <= TARGETS.p95[r.db]) : '–'
		]);
		rows.push([
			`${label}: created (201) / in the database, per round`,
			r.created.map((c, i) => `${c}/${r.stored[i]}`).join(', '),
			`${COUNT}/${COUNT}`,
			yes(lost.every((l) => l === 0) && r.created.every((c) => c === COUNT))
		]);
		const failed = r.failures.filter((f) => Object.keys(f).length);
		if (failed.length) rows.push([`${label}: non-201 answers`, JSON.stringify(failed), 'none', 'NO']);
	}
	console.log(table(['metric', 'measured', 'target', 'met?'], rows));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	printRegistrations(await benchRegistrations());
}
