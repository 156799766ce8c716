import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { CycleSchema } from '$lib/dialogues/schemas';
import { pick } from '$lib/i18n';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

export const load: PageServerLoad = async ({ locals, url }) => ({
	dialogueId: url.searchParams.get('dialogue') ?? undefined,
	dialogues: (await dialogues.listDialogues(locals.ctx.db)).map(({ dialogue }) => ({
		value: dialogue.id,
		label: pick(dialogue.names, locals.lang)
	}))
});

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, CycleSchema, (input) => dialogues.createCycle(event.locals.ctx, input));
		if ('id' in result) redirect(303, `/manage/cycles/${result.id}?created=1`);
		return result;
	}
};
