/**
 * Shared pieces of the benchmarks: start the real server through `scripts/start.js` (as `npm start`
 * does), load it with autocannon on loopback, take medians, and always clean up (servers stopped
 * with SIGTERM, temporary data folders removed, benchmark databases dropped), also on Ctrl+C.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/**
 * Where PostgreSQL is: only used to create and drop the benchmark's own database (its name is
 * swapped into this URL). BENCH_PG_URL wins, then DATABASE_URL, then the local server.
 */
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// ---------------------------------------------------------------------------------------------
// Clean-up, also when the run is interrupted.

const cleanups = new Set();

/** Registers an async clean-up; returns a function that runs it once and forgets it. */
export function onCleanup(fn) {
	let done = false;
	const run = async () => {
		if (done) return;
		done = true;
		cleanups.delete(run);
		await fn();
	};
	cleanups.add(run);
	return run;
}

async function cleanupAll() {
	for (const run of [...cleanups].reverse()) await run().catch((e) => console.error('clean-up failed:', e.message));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		console.error(`\n${signal}: stopping servers and cleaning up…`);
		void cleanupAll().finally(() => process.exit(130));
	});
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

export function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** A temporary PGlite data folder, removed at clean-up. */
export function tempDataDir() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-bench-'));
	const remove = onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
	return { dir, remove };
}

export function machine() {
	const cpus = os.cpus();
	return {
		cores: cpus.length,
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		node: process.version,
		load: os
			.loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')
	};
}

export function describeMachine() {
	const m = machine();
	return `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, load average before the run ${m.load}`;
}

/** Runs the platform's command-line tool (scripts/cli.ts) against the benchmark's database. */
export function cli(env, ...cliArgs) {
	const childEnv = { ...process.env, ...env };
	if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
	return execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli.ts', ...cliArgs], {
		cwd: ROOT,
		env: childEnv,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

/** An admin's API token on the server's database (the CLI talks to the running server). */
export function adminToken(env) {
	cli(env, 'admin:create', '--email', 'bench@example.org', '--password', 'bench-password-123456');
	return cli(env, 'api-token', '--email', 'bench@example.org')
		.trim()
		.split(/\s+/)
		.find((w) => w.length >= 20);
}

// ---------------------------------------------------------------------------------------------
// The server.

/**
 * Spawns `node scripts/start.js` (which builds first if the sources changed, then serves
 * build/index.js with NODE_ENV=production) and resolves when `GET /` first answers 200.
 * `env` says which database: `{ DATA_DIR }` for PGlite or `{ DATABASE_URL }` for PostgreSQL.
 * `startupMs` is from the spawn to that first successful answer; `built` tells whether a build
 * happened on the way (such a start-up is not a start-up figure).
 */
export async function startServer(env, { timeoutMs = 600_000, nodeArgs = [] } = {}) {
	const port = await freePort();
	const childEnv = { ...process.env };
	// The database is chosen here only, never inherited from the shell running the benchmark.
	delete childEnv.DATABASE_URL;
	delete childEnv.DATA_DIR;
	// No PDFs printed ahead unless a benchmark asks (the reports' does): a background Chromium would
	// share the two cores with whatever is measured.
	Object.assign(childEnv, { PORT: String(port), ORIGIN: `http://localhost:${port}`, NODE_ENV: 'production', PRINT_AHEAD: 'false', ...env });
	if (nodeArgs.length) childEnv.NODE_OPTIONS = [childEnv.NODE_OPTIONS, ...nodeArgs].filter(Boolean).join(' ');

	const started = performance.now();
	// Its own process group, so that a server that ignores SIGTERM can still be killed with start.js.
	const child = spawn(process.execPath, ['scripts/start.js'], {
		cwd: ROOT,
		env: childEnv,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let output = '';
	child.stdout.on('data', (c) => (output += c));
	child.stderr.on('data', (c) => (output += c));
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

	const stop = onCleanup(async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM'); // start.js forwards it to the server, which closes the database
		const result = await Promise.race([exited, sleep(30_000).then(() => null)]);
		if (!result) {
			console.error(`server on port ${port} did not stop within 30 s of SIGTERM; killing it`);
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* already gone */
			}
			await exited;
		}
	});

	const url = `http://127.0.0.1:${port}`;
	const deadline = started + timeoutMs;
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			await stop();
			throw new Error(`server exited before serving:\n${output}`);
		}
		if (performance.now() > deadline) {
			await stop();
			throw new Error(`server did not serve / within ${timeoutMs} ms:\n${output}`);
		}
		try {
			const res = await fetch(url + '/', { signal: AbortSignal.timeout(10_000) });
			await res.arrayBuffer();
			if (res.ok) break;
		} catch {
			/* not listening yet */
		}
		await sleep(10);
	}
	const startupMs = performance.now() - started;
	return {
		url,
		port,
		pid: child.pid,
		startupMs,
		built: output.includes('Building the platform'),
		output: () => output,
		/** SIGTERM, then waits for the exit; resolves whether the database was closed cleanly. */
		stop: async () => {
			await stop();
			const { code, signal } = await exited;
			return { code, signal, clean: code === 0 && output.includes('Database closed cleanly') };
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Load.

function percentile(sorted, p) {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * `connections` concurrent keep-alive connections for `duration` seconds on loopback; requests/s
 * and p50/p95/p99 latency in ms (autocannon's histogram has no p95, so every response time is kept
 * and the percentiles are taken here), with the non-2xx answers and the errors (timeouts, resets).
 */
export function load(url, { connections = 50, duration = 10, headers } = {}) {
	return new Promise((resolve, reject) => {
		const times = [];
		const instance = autocannon({ url, connections, duration, headers, timeout: 10 }, (error, result) => {
			if (error) return reject(error);
			times.sort((a, b) => a - b);
			const seconds = result.duration || duration;
			resolve({
				rps: result['2xx'] / seconds,
				requests: result.requests.total,
				p50: percentile(times, 50),
				p95: percentile(times, 95),
				p99: percentile(times, 99),
				non2xx: result.non2xx,
				errors: result.errors + result.timeouts,
				bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0
			});
		});
		instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
	});
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the benchmark's own throw-away database.

async function admin(sql) {
	const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

/** True when PostgreSQL answers at PG_ADMIN_URL. */
export async function postgresAvailable() {
	try {
		await admin('select 1');
		return true;
	} catch {
		return false;
	}
}

/**
 * Creates an empty database of our own (named after this process, so that two runs never share
 * one), returns its URL and a function that drops it; it is dropped at clean-up in any case.
 */
export async function createPgDatabase(purpose) {
	const name = `mdp_bench_${purpose}_${process.pid}`;
	if (!/^mdp_bench_[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
	await admin(`drop database if exists ${name} with (force)`);
	await admin(`create database ${name}`);
	const url = new URL(PG_ADMIN_URL);
	url.pathname = `/${name}`;
	const drop = onCleanup(() => admin(`drop database if exists ${name} with (force)`));
	return { url: url.toString(), name, drop };
}

/**
 * The server environment for one database kind, with its clean-up: a fresh PGlite folder, or a
 * PostgreSQL database of our own; null when PostgreSQL does not answer.
 */
/** A query function on a benchmark's database, opened directly (with the server stopped: PGlite's folder has one user). */
export async function openDirect(env) {
	if (env.DATABASE_URL) {
		const client = new pg.Client({ connectionString: env.DATABASE_URL });
		await client.connect();
		return { query: async (sql, params) => (await client.query(sql, params)).rows, close: () => client.end() };
	}
	const db = await PGlite.create(path.join(env.DATA_DIR, 'pgdata'), { extensions: { pg_trgm } });
	return { query: async (sql, params) => (await db.query(sql, params)).rows, close: () => db.close() };
}

export async function benchDatabase(kind, purpose) {
	if (kind === 'pglite') {
		const data = tempDataDir();
		return { env: { DATA_DIR: data.dir }, cleanup: data.remove };
	}
	if (!(await postgresAvailable())) return null;
	const pg = await createPgDatabase(purpose);
	return { env: { DATABASE_URL: pg.url }, cleanup: pg.drop };
}

// ---------------------------------------------------------------------------------------------
// Formatting.

export function table(header, rows) {
	const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
	for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
	return lines.join('\n');
}

export const ms = (v) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : 'n/a');
