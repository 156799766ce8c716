#!/usr/bin/env node
/**
 * `npm test` (also `npm run validate`): format and lint checks, the type check, then every Vitest project: unit, integration on PGlite (and on
 * PostgreSQL when TEST_DATABASE_URL is set) and the browser journeys. Ends with one plain line,
 * "N passed, N failed, N skipped", summed over all projects.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function run(command, args) {
	console.log(`\n$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

if (run('npx', ['svelte-kit', 'sync']) !== 0) process.exit(1);
const linted = run('npm', ['run', '-s', 'lint']);
const typed = run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
const checked = linted || typed;

if (!process.env.TEST_DATABASE_URL) {
	console.log('\nTEST_DATABASE_URL is not set: integration tests run on PGlite only.');
}
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-vitest-')), 'report.json');
const tested = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
	const result = JSON.parse(fs.readFileSync(report, 'utf8'));
	passed = result.numPassedTests;
	failed = result.numFailedTests;
	skipped = result.numPendingTests + result.numTodoTests;
	// A file that fails to load, or a failed global set-up, fails no single test: count it once.
	if (tested !== 0 && failed === 0) failed = Math.max(1, result.numFailedTestSuites ?? 0);
} catch {
	failed += 1; // no report means the run itself broke
}
if (checked !== 0) console.log('\nThe format, lint or type check found problems (see above).');
console.log(`\n${passed} passed, ${failed + (checked !== 0 ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(checked !== 0 || tested !== 0 || failed > 0 ? 1 : 0);
