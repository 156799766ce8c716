import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { QuestionSchema } from '$lib/surveys/schemas';
import * as surveys from '$lib/server/surveys';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { loadForQuestionForm } from '../question-form.server';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'secretariat');
	return loadForQuestionForm(event.locals.ctx.db, event.params.id);
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, QuestionSchema, (input) =>
			surveys.addQuestion(event.locals.ctx, event.params.id, input)
		);
		if ('id' in result) redirect(303, `/manage/surveys/${event.params.id}?done=question`);
		return result;
	}
};
