import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as programme from '$lib/server/programme';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		event: found.event,
		dialogue: found.dialogue,
		cycle: found.cycle,
		programme: await programme.forEvent(locals.ctx.db, found.event.id)
	};
};
