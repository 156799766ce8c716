import { error } from '@sveltejs/kit';
import contentDisposition from 'content-disposition';
import type { RequestHandler } from './$types';
import * as agenda from '$lib/server/agenda';

/** A consultation's PDF attachment, public like the consultation. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await agenda.getAttachment(locals.ctx.db, params.id, params.attachment);
	if (!file) error(404, { message: 'Not found', code: 'errors.notFound' });
	return new Response(new Uint8Array(file.content), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(file.size),
			// An ASCII fallback name plus filename* (RFC 6266): a header cannot carry an Arabic name as is.
			'content-disposition': contentDisposition(file.fileName, { type: 'inline' }),
			'cache-control': 'public, max-age=300'
		}
	});
};
