import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { surveyEditSchema } from '$lib/surveys/schemas';
import * as surveys from '$lib/server/surveys';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const survey = await surveys.getSurveyRow(event.locals.ctx.db, event.params.id);
	if (!survey) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { survey: { ...survey, linkToken: undefined }, zone: await surveys.timeZoneOf(event.locals.ctx.db, survey) };
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const survey = await surveys.getSurveyRow(event.locals.ctx.db, event.params.id);
		if (!survey) error(404, { message: 'Not found', code: 'errors.notFound' });
		const zone = await surveys.timeZoneOf(event.locals.ctx.db, survey);
		const result = await handleForm(event.request, surveyEditSchema(zone), (input) =>
			surveys.updateSurvey(event.locals.ctx, event.params.id, input)
		);
		if ('id' in result) redirect(303, `/manage/surveys/${event.params.id}?done=settings`);
		return result;
	}
};
