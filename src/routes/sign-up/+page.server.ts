import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { SignUpSchema } from '$lib/auth/schemas';
import * as auth from '$lib/server/auth';
import { handleForm } from '$lib/server/web/forms';
import { setSessionCookie } from '$lib/server/web/session-cookie';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/account');
};

export const actions: Actions = {
	default: async (event) => {
		const result = await handleForm(event.request, SignUpSchema, async (input) => {
			await auth.signUp(event.locals.ctx, input);
			const session = await auth.signIn(event.locals.ctx.db, { email: input.email, password: input.password }, event.getClientAddress());
			setSessionCookie(event, session.token, session.expiresAt);
			return null;
		});
		if (result !== null) return result;
		redirect(303, '/account');
	}
};
