import crypto from 'node:crypto';
import type { RequestHandler } from './$types';
import { runCommand } from '$lib/server/cli/commands';
import { runtime } from '$lib/server/web/runtime';

/**
 * The command-line tools hand their work here while the server holds the PGlite folder. Only a
 * caller that can read the lock file (same machine, same user) knows the secret.
 */
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const app = await runtime();
	const secret = request.headers.get('x-cli-secret') ?? '';
	const expected = app.lock?.secret ?? '';
	const address = getClientAddress();
	const loopback = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
	if (!expected || !loopback || secret.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(secret), Buffer.from(expected))) {
		return new Response('Forbidden', { status: 403 });
	}
	const result = await runCommand(app.database.db, await request.json().catch(() => null));
	return new Response(JSON.stringify(result), { status: result.ok ? 200 : 400, headers: { 'content-type': 'application/json' } });
};
