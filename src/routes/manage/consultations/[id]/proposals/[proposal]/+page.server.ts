import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ProposalEditSchema, VersionSchema } from '$lib/agenda/schemas';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';

/** Edit or delete one proposal of the consultation. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await agenda.getProposal(locals.ctx.db, params.proposal);
	if (!found || found.consultation.id !== params.id) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		consultation: found.consultation,
		proposal: found.proposal,
		options: await directoryFormOptions(locals.ctx.db, locals.lang)
	};
};

export const actions: Actions = {
	save: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, ProposalEditSchema, (input) =>
			agenda.updateProposal(event.locals.ctx, event.params.proposal, input)
		);
		if ('id' in result) redirect(303, `/manage/consultations/${event.params.id}?done=proposalSaved`);
		return result;
	},
	delete: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, VersionSchema, (input) =>
			agenda.deleteProposal(event.locals.ctx, event.params.proposal, input.version)
		);
		if ('consultationId' in result) redirect(303, `/manage/consultations/${event.params.id}?done=proposalDeleted`);
		return fail(result.status, { ...result.data, form: 'delete' });
	}
};
