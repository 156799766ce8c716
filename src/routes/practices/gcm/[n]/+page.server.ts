import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { holdingsPage } from '$lib/server/practices/detail';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const n = /^\d{1,2}$/.test(params.n) ? Number(params.n) : NaN;
	const view = Number.isInteger(n)
		? await holdingsPage(locals.ctx.db, { kind: 'gcm', value: n }, locals.lang, url.searchParams.get('page'))
		: null;
	if (!view) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { view };
};
