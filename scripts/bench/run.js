#!/usr/bin/env node
/**
 * `npm run bench`: start-up, the public event page (beside the constant route) and the statistics
 * of a 100,000-registration event, on PGlite and PostgreSQL, then one table: metric | measured |
 * target | met?
 *
 * Options: `--json FILE` also writes every figure as JSON; `--no-postgres` measures PGlite only;
 * `--cache-only` skips the PAGE_CACHE=false measurements; `--no-statistics` skips the statistics; `--no-ballots`
 * skips the ballot cast by every Member State at once (ballots.js). Environment: BENCH_RUNS (3),
 * BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (3), BENCH_STARTUP_RUNS (5), BENCH_PG_URL.
 */
import fs from 'node:fs';
import { describeMachine, machine, ms, table } from './lib.js';
import { benchStartup, printStartup } from './startup.js';
import { benchEventPage, printEventPage, TARGETS } from './event-page.js';
import { benchStatistics, printStatistics, statisticsRows } from './statistics.js';
import { benchImport, printImport, TARGET_SECONDS } from './import.js';
import { ballotRows, benchBallots } from './ballots.js';

const args = process.argv.slice(2);
const jsonFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const postgres = !args.includes('--no-postgres');
const withoutCache = !args.includes('--cache-only');
const withStatistics = !args.includes('--no-statistics');
const withBallots = !args.includes('--no-ballots');
const log = (m) => console.error(`[bench] ${m}`);

console.log(`Machine: ${describeMachine()}`);
const startedAt = new Date().toISOString();
log('start-up…');
const startup = await benchStartup({ postgres });
printStartup(startup);
console.log('');
const pages = await benchEventPage({ withoutCache, postgres, log });
printEventPage(pages);
let statistics = [];
if (withStatistics) {
	console.log('');
	log('statistics of a large event…');
	statistics = await benchStatistics({ postgres, log });
	printStatistics(statistics);
}

log('import of registrants…');
const imports = [];
for (const db of postgres ? ['pglite', 'postgres'] : ['pglite']) imports.push(await benchImport(db, log));
console.log('');
printImport(imports);

let ballots = [];
if (withBallots) {
	log('ballot cast by every Member State at once…');
	ballots = await benchBallots({ postgres, log });
	console.log('');
	console.log(table(['metric', 'measured', 'target', 'met?'], ballotRows(ballots)));
}

const yes = (ok) => (ok ? 'yes' : 'NO');
const rows = [];
for (const [label, r] of [
	['PGlite', startup.pglite],
	['PostgreSQL', startup.postgres]
])
	if (r) rows.push([`start-up to first page, ${label} (median of ${r.runs.length})`, ms(r.median), 'none set', '–']);
for (const r of pages) {
	const t = TARGETS[r.db];
	const asServed = !r.label.includes('no page cache');
	rows.push([`${r.label}: constant route req/s`, r.constantRps.toFixed(0), '–', '–']);
	rows.push([`${r.label}: event page req/s`, r.eventRps.toFixed(0), '–', '–']);
	rows.push([
		`${r.label}: event page / constant route`,
		r.ratio.toFixed(3),
		`≥ ${t.ratio.toFixed(2)}`,
		asServed ? yes(r.ratio >= t.ratio) : `(${yes(r.ratio >= t.ratio)})`
	]);
	rows.push([`${r.label}: event page p50 / p99`, `${ms(r.p50)} / ${ms(r.p99)}`, '–', '–']);
	rows.push([`${r.label}: event page p95`, ms(r.p95), `≤ ${t.p95} ms`, asServed ? yes(r.p95 <= t.p95) : `(${yes(r.p95 <= t.p95)})`]);
	rows.push([`${r.label}: non-2xx / errors`, `${r.non2xx} / ${r.errors}`, '0 / 0', yes(r.non2xx === 0 && r.errors === 0)]);
}
rows.push(...statisticsRows(statistics));
for (const r of imports.filter(Boolean))
	rows.push([
		`import of ${r.rows} registrants, ${r.db === 'pglite' ? 'PGlite' : 'PostgreSQL'} (peak RSS ${r.afterBig.toFixed(0)} MB)`,
		`${r.commit.toFixed(1)} s`,
		`≤ ${TARGET_SECONDS} s`,
		yes(r.commit <= TARGET_SECONDS)
	]);
rows.push(...ballotRows(ballots));
console.log('\n' + table(['metric', 'measured', 'target', 'met?'], rows));
console.log('\n(Targets are judged on the server as served; figures in parentheses are the no-page-cache render cost, for information.)');

if (jsonFile) {
	fs.writeFileSync(jsonFile, JSON.stringify({ startedAt, machine: machine(), startup, pages, statistics, imports, ballots }, null, '\t'));
	log(`figures written to ${jsonFile}`);
}
