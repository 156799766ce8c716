import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DialogueSchema } from '$lib/dialogues/schemas';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';

export const load: PageServerLoad = async ({ locals }) => ({
	organisations: (await directoryFormOptions(locals.ctx.db, locals.lang)).organisations
});

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, DialogueSchema, (input) => dialogues.createDialogue(event.locals.ctx, input), {
			arrays: ['languages']
		});
		if ('id' in result) redirect(303, `/manage/dialogues/${result.id}?created=1`);
		return result;
	}
};
