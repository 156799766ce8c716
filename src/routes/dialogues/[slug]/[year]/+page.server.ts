import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals, params }) => {
	const year = Number(params.year);
	const found = Number.isInteger(year) ? await dialogues.getCycle(locals.ctx.db, params.slug, year) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return found;
};
