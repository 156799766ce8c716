import type { Db } from './client';

/**
 * A query built once per database as a Drizzle prepared statement, for the hottest paths (every
 * signed-in request looks up its session or token). Building a query's SQL costs more CPU than
 * sending it; prepared, the SQL is built once, and PostgreSQL parses and plans it once per
 * connection. Tests open many databases, hence one statement per database.
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
	const statements = new WeakMap<Db, T>();
	return (db) => {
		let statement = statements.get(db);
		if (!statement) statements.set(db, (statement = build(db)));
		return statement;
	};
}
