import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';

/** One table of the public funding page as CSV (by line or by donor). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const year = Number(params.year);
	const found =
		Number.isInteger(year) && funding.isFundingTable(params.table) ? await dialogues.getCycle(locals.ctx.db, params.slug, year) : null;
	const view = found ? await funding.forCycle(locals.ctx.db, found.cycle.id) : null;
	if (!found || !view || !funding.isFundingTable(params.table)) error(404, { message: 'Not found', code: 'errors.notFound' });
	const page = funding.fundingPage(view, locals.lang, { event: (id) => `/events/${id}` });
	const table = page.tables.find((t) => t.key === params.table)!;
	return new Response(funding.fundingCsv(table, view.currency), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="funding-${found.dialogue.slug}-${found.cycle.year}-${params.table}.csv"`
		}
	});
};
