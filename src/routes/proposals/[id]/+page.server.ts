import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { pick } from '$lib/i18n';
import * as agenda from '$lib/server/agenda';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await agenda.getProposal(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const now = new Date();
	return {
		...found,
		stateName: found.stateNames ? pick(found.stateNames, locals.lang) : null,
		ballots: found.ballots.map((b) => ({ ...b, resultsVisible: agenda.resultsVisible(locals.actor, b, now) }))
	};
};
