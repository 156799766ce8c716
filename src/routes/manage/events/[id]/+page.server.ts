import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { EventEditSchema } from '$lib/dialogues/schemas';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { eventFormOptions } from '$lib/server/web/form-options';
import { EVENT_FORM_ARRAYS, prepareEventForm } from '$lib/server/web/event-form';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const e = found.event;
	return {
		id: e.id,
		created: url.searchParams.has('created'),
		values: {
			...e,
			countryId: e.countryId ?? undefined,
			expectedOutcomesText: e.expectedOutcomes.map((o) => o.en).join('\n'),
			organiserIds: found.organisers.map((o) => o.id)
		},
		options: await eventFormOptions(locals.ctx.db, locals.lang)
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const id = event.params.id;
		const result = await handleForm(event.request, EventEditSchema, (input) => dialogues.updateEvent(event.locals.ctx, id, input), {
			arrays: EVENT_FORM_ARRAYS,
			prepare: prepareEventForm
		});
		return 'id' in result ? { saved: true } : result;
	}
};
