import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { EventSchema } from '$lib/dialogues/schemas';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { eventFormOptions } from '$lib/server/web/form-options';
import { EVENT_FORM_ARRAYS, prepareEventForm } from '$lib/server/web/event-form';

export const load: PageServerLoad = async ({ locals, url }) => ({
	options: await eventFormOptions(locals.ctx.db, locals.lang),
	cycleId: url.searchParams.get('cycle') ?? undefined
});

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, EventSchema, (input) => dialogues.createEvent(event.locals.ctx, input), {
			arrays: EVENT_FORM_ARRAYS,
			prepare: prepareEventForm
		});
		if ('id' in result) redirect(303, `/manage/events/${result.id}?created=1`);
		return result;
	}
};
