import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { states } from '$lib/server/directory';
import { MEMBERSHIP_STATUSES } from '$lib/directory/types';
import { today } from '$lib/domain/validity';

const Query = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	membership: z.enum(MEMBERSHIP_STATUSES).optional().catch(undefined),
	region: z
		.string()
		.regex(/^[A-Z]{2,8}$/)
		.optional()
		.catch(undefined),
	on: z.iso.date().optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	// Unknown filter values are ignored rather than failing the page.
	const query = Query.parse(Object.fromEntries(url.searchParams));
	const on = query.on ?? today();
	const [rows, regions] = await Promise.all([
		states.listStates(locals.ctx.db, locals.lang, { ...query, on }),
		states.listRegions(locals.ctx.db)
	]);
	return { rows, regions, query: { ...query, on } };
};
