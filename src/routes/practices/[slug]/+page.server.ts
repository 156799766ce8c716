import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { practicePage } from '$lib/server/practices/detail';
import { listVersions } from '$lib/server/practices/versions';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await practicePage(locals.ctx.db, params.slug, locals.lang);
	if (!view) error(404, { message: 'Not found', code: 'errors.notFound' });
	const versions = await listVersions(locals.ctx.db, view.practice.id, { publicOnly: true });
	return { view, versions, permanentUrl: `${url.origin}/practices/${view.practice.slug}` };
};
