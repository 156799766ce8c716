import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await dialogues.getDialogue(locals.ctx.db, params.slug);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return found;
};
