#!/usr/bin/env node
/**
 * Where a request of the public event page spends its time, rendered on every request
 * (PAGE_CACHE=false unless --cache): queries per request and time waiting for them, then a V8 CPU
 * profile of the server's one thread during the load, summed by part (PGlite's WebAssembly, the pg
 * driver, Drizzle, SvelteKit, the page's components, Node's HTTP, the garbage collector...).
 *
 *   node scripts/bench/profile.js [--db pglite|postgres] [--cache] [--seconds 10] [--top 25]
 *   node scripts/bench/profile.js --registrations [--db pglite|postgres]   (the registration burst)
 *
 * The server is loaded with scripts/bench/profile-preload.mjs (counters, profiler on SIGUSR2);
 * the profile is kept at /tmp/mdp-bench-profile-<db>.cpuprofile for Chrome DevTools.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { adminToken, benchDatabase, describeMachine, load, sleep, startServer, table, ROOT } from './lib.js';
import { CONSTANT_PATH, eventPath } from './event-page.js';
import { burst, demoSession } from './registrations.js';

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
	if (url.startsWith('node:') || url === '') return 'Node core (http, streams, timers, natives)';
	return `other: ${url.replace(/^file:\/\/\/work\/main\//, '')}`;
}

/** The CPU profile by part (µs per request or registration) and its top functions. */
function printCpu(profile, requests, unit, profileFile) {
	console.log(
		table(
			['part', 'share of busy time', unit],
			profile.cats
				.filter(([c]) => c !== '(idle)')
				.map(([c, us]) => [c, `${((100 * us) / profile.busy).toFixed(1)} %`, (us / requests).toFixed(0)])
		)
	);
	console.log(`\nTop ${TOP} functions by self time:`);
	for (const [fn, us] of profile.fns.slice(0, TOP)) console.log(`  ${((100 * us) / profile.busy).toFixed(1).padStart(5)} %  ${fn}`);
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
		const other = Object.entries(stats).filter(([p]) => p !== '/api/v1/events/:id/registrations');
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
		const other = Object.entries(stats).filter(([p]) => p !== '/events/:id');
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

console.log(`Machine: ${describeMachine()}`);
for (const db of dbs) await (args.includes('--registrations') ? profileRegistrations(db) : profileOne(db));
