import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as programme from '$lib/server/programme';
import { isUuid } from '$lib/server/web/params';

/** A speaker's public page: only what the programmes publish (no e-mail, no other personal data). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const found = isUuid(params.personId) ? await programme.speakerAppearances(locals.ctx.db, params.personId) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	if (found.kind === 'merged') redirect(301, `/speakers/${found.mergedIntoId}`);
	return { person: found.person, events: found.events };
};
