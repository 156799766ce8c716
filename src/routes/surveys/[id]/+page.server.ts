import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import * as surveys from '$lib/server/surveys';
import { states } from '$lib/server/directory';
import { DomainError } from '$lib/server/core/errors';
import { requireUser } from '$lib/server/web/guards';
import { toFailure, readForm } from '$lib/server/web/forms';

function access(event: Pick<RequestEvent, 'url' | 'cookies' | 'locals'>, linkSurvey: boolean) {
	const token = event.url.searchParams.get('key');
	// A focal point of several States names the one they answer for in the address (?state=), form and page alike.
	return {
		token,
		stateId: event.url.searchParams.get('state')?.slice(0, 8) || null,
		visitorKey: linkSurvey && event.locals.actor.kind !== 'user' ? surveys.visitorKey(event.cookies, true) : null
	};
}

/** The survey's form for its audience: draft, submit, and what anonymity means. */
export const load: PageServerLoad = async (event) => {
	const { locals, params } = event;
	const full = await surveys.getSurvey(locals.ctx.db, params.id);
	if (!full) error(404, { message: 'Not found', code: 'errors.notFound' });
	const linkSurvey = full.survey.audience === 'link';
	if (!linkSurvey) requireUser(event);
	let refusal: DomainError['code'] | null = null;
	let current: Awaited<ReturnType<typeof surveys.mine>> | null = null;
	let stateName: string | null = null;
	// The States the visitor may answer for, when there are several: the page lets them choose.
	const own = full.survey.audience === 'focal-points' ? surveys.focalPointStates(locals.actor) : [];
	const names = own.length > 1 ? await states.stateNames(locals.ctx.db, own, locals.lang) : new Map<string, string>();
	const stateChoices = own.length > 1 ? own.map((id) => ({ id, name: names.get(id) ?? id })) : [];
	try {
		const respondent = await surveys.respondentFor(locals.ctx, full.survey, access(event, linkSurvey));
		current = await surveys.mine(locals.ctx.db, full, respondent);
		// A focal point answers for their State: the page names it.
		if (respondent.stateId)
			stateName = (await states.stateNames(locals.ctx.db, [respondent.stateId], locals.lang)).get(respondent.stateId) ?? respondent.stateId;
	} catch (e) {
		if (!(e instanceof DomainError) || e.status === 404) throw e;
		refusal = e.code;
	}
	const { linkToken, ...survey } = full.survey;
	return {
		survey: { ...survey, hasLink: !!linkToken },
		event: full.event,
		cycle: full.cycle,
		zone: await surveys.timeZoneOf(locals.ctx.db, full.survey),
		stateName,
		stateId: current && stateName ? event.url.searchParams.get('state') : null,
		stateChoices,
		sections: full.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => !q.hidden) })),
		phase: surveys.phaseAt(full.survey),
		refusal,
		current,
		key: event.url.searchParams.get('key'),
		resultsVisible: surveys.resultsVisible(locals.actor, full.survey)
	};
};

async function answer(event: RequestEvent, mode: 'draft' | 'submit') {
	const survey = await surveys.getSurveyRow(event.locals.ctx.db, event.params.id);
	if (!survey) error(404, { message: 'Not found', code: 'errors.notFound' });
	if (survey.audience !== 'link') requireUser(event);
	const raw = surveys.answersFromForm(await readForm(event.request));
	try {
		const a = access(event, survey.audience === 'link');
		if (mode === 'draft') await surveys.saveDraft(event.locals.ctx, survey.id, a, raw);
		else await surveys.submit(event.locals.ctx, survey.id, a, raw);
		return { done: mode };
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { values: raw, errors: failure.errors });
	}
}

export const actions: Actions = {
	draft: (event) => answer(event, 'draft'),
	submit: (event) => answer(event, 'submit')
};
