import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as reports from '$lib/server/reports';

/** Public: the dialogue's published recommendations across years with their follow-up, filtered from the address (a GET form). */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const found = await dialogues.getDialogue(locals.ctx.db, params.slug);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		dialogue: { slug: found.dialogue.slug, names: found.dialogue.names },
		view: await reports.followUpView(locals.ctx.db, found.dialogue.id, url.searchParams),
		// "Overdue" is read against the server's calendar day (UTC), as every date here is.
		today: new Date().toISOString().slice(0, 10)
	};
};
