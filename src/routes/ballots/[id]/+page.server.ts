import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ResponseSchema } from '$lib/agenda/schemas';
import { phaseAt } from '$lib/domain/ballots';
import * as agenda from '$lib/server/agenda';
import { states } from '$lib/server/directory';
import { requireUser } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

/** A focal point answers for its State: one response per State, changeable until the close. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const { locals, params } = event;
	const found = await agenda.getBallot(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const stateId = agenda.focalPointStates(locals.actor)[0] ?? null;
	const [eligible, response, names] = stateId
		? await Promise.all([
				agenda.isEligible(locals.ctx.db, found.ballot.id, stateId),
				agenda.responseOf(locals.ctx.db, found.ballot.id, stateId),
				states.stateNames(locals.ctx.db, [stateId], locals.lang)
			])
		: [false, null, new Map<string, string>()];
	const now = new Date();
	return {
		ballot: { ...found.ballot, phase: phaseAt(found.ballot, now) },
		consultation: found.consultation,
		cycle: found.cycle,
		dialogue: found.dialogue,
		proposals: found.proposals,
		stateId,
		stateName: stateId ? (names.get(stateId) ?? stateId) : null,
		eligible,
		response,
		resultsVisible: agenda.resultsVisible(locals.actor, found.ballot, now)
	};
};

export const actions: Actions = {
	cast: async (event) => {
		requireUser(event);
		const stateId = agenda.focalPointStates(event.locals.actor)[0] ?? '';
		const result = await handleForm(
			event.request,
			ResponseSchema,
			(input) => agenda.castResponse(event.locals.ctx, event.params.id, stateId, input),
			{ arrays: ['chosen'] }
		);
		return 'responseId' in result ? { cast: true, changed: result.changed } : result;
	}
};
