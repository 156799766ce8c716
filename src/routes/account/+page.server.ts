import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/web/guards';
import { states, organisations } from '$lib/server/directory';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const { locals } = event;
	const grants = locals.actor.grants;
	const stateIds = grants.flatMap((g) => (g.stateId ? [g.stateId] : []));
	const names = await states.stateNames(locals.ctx.db, stateIds, locals.lang);
	const orgs = await Promise.all(grants.map((g) => (g.organisationId ? organisations.get(locals.ctx.db, g.organisationId) : null)));
	return {
		roles: grants.map((g, i) => ({
			role: g.role,
			state: g.stateId ? (names.get(g.stateId) ?? g.stateId) : null,
			organisation: orgs[i]?.name ?? null
		}))
	};
};
