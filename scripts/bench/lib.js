/** Shared pieces of the benchmarks: start the real server, load it with autocannon, take medians. */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

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

export function tempDir() {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-bench-'));
}

/** Builds once if the sources changed (so later timings never include a build). */
export function ensureBuilt() {
	const probe = spawn(process.execPath, ['scripts/start.js'], {
		cwd: ROOT,
		env: { ...process.env, PORT: '1', DATA_DIR: tempDir(), SEED_DEMO: 'false' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	return new Promise((resolve) => {
		let out = '';
		probe.stdout.on('data', (c) => {
			out += c;
			if (/Serving on/.test(out)) probe.kill('SIGTERM');
		});
		probe.on('exit', () => resolve());
	});
}

/** Starts `node build/index.js` with the given environment and resolves when / answers. */
export async function startServer(env) {
	const port = await freePort();
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/start.js'], {
		cwd: ROOT,
		env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ORIGIN: `http://localhost:${port}`, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (c) => (output += c));
	child.stderr.on('data', (c) => (output += c));
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
		try {
			const res = await fetch(url + '/');
			if (res.ok) break;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 20));
	}
	const startupMs = performance.now() - started;
	return {
		url,
		startupMs,
		output: () => output,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}

function percentile(sorted, p) {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * 50 connections for a bounded time on loopback; requests/s and p50/p95/p99 latency (autocannon
 * reports no p95, so every response time is kept and the percentiles are taken here).
 */
export function load(url, { connections = 50, duration = 10 } = {}) {
	return new Promise((resolve, reject) => {
		const times = [];
		const instance = autocannon({ url, connections, duration }, (error, result) => {
			if (error) return reject(error);
			times.sort((a, b) => a - b);
			resolve({
				rps: result.requests.total / (result.duration || duration),
				p50: percentile(times, 50),
				p95: percentile(times, 95),
				p99: percentile(times, 99),
				non2xx: result.non2xx,
				errors: result.errors
			});
		});
		instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
	});
}

export function createPgDatabase(name) {
	execFileSync('psql', [PG_URL, '-qc', `drop database if exists ${name}`, '-c', `create database ${name}`], { stdio: 'ignore' });
	const u = new URL(PG_URL);
	u.pathname = `/${name}`;
	return u.toString();
}

export function dropPgDatabase(name) {
	execFileSync('psql', [PG_URL, '-qc', `drop database if exists ${name} with (force)`], { stdio: 'ignore' });
}

export function machine() {
	return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
