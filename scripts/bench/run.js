#!/usr/bin/env node
/** `npm run bench`: every benchmark of the foundation, with the DESIGN.md targets beside the figures. */
import { benchStartup } from './startup.js';
import { benchEventPage, printEventPage } from './event-page.js';
import { machine } from './lib.js';

console.log(`Machine: ${machine()}`);
const startup = await benchStartup();
const pages = await benchEventPage();
printEventPage(pages);
const byLabel = Object.fromEntries(pages.map((p) => [p.label, p]));
const rows = [
	['start-up to first page, PGlite (existing folder)', `${startup.pglite.toFixed(0)} ms`, 'none set', '–'],
	['start-up to first page, PostgreSQL', `${startup.postgres.toFixed(0)} ms`, 'none set', '–'],
	['event page / constant route, PostgreSQL', byLabel.PostgreSQL.ratio.toFixed(2), '≥ 0.30', byLabel.PostgreSQL.ratio >= 0.3],
	['event page p95, PostgreSQL', `${byLabel.PostgreSQL.p95} ms`, '≤ 50 ms', byLabel.PostgreSQL.p95 <= 50],
	['event page / constant route, PGlite', byLabel.PGlite.ratio.toFixed(2), '≥ 0.20', byLabel.PGlite.ratio >= 0.2],
	['event page p95, PGlite', `${byLabel.PGlite.p95} ms`, '≤ 50 ms', byLabel.PGlite.p95 <= 50]
];
console.log('\n| metric | measured | target | met? |\n|---|---|---|---|');
for (const [metric, value, target, met] of rows)
	console.log(`| ${metric} | ${value} | ${target} | ${met === true ? 'yes' : met === false ? 'NO' : met} |`);
