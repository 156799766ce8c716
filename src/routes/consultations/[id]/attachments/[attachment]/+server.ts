import { error } from '@sveltejs/kit';
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
			'content-disposition': `inline; filename="${file.fileName.replace(/"/g, '')}"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
