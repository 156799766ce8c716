import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { HideSchema, PublishSchema, SectionSchema } from '$lib/surveys/schemas';
import * as surveys from '$lib/server/surveys';
import { requireRole } from '$lib/server/web/guards';
import { mailContext } from '$lib/server/web/registration-form';
import { handleForm } from '$lib/server/web/forms';
import { z } from 'zod';

/** The survey builder: its questions by section, open / close, publish results, mail (settings and questions have pages of their own). */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const full = await surveys.getSurvey(event.locals.ctx.db, event.params.id);
	if (!full) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		...full,
		phase: surveys.phaseAt(full.survey),
		zone: await surveys.timeZoneOf(event.locals.ctx.db, full.survey),
		responses: await surveys.responseCount(event.locals.ctx.db, full.survey.id),
		answerPath: `/surveys/${full.survey.id}${full.survey.linkToken ? `?key=${full.survey.linkToken}` : ''}`
	};
};

const Nothing = z.object({});

export const actions: Actions = {
	section: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, SectionSchema, (input) => surveys.addSection(event.locals.ctx, event.params.id, input));
		return 'id' in result ? { done: 'section' } : result;
	},
	hide: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, HideSchema, (input) =>
			surveys.setHidden(event.locals.ctx, input.questionId, input.hidden)
		);
		return 'id' in result ? { done: 'hide' } : result;
	},
	open: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, Nothing, () => surveys.setState(event.locals.ctx, event.params.id, { open: true }));
		return 'id' in result ? { done: 'open' } : result;
	},
	close: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, Nothing, () => surveys.setState(event.locals.ctx, event.params.id, { close: true }));
		return 'id' in result ? { done: 'close' } : result;
	},
	publish: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, PublishSchema, (input) => surveys.setState(event.locals.ctx, event.params.id, input));
		return 'id' in result ? { done: 'publish' } : result;
	},
	invite: (event) => mailAction(event, 'invite'),
	remind: (event) => mailAction(event, 'remind')
};

async function mailAction(event: Parameters<Actions[string]>[0], kind: 'invite' | 'remind') {
	requireRole(event, 'secretariat');
	const result = await handleForm(event.request, Nothing, () =>
		surveys.mailAudience(event.locals.ctx, event.params.id!, kind, mailContext(event))
	);
	return typeof result === 'number' ? { done: kind, mailed: result } : result;
}
