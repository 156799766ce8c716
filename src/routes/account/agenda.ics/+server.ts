import type { RequestHandler } from './$types';
import { agendaCalendar } from '$lib/server/calendar';
import { requireSignedInFetch } from '$lib/server/web/guards';

/**
 * The signed-in participant's own agenda as iCalendar: the programmes of the events they are
 * approved for. A one-off download authenticated by the session cookie: calendar apps cannot
 * subscribe to it (they send no cookie), which would need a per-user feed token. A visitor gets
 * 401, not a sign-in page.
 */
export const GET: RequestHandler = async (event) => {
	const userId = requireSignedInFetch(event);
	const { locals, url } = event;
	const body = await agendaCalendar(locals.ctx.db, userId, { origin: url.origin, lang: locals.lang });
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="agenda.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
