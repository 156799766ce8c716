import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { CycleEditSchema } from '$lib/dialogues/schemas';
import { pick } from '$lib/i18n';
import * as dialogues from '$lib/server/dialogues';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const cycle = isUuid(params.id) ? await dialogues.getCycleById(locals.ctx.db, params.id) : null;
	if (!cycle) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		cycle,
		created: url.searchParams.has('created'),
		consultations: await agenda.listConsultations(locals.ctx.db, cycle.id),
		dialogues: (await dialogues.listDialogues(locals.ctx.db)).map(({ dialogue }) => ({
			value: dialogue.id,
			label: pick(dialogue.names, locals.lang)
		}))
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, CycleEditSchema, (input) =>
			dialogues.updateCycle(event.locals.ctx, event.params.id, input)
		);
		return 'id' in result ? { saved: true } : result;
	}
};
