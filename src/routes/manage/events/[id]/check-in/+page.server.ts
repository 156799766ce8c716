import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { CheckInSchema } from '$lib/attendance/schemas';
import { chooseDay } from '$lib/domain/attendance';
import { pick } from '$lib/i18n';
import { namedFields } from '$lib/registration/names';
import * as attendance from '$lib/server/attendance';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params, url } = event;
	const found = await attendance.eventForAttendance(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const day = chooseDay(url.searchParams.get('day'), found.days, found.defaultDay);
	const items = found.items.filter((i) => !i.day || i.day === day).map((i) => ({ value: i.id, label: pick(i.titles, locals.lang) }));
	const askedItem = url.searchParams.get('item');
	const item = askedItem && items.some((i) => i.value === askedItem) ? askedItem : null;
	const q = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
	const code = url.searchParams.get('code')?.trim().slice(0, 200) ?? '';
	const at = { day, programmeItemId: item };
	const [results, preview] = await Promise.all([
		q ? attendance.search(locals.ctx.db, found, q, at) : null,
		code ? attendance.preview(locals.ctx, found, code, day, item) : null
	]);
	return {
		event: { id: found.id, titles: found.titles, timeZone: found.timeZone },
		days: found.days,
		day,
		items,
		item,
		q,
		code,
		results,
		preview
	};
};

export const actions: Actions = {
	checkIn: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, CheckInSchema, (input) =>
			attendance.checkIn(event.locals.ctx, { ...input, eventId: event.params.id, mode: 'in-room' })
		);
		return 'record' in result ? { checkedIn: { ...namedFields(result), time: result.time } } : result;
	}
};
