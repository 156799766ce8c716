import type { PageServerLoad } from './$types';
import { searchPage } from '$lib/server/practices/page';

export const load: PageServerLoad = async ({ locals, url }) => ({
	view: await searchPage(locals.ctx.db, url.searchParams, locals.lang)
});
