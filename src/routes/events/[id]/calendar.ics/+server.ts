import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { eventCalendar } from '$lib/server/calendar';
import { DomainError } from '$lib/server/core/errors';

/** The event's programme as iCalendar, for anyone (the programme is public). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	let body: string;
	try {
		body = await eventCalendar(locals.ctx.db, params.id, { origin: url.origin, lang: locals.lang });
	} catch (e) {
		if (e instanceof DomainError && e.status === 404) error(404, { message: 'Not found', code: 'errors.notFound' });
		throw e;
	}
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="event-${params.id}.ics"`,
			// Public and cheap to recompute: calendar programs and proxies may keep it for a few minutes.
			'cache-control': 'public, max-age=300'
		}
	});
};
