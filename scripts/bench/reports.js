#!/usr/bin/env node
/**
 * Reports (issue 8), on the demo's published IDM 2024 key findings (seed 000 rebuilt: 14 sections,
 * about 100 items with their links, the annex with its charts and the survey's results):
 * - the PDF printed by headless Chromium from the report's page, on demand (PRINT_AHEAD=false): the
 *   first request in English (which starts Chromium), then a print in each other language with the
 *   browser running (fr, es, ar: each a fresh print, median), then the English one again (kept once
 *   printed), with size and pages;
 * - the PDF as a reader gets it from a server printing ahead (the default): how long the server's
 *   start-up pass took to print every language of the published reports, then each language as a
 *   reader asks for it (median);
 * - the report's page under 20 concurrent clients for BENCH_REPORT_SECONDS (10), p50 / p95, as
 *   served (the public page cache, decision 005, gzipped as browsers accept) and with PAGE_CACHE=false
 *   (every request rendered, sent as text).
 *
 *   node scripts/bench/reports.js [--db pglite|postgres]
 */
import { benchDatabase, describeMachine, load, median, ms, sleep, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const SECONDS = Number(process.env.BENCH_REPORT_SECONDS ?? 10);
const CLIENTS = 20;
const SLUG = 'idm-2024-first-session-key-findings';
export const PDF_TARGET_MS = 3000;
export const PAGE_P95_TARGET_MS = 50;

async function fetchPdf(url, lang = 'en') {
	const t0 = performance.now();
	const res = await fetch(url, { headers: { 'accept-language': lang } });
	const body = Buffer.from(await res.arrayBuffer());
	const took = performance.now() - t0;
	if (res.status !== 200 || body.subarray(0, 5).toString('latin1') !== '%PDF-')
		throw new Error(`${url} answered ${res.status}: ${body.toString('utf8').slice(0, 300)}`);
	// Page objects are written uncompressed by Chromium ("/Type /Page" but not "/Type /Pages").
	const pages = (body.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
	return { ms: took, bytes: body.length, pages };
}

async function one(db, log) {
	const database = await benchDatabase(db, 'reports');
	if (!database) {
		log(`${db}: not available, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	try {
		log(`${db}: first start (migrations, demo data with the published reports)…`);
		await (await startServer(env)).stop();
		const result = { db };
		for (const cached of [true, false]) {
			// Printing on demand (startServer's default): these measure one print, and the page without prints beside it.
			const server = await startServer({ ...env, PAGE_CACHE: cached ? 'true' : 'false' });
			try {
				const page = `${server.url}/reports/${SLUG}`;
				const check = await fetch(page);
				if (check.status !== 200) throw new Error(`${page} answered ${check.status}`);
				await check.arrayBuffer();
				if (cached) {
					log(`${db}: PDF, first request (starts Chromium)…`);
					result.pdfFirst = await fetchPdf(`${page}/report.pdf`);
					const prints = [];
					for (const lang of ['fr', 'es', 'ar']) prints.push({ lang, ...(await fetchPdf(`${page}/report.pdf`, lang)) });
					result.pdf = median(prints.map((p) => p.ms));
					result.pdfSizes = prints.map((p) => `${(p.bytes / 1024).toFixed(0)} KiB / ${p.pages} p (${p.lang})`);
					result.pdfKept = (await fetchPdf(`${page}/report.pdf`)).ms;
					log(
						`${db}: PDF first ${ms(result.pdfFirst.ms)}, printed warm ${ms(result.pdf)} (median of fr/es/ar), kept ${ms(result.pdfKept)}, ${(result.pdfFirst.bytes / 1024).toFixed(0)} KiB, ${result.pdfFirst.pages} pages`
					);
				}
				log(`${db}: report page, ${CLIENTS} clients for ${SECONDS} s (${cached ? 'page cache' : 'PAGE_CACHE=false'})…`);
				// As a browser asks: every browser accepts gzip, which the page cache sends (a page a fifth of its size).
				const r = await load(page, { connections: CLIENTS, duration: SECONDS, headers: { 'accept-encoding': 'gzip' } });
				if (r.non2xx || r.errors) throw new Error(`report page: ${r.non2xx} non-2xx, ${r.errors} errors`);
				result[cached ? 'cached' : 'uncached'] = r;
				log(`${db}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, ${r.rps.toFixed(0)} req/s, ${(r.bytesPerRequest / 1024).toFixed(0)} KiB a page`);
			} catch (error) {
				log(`${db}: the server's last output:\n${server.output().slice(-4000)}`);
				throw error;
			} finally {
				await server.stop();
			}
		}
		Object.assign(result, await printedAhead(env, log, db));
		return result;
	} finally {
		await cleanup();
	}
}

/** A server as deployed (printing ahead): how long its start-up pass printed, then each language as a reader asks. */
async function printedAhead(env, log, db) {
	const server = await startServer({ ...env, PRINT_AHEAD: 'true' });
	try {
		log(`${db}: printing ahead at start…`);
		const deadline = Date.now() + 240_000;
		let line;
		while (!(line = /Printed ahead (\d+) report PDF\(s\) in ([\d.]+) s\./.exec(server.output())) && Date.now() < deadline) await sleep(250);
		if (!line) throw new Error('the server did not say it had printed ahead within 4 minutes');
		const readers = [];
		for (const lang of ['en', 'fr', 'es', 'ar']) readers.push((await fetchPdf(`${server.url}/reports/${SLUG}/report.pdf`, lang)).ms);
		const ahead = { count: Number(line[1]), seconds: Number(line[2]), reader: median(readers), readerMax: Math.max(...readers) };
		log(
			`${db}: printed ahead ${ahead.count} PDFs in ${ahead.seconds} s; a reader then gets one in ${ms(ahead.reader)} (median, max ${ms(ahead.readerMax)})`
		);
		return { ahead };
	} catch (error) {
		log(`${db}: the server's last output:\n${server.output().slice(-4000)}`);
		throw error;
	} finally {
		await server.stop();
	}
}

export async function benchReports({ log = (m) => console.error(`[bench] ${m}`) } = {}) {
	const results = [];
	for (const db of dbs) {
		const r = await one(db, log);
		if (r) results.push(r);
	}
	return results;
}

export function reportRows(results) {
	const yes = (ok) => (ok ? 'yes' : 'NO');
	return results.flatMap((r) => {
		const label = r.db === 'postgres' ? 'PostgreSQL' : 'PGlite';
		return [
			[
				`${label}: PDF of the IDM 2024 report, first request (starts Chromium)`,
				ms(r.pdfFirst.ms),
				`≤ ${PDF_TARGET_MS} ms`,
				yes(r.pdfFirst.ms <= PDF_TARGET_MS)
			],
			[
				`${label}: PDF printed with Chromium running (median of fr, es, ar)`,
				ms(r.pdf),
				`≤ ${PDF_TARGET_MS} ms`,
				yes(r.pdf <= PDF_TARGET_MS)
			],
			[`${label}: PDF once printed (kept per version, language and follow-up)`, ms(r.pdfKept), '–', '–'],
			[
				`${label}: PDF as a reader gets it from a server printing ahead (median of en, fr, es, ar; max)`,
				`${ms(r.ahead.reader)} (max ${ms(r.ahead.readerMax)})`,
				`≤ ${PDF_TARGET_MS} ms`,
				yes(r.ahead.readerMax <= PDF_TARGET_MS)
			],
			[
				`${label}: printing ahead at start (every language of the published reports)`,
				`${r.ahead.count} PDFs in ${r.ahead.seconds} s`,
				'–',
				'–'
			],
			[`${label}: PDF size, pages (en)`, `${(r.pdfFirst.bytes / 1024).toFixed(0)} KiB, ${r.pdfFirst.pages} pages`, '–', '–'],
			[`${label}: PDF size, pages (other languages)`, r.pdfSizes.join('; '), '–', '–'],
			[
				`${label}: report page, ${CLIENTS} clients, p50 / p95 (page cache)`,
				`${ms(r.cached.p50)} / ${ms(r.cached.p95)}`,
				`p95 ≤ ${PAGE_P95_TARGET_MS} ms`,
				yes(r.cached.p95 <= PAGE_P95_TARGET_MS)
			],
			[
				`${label}: report page, ${CLIENTS} clients, p50 / p95 (PAGE_CACHE=false)`,
				`${ms(r.uncached.p50)} / ${ms(r.uncached.p95)}`,
				`p95 ≤ ${PAGE_P95_TARGET_MS} ms`,
				yes(r.uncached.p95 <= PAGE_P95_TARGET_MS)
			]
		];
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	console.log(table(['metric', 'measured', 'target', 'met?'], reportRows(await benchReports())));
}
