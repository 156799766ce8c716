import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as reports from '$lib/server/reports';

export const load: PageServerLoad = async ({ locals, params }) => {
	const view = await reports.reportPage(locals.ctx.db, params.slug, locals.lang);
	if (!view) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { view };
};
