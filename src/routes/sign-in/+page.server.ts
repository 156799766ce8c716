import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { SignInSchema } from '$lib/auth/schemas';
import * as auth from '$lib/server/auth';
import { handleForm, readForm } from '$lib/server/web/forms';
import { safeNext } from '$lib/server/web/next';
import { setSessionCookie } from '$lib/server/web/session-cookie';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async (event) => {
		const result = await handleForm(event.request.clone(), SignInSchema, async (input) => {
			const session = await auth.signIn(event.locals.ctx.db, input, event.getClientAddress());
			setSessionCookie(event, session.token, session.expiresAt);
			return null;
		});
		if (result !== null) return result;
		const form = await readForm(event.request);
		redirect(303, safeNext(String(form.get('next') ?? '')));
	}
};
