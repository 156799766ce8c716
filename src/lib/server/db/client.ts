import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import path from 'node:path';
import * as schema from './schema';

/** The one database type the code sees, whether PGlite or a PostgreSQL server is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: operations accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
	db: Db;
	kind: 'pglite' | 'postgres';
	/** The server's address (PostgreSQL only): tests open a second pool on it, as a second server process would. */
	url?: string;
	/** Applies the committed drizzle-kit migrations. */
	migrate(): Promise<void>;
	close(): Promise<void>;
}

/**
 * The PostgreSQL extensions the migrations create (`create extension`), which PGlite must be given
 * when it starts: pg_trgm for typo-tolerant search of practices. Pass these to every PGlite.create.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

export const MIGRATIONS_FOLDER = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

export type DatabaseOptions = { url: string; poolSize?: number } | { dataDir: string } | { pglite: PGlite };

/** Opens PostgreSQL when given a URL, otherwise PGlite (a folder on disk, or memory). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
	if ('url' in options) {
		const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20 });
		// Fail fast with a clear message when the server cannot be reached.
		const probe = await pool.connect();
		probe.release();
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		return {
			db,
			kind: 'postgres',
			url: options.url,
			migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
			close: () => pool.end()
		};
	}
	const client = 'pglite' in options ? options.pglite : await PGlite.create(options.dataDir, { extensions: PGLITE_EXTENSIONS });
	const pgliteDb = drizzlePglite(client, { schema });
	return {
		db: pgliteDb as unknown as Db,
		kind: 'pglite',
		migrate: () => migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER }),
		close: async () => {
			// close() checkpoints and releases the folder; never leave a half-written data dir.
			if (!client.closed) await client.close();
		}
	};
}
