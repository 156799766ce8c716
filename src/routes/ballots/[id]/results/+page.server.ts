import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { phaseAt } from '$lib/domain/ballots';
import * as agenda from '$lib/server/agenda';
import { DomainError } from '$lib/server/core/errors';

// Never kept by the public page cache (see page-cache.ts): open ballots change with every response.
export const load: PageServerLoad = async ({ locals, params }) => {
	const now = new Date();
	try {
		const found = await agenda.visibleResults(locals.ctx.db, locals.actor, params.id, now);
		return {
			ballot: { ...found.ballot, phase: phaseAt(found.ballot, now) },
			consultation: found.consultation,
			cycle: found.cycle,
			dialogue: found.dialogue,
			proposalCount: found.proposals.length,
			view: agenda.resultsView(found, locals.lang)
		};
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: 'Not available', code: e.code });
		throw e;
	}
};
