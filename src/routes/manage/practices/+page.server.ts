import type { PageServerLoad } from './$types';
import { PUBLICATION_STATUSES, type PublicationStatus } from '$lib/practices/types';
import * as review from '$lib/server/practices/review-index';
import { requireRole } from '$lib/server/web/guards';

/** The secretariat's queue of submitted practices, by status (`?status=submitted`). */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const asked = event.url.searchParams.get('status');
	const status = (PUBLICATION_STATUSES as readonly string[]).includes(asked ?? '') ? (asked as PublicationStatus) : null;
	return { status, ...(await review.queue(event.locals.ctx, status)) };
};
