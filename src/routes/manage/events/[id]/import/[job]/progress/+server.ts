import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as participation from '$lib/server/participation';
import { requireSignedInFetch } from '$lib/server/web/guards';
import { isUuid } from '$lib/server/web/params';
import { hasRole } from '$lib/server/core/actor';

/** What the progress bar polls: the job's status and rows done of the total. */
export const GET: RequestHandler = async (event) => {
	requireSignedInFetch(event);
	if (!hasRole(event.locals.actor, 'secretariat')) error(403, { message: 'Forbidden', code: 'errors.forbidden' });
	const job = isUuid(event.params.job) ? await participation.jobs.get(event.locals.ctx.db, event.params.id, event.params.job) : null;
	if (!job) error(404, { message: 'Not found', code: 'errors.notFound' });
	const { done, total } = participation.jobs.progressOf(job);
	return json({ status: job.status, done, total }, { headers: { 'cache-control': 'no-store' } });
};
