import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { IGNORE, keysOf } from '$lib/participation/columns';
import * as dialogues from '$lib/server/dialogues';
import * as participation from '$lib/server/participation';
import { requireRole } from '$lib/server/web/guards';
import { toFailure, readForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params } = event;
	const job = isUuid(params.id) && isUuid(params.job) ? await participation.jobs.get(locals.ctx.db, params.id, params.job) : null;
	const found = job ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!job || !found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const { done, total } = participation.jobs.progressOf(job);
	return {
		event: { id: found.event.id, titles: found.event.titles },
		job: {
			id: job.id,
			kind: job.kind,
			fileName: job.fileName ?? '',
			status: job.status,
			headers: job.headers,
			mapping: job.mapping,
			report: job.report,
			done,
			total
		},
		keys: keysOf(job.kind)
	};
};

async function attempt(event: RequestEvent, work: () => Promise<unknown>) {
	try {
		await work();
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { errors: failure.errors });
	}
	return null;
}

export const actions: Actions = {
	check: async (event) => {
		requireRole(event, 'secretariat');
		const data = await readForm(event.request);
		const job = await participation.jobs.get(event.locals.ctx.db, event.params.id, event.params.job);
		if (!job) error(404, { message: 'Not found', code: 'errors.notFound' });
		const mapping = job.headers.map((_, i) => {
			const v = String(data.get(`map-${i}`) ?? '');
			return v === '' ? null : v === IGNORE ? IGNORE : v;
		});
		const failed = await attempt(event, () => participation.uploads.check(event.locals.ctx, event.params.id, event.params.job, mapping));
		return failed ?? { checked: true };
	},
	commit: async (event) => {
		requireRole(event, 'secretariat');
		const failed = await attempt(event, () => participation.uploads.commit(event.locals.ctx, event.params.id, event.params.job));
		if (failed) return failed;
		redirect(303, `/manage/events/${event.params.id}/import/${event.params.job}`);
	},
	cancel: async (event) => {
		requireRole(event, 'secretariat');
		const failed = await attempt(event, () => participation.uploads.cancel(event.locals.ctx, event.params.id, event.params.job));
		if (failed) return failed;
		redirect(303, `/manage/events/${event.params.id}/import/${event.params.job}`);
	}
};
