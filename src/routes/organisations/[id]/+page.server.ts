import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { organisations } from '$lib/server/directory';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params }) => {
	const org = isUuid(params.id) ? await organisations.get(locals.ctx.db, params.id) : null;
	if (!org) error(404, { message: 'Not found', code: 'errors.notFound' });
	// Links to a merged duplicate lead to the record that stayed.
	if (org.mergedIntoId) redirect(301, `/organisations/${org.mergedIntoId}`);
	return { org };
};
