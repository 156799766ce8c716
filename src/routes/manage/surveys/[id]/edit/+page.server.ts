import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { SurveyEditSchema } from '$lib/surveys/schemas';
import * as surveys from '$lib/server/surveys';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const survey = await surveys.getSurveyRow(event.locals.ctx.db, event.params.id);
	if (!survey) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { survey: { ...survey, linkToken: undefined } };
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, SurveyEditSchema, (input) =>
			surveys.updateSurvey(event.locals.ctx, event.params.id, input)
		);
		if ('id' in result) redirect(303, `/manage/surveys/${event.params.id}?done=settings`);
		return result;
	}
};
