import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as agenda from '$lib/server/agenda';
import { DomainError } from '$lib/server/core/errors';

/** The results as CSV, for those who may see them; computed when asked (never kept by the page cache). */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const found = await agenda.visibleResults(locals.ctx.db, locals.actor, params.id);
		return new Response(agenda.resultsCsv(found, locals.lang), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="ballot-${found.ballot.id}-results.csv"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: 'Not available', code: e.code });
		throw e;
	}
};
