/**
 * Loaded into the server by scripts/bench/profile.js (NODE_OPTIONS=--import). Counts, per request
 * path, the requests, the database queries they made and the time spent waiting for them
 * (pg.Client#query and PGlite#query/exec, transactions included, from call to answer, queueing included), and the time from
 * the request to the end of its response. On SIGUSR2 it writes the counters (since the last dump)
 * to $BENCH_PROFILE_OUT as JSON. Nothing of this is used outside the benchmarks.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import http from 'node:http';

const isServer = /build[/\\]index\.js$/.test(process.argv[1] ?? '');
const out = process.env.BENCH_PROFILE_OUT;

if (isServer && out) {
	const als = new AsyncLocalStorage();
	let byPath = new Map();
	// Peaks of the process's memory since the last dump, sampled every 100 ms (an import should keep
	// them flat in the number of rows): resident, V8 heap used, and memory outside the heap.
	const peaks = () => ({ rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 });
	let memory = peaks();
	/** Resident and heap-used MB each second, to tell a plateau from a growth. */
	let timeline = [];
	let tick = 0;
	setInterval(() => {
		const m = process.memoryUsage();
		for (const k of Object.keys(memory)) memory[k] = Math.max(memory[k], m[k]);
		if (++tick % 10 === 0) timeline.push([Math.round(m.rss / 2 ** 20), Math.round(m.heapUsed / 2 ** 20)]);
	}, 100).unref();
	const stats = (p) => {
		let s = byPath.get(p);
		if (!s) byPath.set(p, (s = { requests: 0, queries: 0, dbMs: 0, requestMs: 0, sql: {}, sqlMs: {} }));
		return s;
	};
	const normalise = (url) => (url ?? '').split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id');

	const emit = http.Server.prototype.emit;
	http.Server.prototype.emit = function (event, req, res) {
		if (event !== 'request') return emit.apply(this, arguments);
		const s = stats(normalise(req.url));
		const started = performance.now();
		res.once('finish', () => {
			s.requests++;
			s.requestMs += performance.now() - started;
		});
		return als.run(s, () => emit.apply(this, arguments));
	};

	const timed = (target, name) => {
		const original = target[name];
		target[name] = function (sql, ...rest) {
			const s = als.getStore() ?? stats('(outside a request)');
			const text = typeof sql === 'string' ? sql : (sql?.text ?? '?');
			const started = performance.now();
			const done = () => {
				const took = performance.now() - started;
				s.queries++;
				s.dbMs += took;
				const key = text.replace(/\s+/g, ' ').slice(0, 160);
				s.sql[key] = (s.sql[key] ?? 0) + 1;
				s.sqlMs[key] = (s.sqlMs[key] ?? 0) + took;
			};
			// pg's callback form (Pool#query calls it so) answers through the callback.
			const last = rest.length - 1;
			if (typeof rest[last] === 'function') {
				const callback = rest[last];
				rest[last] = function () {
					done();
					return callback.apply(this, arguments);
				};
				return original.call(this, sql, ...rest);
			}
			const result = original.call(this, sql, ...rest);
			if (result && typeof result.then === 'function') result.then(done, done);
			else done();
			return result;
		};
	};

	// The same modules as the server's own imports (both resolve in the project's node_modules).
	// pg: every query goes through a Client (Pool#query checks one out), transactions' included.
	try {
		const { default: pg } = await import('pg');
		timed(pg.Client.prototype, 'query');
	} catch {
		/* no pg */
	}
	// PGlite: its own query/exec, and those of the object a transaction's callback gets.
	try {
		const { PGlite } = await import('@electric-sql/pglite');
		timed(PGlite.prototype, 'query');
		timed(PGlite.prototype, 'exec');
		const transaction = PGlite.prototype.transaction;
		PGlite.prototype.transaction = function (callback) {
			return transaction.call(this, (tx) => {
				timed(tx, 'query');
				timed(tx, 'exec');
				return callback(tx);
			});
		};
	} catch {
		/* no PGlite */
	}

	// With BENCH_CPU_PROFILE set, the first SIGUSR2 also starts V8's CPU profiler and the next one
	// writes the profile of that window to $BENCH_PROFILE_OUT.cpuprofile.
	let session = null;
	const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
	process.on('SIGUSR2', async () => {
		fs.writeFileSync(out, JSON.stringify({ ...Object.fromEntries(byPath), '(memory peaks)': memory, '(memory timeline)': timeline }));
		byPath = new Map();
		memory = peaks();
		timeline = [];
		if (!process.env.BENCH_CPU_PROFILE) return;
		if (!session) {
			const inspector = await import('node:inspector');
			session = new inspector.Session();
			session.connect();
			await post('Profiler.enable');
			await post('Profiler.setSamplingInterval', { interval: 200 });
			await post('Profiler.start');
		} else {
			const { profile } = await post('Profiler.stop');
			fs.writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
			session.disconnect();
			session = null;
		}
	});
}
