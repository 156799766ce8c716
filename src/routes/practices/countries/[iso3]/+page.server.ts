import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { holdingsPage } from '$lib/server/practices/detail';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = /^[A-Z]{3}$/.test(params.iso3)
		? await holdingsPage(locals.ctx.db, { kind: 'country', value: params.iso3 }, locals.lang, url.searchParams.get('page'))
		: null;
	if (!view) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { view };
};
