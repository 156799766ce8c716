import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { IMPORT_KINDS, type ImportKind } from '$lib/participation/columns';
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
		const data = await event.request.formData();
		const kind = String(data.get('kind') ?? '') as ImportKind;
		const file = data.get('file');
		if (!IMPORT_KINDS.includes(kind) || !(file instanceof File) || file.size === 0)
			return fail(400, { kind, errors: { file: { key: 'participation.errors.fileRequired' as const } } });
		let job;
		try {
			job = await participation.uploads.upload(event.locals.ctx, event.params.id, kind, file);
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { kind, errors: failure.errors });
		}
		redirect(303, `/manage/events/${event.params.id}/import/${job.id}`);
	}
};
