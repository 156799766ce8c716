import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { ImportKind } from '$lib/participation/columns';
import * as dialogues from '$lib/server/dialogues';
import * as participation from '$lib/server/participation';
import { requireRole } from '$lib/server/web/guards';
import { toFailure } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params } = event;
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const recent = await participation.jobs.recent(locals.ctx.db, params.id);
	return {
		event: { id: found.event.id, titles: found.event.titles },
		maxSize: participation.MAX_IMPORT_LABEL,
		recent: recent.map((j) => ({
			id: j.id,
			kind: j.kind,
			fileName: j.fileName,
			status: j.status,
			by: j.startedByLabel,
			at: j.createdAt.toISOString(),
			report: j.report
		}))
	};
};

export const actions: Actions = {
	upload: async (event) => {
		requireRole(event, 'secretariat');
		// The file is streamed to disk as it arrives (never read into memory with request.formData()).
		const received = await participation.uploads.receive(event.locals.ctx, event.params.id, event.request);
		if (!received.ok) {
			const failure = toFailure(received.error);
			if (!failure) throw received.error;
			return fail(failure.status, { kind: received.kind as ImportKind | null, errors: failure.errors });
		}
		redirect(303, `/manage/events/${event.params.id}/import/${received.job.id}`);
	}
};
