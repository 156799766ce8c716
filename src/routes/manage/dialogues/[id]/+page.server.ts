import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DialogueEditSchema } from '$lib/dialogues/schemas';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const dialogue = isUuid(params.id) ? await dialogues.getDialogueById(locals.ctx.db, params.id) : null;
	if (!dialogue) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		dialogue,
		created: url.searchParams.has('created'),
		organisations: (await directoryFormOptions(locals.ctx.db, locals.lang)).organisations
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(
			event.request,
			DialogueEditSchema,
			(input) => dialogues.updateDialogue(event.locals.ctx, event.params.id, input),
			{ arrays: ['languages'] }
		);
		return 'id' in result ? { saved: true } : result;
	}
};
