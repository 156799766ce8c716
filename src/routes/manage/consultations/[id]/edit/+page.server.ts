import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ConsultationEditSchema } from '$lib/agenda/schemas';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { loadForForms } from '../consultation.server';

export const load: PageServerLoad = ({ locals, params }) => loadForForms(locals.ctx.db, params.id);

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, ConsultationEditSchema, (input) =>
			agenda.updateConsultation(event.locals.ctx, event.params.id, input)
		);
		if ('id' in result) redirect(303, `/manage/consultations/${event.params.id}?done=saved`);
		return result;
	}
};
