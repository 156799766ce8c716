import type { LayoutServerLoad } from './$types';
import { hasRole } from '$lib/server/core/actor';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.lang,
	user: locals.user,
	can: {
		manage: hasRole(locals.actor, 'secretariat'),
		admin: hasRole(locals.actor, 'admin')
	}
});
