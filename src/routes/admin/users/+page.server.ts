import type { Actions, PageServerLoad } from './$types';
import { GrantSchema } from '$lib/auth/grant-schema';
import * as auth from '$lib/server/auth';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';

export const load: PageServerLoad = async ({ locals }) => ({
	users: await auth.listUsers(locals.ctx),
	...(await directoryFormOptions(locals.ctx.db, locals.lang))
});

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'admin');
		const result = await handleForm(event.request, GrantSchema, async ({ userId, ...grant }) => {
			await auth.grantRole(event.locals.ctx, userId, grant);
			return { granted: true as const };
		});
		return result;
	}
};
