import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import { handleForm } from '$lib/server/web/forms';
import { requireUser } from '$lib/server/web/guards';

function requireSubmitter(event: { locals: App.Locals; url: URL }) {
	requireUser(event);
	if (!review.maySubmit(event.locals.actor)) error(403, { message: 'Forbidden', code: 'practiceReview.submit.forbidden' });
}

/** A new practice, written as a draft by a focal point or the secretariat. */
export const load: PageServerLoad = async (event) => {
	requireSubmitter(event);
	return { options: await review.formOptions(event.locals.ctx.db, event.locals.lang) };
};

export const actions: Actions = {
	default: async (event) => {
		requireSubmitter(event);
		return handleForm(
			event.request,
			z.unknown(),
			async (raw) => {
				const { id } = await review.createDraft(event.locals.ctx, raw);
				redirect(303, `/practices/mine/${id}?done=saved`);
			},
			{ arrays: review.FORM_ARRAYS, prepare: review.prepareForm }
		);
	}
};
