import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { OrganisationSchema } from '$lib/directory/schemas';
import { organisations } from '$lib/server/directory';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';

export const load: PageServerLoad = async ({ locals }) => directoryFormOptions(locals.ctx.db, locals.lang);

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, OrganisationSchema, (input) => organisations.create(event.locals.ctx, input));
		if ('id' in result) redirect(303, `/manage/organisations/${result.id}?created=1`);
		return result;
	}
};
