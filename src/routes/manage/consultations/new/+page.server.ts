import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ConsultationSchema } from '$lib/agenda/schemas';
import * as agenda from '$lib/server/agenda';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, url }) => {
	const cycleId = url.searchParams.get('cycle') ?? '';
	const cycle = isUuid(cycleId) ? await dialogues.getCycleById(locals.ctx.db, cycleId) : null;
	if (!cycle) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { cycle };
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, ConsultationSchema, (input) => agenda.createConsultation(event.locals.ctx, input));
		if ('id' in result) redirect(303, `/manage/consultations/${result.id}?created=1`);
		return result;
	}
};
