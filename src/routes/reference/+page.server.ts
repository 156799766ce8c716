import type { PageServerLoad } from './$types';
import { listTaxonomy } from '$lib/server/reference';

export const load: PageServerLoad = async ({ locals }) => ({ taxonomy: await listTaxonomy(locals.ctx.db) });
