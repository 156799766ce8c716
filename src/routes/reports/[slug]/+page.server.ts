import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as reports from '$lib/server/reports';

// A report is read, not interacted with (every link and the language switch work without JavaScript):
// no hydration, so its page does not carry the whole report a second time as data (half its size).
export const csr = false;

export const load: PageServerLoad = async ({ locals, params }) => {
	const view = await reports.reportPage(locals.ctx.db, params.slug, locals.lang);
	if (!view) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { view };
};
