import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { agendaCalendar } from '$lib/server/calendar';

/**
 * The signed-in participant's own agenda as iCalendar: the programmes of the events they are
 * approved for. A feed is fetched by calendar programs, so a visitor gets 401, not a sign-in page.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const userId = locals.actor.kind === 'user' ? locals.actor.userId : null;
	if (!userId) error(401, { message: 'Sign in required', code: 'errors.signInRequired' });
	const body = await agendaCalendar(locals.ctx.db, userId, { origin: url.origin, lang: locals.lang });
	return new Response(body, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'attachment; filename="agenda.ics"',
			'cache-control': 'private, no-store'
		}
	});
};
