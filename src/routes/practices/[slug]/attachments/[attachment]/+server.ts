import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readAttachment } from '$lib/server/practices/attachments';
import { fileResponse } from '$lib/server/files/attachments';

/** A practice's file at its stable address: public once the practice is published; before, only for its submitter, reviewers and the secretariat. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await readAttachment(locals.ctx, params.slug, params.attachment);
	if (!file) error(404, { message: 'Not found', code: 'errors.notFound' });
	return fileResponse(file, { cacheControl: file.published ? 'public, max-age=300' : 'private, no-store' });
};
