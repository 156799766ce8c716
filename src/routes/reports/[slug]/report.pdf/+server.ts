import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { DomainError } from '$lib/server/core/errors';
import { reportPdf } from '$lib/server/reports';

/** The newest published version as PDF, printed from /reports/<slug> (decision 018). */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const response = await reportPdf(locals.ctx.db, params.slug, locals.lang);
		if (!response) error(404, { message: 'Not found', code: 'errors.notFound' });
		return response;
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: 'Not available', code: e.code });
		throw e;
	}
};
