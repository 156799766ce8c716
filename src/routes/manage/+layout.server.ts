import type { LayoutServerLoad } from './$types';
import { requireRole } from '$lib/server/web/guards';

// Guards the pages; every action and operation checks the role again (actions skip layout loads).
export const load: LayoutServerLoad = (event) => {
	requireRole(event, 'secretariat');
};
