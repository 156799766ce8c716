import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as auth from '$lib/server/auth';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies, locals }) => {
		const token = cookies.get(auth.SESSION_COOKIE);
		if (token) await auth.signOut(locals.ctx.db, token);
		cookies.delete(auth.SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	}
};
