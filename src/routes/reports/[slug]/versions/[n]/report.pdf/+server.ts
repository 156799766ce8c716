import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { DomainError } from '$lib/server/core/errors';
import * as reports from '$lib/server/reports';

/** One published version as PDF, printed from /reports/<slug>/versions/<n> (decision 018). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const number = reports.versionNumber(params.n);
	try {
		const response = number === null ? null : await reports.reportPdf(locals.ctx.db, params.slug, locals.lang, number);
		if (!response) error(404, { message: 'Not found', code: 'errors.notFound' });
		return response;
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: 'Not available', code: e.code });
		throw e;
	}
};
