import type { PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import * as reports from '$lib/server/reports';
import { hasRole } from '$lib/server/core/actor';
import { requireUser } from '$lib/server/web/guards';

/** The practices assigned to the signed-in reviewer, and for reviewers and the secretariat the reports awaiting review. */
export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const { ctx } = event.locals;
	const reviewsReports = hasRole(ctx.actor, 'reviewer') || hasRole(ctx.actor, 'secretariat');
	const [items, awaiting] = await Promise.all([review.reviewerQueue(ctx), reviewsReports ? reports.reviewQueue(ctx) : null]);
	const done = event.url.searchParams.get('done');
	return { items, reports: awaiting, done: done === 'approved' ? ('approved' as const) : done === 'changes' ? ('changes' as const) : null };
};
