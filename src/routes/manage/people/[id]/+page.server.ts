import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { MergeSchema, PersonEditSchema, PositionSchema } from '$lib/directory/schemas';
import { people } from '$lib/server/directory';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const person = isUuid(params.id) ? await people.get(locals.ctx, params.id) : null;
	if (!person) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		person,
		created: url.searchParams.has('created'),
		organisations: (await directoryFormOptions(locals.ctx.db, locals.lang)).organisations,
		others: (await people.options(locals.ctx)).filter((p) => p.value !== person.id)
	};
};

export const actions: Actions = {
	save: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, PersonEditSchema, (input) => people.update(event.locals.ctx, event.params.id, input));
		return 'id' in result ? { saved: true } : result;
	},
	position: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, PositionSchema, (input) => people.addPosition(event.locals.ctx, event.params.id, input));
		return 'id' in result ? { saved: true } : fail(result.status, { positionForm: result.data });
	},
	merge: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, MergeSchema, (input) => people.merge(event.locals.ctx, input.sourceId, input.targetId), {
			prepare: (raw) => ({ ...raw, targetId: event.params.id })
		});
		return 'moved' in result ? { saved: true } : fail(result.status, { mergeForm: result.data });
	}
};
