import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { RecordOnlineSchema } from '$lib/attendance/schemas';
import { chooseDay } from '$lib/domain/attendance';
import { pick } from '$lib/i18n';
import { namedFields } from '$lib/registration/names';
import * as attendance from '$lib/server/attendance';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, toFailure, readForm } from '$lib/server/web/forms';

const SHOWN = 100;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params, url } = event;
	const found = await attendance.eventForAttendance(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const day = chooseDay(url.searchParams.get('day'), found.days, null);
	const onlineDay = chooseDay(url.searchParams.get('onlineDay'), found.days, found.defaultDay);
	const q = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
	const [list, results] = await Promise.all([
		attendance.forEvent(locals.ctx.db, found, day ?? undefined),
		q ? attendance.search(locals.ctx.db, found, q, { day: onlineDay, mode: 'online' }) : null
	]);
	return {
		event: { id: found.id, titles: found.titles, timeZone: found.timeZone },
		days: list.days,
		day,
		records: list.records.map((r) => ({ ...r, item: r.itemTitles ? pick(r.itemTitles, locals.lang) : null })),
		truncated: list.truncated,
		limit: attendance.LIST_LIMIT,
		onlineDay,
		q,
		results
	};
};

function importFailure(e: unknown) {
	const failure = toFailure(e);
	if (!failure) throw e;
	return fail(failure.status, { importForm: { errors: failure.errors } });
}

export const actions: Actions = {
	online: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, RecordOnlineSchema, (input) =>
			attendance.recordOnline(event.locals.ctx, { ...input, eventId: event.params.id })
		);
		return 'record' in result ? { onlineRecorded: namedFields(result) } : fail(result.status, { onlineForm: result.data });
	},
	preview: async (event) => {
		requireRole(event, 'secretariat');
		const file = (await readForm(event.request)).get('file');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { importForm: { errors: { file: { key: 'attendance.errors.fileRequired' as const } } } });
		}
		const csv = await file.text();
		try {
			const report = await attendance.importJoinLog(event.locals.ctx, event.params.id, csv, { dryRun: true });
			return {
				preview: {
					rows: report.rows,
					duplicates: report.duplicates,
					toRecord: report.entries.length,
					problemCount: report.problems.length,
					problems: report.problems.slice(0, SHOWN),
					entries: report.entries.slice(0, SHOWN).map((e) => ({ row: e.row, ...namedFields(e), email: e.email, day: e.day, time: e.time })),
					shown: SHOWN
				},
				csv
			};
		} catch (e) {
			return importFailure(e);
		}
	},
	import: async (event) => {
		requireRole(event, 'secretariat');
		const csv = (await readForm(event.request)).get('csv');
		if (typeof csv !== 'string' || !csv)
			return fail(400, { importForm: { errors: { file: { key: 'attendance.errors.fileRequired' as const } } } });
		try {
			const report = await attendance.importJoinLog(event.locals.ctx, event.params.id, csv, { dryRun: false });
			return { imported: { recorded: report.recorded, duplicates: report.duplicates } };
		} catch (e) {
			return importFailure(e);
		}
	}
};
