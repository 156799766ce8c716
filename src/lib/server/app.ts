import './capabilities';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/client';
import { acquireLock, pgliteFolder, releaseLock, type ServerLock } from './db/data-dir';
import * as reference from './reference';
import * as demo from './demo';
import { configureMail, flush as flushMail } from './mail';
import { eraseExpired } from './registration';
import { purgeExpired } from './auth';

export interface App {
	config: Config;
	database: Database;
	lock: ServerLock | null;
	close(): Promise<void>;
}

/**
 * Opens the database, applies migrations, loads reference data and (on an empty database) the demo
 * data. Used by the web server and by the command-line tools when no server holds the data folder.
 */
export async function startApp(options: { port?: number | null; log?: (line: string) => void; seedDemo?: boolean } = {}): Promise<App> {
	const log = options.log ?? ((line: string) => console.log(line));
	const config = loadConfig();
	const lock = config.DATABASE_URL ? null : acquireLock(config.dataDir, options.port ?? null);
	let database: Database;
	try {
		database = config.DATABASE_URL
			? await openDatabase({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE })
			: await openDatabase({ dataDir: pgliteFolder(config.dataDir) });
	} catch (error) {
		if (lock) releaseLock(config.dataDir);
		throw error;
	}
	await database.migrate();
	await reference.sync(database.db);
	await purgeExpired(database.db);
	configureMail(config);
	// Personal data past its event's retention period is erased at start-up and then daily.
	const erase = () =>
		eraseExpired(database.db)
			.then((n) => n && log(`Erased the personal data of ${n} registrations past their retention period.`))
			.catch((error) => console.error('Retention erasure failed:', error));
	await erase();
	const retentionTimer = setInterval(erase, 24 * 60 * 60 * 1000).unref();
	if ((options.seedDemo ?? config.SEED_DEMO) && (await demo.isEmpty(database.db))) {
		const accounts = await demo.load(database.db);
		log(demo.describeAccounts(accounts));
	}
	let closed = false;
	return {
		config,
		database,
		lock,
		async close() {
			if (closed) return;
			closed = true;
			clearInterval(retentionTimer);
			await flushMail();
			await database.close();
			if (lock) releaseLock(config.dataDir);
		}
	};
}
