import type { PageServerLoad } from './$types';
import { organisations } from '$lib/server/directory';
import { DirectoryQuerySchema } from '$lib/directory/schemas';

export const load: PageServerLoad = async ({ locals, url }) => {
	const parsed = DirectoryQuerySchema.safeParse(Object.fromEntries(url.searchParams));
	const query = parsed.success ? parsed.data : { page: 1 };
	return { result: await organisations.list(locals.ctx.db, query), query };
};
