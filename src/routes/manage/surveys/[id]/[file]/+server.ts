import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as surveys from '$lib/server/surveys';
import { requireSignedInFetch } from '$lib/server/web/guards';
import { isUuid } from '$lib/server/web/params';

/** /manage/surveys/<id>/responses.csv (or .xlsx): the responses, streamed; secretariat only, audited. */
export const GET: RequestHandler = async (event) => {
	requireSignedInFetch(event);
	const match = /^responses\.(csv|xlsx)$/.exec(event.params.file);
	if (!match || !isUuid(event.params.id)) error(404, { message: 'Not found', code: 'errors.notFound' });
	try {
		return await surveys.exportResponses(event.locals.ctx, event.params.id, match[1] as 'csv' | 'xlsx');
	} catch (e) {
		const status = (e as { status?: number }).status;
		if (status === 403 || status === 404)
			error(status, { message: 'Refused', code: status === 403 ? 'errors.forbidden' : 'errors.notFound' });
		throw e;
	}
};
