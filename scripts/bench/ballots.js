#!/usr/bin/env node
/**
 * One voice per State under concurrency: 175 focal points (one per IOM Member State) and 50 more
 * focal points of 50 of those States cast the demo's open ballot at the same moment over HTTP
 * (PUT /api/v1/ballots/{id}/responses/{state}, each with its own API token). Afterwards, with the
 * server stopped, the database must hold exactly one response per State that voted, and the tally
 * the API returned must equal a recount from the raw responses. Concurrency, not speed, is what is
 * checked; the time is printed for information.
 *
 *   node scripts/bench/ballots.js [--db pglite|postgres]
 */
import crypto from 'node:crypto';
import { adminToken, benchDatabase, describeMachine, ms, openDirect, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const DUPLICATES = 50;

const hash = (token) => crypto.createHash('sha256').update(token).digest('hex');

/** The demo's open ballot, its proposals, and the Member States eligible for it. */
async function openBallot(url, token) {
	const { data } = await (await fetch(`${url}/api/v1/ballots`)).json();
	const ballot = data.find((b) => b.phase === 'open');
	const states = (await (await fetch(`${url}/api/v1/states?on=${ballot.eligibleOn}`)).json()).data.filter((s) => s.membership === 'member');
	const results = await fetch(`${url}/api/v1/ballots/${ballot.id}/results`, { headers: { authorization: `Bearer ${token}` } });
	return { ballot, states: states.map((s) => s.id), before: (await results.json()).responses };
}

/** One focal point account per voter, with its role and API token, written straight into the database (server stopped). */
async function focalPoints(query, voters, round) {
	const tokens = [];
	for (const [i, stateId] of voters.entries()) {
		const [{ id }] = await query(
			`insert into users (email, display_name, password_hash) values ($1, $2, 'bench: no password') returning id`,
			[`bench-fp-${round}-${i}@example.org`, `Bench focal point ${i} (${stateId})`]
		);
		await query(`insert into user_roles (user_id, role, state_id) values ($1, 'state-focal-point', $2)`, [id, stateId]);
		const token = `mdp_bench_${crypto.randomBytes(18).toString('base64url')}`;
		await query(`insert into api_tokens (user_id, token_hash, label) values ($1, $2, 'bench')`, [id, hash(token)]);
		tokens.push(token);
	}
	return tokens;
}

/** Every voter at once; the duplicates choose differently from the first focal point of their State. */
async function castAll(url, ballot, voters, tokens) {
	const [a, b, c] = ballot.proposalIds;
	const patterns = [[a, b], [b, c], [a, c], [a], [b], [c], []];
	const statuses = new Map();
	const started = performance.now();
	await Promise.all(
		voters.map(async (stateId, i) => {
			const res = await fetch(`${url}/api/v1/ballots/${ballot.id}/responses/${stateId}`, {
				method: 'PUT',
				headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' },
				body: JSON.stringify({ chosen: patterns[i % patterns.length] })
			});
			await res.arrayBuffer();
			statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
		})
	);
	return { seconds: (performance.now() - started) / 1000, statuses: Object.fromEntries(statuses) };
}

async function one(db, log) {
	const database = await benchDatabase(db, 'ballots');
	if (!database) {
		log(`${db}: not available, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	try {
		let server = await startServer(env);
		const token = adminToken(env);
		let setup;
		try {
			setup = await openBallot(server.url, token);
		} finally {
			await server.stop();
		}
		const voters = [...setup.states, ...setup.states.slice(0, DUPLICATES)];
		let direct = await openDirect(env);
		let tokens;
		try {
			tokens = await focalPoints(direct.query, voters, 0);
		} finally {
			await direct.close();
		}
		server = await startServer(env);
		let cast;
		let api;
		try {
			log(`${db}: ${voters.length} focal points of ${setup.states.length} States casting at once…`);
			cast = await castAll(server.url, setup.ballot, voters, tokens);
			api = await (
				await fetch(`${server.url}/api/v1/ballots/${setup.ballot.id}/results`, { headers: { authorization: `Bearer ${token}` } })
			).json();
		} finally {
			await server.stop();
		}
		direct = await openDirect(env);
		try {
			const [{ responses, states, duplicates }] = await direct.query(
				`select count(*)::int as responses, count(distinct state_id)::int as states,
				        (select count(*)::int from (select state_id from ballot_responses where ballot_id = $1 group by state_id having count(*) > 1) d) as duplicates
				 from ballot_responses where ballot_id = $1`,
				[setup.ballot.id]
			);
			// The recount: every mark of the ballot, counted here rather than by the platform's query.
			const marks = await direct.query(`select proposal_id, choice from ballot_marks where ballot_id = $1`, [setup.ballot.id]);
			const recount = new Map();
			for (const m of marks) if (m.choice === 'yes') recount.set(m.proposal_id, (recount.get(m.proposal_id) ?? 0) + 1);
			const tallyMatches = api.proposals.every((p) => p.yes === (recount.get(p.proposalId) ?? 0)) && api.responses === responses;
			return {
				db,
				voters: voters.length,
				eligible: setup.states.length,
				before: setup.before,
				...cast,
				responses,
				states,
				duplicates,
				tallyMatches,
				api
			};
		} finally {
			await direct.close();
		}
	} finally {
		await cleanup();
	}
}

export async function benchBallots({ log = (m) => console.error(`[bench] ${m}`), postgres = true } = {}) {
	const results = [];
	for (const db of dbs.filter((d) => postgres || d !== 'postgres')) {
		const r = await one(db, log);
		if (r) results.push(r);
	}
	return results;
}

export function ballotRows(results) {
	const yes = (ok) => (ok ? 'yes' : 'NO');
	const rows = [];
	for (const r of results) {
		const label = r.db === 'postgres' ? 'PostgreSQL' : 'PGlite';
		rows.push([`${label}: ballot, ${r.voters} focal points casting at once (time)`, ms(r.seconds * 1000), '–', '–']);
		rows.push([`${label}: ballot, HTTP answers`, JSON.stringify(r.statuses), `{"200":${r.voters}}`, yes(r.statuses[200] === r.voters)]);
		rows.push([
			`${label}: ballot, responses in the database / States / States with two`,
			`${r.responses} / ${r.states} / ${r.duplicates}`,
			`${r.eligible} / ${r.eligible} / 0`,
			yes(r.responses === r.eligible && r.states === r.eligible && r.duplicates === 0)
		]);
		rows.push([
			`${label}: ballot, API tally = recount of the raw responses`,
			r.tallyMatches ? 'equal' : 'DIFFERENT',
			'equal',
			yes(r.tallyMatches)
		]);
	}
	return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	console.log(table(['metric', 'measured', 'target', 'met?'], ballotRows(await benchBallots())));
}
