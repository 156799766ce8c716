import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/web/guards';
import { states, organisations } from '$lib/server/directory';
import * as registration from '$lib/server/registration';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const { locals } = event;
	const grants = locals.actor.grants;
	const stateIds = grants.flatMap((g) => (g.stateId ? [g.stateId] : []));
	const orgIds = grants.flatMap((g) => (g.organisationId ? [g.organisationId] : []));
	const [stateNames, orgNames, mine] = await Promise.all([
		states.stateNames(locals.ctx.db, stateIds, locals.lang),
		organisations.names(locals.ctx.db, orgIds),
		registration.listMine(locals.ctx)
	]);
	return {
		registrations: mine.map(({ registration: r, event }) => ({
			id: r.id,
			number: r.number,
			status: r.status,
			mine: r.userId === locals.actor.userId,
			honorific: r.honorific,
			givenName: r.givenName,
			familyName: r.familyName,
			erasedAt: r.erasedAt,
			event
		})),
		roles: grants.map((g) => ({
			role: g.role,
			state: g.stateId ? (stateNames.get(g.stateId) ?? g.stateId) : null,
			organisation: g.organisationId ? (orgNames.get(g.organisationId) ?? null) : null
		}))
	};
};
