#!/usr/bin/env node
/**
 * Surveys at scale. Written straight into the benchmark database (server stopped, for PGlite's
 * one-process folder) on the demo's 2024 session: a survey of 10 questions (four Likert scales, a
 * single choice, a multiple choice, yes / no, a number, a short and a long text) with 100,000
 * responses of one answer per question (1,000,000 answers; BENCH_SURVEY_RESPONSES), and two more
 * for the exports, of 50,000 and 250,000 answers, their counts rebuilt by `surveys:recount`. Then the
 * server runs and:
 * - the results page (/surveys/{id}/results, SVG charts) and the JSON (/api/v1/surveys/{id}/results)
 *   are timed one request at a time, median of BENCH_SURVEY_REQUESTS (5) after a warm-up, and the
 *   JSON with a search of the open answers (a word of every answer, a phrase of one);
 * - the CSV and XLSX exports of 50,000 then 250,000 answers are downloaded as the secretariat, timed,
 *   with the server's peak resident memory (VmHWM of its process) read before and after each size:
 *   the peak should not grow with the number of answers.
 *
 *   node scripts/bench/surveys.js [--db pglite|postgres]
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { adminToken, benchDatabase, cli, describeMachine, median, ms, openDirect, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const RESPONSES = Number(process.env.BENCH_SURVEY_RESPONSES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_SURVEY_REQUESTS ?? 5);
const EXPORT_SMALL = 50_000;
const EXPORT_BIG = 250_000;
export const TARGET_MS = 500;
const HEAP_MB = Number(process.env.BENCH_SURVEY_HEAP_MB ?? 128);

const KINDS = ['likert', 'likert', 'likert', 'likert', 'single-choice', 'multiple-choice', 'yes-no', 'number', 'short-text', 'long-text'];

/** A public, anonymous survey of 10 questions with `responses` responses of one answer each. */
async function fillSurvey(query, eventId, title, responses) {
	const [{ id }] = await query(
		`insert into surveys (event_id, titles, audience, anonymous, opens_at, closes_at, results_visibility)
		 values ($1, jsonb_build_object('en', $2::text), 'registrants', true, now() - interval '30 days', now() - interval '1 day', 'public') returning id`,
		[eventId, title]
	);
	const [{ id: sectionId }] = await query(`insert into survey_sections (survey_id, titles) values ($1, '{"en":"Bench"}') returning id`, [
		id
	]);
	await query(
		`insert into survey_questions (survey_id, section_id, position, kind, titles)
		 select $1, $2, g, ($3::text[])[g], jsonb_build_object('en', 'Question ' || g) from generate_series(1, 10) g`,
		[id, sectionId, KINDS]
	);
	await query(
		`insert into survey_choices (question_id, labels, position)
		 select q.id, jsonb_build_object('en', 'Choice ' || c), c - 1 from survey_questions q cross join generate_series(1, 5) c
		 where q.survey_id = $1 and q.kind in ('likert', 'single-choice', 'multiple-choice')`,
		[id]
	);
	await query(
		`insert into survey_responses (survey_id, anonymous, submitted_on)
		 select $1, true, current_date - (g % 20) from generate_series(1, $2::int) g`,
		[id, responses]
	);
	await query(
		`with r as (select id, row_number() over () as n from survey_responses where survey_id = $1),
		      ch as (select question_id, array_agg(id order by position) as ids from survey_choices group by question_id)
		 insert into survey_answers (response_id, survey_id, question_id, choice_id, number, text)
		 select r.id, $1, q.id,
		   case when ch.ids is not null then ch.ids[1 + ((r.n * (q.position + 2)) % 5)::int] end,
		   case q.kind when 'yes-no' then (r.n % 3 > 0)::int when 'number' then r.n % 100 end,
		   case when q.kind in ('short-text', 'long-text') then 'Answer ' || r.n || ' to question ' || q.position || ' about regular pathways' end
		 from r cross join survey_questions q left join ch on ch.question_id = q.id
		 where q.survey_id = $1`,
		[id]
	);
	return id;
}

async function fill(query) {
	const [event] = await query(`select id from events where start_date = '2024-05-21' and kind = 'session' limit 1`);
	const results = await fillSurvey(query, event.id, 'Bench results', RESPONSES);
	const small = await fillSurvey(query, event.id, 'Bench export small', EXPORT_SMALL / 10);
	const big = await fillSurvey(query, event.id, 'Bench export big', EXPORT_BIG / 10);
	await query('analyze');
	const [{ answers }] = await query(`select count(*)::int as answers from survey_answers where survey_id = $1`, [results]);
	return { results, small, big, answers };
}

function serverPid(startPid) {
	return Number(
		execFileSync('ps', ['-o', 'pid=', '--ppid', String(startPid)], { encoding: 'utf8' })
			.trim()
			.split(/\s+/)[0]
	);
}
function peakRssMb(pid) {
	const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
	return line ? Number(line[1]) / 1024 : NaN;
}

/** Signs in through the form as the benchmark's admin; returns the session cookie. */
async function signIn(url) {
	const res = await fetch(`${url}/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: `http://localhost:${new URL(url).port}`, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: 'bench@example.org', password: 'bench-password-123456' })
	});
	const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
	if (!cookie) throw new Error(`sign-in answered ${res.status} without a session`);
	return cookie;
}

async function timed(url, headers = {}) {
	const t0 = performance.now();
	const res = await fetch(url, { headers });
	const body = Buffer.from(await res.arrayBuffer());
	if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.toString('utf8').slice(0, 300)}`);
	return { ms: performance.now() - t0, bytes: body.length, body };
}

async function one(db, log) {
	const database = await benchDatabase(db, 'surveys');
	if (!database) {
		log(`${db}: not available, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	try {
		log(`${db}: first start (migrations, demo data)…`);
		await (await startServer(env)).stop();
		log(`${db}: ${RESPONSES} responses × 10 questions, and the export surveys, with generate_series…`);
		const direct = await openDirect(env);
		let filled;
		try {
			filled = await fill(direct.query);
		} finally {
			await direct.close();
		}
		// The answers were written straight into the database: their counts (survey_tallies, kept by
		// each submission) are rebuilt from them by the platform's repair command.
		log(`${db}: counts rebuilt with surveys:recount…`);
		cli(env, 'surveys:recount');
		// A small JavaScript heap: an export that held its rows would run out of memory here, and V8
		// collects garbage before growing the heap, so the peak RSS shows what the export keeps.
		const server = await startServer(env, { nodeArgs: [`--max-old-space-size=${HEAP_MB}`] });
		try {
			adminToken(env); // creates the benchmark's admin account
			const cookie = await signIn(server.url);
			const pid = serverPid(server.pid);
			const memory = { atStart: peakRssMb(pid) };
			const exports = {};
			for (const [size, id] of [
				[EXPORT_SMALL, filled.small],
				[EXPORT_BIG, filled.big]
			]) {
				for (const format of ['csv', 'xlsx']) {
					log(`${db}: export of ${size} answers as ${format}…`);
					const r = await timed(`${server.url}/manage/surveys/${id}/responses.${format}`, { cookie });
					exports[`${format}-${size}`] = { ms: r.ms, bytes: r.bytes };
					memory[`${format}-${size}`] = peakRssMb(pid);
					log(`${db}: peak RSS ${memory[`${format}-${size}`].toFixed(0)} MB`);
				}
				memory[size] = peakRssMb(pid);
			}
			const page = [];
			const api = [];
			for (let i = 0; i < REQUESTS + 1; i++) {
				const p = await timed(`${server.url}/surveys/${filled.results}/results`);
				const j = await timed(`${server.url}/api/v1/surveys/${filled.results}/results`);
				if (i === 0 && JSON.parse(j.body.toString('utf8')).respondents !== RESPONSES) throw new Error('wrong respondent count');
				if (i > 0) {
					page.push(p.ms);
					api.push(j.ms);
				}
			}
			// A search of the open answers: one word of every answer (100,000 matches per question), and a
			// phrase of one answer.
			const searches = {};
			for (const [name, q] of [
				['every', 'pathways'],
				['one', 'Answer 4242 to']
			]) {
				const times = [];
				for (let i = 0; i < REQUESTS + 1; i++) {
					const r = await timed(`${server.url}/api/v1/surveys/${filled.results}/results?q=${encodeURIComponent(q)}`);
					if (i > 0) times.push(r.ms);
				}
				searches[name] = median(times);
			}
			log(`${db}: page median ${ms(median(page))}, JSON median ${ms(median(api))}, searched ${ms(searches.every)} / ${ms(searches.one)}`);
			return { db, answers: filled.answers, page: median(page), api: median(api), searches, exports, memory };
		} catch (error) {
			// A request that fails: what the server said (a crash is otherwise only "fetch failed").
			log(`${db}: the server's last output:\n${server.output().slice(-4000)}`);
			throw error;
		} finally {
			await server.stop();
		}
	} finally {
		await cleanup();
	}
}

export async function benchSurveys({ log = (m) => console.error(`[bench] ${m}`) } = {}) {
	const results = [];
	for (const db of dbs) {
		const r = await one(db, log);
		if (r) results.push(r);
	}
	return results;
}

export function surveyRows(results) {
	const yes = (ok) => (ok ? 'yes' : 'NO');
	const mb = (v) => `${v.toFixed(0)} MB`;
	return results.flatMap((r) => {
		const label = r.db === 'postgres' ? 'PostgreSQL' : 'PGlite';
		const n = (v) => v.toLocaleString('en');
		const flat = r.memory[EXPORT_BIG] - r.memory[EXPORT_SMALL] < 0.1 * r.memory[EXPORT_SMALL];
		return [
			[
				`${label}: results page, ${n(RESPONSES)} responses / ${n(r.answers)} answers (median of ${REQUESTS})`,
				ms(r.page),
				`≤ ${TARGET_MS} ms`,
				yes(r.page <= TARGET_MS)
			],
			[`${label}: results JSON, same survey`, ms(r.api), `≤ ${TARGET_MS} ms`, yes(r.api <= TARGET_MS)],
			[`${label}: results JSON, open answers searched, a word of every answer`, ms(r.searches.every), '–', '–'],
			[`${label}: results JSON, open answers searched, a phrase of one answer`, ms(r.searches.one), '–', '–'],
			...['csv', 'xlsx'].flatMap((f) => [
				[`${label}: export ${f.toUpperCase()} of ${n(EXPORT_SMALL)} answers`, ms(r.exports[`${f}-${EXPORT_SMALL}`].ms), '–', '–'],
				[`${label}: export ${f.toUpperCase()} of ${n(EXPORT_BIG)} answers`, ms(r.exports[`${f}-${EXPORT_BIG}`].ms), '–', '–']
			]),
			[
				`${label}: server peak RSS at start / after ${n(EXPORT_SMALL)} / after ${n(EXPORT_BIG)} answers exported`,
				`${mb(r.memory.atStart)} / ${mb(r.memory[EXPORT_SMALL])} / ${mb(r.memory[EXPORT_BIG])}`,
				'flat (< 10 % growth from 50k to 250k)',
				yes(flat)
			]
		];
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	console.log(table(['metric', 'measured', 'target', 'met?'], surveyRows(await benchSurveys())));
}
