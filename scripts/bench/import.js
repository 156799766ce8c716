#!/usr/bin/env node
/**
 * Import of registrants through the API: generates a CSV file of BENCH_IMPORT_ROWS (100,000)
 * registrants on disk (every column of ours filled, government rows with their delegation), then
 * POSTs it to /api/v1/events/{id}/registrations/import, first as a dry run, then for real, on an
 * event with no registrations yet. A 10,000-row import on another event first gives the memory
 * baseline: the server's peak RSS (VmHWM of its process) should not grow with the rows.
 *
 *   node scripts/bench/import.js [--db pglite|postgres]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { adminToken, benchDatabase, describeMachine, onCleanup, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const SMALL = Math.max(1, Math.round(ROWS / 10));
export const TARGET_SECONDS = 15;

const STATES = ['CAN', 'FRA', 'DEU', 'KEN', 'MEX', 'PHL', 'BGD', 'ITA', 'NGA', 'CHL', 'SEN', 'JPN'];
const CATEGORIES = ['government', 'government', 'iom', 'partner', 'partner', 'media', 'other'];

/** A CSV of `rows` registrants with distinct addresses (prefix keeps two files apart). */
export function generate(file, rows, prefix) {
	const out = fs.openSync(file, 'w');
	const lines = [
		'first_name,last_name,email,honorific,gender,position,category,delegation,organisation,organisation_type,country,phone,participation_mode,state,registered_at,sponsored'
	];
	for (let n = 0; n < rows; n++) {
		const category = CATEGORIES[n % CATEGORIES.length];
		const state = STATES[n % STATES.length];
		lines.push(
			[
				`Given${n}`,
				`Family ${n}`,
				`${prefix}-${n}@bench.example.org`,
				n % 2 ? 'Ms' : 'Mr',
				n % 2 ? 'female' : 'male',
				'Delegate',
				category,
				category === 'government' ? state : '',
				category === 'partner' ? `Partner organisation ${n % 300}` : '',
				category === 'partner' ? 'civil-society' : category === 'government' ? 'national-government' : '',
				state,
				`+41 22 717 ${String(n % 100).padStart(2, '0')} ${String(n % 97).padStart(2, '0')}`,
				n % 3 ? 'in-room' : 'online',
				'approved',
				'2024-04-01T10:00:00Z',
				n % 10 ? 'false' : 'true'
			].join(',')
		);
		if (lines.length === 5000) {
			fs.writeSync(out, lines.join('\n') + '\n');
			lines.length = 0;
		}
	}
	fs.writeSync(out, lines.join('\n') + '\n');
	fs.closeSync(out);
	return fs.statSync(file).size;
}

/** The server process (start.js's child) and its peak resident memory so far, in MB. */
function serverPid(startPid) {
	return Number(
		execFileSync('ps', ['-o', 'pid=', '--ppid', String(startPid)], { encoding: 'utf8' })
			.trim()
			.split(/\s+/)[0]
	);
}
function peakRssMb(pid) {
	const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
	return line ? Number(line[1]) / 1024 : NaN;
}

export async function post(url, token, eventId, file, dryRun) {
	const body = fs.readFileSync(file);
	const t0 = performance.now();
	const res = await fetch(`${url}/api/v1/events/${eventId}/registrations/import${dryRun ? '?dryRun=true' : ''}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
		body
	});
	const report = await res.json();
	const seconds = (performance.now() - t0) / 1000;
	if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(report).slice(0, 500)}`);
	return { seconds, report };
}

export async function benchImport(db, log = (m) => console.error(`[bench] ${m}`)) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-bench-import-'));
	onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
	const big = path.join(dir, 'registrants.csv');
	const small = path.join(dir, 'registrants-small.csv');
	const bytes = generate(big, ROWS, 'big');
	generate(small, SMALL, 'small');
	log(`${db}: ${ROWS} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
	const database = await benchDatabase(db, 'import');
	if (!database) {
		log(`${db}: no PostgreSQL server reachable, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	try {
		const server = await startServer(env);
		try {
			const token = adminToken(env);
			const { data } = await (await fetch(`${server.url}/api/v1/events`)).json();
			const targets = data.filter((e) => !e.titles.en.includes('(demonstration)'));
			const pid = serverPid(server.pid);
			const atStart = peakRssMb(pid);
			await post(server.url, token, targets[0].id, small, false);
			const afterSmall = peakRssMb(pid);
			log(`${db}: dry run…`);
			const dry = await post(server.url, token, targets[1].id, big, true);
			log(`${db}: commit…`);
			const commit = await post(server.url, token, targets[1].id, big, false);
			const afterBig = peakRssMb(pid);
			return {
				db,
				rows: ROWS,
				bytes,
				dry: dry.seconds,
				commit: commit.seconds,
				created: commit.report.created,
				atStart,
				afterSmall,
				afterBig
			};
		} finally {
			await server.stop();
		}
	} finally {
		await cleanup();
	}
}

export function printImport(results) {
	const rows = [];
	for (const r of results.filter(Boolean)) {
		const label = r.db === 'pglite' ? 'PGlite' : 'PostgreSQL';
		rows.push([
			`${label}: dry run of ${r.rows.toLocaleString('en')} rows (${(r.bytes / 1024 / 1024).toFixed(1)} MB)`,
			`${r.dry.toFixed(1)} s`,
			'–',
			'–'
		]);
		rows.push([
			`${label}: commit of ${r.rows.toLocaleString('en')} rows (${r.created} created)`,
			`${r.commit.toFixed(1)} s`,
			`≤ ${TARGET_SECONDS} s`,
			r.commit <= TARGET_SECONDS ? 'yes' : 'NO'
		]);
		rows.push([
			`${label}: server peak RSS at start / after ${SMALL.toLocaleString('en')} rows / after ${r.rows.toLocaleString('en')} rows`,
			`${r.atStart.toFixed(0)} / ${r.afterSmall.toFixed(0)} / ${r.afterBig.toFixed(0)} MB`,
			'flat in rows',
			'–'
		]);
	}
	console.log(table(['metric', 'measured', 'target', 'met?'], rows));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	const results = [];
	for (const db of dbs) results.push(await benchImport(db));
	printImport(results);
}
