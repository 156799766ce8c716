import type { LayoutServerLoad } from './$types';
import { requireRole } from '$lib/server/web/guards';

export const load: LayoutServerLoad = (event) => {
	requireRole(event, 'admin');
};
