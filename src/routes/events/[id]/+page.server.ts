import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	// Public page: let browsers and proxies revalidate instead of refetching (see the benchmark).
	if (locals.actor.kind === 'anonymous') setHeaders({ 'cache-control': 'public, max-age=0, must-revalidate' });
	return found;
};
