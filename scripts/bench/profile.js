#!/usr/bin/env node
/**
 * Where a request of the public event page spends its time, rendered on every request
 * (PAGE_CACHE=false unless --cache): queries per request and time waiting for them, then a V8 CPU
 * profile of the server's one thread during the load, summed by part (PGlite's WebAssembly, the pg
 * driver, Drizzle, SvelteKit, the page's components, Node's HTTP, the garbage collector...).
 *
 *   node scripts/bench/profile.js [--db pglite|postgres] [--cache] [--seconds 10] [--top 25]
 *   node scripts/bench/profile.js --registrations [--db pglite|postgres]   (the registration burst)
 *   node scripts/bench/profile.js --import [--db pglite|postgres] [--rows 100000]   (an import of registrants)
 *
 * The server is loaded with scripts/bench/profile-preload.mjs (counters, profiler on SIGUSR2);
 * the profile is kept at /tmp/mdp-bench-profile-<db>.cpuprofile for Chrome DevTools.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { adminToken, benchDatabase, describeMachine, load, sleep, startServer, table, ROOT } from './lib.js';
import { CONSTANT_PATH, eventPath } from './event-page.js';
import { burst, demoSession } from './registrations.js';
import { generate, post } from './import.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const cache = args.includes('--cache');
const SECONDS = Number(opt('--seconds', 10));
const TOP = Number(opt('--top', 25));
const PRELOAD = path.join(ROOT, 'scripts/bench/profile-preload.mjs');

function serverPid(startPid) {
	// start.js spawns build/index.js: the server is its child.
	const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(startPid)], { encoding: 'utf8' })
		.trim()
		.split(/\s+/);
	return Number(pids[0]);
}

async function dump(pid, out, { wantProfile = false } = {}) {
	fs.rmSync(out, { force: true });
	fs.rmSync(`${out}.cpuprofile`, { force: true });
	process.kill(pid, 'SIGUSR2');
	const file = wantProfile ? `${out}.cpuprofile` : out;
	for (let i = 0; i < 600 && !fs.existsSync(file); i++) await sleep(50);
	await sleep(100);
	return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function category(frame) {
	const { url, functionName } = frame.callFrame;
	if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(functionName)) return functionName;
	if (url.startsWith('wasm://') || /pglite/.test(url)) return 'PGlite (WebAssembly + JS)';
	if (/node_modules\/(pg|pg-protocol|pg-types|pg-pool|pgpass|postgres-[a-z]+)\//.test(url)) return 'pg driver';
	if (/drizzle-orm/.test(url)) return 'Drizzle ORM';
	if (/build\/server\/index\.js/.test(url)) return 'SvelteKit runtime (build/server/index.js)';
	if (/build\/server\/chunks\/(internal|shared|exports|index|utils|environment|render|index2|context)/.test(url) || /svelte/.test(url))
		return 'Svelte runtime (build/server/chunks)';
	if (/build\/server\/(chunks|entries|nodes)/.test(url)) return 'app + components (build/server/chunks, entries)';
	if (/build\/(handler|index|env|shims)\.js/.test(url)) return 'adapter-node (polka, sirv)';
	if (/scripts\/bench/.test(url)) return 'profiling preload (overhead of this tool)';
	if (/node_modules\/csv-parse\//.test(url)) return 'csv-parse';
	if (/node_modules\/zod\//.test(url)) return 'zod';
	if (/node_modules\/exceljs\//.test(url)) return 'exceljs';
	if (url.startsWith('node:') || url === '') return 'Node core (http, streams, timers, natives)';
	return `other: ${url.replace(/^file:\/\/\/work\/main\//, '')}`;
}

/** The CPU profile by part (µs per request or registration) and its top functions. */
function printCpu(profile, requests, unit, profileFile) {
	console.log(
		table(
			['part', 'share of busy time', unit],
			profile.cats
				.filter(([c, us]) => c !== '(idle)' && us / profile.busy >= 0.001)
				.map(([c, us]) => [c, `${((100 * us) / profile.busy).toFixed(1)} %`, (us / requests).toFixed(0)])
		)
	);
	console.log(`\nTop ${TOP} functions by self time:`);
	for (const [fn, us] of profile.fns.filter(([fn]) => !fn.startsWith('(idle)')).slice(0, TOP))
		console.log(`  ${((100 * us) / profile.busy).toFixed(1).padStart(5)} %  ${fn}`);
	console.log(`\nProfile kept at ${profileFile} (open in Chrome DevTools › Performance).`);
}

function summarise(profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map();
	for (let i = 0; i < profile.samples.length; i++) {
		const dt = profile.timeDeltas[i] ?? 0;
		self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
	}
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const cats = new Map();
	const fns = new Map();
	for (const [id, us] of self) {
		const node = byId.get(id);
		const c = category(node);
		cats.set(c, (cats.get(c) ?? 0) + us);
		const { functionName, url, lineNumber } = node.callFrame;
		const key = `${functionName || '(anonymous)'} ${url.replace(/^file:\/\/\/work\/main\//, '')}:${lineNumber + 1}`;
		fns.set(key, (fns.get(key) ?? 0) + us);
	}
	const busy = total - (cats.get('(idle)') ?? 0);
	return { total, busy, cats: [...cats].sort((a, b) => b[1] - a[1]), fns: [...fns].sort((a, b) => b[1] - a[1]) };
}

/** The registration burst of registrations.js instead of the event page: CPU per registration. */
async function profileRegistrations(db) {
	const out = path.join(os.tmpdir(), `mdp-bench-profile-${db}-${process.pid}.json`);
	const database = await benchDatabase(db, 'profile');
	if (!database) return console.log('PostgreSQL does not answer: skipped');
	const { env, cleanup } = database;
	Object.assign(env, { BENCH_PROFILE_OUT: out, BENCH_CPU_PROFILE: '1' });
	const server = await startServer(env, { nodeArgs: [`--import=${PRELOAD}`] });
	try {
		const pid = serverPid(server.pid);
		const token = adminToken(env);
		const { eventId, formVersion } = await demoSession(server.url, token);
		await dump(pid, out);
		const result = await burst(server.url, token, eventId, formVersion, 'profile');
		const stats = await dump(pid, out, { wantProfile: true });
		const profileFile = path.join(os.tmpdir(), `mdp-bench-profile-registrations-${db}.cpuprofile`);
		fs.renameSync(`${out}.cpuprofile`, profileFile);
		const profile = summarise(JSON.parse(fs.readFileSync(profileFile, 'utf8')));
		const s = stats[`/api/v1/events/:id/registrations`];
		console.log(`\n## ${db}: ${s.requests} registrations at 50 clients: ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(0)} ms`);
		console.log(
			`queries / registration ${(s.queries / s.requests).toFixed(2)}, DB wait ${(s.dbMs / s.requests).toFixed(2)} ms, request time ${(s.requestMs / s.requests).toFixed(2)} ms, CPU ${(profile.busy / 1000 / s.requests).toFixed(2)} ms (${((100 * profile.busy) / profile.total).toFixed(0)} % busy)`
		);
		for (const [sql, n] of Object.entries(s.sql)) console.log(`  ${(n / s.requests).toFixed(2)} × ${sql}`);
		const other = Object.entries(stats).filter(([p]) => p !== '/api/v1/events/:id/registrations' && !p.startsWith('('));
		if (other.length)
			console.log('Other paths in the window:', other.map(([p, v]) => `${p} (${v.requests} req, ${v.queries} q)`).join(', '));
		printCpu(profile, s.requests, 'µs per registration', profileFile);
	} finally {
		await server.stop();
		fs.rmSync(out, { force: true });
		await cleanup();
	}
}

async function profileOne(db) {
	const out = path.join(os.tmpdir(), `mdp-bench-profile-${db}-${process.pid}.json`);
	const database = await benchDatabase(db, 'profile');
	if (!database) return console.log('PostgreSQL does not answer: skipped');
	const { env, cleanup } = database;
	Object.assign(env, { BENCH_PROFILE_OUT: out, BENCH_CPU_PROFILE: '1', PAGE_CACHE: cache ? 'true' : 'false' });
	const server = await startServer(env, { nodeArgs: [`--import=${PRELOAD}`] });
	try {
		const pid = serverPid(server.pid);
		const page = await eventPath(server.url);
		await load(server.url + page, { duration: 3 });
		await load(server.url + CONSTANT_PATH, { duration: 2 });
		await dump(pid, out); // resets the counters, starts the profiler
		const constant = await load(server.url + CONSTANT_PATH, { duration: SECONDS });
		const constantStats = await dump(pid, out, { wantProfile: true });
		const constantProfile = summarise(JSON.parse(fs.readFileSync(`${out}.cpuprofile`, 'utf8')));
		await dump(pid, out);
		const event = await load(server.url + page, { duration: SECONDS });
		const stats = await dump(pid, out, { wantProfile: true });
		const profileFile = path.join(os.tmpdir(), `mdp-bench-profile-${db}${cache ? '-cache' : ''}.cpuprofile`);
		fs.renameSync(`${out}.cpuprofile`, profileFile);
		const profile = summarise(JSON.parse(fs.readFileSync(profileFile, 'utf8')));

		const s = stats['/events/:id'];
		const c = constantStats[CONSTANT_PATH];
		console.log(`\n## ${db}, page cache ${cache ? 'on' : 'off'}, 50 connections, ${SECONDS} s`);
		console.log(
			table(
				['route', 'req/s', 'queries / request', 'DB wait / request', 'request time / request', 'CPU ms / request (busy ÷ requests)'],
				[
					[
						CONSTANT_PATH,
						constant.rps.toFixed(0),
						(c.queries / c.requests).toFixed(2),
						'–',
						(c.requestMs / c.requests).toFixed(2) + ' ms',
						(constantProfile.busy / 1000 / c.requests).toFixed(3)
					],
					[
						'/events/:id',
						event.rps.toFixed(0),
						(s.queries / s.requests).toFixed(2),
						(s.dbMs / s.requests).toFixed(2) + ' ms',
						(s.requestMs / s.requests).toFixed(2) + ' ms',
						(profile.busy / 1000 / s.requests).toFixed(3)
					]
				]
			)
		);
		console.log('\nQueries of the event page (count per request):');
		for (const [sql, n] of Object.entries(s.sql)) console.log(`  ${(n / s.requests).toFixed(2)} × ${sql}`);
		const other = Object.entries(stats).filter(([p]) => p !== '/events/:id' && !p.startsWith('('));
		if (other.length)
			console.log('Other paths in the window:', other.map(([p, v]) => `${p} (${v.requests} req, ${v.queries} q)`).join(', '));

		console.log(
			`\nCPU of the server's thread while loading the event page (${(profile.total / 1e6).toFixed(1)} s sampled, ${((100 * profile.busy) / profile.total).toFixed(0)} % busy):`
		);
		printCpu(profile, s.requests, 'µs per request', profileFile);
	} finally {
		await server.stop();
		fs.rmSync(out, { force: true });
		await cleanup();
	}
}

/**
 * An import of registrants through the API (the CSV of import.js): the dry run, then the commit,
 * each in its own window: queries and time waiting for them, CPU by part, top functions, and the
 * peaks of the server's memory (resident, V8 heap, outside the heap) during the window.
 */
async function profileImport(db) {
	const rows = Number(opt('--rows', 100_000));
	const out = path.join(os.tmpdir(), `mdp-bench-profile-${db}-${process.pid}.json`);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-bench-profile-import-'));
	const file = path.join(dir, 'registrants.csv');
	const bytes = generate(file, rows, 'profile');
	const database = await benchDatabase(db, 'profile');
	if (!database) return console.log('PostgreSQL does not answer: skipped');
	const { env, cleanup } = database;
	Object.assign(env, { BENCH_PROFILE_OUT: out, BENCH_CPU_PROFILE: '1' });
	const server = await startServer(env, { nodeArgs: [`--import=${PRELOAD}`] });
	try {
		const pid = serverPid(server.pid);
		const token = adminToken(env);
		const { data } = await (await fetch(`${server.url}/api/v1/events`)).json();
		const target = data.find((e) => !e.titles.en.includes('(demonstration)'));
		const before = await dump(pid, out); // also starts the profiler of the dry run's window
		console.log(`\n## ${db}: import of ${rows.toLocaleString('en')} rows (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
		console.log(`server memory peaks since its start (seeding included): ${JSON.stringify(mb(before['(memory peaks)']))} MB`);
		for (const dryRun of [true, false]) {
			if (!dryRun) await dump(pid, out); // resets the counters, starts the profiler
			const { seconds, report } = await post(server.url, token, target.id, file, dryRun);
			const stats = await dump(pid, out, { wantProfile: true });
			const profileFile = path.join(os.tmpdir(), `mdp-bench-profile-import-${dryRun ? 'dry' : 'commit'}-${db}.cpuprofile`);
			fs.renameSync(`${out}.cpuprofile`, profileFile);
			const profile = summarise(JSON.parse(fs.readFileSync(profileFile, 'utf8')));
			const s = stats['/api/v1/events/:id/registrations/import'];
			console.log(
				`\n### ${dryRun ? 'dry run' : 'commit'}: ${seconds.toFixed(1)} s, ${report.created} created, ${report.rejected} rejected`
			);
			console.log(
				`queries ${s.queries} (${((s.queries / rows) * 1000).toFixed(1)} per 1,000 rows), DB wait ${(s.dbMs / 1000).toFixed(1)} s, ` +
					`server thread busy ${(profile.busy / 1e6).toFixed(1)} s of ${(profile.total / 1e6).toFixed(1)} s`
			);
			console.log(`memory peaks in the window: ${JSON.stringify(mb(stats['(memory peaks)']))} MB`);
			console.log(`resident / heap used each second (MB): ${stats['(memory timeline)'].map(([r, h]) => `${r}/${h}`).join(' ')}`);
			if (env.DATABASE_URL) console.log(`registrations table after it: ${JSON.stringify(await tableState(env.DATABASE_URL))}`);
			const bySql = Object.entries(s.sqlMs).sort((a, b) => b[1] - a[1]);
			for (const [sql, ms] of bySql.slice(0, 12))
				console.log(`  ${String(s.sql[sql]).padStart(6)} × ${(ms / 1000).toFixed(2).padStart(6)} s  ${sql}`);
			printCpu(profile, rows / 1000, 'µs per 1,000 rows', profileFile);
		}
	} finally {
		await server.stop();
		fs.rmSync(out, { force: true });
		fs.rmSync(dir, { recursive: true, force: true });
		await cleanup();
	}
}

/** The registrations table as PostgreSQL's statistics see it: live and dead rows, its size, its last vacuum and analyse. */
async function tableState(url) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query(
			`select n_live_tup as live, n_dead_tup as dead, pg_size_pretty(pg_total_relation_size(relid)) as size,
			        last_autovacuum, last_autoanalyze from pg_stat_user_tables where relname = 'registrations'`
		);
		return rows[0];
	} finally {
		await client.end();
	}
}

const mb = (m) => Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, Math.round(v / 2 ** 20)]));

console.log(`Machine: ${describeMachine()}`);
for (const db of dbs)
	await (args.includes('--registrations') ? profileRegistrations(db) : args.includes('--import') ? profileImport(db) : profileOne(db));
