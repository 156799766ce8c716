import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';

const DEMO_ROLES = ['admin', 'secretariat', 'state-focal-point', 'partner-focal-point', 'reviewer', 'participant'];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/**
 * Starts the real platform for the browser journeys: `node scripts/start.js` (which builds when the
 * sources changed) on a free port, with a fresh data folder and the demo data, and reads the demo
 * passwords it prints. At the end it stops the server with SIGTERM and checks it closed cleanly.
 */
export default async function setup(project: TestProject) {
	const browser = chromiumPath();
	if (!browser) {
		const message = `Chromium not found at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; install with apt-get install chromium`;
		// In CI a missing browser is a broken machine, not a reason to pass without the journeys.
		if (process.env.CI === 'true') throw new Error(`Browser tests cannot run in CI: ${message} (or set CHROMIUM_PATH)`);
		console.warn(`\n*** browser tests skipped: ${message} ***\n`);
		project.provide('e2e', { skip: true, baseUrl: '', passwords: {}, dataDir: '' });
		return;
	}
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-e2e-'));
	// The journeys run on the embedded database with mail kept in the outbox, whatever the shell has.
	// Their PDFs print when asked: printing every report ahead at start would take two busy cores
	// from the journeys for half a minute (printing ahead is tested in reports/pdf-ahead.int.test.ts).
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'true', PRINT_AHEAD: 'false' };
	for (const name of ['DATABASE_URL', 'SMTP_URL', 'ORIGIN']) delete env[name];
	const server = spawn(process.execPath, ['scripts/start.js'], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	server.stdout!.on('data', (chunk) => (output += chunk));
	server.stderr!.on('data', (chunk) => (output += chunk));
	let passwords: Record<string, string>;
	try {
		await waitFor(
			() => /Listening on/.test(output),
			server,
			() => output,
			// Building on a fresh checkout takes minutes on two cores shared with the other tests (scripts/test.js).
			480_000
		);
		passwords = Object.fromEntries([...output.matchAll(/^\s+([a-z-]+)\s+\S+@demo\.idm\.test\s+(\S+)$/gm)].map((m) => [m[1], m[2]]));
		const missing = DEMO_ROLES.filter((role) => !passwords[role]);
		if (missing.length) throw new Error(`No demo password printed for ${missing.join(', ')}:\n${output.slice(-3000)}`);
	} catch (error) {
		// Never leave a server behind when start-up fails (start.js forwards SIGTERM to the server).
		await stop(server, 10_000);
		fs.rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	project.provide('e2e', { skip: false, baseUrl: `http://localhost:${port}`, passwords, dataDir });

	return async () => {
		const code = await stop(server, 20_000);
		fs.rmSync(dataDir, { recursive: true, force: true });
		if (code !== 0 || !output.includes('Database closed cleanly.')) {
			const how = code === 'timeout' ? 'still running 20 s after SIGTERM, killed' : `exit ${code}`;
			throw new Error(`The server did not shut down cleanly on SIGTERM (${how}):\n${output.slice(-2000)}`);
		}
	};
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`; resolves with its exit code. */
async function stop(server: ChildProcess, graceMs: number): Promise<number | null | 'timeout'> {
	if (server.exitCode !== null || server.signalCode !== null) return server.exitCode;
	const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
	server.kill('SIGTERM');
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
	const result = await Promise.race([exited, timeout]);
	clearTimeout(timer);
	if (result === 'timeout') {
		server.kill('SIGKILL');
		await exited;
	}
	return result;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

async function waitFor(ready: () => boolean, server: ChildProcess, output: () => string, timeoutMs: number) {
	const started = Date.now();
	while (!ready()) {
		if (server.exitCode !== null) throw new Error(`The server exited before listening:\n${output()}`);
		if (Date.now() - started > timeoutMs) throw new Error(`The server did not start within ${timeoutMs / 1000} s:\n${output()}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

declare module 'vitest' {
	export interface ProvidedContext {
		e2e: { skip: boolean; baseUrl: string; passwords: Record<string, string>; dataDir: string };
	}
}
