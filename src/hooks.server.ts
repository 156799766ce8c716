import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { isLanguage, negotiateLanguage, textDirection } from '$lib/i18n';
import { anonymous } from '$lib/server/core/actor';
import * as auth from '$lib/server/auth';
import { registerShutdown, runtime } from '$lib/server/web/runtime';
import { LANGUAGE_COOKIE } from '$lib/server/web/language';
import { setSessionCookie } from '$lib/server/web/session-cookie';
import * as pageCache from '$lib/server/web/page-cache';
import { printAhead } from '$lib/server/reports';
import { guardArea } from '$lib/server/web/guards';

export const init: ServerInit = async () => {
	registerShutdown();
	try {
		const app = await runtime();
		if (app.config.PRINT_AHEAD) printAhead(app.database.db);
	} catch (error) {
		// A busy data folder, a bad setting or an unreachable database: say so plainly and stop.
		console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	}
};

export const handle: Handle = async ({ event, resolve }) => {
	// No address holds a NUL character, and PostgreSQL refuses one in text: a route would hand it to a
	// query (a slug) and answer 500. Refused here once for every route.
	if (/%00/.test(event.url.pathname))
		return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	const app = await runtime();
	const db = app.database.db;

	const cookieLang = event.cookies.get(LANGUAGE_COOKIE);
	event.locals.lang = isLanguage(cookieLang) ? cookieLang : negotiateLanguage(event.request.headers.get('accept-language'));
	event.locals.actor = anonymous;
	event.locals.user = null;

	const bearer = event.request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
	const sessionToken = event.cookies.get(auth.SESSION_COOKIE);
	if (bearer && event.url.pathname.startsWith('/api/')) {
		const actor = await auth.validateApiToken(db, bearer);
		if (actor) event.locals.actor = actor;
	} else if (sessionToken) {
		const session = await auth.validateSession(db, sessionToken);
		if (session) {
			event.locals.actor = session.actor;
			event.locals.user = session.user;
			if (session.renewedUntil) setSessionCookie(event, sessionToken, session.renewedUntil);
		} else {
			event.cookies.delete(auth.SESSION_COOKIE, { path: '/' });
		}
	}
	event.locals.ctx = { db, actor: event.locals.actor };
	guardArea(event);

	const lang = event.locals.lang;
	const render = () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', textDirection(lang))
		});
	const cacheable = app.config.PAGE_CACHE && pageCache.isCacheable(event.request, event.url, event.locals.user !== null);
	// Keyed by the request's own URL: SvelteKit gives a page's data request (…/__data.json, sent by
	// a client-side navigation) the page's event.url, and the JSON must not answer for the page.
	const key = pageCache.cacheKey(new URL(event.request.url), lang);
	const response = cacheable ? await pageCache.serve(key, event.request, render) : await render();
	return withSecurityHeaders(response);
};

function withSecurityHeaders(response: Response): Response {
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
}

/** Unexpected errors are logged once here and shown as a polite page, never as a stack trace. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`[${event.request.method} ${event.url.pathname}]`, error);
	return { message: 'Internal error', code: status === 404 ? 'errors.notFound' : 'errors.unexpected' };
};
