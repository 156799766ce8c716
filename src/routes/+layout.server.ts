import type { LayoutServerLoad } from './$types';
import { hasRole } from '$lib/server/core/actor';
import { maySubmit } from '$lib/server/practices/workflow';

export const load: LayoutServerLoad = ({ locals }) => ({
	lang: locals.lang,
	user: locals.user,
	can: {
		manage: hasRole(locals.actor, 'secretariat'),
		admin: hasRole(locals.actor, 'admin'),
		submitPractices: maySubmit(locals.actor),
		reviewPractices: hasRole(locals.actor, 'reviewer') || hasRole(locals.actor, 'secretariat')
	}
});
