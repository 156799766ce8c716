import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { e2e, skip } from './helpers';

/** Runs an npm command-line tool against the data folder the running server holds. */
function cli(...args: string[]) {
	const result = spawnSync('npm', ['run', '-s', ...args], {
		env: { ...process.env, DATA_DIR: e2e.dataDir, DATABASE_URL: '' },
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe.skipIf(skip)('the command-line tools while the server holds the PGlite folder', () => {
	it('refuse a weak password with a message and exit code 2', () => {
		const result = cli('admin:create', '--', '--email', 'ops@example.org', '--password', 'short');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--password: Use at least 10 characters.');
	});

	it('create an admin and an API token through the server, and the token creates an event', async () => {
		const created = cli('admin:create', '--', '--email', 'ops@example.org', '--password', 'operations passphrase');
		expect(created.stderr).toContain('handing the command to it');
		expect(created.stdout).toBe('Admin account ops@example.org created.');
		const token = cli('api-token', '--', '--email', 'ops@example.org').stdout;
		expect(token).toMatch(/^mdp_[\w-]{20,}$/);

		const { data } = await (await fetch(`${e2e.baseUrl}/api/v1/cycles`)).json();
		const body = JSON.stringify({
			cycleId: data[0].id,
			kind: 'seminar',
			titles: { en: 'Seminar created through the API' },
			startDate: '2026-06-01',
			endDate: '2026-06-01'
		});
		const headers = { 'content-type': 'application/json' };
		expect((await fetch(`${e2e.baseUrl}/api/v1/events`, { method: 'POST', headers, body })).status).toBe(401);
		const response = await fetch(`${e2e.baseUrl}/api/v1/events`, {
			method: 'POST',
			headers: { ...headers, authorization: `Bearer ${token}` },
			body
		});
		expect(response.status).toBe(201);
		const { id } = await response.json();
		const page = await fetch(`${e2e.baseUrl}/events/${id}`);
		expect(await page.text()).toContain('Seminar created through the API');
	});

	it('say which account is missing when asked for a token of an unknown e-mail', () => {
		const result = cli('api-token', '--', '--email', 'nobody@example.org');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('No account has this e-mail address.');
	});
});
