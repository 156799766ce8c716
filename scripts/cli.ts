/**
 * `npm run admin:create -- --email E --password P`, `npm run api-token -- --email E` and
 * `npm run surveys:recount [-- --survey ID]` (rebuilds survey counts from the answers).
 *
 * PGlite allows one process per data folder. When the server is running, the command is handed to
 * it (through a loopback endpoint guarded by the secret in DATA_DIR/server.lock); otherwise the
 * command opens the folder itself (holding the lock, so the server cannot start meanwhile). With
 * DATABASE_URL it always connects directly. It works on a folder before the first start too.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/server/config';
import { readLock } from '../src/lib/server/db/data-dir';
import { runCommand, type CliResult } from '../src/lib/server/cli/commands';
import { startApp } from '../src/lib/server/app';

async function viaServer(port: number, secret: string, input: unknown): Promise<CliResult> {
	const response = await fetch(`http://127.0.0.1:${port}/internal/cli`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-cli-secret': secret },
		body: JSON.stringify(input)
	});
	if (response.status === 403) return { ok: false, error: 'The running server refused the command (lock file secret mismatch).' };
	return (await response.json()) as CliResult;
}

async function main() {
	const [command, ...rest] = process.argv.slice(2);
	const { values } = parseArgs({
		args: rest,
		options: { email: { type: 'string' }, password: { type: 'string' }, label: { type: 'string' }, survey: { type: 'string' } },
		strict: true
	});
	const input = { command, ...values };
	const config = loadConfig();
	let result: CliResult;
	const lock = config.DATABASE_URL ? null : readLock(config.dataDir);
	if (lock) {
		if (!lock.port) throw new Error(`Another process (${lock.pid}) holds ${config.dataDir}; try again when it has finished.`);
		console.error(`The server (pid ${lock.pid}) holds ${config.dataDir}: handing the command to it.`);
		result = await viaServer(lock.port, lock.secret, input);
	} else {
		const app = await startApp({ seedDemo: false, log: () => {} });
		try {
			result = await runCommand(app.database.db, input);
		} finally {
			await app.close();
		}
	}
	if (!result.ok) {
		console.error(result.error);
		process.exit(2);
	}
	console.log(result.output);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
