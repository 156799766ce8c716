import type { PageServerLoad } from './$types';
import { browsePage } from '$lib/server/practices/detail';

export const load: PageServerLoad = async ({ locals }) => ({ view: await browsePage(locals.ctx.db, locals.lang) });
