import type { PageServerLoad } from './$types';
import * as audit from '$lib/server/audit';

export const load: PageServerLoad = async ({ locals, url }) => {
	const before = Number(url.searchParams.get('before')) || undefined;
	const entityType = url.searchParams.get('type')?.slice(0, 40) || undefined;
	const entityId = url.searchParams.get('id')?.slice(0, 80) || undefined;
	const entries = await audit.list(locals.ctx, { before, entityType, entityId, limit: 50 });
	return { entries, next: entries.length === 50 ? entries[entries.length - 1].id : null };
};
