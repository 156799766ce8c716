import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { MergeSchema, OrganisationEditSchema } from '$lib/directory/schemas';
import { organisations } from '$lib/server/directory';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const org = isUuid(params.id) ? await organisations.get(locals.ctx.db, params.id) : null;
	if (!org) error(404, { message: 'Not found', code: 'errors.notFound' });
	const mergedInto = org.mergedIntoId ? await organisations.get(locals.ctx.db, org.mergedIntoId) : null;
	return { org, mergedInto, created: url.searchParams.has('created'), ...(await directoryFormOptions(locals.ctx.db, locals.lang)) };
};

export const actions: Actions = {
	save: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, OrganisationEditSchema, (input) =>
			organisations.update(event.locals.ctx, event.params.id, input)
		);
		return 'id' in result ? { saved: true } : result;
	},
	// The duplicate (source) is merged into the organisation of this page (target).
	merge: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(
			event.request,
			MergeSchema,
			(input) => organisations.merge(event.locals.ctx, input.sourceId, input.targetId),
			{ prepare: (raw) => ({ ...raw, targetId: event.params.id }) }
		);
		return 'moved' in result
			? { merged: Object.values(result.moved).reduce((a, b) => a + b, 0) }
			: fail(result.status, { mergeForm: result.data });
	}
};
