import type { PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import { requireUser } from '$lib/server/web/guards';

/** The practices the signed-in user wrote, with their statuses. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return { items: await review.mySubmissions(event.locals.ctx), maySubmit: review.maySubmit(event.locals.actor) };
};
