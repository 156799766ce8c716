import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as registration from '$lib/server/registration';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { requireRole } from '$lib/server/web/guards';
import { isUuid } from '$lib/server/web/params';
import { mailContext, submitRegistration } from '$lib/server/web/registration-form';

async function loadSetup(db: App.Locals['ctx']['db'], id: string) {
	const setup = isUuid(id) ? await registration.getSetup(db, id) : null;
	if (!setup) error(404, { message: 'Not found', code: 'errors.notFound' });
	return setup;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const setup = await loadSetup(locals.ctx.db, params.id);
	const state = registration.openState(setup.settings, setup.form);
	return {
		event: found.event,
		open: state.open,
		reason: state.reason,
		closesAt: setup.settings?.closesAt ?? null,
		full: setup.settings?.capacity != null && setup.settings.placesTaken >= setup.settings.capacity,
		privacyNotices: setup.settings?.privacyNotices ?? { en: '' },
		form: setup.form ? { version: setup.form.version, definition: setup.form.definition } : null,
		signedIn: locals.actor.kind === 'user',
		// A new registrant starts with their account's e-mail.
		values: { email: locals.user?.email },
		options:
			state.open && locals.actor.kind === 'user'
				? await directoryFormOptions(locals.ctx.db, locals.lang)
				: { countries: [], organisations: [] }
	};
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'participant');
		const setup = await loadSetup(event.locals.ctx.db, event.params.id);
		if (!setup.form) error(404, { message: 'Not found', code: 'errors.notFound' });
		const submitted = await submitRegistration(event.request, setup.form.definition, (raw) =>
			registration.register(event.locals.ctx, event.params.id, raw, { mail: mailContext(event) })
		);
		if (!submitted.ok) return submitted.failure;
		redirect(303, `/registrations/${submitted.result.registration.id}?registered`);
	}
};
