import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { surveySchema } from '$lib/surveys/schemas';
import * as dialogues from '$lib/server/dialogues';
import * as surveys from '$lib/server/surveys';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

/** The surveys of a cycle's focal points (one response per State), and a new one; the rest is on the survey's own pages. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const db = event.locals.ctx.db;
	const cycle = isUuid(event.params.id) ? await dialogues.getCycleById(db, event.params.id) : null;
	if (!cycle) error(404, { message: 'Not found', code: 'errors.notFound' });
	const list = await surveys.listForCycle(db, cycle.id);
	const now = new Date();
	return {
		cycle: { id: cycle.id, year: cycle.year },
		zone: await surveys.timeZoneOf(db, { cycleId: cycle.id }),
		surveys: await Promise.all(
			list.map(async (s) => ({
				...s,
				linkToken: undefined,
				phase: surveys.phaseAt(s, now),
				responses: await surveys.responseCount(db, s.id)
			}))
		)
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const zone = await surveys.timeZoneOf(event.locals.ctx.db, { cycleId: event.params.id });
		const result = await handleForm(event.request, surveySchema(zone), (input) =>
			surveys.createSurvey(event.locals.ctx, { cycleId: event.params.id }, input)
		);
		if ('id' in result) redirect(303, `/manage/surveys/${result.id}`);
		return result;
	}
};
