#!/usr/bin/env node
/**
 * Search of 50,000 practices (BENCH_PRACTICES) with facets, issue 7: DESIGN.md's target is
 * p95 ≤ 50 ms at 20 concurrent clients on PostgreSQL, ≥ 20× faster than an ILIKE scan.
 *
 * 1. The server starts once (migrations, demo data) and stops; the practices are written straight
 *    into the database with generate_series (PGlite's folder has one user): titles in English, half
 *    of them in French, a third in Spanish, a fifth in Arabic, summaries and descriptions drawn
 *    from a vocabulary of 30 theme words per language among filler words, tags spread over the
 *    reference lists. "Indexing time" is that insert: it computes the four generated search
 *    documents and maintains the GIN and trigram indexes.
 * 2. The server starts again and 20 clients send the QUERIES below to GET /api/v1/practices (the
 *    app's own search: text match in four languages or a close title, facet counts, a ranked page
 *    with snippets) for BENCH_SECONDS (10): p50 and p95 of the response times.
 * 3. In the same run, each query's text match as a naive ILIKE scan over the same texts (every word
 *    `ilike '%word%'` on titles, summaries and descriptions, the same filters and the same facet
 *    counts) against the indexed match, one at a time, median of BENCH_SQL_RUNS (5): the ratio is
 *    what the indexes buy. (On PGlite with the server stopped; on PostgreSQL through a direct connection.)
 *
 *   node scripts/bench/practices.js [--db pglite|postgres]
 */
import { benchDatabase, describeMachine, median, ms, openDirect, startServer, table } from './lib.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dbs = opt('--db', null) ? [opt('--db')] : ['pglite', 'postgres'];
const COUNT = Number(process.env.BENCH_PRACTICES ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 20;
const SQL_RUNS = Number(process.env.BENCH_SQL_RUNS ?? 5);
export const TARGET_P95_MS = 50;
export const TARGET_RATIO = 20;

/** The searches people make: words in each language, a phrase, a typo, words with facets, facets alone. */
export const QUERIES = [
	{ q: 'orientation', filters: {} },
	{ q: 'remittances diaspora', filters: {} },
	{ q: 'travailleurs intégration', filters: {} },
	{ q: 'remesas familia', filters: {} },
	{ q: 'التحويلات', filters: {} },
	{ q: '"labour mobility"', filters: {} },
	{ q: 'reintegration', filters: { gcm: ['21'] } },
	{ q: 'youth skills', filters: { region: ['EEA'], target: ['youth'] } },
	{ q: 'refugee', filters: { gcm: ['5'], language: ['es'] } },
	{ q: '', filters: { gcm: ['3'], country: ['CAN'] } }
];

const EN =
	'migrant workers orientation remittances integration labour mobility pathways refugee diaspora skills recognition border health education return reintegration youth women digital visa family reunification protection trafficking data employment entrepreneurs housing language'.split(
		' '
	);
const FR =
	'travailleurs migrants orientation transferts intégration travail mobilité voies réfugiés diaspora compétences reconnaissance frontières santé éducation retour réintégration jeunes femmes numérique visa famille regroupement protection traite données emploi entrepreneurs logement langue'.split(
		' '
	);
const ES =
	'trabajadores migrantes orientación remesas integración trabajo movilidad vías refugiados diáspora competencias reconocimiento fronteras salud educación retorno reintegración jóvenes mujeres digital visado familia reunificación protección trata datos empleo emprendedores vivienda idioma'.split(
		' '
	);
const AR =
	'العمال المهاجرين التوجيه التحويلات الإدماج العمل التنقل المسارات اللاجئين المغتربين المهارات الاعتراف الحدود الصحة التعليم العودة الإدماج الشباب النساء الرقمي التأشيرة الأسرة لم الحماية الاتجار البيانات التوظيف رواد السكن اللغة'.split(
		' '
	);
const REGIONS = ['WCA', 'EHA', 'SAF', 'MENA', 'AP', 'EEA', 'SEEECA', 'AME'];
const STAGES = ['pre-migration', 'admission', 'stay', 'exit', 'return', 'reintegration', 'onward-migration'];
const AREAS = ['migration-and-development', 'facilitating-migration', 'regulating-migration', 'forced-migration', 'cross-cutting'];
const TARGETS = [
	'youth',
	'women',
	'children',
	'families',
	'diaspora',
	'refugees-displaced',
	'low-skilled-workers',
	'skilled-workers',
	'students',
	'entrepreneurs',
	'migrant-workers',
	'victims-of-trafficking',
	'local-communities'
];
const ORG_TYPES = [
	'national-government',
	'iom',
	'un-entity',
	'intergovernmental',
	'civil-society',
	'private-sector',
	'academia-research',
	'local-authority',
	'diaspora'
];

const lit = (words) => `array[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`;

/**
 * A text of `n` words for practice g in one language: one word in sixty from the 30 theme words,
 * the others filler (`w123`, 3,000 of them), so a document holds one or two theme words and a given one is in about 5% of the documents.
 */
const text = (vocab, n, salt) =>
	`array_to_string(array(select case when (g * 7 + i * 13 + ${salt}) % 60 = 0 then (${vocab})[1 + (g * 31 + i * 17 + ${salt} * 7 + (g / 97) * i) % 30] else 'w' || ((g * 131 + i * 71 + ${salt}) % 3000) end from generate_series(1, ${n}) i), ' ')`;

function localized(g, n, salt) {
	const parts = [
		`'en', ${text(lit(EN), n, salt)}`,
		`'fr', case when g % 2 = 0 then ${text(lit(FR), n, salt + 1)} end`,
		`'es', case when g % 3 = 0 then ${text(lit(ES), n, salt + 2)} end`,
		`'ar', case when g % 5 = 0 then ${text(lit(AR), n, salt + 3)} end`
	];
	return `jsonb_strip_nulls(jsonb_build_object(${parts.join(', ')}))`;
}

export async function fill(query) {
	const t0 = performance.now();
	await query(
		`with st as (select array_agg(id order by id) as ids from states)
		insert into practices (slug, titles, summaries, descriptions, scope, status, period_start, implementing_states, organisation_types,
			countries, regions, stages, gcm_objectives, principles, areas, target_groups, publication_status, published_at)
		select 'bench-' || g, ${localized('g', 5, 1)}, ${localized('g', 25, 11)}, ${localized('g', 60, 21)},
			(array['global','regional','national','local'])[1 + g % 4], (array['ongoing','mostly-completed','completed'])[1 + g % 3],
			2000 + g % 25,
			array[st.ids[1 + g % array_length(st.ids, 1)]],
			array[(${lit(ORG_TYPES)})[1 + g % ${ORG_TYPES.length}]],
			array[st.ids[1 + g % array_length(st.ids, 1)], st.ids[1 + (g * 7) % array_length(st.ids, 1)]],
			array[(${lit(REGIONS)})[1 + g % ${REGIONS.length}]],
			array[(${lit(STAGES)})[1 + g % 7], (${lit(STAGES)})[1 + (g / 7) % 7]],
			array[1 + g % 23, 1 + (g * 7 + 3) % 23],
			array[(array['a','b','c','d','e','f','g','h','i','j'])[1 + g % 10]],
			array[(${lit(AREAS)})[1 + g % 5]],
			array[(${lit(TARGETS)})[1 + g % ${TARGETS.length}], (${lit(TARGETS)})[1 + (g * 5) % ${TARGETS.length}]],
			'published', now()
		from generate_series(1, $1::int) g, st`,
		[COUNT]
	);
	const insertMs = performance.now() - t0;
	await query('analyze practices');
	const [{ n }] = await query(`select count(*)::int as n from practices`);
	return { practices: n, insertMs };
}

const FACET_COLUMNS = {
	gcm: 'gcm_objectives',
	principle: 'principles',
	stage: 'stages',
	region: 'regions',
	country: 'countries',
	area: 'areas',
	target: 'target_groups',
	orgType: 'organisation_types',
	language: 'languages'
};

function filterSql(filters, params) {
	return Object.entries(filters).map(([facet, values]) => {
		params.push(values.map(String));
		return facet === 'gcm' ? `p.gcm_objectives @> $${params.length}::int[]` : `p.${FACET_COLUMNS[facet]} @> $${params.length}::text[]`;
	});
}

/**
 * The app's text match (src/lib/server/practices/search.ts, copied; its typo fallback on titles runs
 * only when no practice holds the words) with its facet counts, or the naive ILIKE scan with the same counts.
 */
function statement(search, kind) {
	const params = [];
	const where = [`p.publication_status = 'published'`];
	if (search.q) {
		if (kind === 'index') {
			params.push(search.q);
			where.push(`(p.search_en @@ websearch_to_tsquery('english', $1) or p.search_fr @@ websearch_to_tsquery('french', $1)
				or p.search_es @@ websearch_to_tsquery('spanish', $1) or p.search_ar @@ websearch_to_tsquery('simple', $1))`);
		} else {
			const words = search.q.replace(/"/g, '').split(/\s+/).filter(Boolean);
			params.push(words.map((w) => `%${w}%`));
			where.push(`(p.titles::text || ' ' || p.summaries::text || ' ' || coalesce(p.descriptions::text, '')) ilike all ($1::text[])`);
		}
	}
	where.push(...filterSql(search.filters, params));
	const facets = Object.entries(FACET_COLUMNS)
		.map(
			([facet, column]) =>
				`select '${facet}' as facet, value, count(*)::int from (select unnest(${column})::text as value from matched) v group by value`
		)
		.join(' union all ');
	return {
		sql: `with matched as (select gcm_objectives, principles, stages, regions, countries, areas, target_groups, organisation_types, languages, period_start from practices p where ${where.join(' and ')})
			${facets} union all select 'year', period_start::text, count(*)::int from matched group by 2
			union all select 'total', null, count(*)::int from matched`,
		params
	};
}

async function timeStatements(query) {
	const rows = [];
	for (const search of QUERIES) {
		const times = { index: [], ilike: [] };
		let totals = {};
		for (const kind of ['index', 'ilike']) {
			const { sql, params } = statement(search, kind);
			for (let i = 0; i < SQL_RUNS + 1; i++) {
				const t0 = performance.now();
				const result = await query(sql, params);
				if (i > 0) times[kind].push(performance.now() - t0);
				totals[kind] = result.find((r) => r.facet === 'total').count;
			}
		}
		rows.push({ search, index: median(times.index), ilike: median(times.ilike), matches: totals.index, ilikeMatches: totals.ilike });
	}
	return rows;
}

const address = (search) => {
	const p = new URLSearchParams();
	if (search.q) p.set('q', search.q);
	for (const [facet, values] of Object.entries(search.filters)) for (const v of values) p.append(facet, v);
	return `/api/v1/practices?${p}`;
};

/** CLIENTS loops, each sending the QUERIES in turn (starting at its own), for SECONDS: every response time kept. */
async function concurrent(baseUrl) {
	const times = [];
	let errors = 0;
	const until = performance.now() + SECONDS * 1000;
	const urls = QUERIES.map((s) => `${baseUrl}${address(s)}`);
	await Promise.all(
		Array.from({ length: CLIENTS }, async (_, client) => {
			for (let i = client; performance.now() < until; i++) {
				const t0 = performance.now();
				const res = await fetch(urls[i % urls.length]);
				await res.arrayBuffer();
				if (res.status !== 200) errors++;
				times.push(performance.now() - t0);
			}
		})
	);
	times.sort((a, b) => a - b);
	const at = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
	return { requests: times.length, p50: at(50), p95: at(95), errors, rps: times.length / SECONDS };
}

async function one(db, log) {
	const database = await benchDatabase(db, 'practices');
	if (!database) {
		log(`${db}: not available, skipped`);
		return null;
	}
	const { env, cleanup } = database;
	try {
		log(`${db}: first start (migrations, demo data)…`);
		await (await startServer(env)).stop();
		log(`${db}: ${COUNT} practices with generate_series…`);
		let direct = await openDirect(env);
		let filled;
		let statements;
		try {
			filled = await fill(direct.query);
			log(`${db}: ${filled.practices} practices written and indexed in ${ms(filled.insertMs)}`);
			if (db === 'pglite') {
				log(`${db}: the same queries as SQL, indexed and ILIKE…`);
				statements = await timeStatements(direct.query);
			}
		} finally {
			await direct.close();
		}
		const server = await startServer(env);
		try {
			const warm = await fetch(`${server.url}${address(QUERIES[0])}`);
			if (warm.status !== 200) throw new Error(`search answered ${warm.status}: ${await warm.text()}`);
			for (const s of QUERIES) await (await fetch(`${server.url}${address(s)}`)).arrayBuffer();
			log(`${db}: ${CLIENTS} clients for ${SECONDS} s…`);
			const http = await concurrent(server.url);
			log(`${db}: p50 ${ms(http.p50)}, p95 ${ms(http.p95)}, ${http.requests} requests, ${http.errors} errors`);
			if (db === 'postgres') {
				direct = await openDirect(env);
				try {
					log(`${db}: the same queries as SQL, indexed and ILIKE…`);
					statements = await timeStatements(direct.query);
				} finally {
					await direct.close();
				}
			}
			return { db, ...filled, http, statements };
		} finally {
			await server.stop();
		}
	} finally {
		await cleanup();
	}
}

export async function benchPractices({ log = (m) => console.error(`[bench] ${m}`), postgres = true } = {}) {
	const results = [];
	for (const db of dbs.filter((d) => postgres || d !== 'postgres')) {
		const r = await one(db, log);
		if (r) results.push(r);
	}
	return results;
}

export function practicesRows(results) {
	const yes = (ok) => (ok ? 'yes' : 'NO');
	return results.flatMap((r) => {
		const label = r.db === 'postgres' ? 'PostgreSQL' : 'PGlite';
		const total = (kind) => r.statements.reduce((s, x) => s + x[kind], 0);
		const ratio = total('ilike') / total('index');
		return [
			[
				`${label}: ${r.practices.toLocaleString('en')} practices written and indexed (4 search documents, GIN + trigram)`,
				ms(r.insertMs),
				'–',
				'–'
			],
			[
				`${label}: search with facets, ${CLIENTS} clients, p50 / p95 (${r.http.requests} requests, ${r.http.errors} errors)`,
				`${ms(r.http.p50)} / ${ms(r.http.p95)}`,
				r.db === 'postgres' ? `p95 ≤ ${TARGET_P95_MS} ms` : '–',
				r.db === 'postgres' ? yes(r.http.p95 <= TARGET_P95_MS && r.http.errors === 0) : '–'
			],
			[
				`${label}: the ${QUERIES.length} queries' match + facets as SQL, indexed vs ILIKE scan (sum of medians)`,
				`${ms(total('index'))} vs ${ms(total('ilike'))} (${ratio.toFixed(1)}×)`,
				`≥ ${TARGET_RATIO}×`,
				yes(ratio >= TARGET_RATIO)
			]
		];
	});
}

export function printPractices(results) {
	console.log(table(['metric', 'measured', 'target', 'met?'], practicesRows(results)));
	for (const r of results) {
		console.log(`\n${r.db}: per query (median of ${SQL_RUNS}), matches indexed / ILIKE`);
		console.log(
			table(
				['query', 'indexed', 'ILIKE', 'ratio', 'matches'],
				r.statements.map((s) => [
					address(s.search).replace('/api/v1/practices?', ''),
					ms(s.index),
					ms(s.ilike),
					`${(s.ilike / s.index).toFixed(1)}×`,
					`${s.matches} / ${s.ilikeMatches}`
				])
			)
		);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(`Machine: ${describeMachine()}`);
	printPractices(await benchPractices());
}
