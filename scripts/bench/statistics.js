#!/usr/bin/env node
/**
 * Statistics of a large event: 100,000 registrations (BENCH_STAT_REGISTRATIONS) and two
 * attendance records each (200,000) are written straight into the benchmark database with
 * generate_series (the server stopped, for PGlite's one-process folder), on the demo's upcoming
 * session; then the server is started again and GET /api/v1/events/{id}/statistics is timed, one
 * request at a time: the median of BENCH_STAT_REQUESTS (9) after 2 warm-up requests.
 *
 *   node scripts/bench/statistics.js [--db pglite|postgres]
 */
import { benchDatabase, openDirect, describeMachine, median, ms, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const COUNT = Number(process.env.BENCH_STAT_REGISTRATIONS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_STAT_REQUESTS ?? 9);
export const TARGET_MS = 250;

/**
 * COUNT registrations on the demo's upcoming session, spread like a session's: about half
 * government (over every State, with the membership of the State's first listed status), a few
 * IOM, a third partners (over every organisation, with its type), some media and others; one in
 * ten waitlisted or withdrawn. Each gets an in-room and an online record on the event's first day.
 */
export async function fill(query) {
	const [event] = await query(
		`select e.id, e.start_date::text as day, f.id as form_id from events e join registration_forms f on f.event_id = e.id
		 where e.titles->>'en' like '%(demonstration)%' order by f.version desc limit 1`
	);
	await query(
		`with s as (
			select st.id, row_number() over (order by st.id) - 1 as n,
				coalesce((select m.status from state_memberships m where m.state_id = st.id order by m.valid_from desc nulls last limit 1), 'non-member') as membership
			from states st
		), o as (select id, type, row_number() over (order by id) - 1 as n from organisations where merged_into_id is null)
		insert into registrations (event_id, number, form_id, given_name, family_name, email, gender, category, state_id, membership,
			organisation_id, organisation_type, status, mode, consented_at, check_in_token)
		select $1, 1000000 + g, $2, 'Bench', 'Participant ' || g, 'stat-bench-' || g || '@example.org',
			(array['female','male','other','undisclosed'])[1 + g % 4],
			c.category,
			case when c.category = 'government' then s.id end,
			case when c.category = 'government' then s.membership end,
			case when c.category = 'partner' then o.id end,
			case when c.category = 'partner' then o.type end,
			case g % 20 when 0 then 'withdrawn' when 1 then 'waitlisted' else 'approved' end,
			case g % 3 when 0 then 'online' when 1 then 'both' else 'in-room' end,
			now(), 'stat-bench-' || g
		from generate_series(1, $3::int) g
		cross join lateral (select case when g % 100 < 53 then 'government' when g % 100 < 59 then 'iom'
			when g % 100 < 97 then 'partner' when g % 100 < 99 then 'media' else 'other' end as category) c
		join s on s.n = g % (select count(*) from s)
		join o on o.n = g % (select count(*) from o)`,
		[event.id, event.form_id, COUNT]
	);
	await query(
		`insert into attendance (event_id, registration_id, day, mode, source, recorded_by)
		 select r.event_id, r.id, $2::date, m.mode, 'manual', 'benchmark'
		 from registrations r cross join (values ('in-room'), ('online')) m(mode)
		 where r.event_id = $1 and r.check_in_token like 'stat-bench-%'`,
		[event.id, event.day]
	);
	await query('analyze');
	const [{ registrations }] = await query(`select count(*)::int as registrations from registrations where event_id = $1`, [event.id]);
	const [{ records }] = await query(`select count(*)::int as records from attendance where event_id = $1`, [event.id]);
	return { eventId: event.id, registrations, records };
}

async function one(db, log) {
	const database = await benchDatabase(db, 'statistics');
	if (!database) {
		log(`${db}: not available, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	try {
		log(`${db}: first start (migrations, demo data)…`);
		await (await startServer(env)).stop();
		log(`${db}: ${COUNT} registrations and ${2 * COUNT} attendance records with generate_series…`);
		const direct = await openDirect(env);
		let filled;
		try {
			filled = await fill(direct.query);
		} finally {
			await direct.close();
		}
		const server = await startServer(env);
		try {
			const url = `${server.url}/api/v1/events/${filled.eventId}/statistics`;
			const times = [];
			let body;
			for (let i = 0; i < REQUESTS + 2; i++) {
				const t0 = performance.now();
				const res = await fetch(url);
				body = await res.json();
				if (res.status !== 200) throw new Error(`statistics answered ${res.status}: ${JSON.stringify(body)}`);
				if (i >= 2) times.push(performance.now() - t0);
			}
			log(`${db}: median ${ms(median(times))} over ${times.length} requests`);
			return { db, ...filled, approved: body.registrations.total, median: median(times), min: Math.min(...times), max: Math.max(...times) };
		} finally {
			await server.stop();
		}
	} finally {
		await cleanup();
	}
}

export async function benchStatistics({ log = (m) => console.error(`[bench] ${m}`), postgres = true } = {}) {
	const results = [];
	for (const db of dbs.filter((d) => postgres || d !== 'postgres')) {
		const r = await one(db, log);
		if (r) results.push(r);
	}
	return results;
}

export function statisticsRows(results) {
	const yes = (ok) => (ok ? 'yes' : 'NO');
	return results.flatMap((r) => {
		const label = r.db === 'postgres' ? 'PostgreSQL' : 'PGlite';
		return [
			[
				`${label}: statistics JSON, ${r.registrations.toLocaleString('en')} registrations / ${r.records.toLocaleString('en')} attendance records (median of ${REQUESTS})`,
				ms(r.median),
				`≤ ${TARGET_MS} ms`,
				yes(r.median <= TARGET_MS)
			],
			[`${label}: statistics JSON, fastest / slowest`, `${ms(r.min)} / ${ms(r.max)}`, '–', '–']
		];
	});
}

export function printStatistics(results) {
	console.log(table(['metric', 'measured', 'target', 'met?'], statisticsRows(results)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	printStatistics(await benchStatistics());
}
