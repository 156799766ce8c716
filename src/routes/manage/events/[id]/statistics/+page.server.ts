import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { isDrillDown } from '$lib/domain/statistics';
import * as dialogues from '$lib/server/dialogues';
import * as statistics from '$lib/server/statistics';
import { requireRole } from '$lib/server/web/guards';

/** The annex for the secretariat: the same figures, and the registrations behind one (?figure=). */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params, url } = event;
	const summary = await dialogues.findEventSummary(locals.ctx.db, params.id);
	const stats = summary ? await statistics.forEvent(locals.ctx.db, summary.id) : null;
	if (!summary || !stats) error(404, { message: 'Not found', code: 'errors.notFound' });
	const figure = url.searchParams.get('figure') ?? '';
	const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
	const behind = isDrillDown(figure) ? await statistics.registrationsBehind(locals.ctx, summary.id, figure, page) : null;
	const annex = statistics.withCharts(stats, locals.lang);
	return {
		event: { id: summary.id, titles: summary.titles },
		asOf: stats.asOf,
		annex,
		drill: behind && {
			figure,
			label: annex.figures.find((f) => f.key === figure)!.label,
			rows: behind.rows,
			total: behind.total,
			page: behind.page,
			pages: behind.pages
		}
	};
};
