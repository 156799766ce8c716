import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as statistics from '$lib/server/statistics';
import * as surveys from '$lib/server/surveys';
import { isUuid } from '$lib/server/web/params';

// Never kept by the public page cache (see page-cache.ts): the figures change with every registration and check-in.
export const load: PageServerLoad = async ({ locals, params }) => {
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	const stats = found ? await statistics.forEvent(locals.ctx.db, found.event.id) : null;
	if (!found || !stats) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		event: { id: found.event.id, titles: found.event.titles },
		dialogue: found.dialogue,
		cycle: found.cycle,
		asOf: stats.asOf,
		annex: statistics.withCharts(stats, locals.lang),
		surveys: await surveys.visibleForEvent(locals.ctx.db, locals.actor, found.event.id, locals.lang)
	};
};
