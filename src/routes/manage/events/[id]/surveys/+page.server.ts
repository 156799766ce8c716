import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { surveySchema } from '$lib/surveys/schemas';
import * as dialogues from '$lib/server/dialogues';
import * as surveys from '$lib/server/surveys';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

/** The surveys of an event, and a new one. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const summary = await dialogues.findEventSummary(event.locals.ctx.db, event.params.id);
	if (!summary) error(404, { message: 'Not found', code: 'errors.notFound' });
	const list = await surveys.listForEvent(event.locals.ctx.db, summary.id);
	const now = new Date();
	return {
		event: { id: summary.id, titles: summary.titles },
		zone: await surveys.timeZoneOf(event.locals.ctx.db, { eventId: summary.id }),
		surveys: await Promise.all(
			list.map(async (s) => ({
				...s,
				linkToken: undefined,
				phase: surveys.phaseAt(s, now),
				responses: await surveys.responseCount(event.locals.ctx.db, s.id)
			}))
		)
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const zone = await surveys.timeZoneOf(event.locals.ctx.db, { eventId: event.params.id });
		const result = await handleForm(event.request, surveySchema(zone), (input) =>
			surveys.createSurvey(event.locals.ctx, { eventId: event.params.id }, input)
		);
		if ('id' in result) redirect(303, `/manage/surveys/${result.id}`);
		return result;
	}
};
