#!/usr/bin/env node
/**
 * `npm start`: builds the app when the build is missing or older than the sources, then serves it
 * (adapter-node) on PORT (default 3000). Migrations and, on an empty database, the demo data are
 * applied by the server itself at start-up.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stamp = path.join(root, 'build', '.built-at');

function newestMtime(target) {
	let newest = 0;
	const stat = fs.statSync(target, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.mtimeMs;
	for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
		newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
	}
	return newest;
}

const sources = ['src', 'static', 'drizzle', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];
const builtAt = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changedAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));

if (changedAt > builtAt) {
	console.log('Building the platform (sources changed since the last build)…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	fs.writeFileSync(stamp, new Date().toISOString());
}

// `node scripts/start.js --build-only` stops here (the benchmarks build first, then time starts).
if (process.argv.includes('--build-only')) process.exit(0);

const env = { ...process.env, PORT: process.env.PORT ?? '3000', NODE_ENV: 'production' };
// adapter-node assumes https unless told the public address; SvelteKit's CSRF check compares the
// form's Origin with it. Locally that is http://localhost:PORT; behind a proxy set ORIGIN.
if (!env.ORIGIN) env.ORIGIN = `http://localhost:${env.PORT}`;
// The body size limit of adapter-node: just above the largest participation import (40 MB, refused
// by the import itself as it streams in); a larger body is refused by its Content-Length unread.
env.BODY_SIZE_LIMIT ??= '41M';
const server = spawn(process.execPath, [path.join(root, 'build', 'index.js')], { cwd: root, env, stdio: 'inherit' });
console.log(`Serving on ${env.ORIGIN} (Ctrl+C stops it cleanly).`);
// Forward signals so the server can close the database before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
