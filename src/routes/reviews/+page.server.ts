import type { PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import { requireUser } from '$lib/server/web/guards';

/** The practices assigned to the signed-in reviewer. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	return { items: await review.reviewerQueue(event.locals.ctx) };
};
