import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as surveys from '$lib/server/surveys';

/** The results of a survey, for whom its visibility allows; `?q=` searches the open answers. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const survey = await surveys.getSurveyRow(locals.ctx.db, params.id);
	if (!survey) error(404, { message: 'Not found', code: 'errors.notFound' });
	if (!surveys.resultsVisible(locals.actor, survey)) {
		error(locals.actor.kind === 'anonymous' ? 401 : 403, { message: 'Not published', code: 'surveys.results.notPublished' });
	}
	const search = url.searchParams.get('q');
	const results = (await surveys.results(locals.ctx.db, survey.id, { search }))!;
	return {
		survey: {
			id: survey.id,
			titles: survey.titles,
			anonymous: survey.anonymous,
			eventId: survey.eventId,
			resultsVisibility: survey.resultsVisibility
		},
		view: surveys.resultsView(results, locals.lang)
	};
};
