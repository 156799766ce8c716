import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { eventCalendar, eventExists } from '$lib/server/calendar';
import { isUuid } from '$lib/server/web/params';

/** The event's programme as iCalendar, for anyone (the programme is public). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!isUuid(params.id) || !(await eventExists(locals.ctx.db, params.id))) error(404, { message: 'Not found', code: 'errors.notFound' });
	const body = await eventCalendar(locals.ctx.db, params.id, { origin: url.origin, lang: locals.lang });
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="event-${params.id}.ics"`
		}
	});
};
