import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';

/** The dialogue's funding by year as CSV. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const found = await dialogues.getDialogue(locals.ctx.db, params.slug);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const rows = await funding.dialogueFundingSummary(locals.ctx.db, found.dialogue.id);
	return new Response(funding.dialogueFundingCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="funding-${found.dialogue.slug}-by-year.csv"`
		}
	});
};
