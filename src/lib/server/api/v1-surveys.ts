import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '../core/errors';
import * as dialogues from '../dialogues';
import * as surveys from '../surveys';
import { json } from './http';

const notFound = () => new DomainError('errors.notFound', 404);

const out = (s: surveys.Survey) => ({
	id: s.id,
	eventId: s.eventId,
	cycleId: s.cycleId,
	titles: s.titles,
	audience: s.audience,
	anonymous: s.anonymous,
	editableAfterSubmit: s.editableAfterSubmit,
	opensAt: s.opensAt.toISOString(),
	closesAt: s.closesAt.toISOString(),
	resultsVisibility: s.resultsVisibility
});

/** GET /api/v1/events/{id}/surveys: the surveys of an event (never their link tokens). */
export async function eventSurveys(event: RequestEvent) {
	const summary = await dialogues.findEventSummary(event.locals.ctx.db, event.params.id ?? '');
	if (!summary) throw notFound();
	return json({ items: (await surveys.listForEvent(event.locals.ctx.db, summary.id)).map(out) });
}

/** GET /api/v1/surveys/{id}: a survey with its sections and (shown) questions. */
export async function surveyQuestions(event: RequestEvent) {
	const full = await surveys.getSurvey(event.locals.ctx.db, event.params.id ?? '');
	if (!full) throw notFound();
	return json({
		...out(full.survey),
		sections: full.sections.map((s) => ({
			id: s.id,
			titles: s.titles,
			questions: s.questions
				.filter((q) => !q.hidden)
				.map((q) => ({
					id: q.id,
					kind: q.kind,
					titles: q.titles,
					hints: q.hints,
					required: q.required,
					allowOther: q.allowOther,
					minValue: q.minValue,
					maxValue: q.maxValue,
					conditionQuestionId: q.conditionQuestionId,
					conditionValue: q.conditionValue,
					choices: q.choices.map((c) => ({ id: c.id, labels: c.labels })),
					items: q.items.map((i) => ({ id: i.id, labels: i.labels }))
				}))
		}))
	});
}

/** GET /api/v1/surveys/{id}/results: the results, for whom the survey's visibility allows; ?q= searches open answers. */
export async function surveyResults(event: RequestEvent) {
	const survey = await surveys.getSurveyRow(event.locals.ctx.db, event.params.id ?? '');
	if (!survey) throw notFound();
	if (!surveys.resultsVisible(event.locals.actor, survey)) {
		throw new DomainError(
			event.locals.actor.kind === 'anonymous' ? 'errors.signInRequired' : 'surveys.results.notPublished',
			event.locals.actor.kind === 'anonymous' ? 401 : 403
		);
	}
	const results = (await surveys.results(event.locals.ctx.db, survey.id, { search: event.url.searchParams.get('q') }))!;
	const { survey: s } = results;
	return json({
		...results,
		survey: {
			id: s.id,
			titles: s.titles,
			eventId: s.eventId,
			cycleId: s.cycleId,
			anonymous: s.anonymous,
			audience: s.audience,
			resultsVisibility: s.resultsVisibility
		}
	});
}
