import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as agenda from '$lib/server/agenda';
import { fileResponse } from '$lib/server/files/attachments';

/** A consultation's PDF attachment, public like the consultation. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await agenda.getAttachment(locals.ctx.db, params.id, params.attachment);
	if (!file) error(404, { message: 'Not found', code: 'errors.notFound' });
	return fileResponse(file, { cacheControl: 'public, max-age=300' });
};
