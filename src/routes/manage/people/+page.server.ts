import type { PageServerLoad } from './$types';
import { people } from '$lib/server/directory';

export const load: PageServerLoad = async ({ locals, url }) => {
	const q = url.searchParams.get('q')?.trim().slice(0, 100) || undefined;
	const page = Math.max(1, Math.min(10_000, Number(url.searchParams.get('page')) || 1));
	return { result: await people.list(locals.ctx, { q, page }), q };
};
