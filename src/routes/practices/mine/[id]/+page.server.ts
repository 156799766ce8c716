import { isActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import * as review from '$lib/server/practices/review-index';
import { handleForm, toFailure } from '$lib/server/web/forms';
import { requireUser } from '$lib/server/web/guards';
import { listAttachments } from '$lib/server/practices/attachments';
import { attachAction, detachAction } from '$lib/server/practices/attachment-actions';

/** The submitter's page of one practice: edit the draft, submit it, read the reviewers' comments and the versions. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const view = await review.submitterView(event.locals.ctx, event.params.id).catch((e: unknown) => {
		toFailure(e);
		throw e;
	});
	return {
		view,
		editable: review.EDITABLE.includes(view.practice.publicationStatus) && view.submission.ownerId === event.locals.actor.userId,
		values: review.formValues(view.practice, view.submission.criteria),
		attachments: await listAttachments(event.locals.ctx.db, view.practice.id),
		options: await review.formOptions(event.locals.ctx.db, event.locals.lang)
	};
};

async function save(event: RequestEvent, submit: boolean) {
	requireUser(event);
	const result = await handleForm(
		event.request,
		z.unknown(),
		(raw) => review.saveDraft(event.locals.ctx, event.params.id, raw, { submit, origin: event.url.origin }),
		{ arrays: review.FORM_ARRAYS, prepare: review.prepareForm }
	);
	return isActionFailure(result) ? result : { done: submit ? 'submitted' : 'saved' };
}

export const actions: Actions = {
	save: (event) => save(event, false),
	submit: (event) => save(event, true),
	attach: (event) => {
		requireUser(event);
		return attachAction(event);
	},
	detach: (event) => {
		requireUser(event);
		return detachAction(event);
	}
};
