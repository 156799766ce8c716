import { error } from '@sveltejs/kit';
import type { Db } from '$lib/server/db/client';
import * as surveys from '$lib/server/surveys';

/** What the question forms show: the survey, its sections, and the questions a condition may name. */
export async function loadForQuestionForm(db: Db, surveyId: string, questionId?: string) {
	const full = await surveys.getSurvey(db, surveyId);
	if (!full) error(404, { message: 'Not found', code: 'errors.notFound' });
	const index = questionId ? full.questions.findIndex((q) => q.id === questionId) : full.questions.length;
	if (index < 0) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		survey: { id: full.survey.id, titles: full.survey.titles },
		sections: full.sections.map((s) => ({ id: s.id, titles: s.titles })),
		earlier: full.questions
			.slice(0, index)
			.map((q) => ({ id: q.id, kind: q.kind, titles: q.titles, choices: q.choices.map((c) => ({ id: c.id, labels: c.labels })) })),
		question: questionId ? full.questions[index] : null
	};
}
