import type { Actions } from './$types';
import { ResetRequestSchema } from '$lib/auth/schemas';
import * as auth from '$lib/server/auth';
import { handleForm } from '$lib/server/web/forms';

export const actions: Actions = {
	default: async ({ request, locals, url }) =>
		handleForm(request, ResetRequestSchema, async ({ email }) => {
			await auth.requestPasswordReset(locals.ctx.db, email, url.origin);
			return { sent: true as const };
		})
};
