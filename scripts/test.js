#!/usr/bin/env node
/**
 * `npm test` (also `npm run validate`): format and lint checks, the type check, then every Vitest project: unit, integration on
 * PGlite (and on PostgreSQL when TEST_DATABASE_URL is set) and the browser journeys. Ends with one plain line,
 * "N passed, N failed, N skipped", summed over all projects.
 *
 * Two streams run side by side, each line of their output prefixed with its name:
 * - "checks": format, lint, types, then the unit and integration tests;
 * - "e2e": the browser journeys (their set-up builds and starts the platform).
 * Vitest gives a machine of two cores one worker, and runs the journeys (one file after another,
 * against one server) only after every other file: one after another, the two take twice as long
 * as side by side, where the journeys' server and browser use the core the other tests leave.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-vitest-'));

/** Runs a command, each line of its output prefixed; resolves with its exit status. */
function run(name, command, args) {
	console.log(`[${name}] $ ${command} ${args.join(' ')}`);
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
		for (const stream of [child.stdout, child.stderr]) {
			let rest = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk) => {
				const lines = (rest + chunk).split('\n');
				rest = lines.pop();
				for (const line of lines) console.log(`[${name}] ${line}`);
			});
			stream.on('end', () => rest && console.log(`[${name}] ${rest}`));
		}
		child.on('error', (error) => {
			console.log(`[${name}] ${error.message}`);
			resolve(1);
		});
		child.on('close', (code) => resolve(code ?? 1));
	});
}

/** One Vitest run of some projects, with a JSON report to count from. */
async function vitest(name, projects) {
	const report = path.join(dir, `${name}.json`);
	const args = [
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`
	];
	const status = await run(name, 'npx', args);
	let counts = { passed: 0, failed: 0, skipped: 0 };
	try {
		const result = JSON.parse(fs.readFileSync(report, 'utf8'));
		counts = { passed: result.numPassedTests, failed: result.numFailedTests, skipped: result.numPendingTests + result.numTodoTests };
		// A file that fails to load, or a failed global set-up, fails no single test: count it once.
		if (status !== 0 && counts.failed === 0) counts.failed = Math.max(1, result.numFailedTestSuites ?? 0);
	} catch {
		counts.failed += 1; // no report means the run itself broke
	}
	return { status, ...counts };
}

if ((await run('sync', 'npx', ['svelte-kit', 'sync'])) !== 0) process.exit(1);
if (!process.env.TEST_DATABASE_URL) {
	console.log('\nTEST_DATABASE_URL is not set: integration tests run on PGlite only.');
}

const started = Date.now();
const [checks, journeys] = await Promise.all([
	(async () => {
		const linted = await run('checks', 'npm', ['run', '-s', 'lint']);
		const typed = await run('checks', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
		// On PGlite (the default database) and, with TEST_DATABASE_URL, on PostgreSQL too.
		const projects = ['unit', 'integration-pglite', ...(process.env.TEST_DATABASE_URL ? ['integration-postgres'] : [])];
		return { checked: linted || typed, tests: await vitest('checks', projects) };
	})(),
	vitest('e2e', ['e2e'])
]);

const results = [checks.tests, journeys];
const sum = (key) => results.reduce((total, r) => total + r[key], 0);
const failed = sum('failed') + (checks.checked !== 0 ? 1 : 0);
if (checks.checked !== 0) console.log('\nThe format, lint or type check found problems (see the [checks] lines above).');
console.log(
	`\nunit and integration: ${checks.tests.passed} passed, ${checks.tests.failed} failed; browser journeys: ${journeys.passed} passed, ${journeys.failed} failed (${Math.round((Date.now() - started) / 1000)} s)`
);
console.log(`\n${sum('passed')} passed, ${failed} failed, ${sum('skipped')} skipped`);
process.exit(checks.checked !== 0 || results.some((r) => r.status !== 0) || failed > 0 ? 1 : 0);
