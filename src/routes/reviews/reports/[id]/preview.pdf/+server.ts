import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { DomainError } from '$lib/server/core/errors';
import { previewPdf } from '$lib/server/reports';
import { requireAnyRole } from '$lib/server/web/guards';

/** The preview of a working copy as PDF, printed from /reviews/reports/<id> as its reader sees it. */
export const GET: RequestHandler = async (event) => {
	requireAnyRole(event, 'reviewer', 'secretariat');
	const { locals, params, request } = event;
	try {
		return await previewPdf(locals.ctx, params.id, locals.lang, request.headers.get('cookie'));
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: 'Not available', code: e.code });
		throw e;
	}
};
