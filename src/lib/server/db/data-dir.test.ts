import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, DataDirBusyError, readLock, releaseLock } from './data-dir';

describe('the data folder lock', () => {
	it('refuses a second process while the holder is alive, and frees the folder on release', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-lock-'));
		// Pretend the server is another live process (our parent).
		fs.writeFileSync(path.join(dir, 'server.lock'), JSON.stringify({ pid: process.ppid, port: 3000, secret: 's' }));
		expect(readLock(dir)).toMatchObject({ port: 3000 });
		expect(() => acquireLock(dir, null)).toThrow(DataDirBusyError);
		fs.rmSync(path.join(dir, 'server.lock'));
		const lock = acquireLock(dir, 3001);
		expect(lock.secret).toHaveLength(48);
		releaseLock(dir);
		expect(fs.existsSync(path.join(dir, 'server.lock'))).toBe(false);
	});

	it('ignores a stale lock left by a process that died', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdp-lock-'));
		fs.writeFileSync(path.join(dir, 'server.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, port: 3000, secret: 's' }));
		expect(readLock(dir)).toBeNull();
		expect(() => acquireLock(dir, null)).not.toThrow();
	});
});
