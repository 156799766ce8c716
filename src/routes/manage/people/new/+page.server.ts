import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { PersonSchema } from '$lib/directory/schemas';
import { people } from '$lib/server/directory';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, PersonSchema, (input) => people.create(event.locals.ctx, input));
		if ('id' in result) redirect(303, `/manage/people/${result.id}?created=1`);
		return result;
	}
};
