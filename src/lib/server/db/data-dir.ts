import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * PGlite allows one process per data folder. The server holds `server.lock` while it runs, with
 * its port and a secret that lets the command-line tools hand their work to it instead of opening
 * the folder a second time (which would corrupt it).
 */
export interface ServerLock {
	pid: number;
	port: number | null;
	secret: string;
}

const LOCK_FILE = 'server.lock';

export function pgliteFolder(dataDir: string): string {
	return path.join(dataDir, 'pgdata');
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The lock of a live process holding the folder, or null (a stale lock from a crash is ignored). */
export function readLock(dataDir: string): ServerLock | null {
	try {
		const lock = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as ServerLock;
		return isAlive(lock.pid) && lock.pid !== process.pid ? lock : null;
	} catch {
		return null;
	}
}

export class DataDirBusyError extends Error {
	constructor(
		readonly dataDir: string,
		readonly holder: ServerLock
	) {
		super(
			`The data folder ${dataDir} is in use by process ${holder.pid}` +
				(holder.port ? ` (the server on port ${holder.port})` : '') +
				'. PGlite allows one process per folder: stop it first, or use DATA_DIR for another folder.'
		);
	}
}

/** Takes the folder for this process; throws DataDirBusyError when another live process has it. */
export function acquireLock(dataDir: string, port: number | null): ServerLock {
	fs.mkdirSync(dataDir, { recursive: true });
	const holder = readLock(dataDir);
	if (holder) throw new DataDirBusyError(dataDir, holder);
	const lock: ServerLock = { pid: process.pid, port, secret: crypto.randomBytes(24).toString('hex') };
	fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify(lock), { mode: 0o600 });
	return lock;
}

export function releaseLock(dataDir: string): void {
	const file = path.join(dataDir, LOCK_FILE);
	try {
		const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as ServerLock;
		if (lock.pid === process.pid) fs.rmSync(file);
	} catch {
		/* already gone */
	}
}
