import { isActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import { handleForm, toFailure } from '$lib/server/web/forms';
import { requireRole } from '$lib/server/web/guards';
import { listAttachments } from '$lib/server/practices/attachments';
import { attachAction, detachAction } from '$lib/server/practices/attachment-actions';

/** One submitted practice for the secretariat: its content and checklist, reviewers and reviews, the decision. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const view = await review.manageView(event.locals.ctx, event.params.id).catch((e: unknown) => {
		toFailure(e);
		throw e;
	});
	const [options, attachments] = await Promise.all([
		review.formOptions(event.locals.ctx.db, event.locals.lang),
		listAttachments(event.locals.ctx.db, view.practice.id)
	]);
	return { view, options, attachments };
};

export const actions: Actions = {
	attach: (event) => {
		requireRole(event, 'secretariat');
		return attachAction(event);
	},
	detach: (event) => {
		requireRole(event, 'secretariat');
		return detachAction(event);
	},
	assign: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, z.unknown(), (raw) =>
			review.assignReviewer(event.locals.ctx, event.params.id, raw, { origin: event.url.origin })
		);
		return isActionFailure(result) ? result : { done: 'assigned' };
	},
	decide: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, z.unknown(), (raw) =>
			review.decide(event.locals.ctx, event.params.id, raw, { origin: event.url.origin })
		);
		return isActionFailure(result) ? result : { done: 'decided' };
	}
};
