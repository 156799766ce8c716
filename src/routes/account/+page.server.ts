import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/web/guards';
import { states, organisations } from '$lib/server/directory';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const { locals } = event;
	const grants = locals.actor.grants;
	const stateIds = grants.flatMap((g) => (g.stateId ? [g.stateId] : []));
	const orgIds = grants.flatMap((g) => (g.organisationId ? [g.organisationId] : []));
	const [stateNames, orgNames] = await Promise.all([
		states.stateNames(locals.ctx.db, stateIds, locals.lang),
		organisations.names(locals.ctx.db, orgIds)
	]);
	return {
		roles: grants.map((g) => ({
			role: g.role,
			state: g.stateId ? (stateNames.get(g.stateId) ?? g.stateId) : null,
			organisation: g.organisationId ? (orgNames.get(g.organisationId) ?? null) : null
		}))
	};
};
