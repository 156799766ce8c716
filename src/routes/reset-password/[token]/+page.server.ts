import type { Actions, PageServerLoad } from './$types';
import { ResetSchema } from '$lib/auth/schemas';
import * as auth from '$lib/server/auth';
import { handleForm } from '$lib/server/web/forms';

export const load: PageServerLoad = ({ params }) => ({ token: params.token });

export const actions: Actions = {
	default: async ({ request, locals, params }) =>
		handleForm(
			request,
			ResetSchema,
			async (input) => {
				await auth.resetPassword(locals.ctx.db, input);
				return { done: true as const };
			},
			{ prepare: (raw) => ({ ...raw, token: params.token }) }
		)
};
