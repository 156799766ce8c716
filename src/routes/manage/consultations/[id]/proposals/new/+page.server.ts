import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ProposalSchema } from '$lib/agenda/schemas';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { loadForForms } from '../../consultation.server';

export const load: PageServerLoad = async ({ locals, params }) => ({
	...(await loadForForms(locals.ctx.db, params.id)),
	options: await directoryFormOptions(locals.ctx.db, locals.lang)
});

export const actions: Actions = {
	save: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, ProposalSchema, (input) =>
			agenda.createProposal(event.locals.ctx, event.params.id, input)
		);
		if ('id' in result) redirect(303, `/manage/consultations/${event.params.id}?done=proposal`);
		return result;
	}
};
