import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ballotSchema } from '$lib/agenda/schemas';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { loadForForms } from '../../consultation.server';

export const load: PageServerLoad = ({ locals, params }) => loadForForms(locals.ctx.db, params.id);

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const { consultation } = await loadForForms(event.locals.ctx.db, event.params.id);
		// The times are typed as wall-clock times in the consultation's zone.
		const schema = ballotSchema(consultation.timeZone);
		const result = await handleForm(event.request, schema, (input) => agenda.openBallot(event.locals.ctx, event.params.id, input), {
			arrays: ['proposalIds']
		});
		if ('id' in result) redirect(303, `/manage/consultations/${event.params.id}?done=ballot`);
		return result;
	}
};
