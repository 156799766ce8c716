import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isTableKey } from '$lib/domain/statistics';
import * as statistics from '$lib/server/statistics';

/** One table of the public annex as CSV, computed when asked (never kept by the page cache). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const stats = isTableKey(params.table) ? await statistics.forEvent(locals.ctx.db, params.id) : null;
	if (!stats || !isTableKey(params.table)) error(404, { message: 'Not found', code: 'errors.notFound' });
	return new Response(statistics.tableCsv(statistics.tableView(stats, params.table, locals.lang)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="statistics-${params.table}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
