import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { holdingsPage } from '$lib/server/practices/detail';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await holdingsPage(locals.ctx.db, { kind: 'area', value: params.id }, locals.lang, url.searchParams.get('page'));
	if (!view) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { view };
};
