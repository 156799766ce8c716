import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ProposalSchema } from '$lib/agenda/schemas';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await agenda.getConsultation(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { consultation: found.consultation, open: found.proposals.filter((p) => p.status !== 'merged') };
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, ProposalSchema, (input) =>
			agenda.createProposal(event.locals.ctx, event.params.id, input)
		);
		if ('id' in result) redirect(303, `/manage/consultations/${event.params.id}?done=proposal`);
		return result;
	}
};
