import { isActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import { handleForm, toFailure } from '$lib/server/web/forms';
import { requireUser } from '$lib/server/web/guards';
import { listAttachments } from '$lib/server/practices/attachments';

/** A reviewer's page of one practice: declare conflicts of interest, then review it. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const view = await review.reviewView(event.locals.ctx, event.params.id).catch((e: unknown) => {
		toFailure(e);
		throw e;
	});
	// The files only once the reviewer has declared no conflict (as the page shows the practice then).
	const free = view.declaration !== null && !view.declaration.hasConflict;
	const [options, attachments] = await Promise.all([
		review.formOptions(event.locals.ctx.db, event.locals.lang),
		free ? listAttachments(event.locals.ctx.db, view.practice.id) : []
	]);
	return { view, options, attachments };
};

export const actions: Actions = {
	declare: async (event) => {
		requireUser(event);
		const result = await handleForm(event.request, z.unknown(), (raw) => review.declareConflict(event.locals.ctx, event.params.id, raw));
		return isActionFailure(result) ? result : { done: 'declared' };
	},
	review: async (event) => {
		requireUser(event);
		const result = await handleForm(event.request, z.unknown(), (raw) => review.submitReview(event.locals.ctx, event.params.id, raw));
		return isActionFailure(result) ? result : { done: 'reviewed' };
	}
};
