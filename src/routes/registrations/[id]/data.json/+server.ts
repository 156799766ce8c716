import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import * as registration from '$lib/server/registration';
import { DomainError } from '$lib/server/core/errors';
import { isUuid } from '$lib/server/web/params';

/** The registrant's own data as a JSON file (the right to a copy). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!isUuid(params.id)) error(404, { message: 'Not found', code: 'errors.notFound' });
	try {
		const data = await registration.personalData(locals.ctx, params.id, url.searchParams.get('key'));
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="registration-${params.id}.json"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: 'Forbidden', code: e.code });
		throw e;
	}
};
