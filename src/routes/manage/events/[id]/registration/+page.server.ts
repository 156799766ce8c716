import { error, fail } from '@sveltejs/kit';
import { zonedToUtc } from '$lib/domain/time-zones';
import { localDateTime } from '$lib/server/web/zoned-form';
import type { Actions, PageServerLoad } from './$types';
import * as registration from '$lib/server/registration';
import { requireRole } from '$lib/server/web/guards';
import { toFailure, readForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';
import { mailContext } from '$lib/server/web/registration-form';
import { definitionToEditor, editorToDefinition } from '$lib/registration/form-editor';
import { formToObject } from '$lib/validation';

/** The instant of a deadline typed as the venue's wall-clock time ("2030-05-01T12:00"). */
function fromLocal(local: string, timeZone: string): string {
	const [day, time] = local.split('T');
	const instant = /^\d{4}-\d{2}-\d{2}$/.test(day) && /^\d{2}:\d{2}$/.test(time ?? '') ? zonedToUtc(day, time, timeZone) : null;
	// A malformed value goes on as typed, for the schema to refuse with its message.
	return instant && !Number.isNaN(instant.getTime()) ? instant.toISOString().slice(0, 16) : local;
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const setup = isUuid(event.params.id) ? await registration.getSetup(event.locals.ctx.db, event.params.id) : null;
	if (!setup) error(404, { message: 'Not found', code: 'errors.notFound' });
	const s = setup.settings;
	return {
		event: setup.event,
		settings: s
			? {
					...s,
					closesAt: s.closesAt ? localDateTime(s.closesAt, setup.event.timeZone) : undefined,
					open: s.open ? 'on' : undefined,
					requiresFocalPointApproval: s.requiresFocalPointApproval ? 'on' : undefined
				}
			: { privacyNotices: {} },
		form: setup.form ? { version: setup.form.version, values: definitionToEditor(setup.form.definition) } : null,
		summary: await registration.summary(event.locals.ctx.db, setup.event.id),
		choices: await registration.choiceCounts(event.locals.ctx.db, setup.event.id)
	};
};

export const actions: Actions = {
	settings: async (event) => {
		requireRole(event, 'secretariat');
		const setup = await registration.getSetup(event.locals.ctx.db, event.params.id);
		if (!setup) error(404, { message: 'Not found', code: 'errors.notFound' });
		const values = formToObject(await readForm(event.request));
		const input = {
			...values,
			closesAt: typeof values.closesAt === 'string' ? fromLocal(values.closesAt, setup.event.timeZone) : undefined
		};
		try {
			const { promoted } = await registration.configure(event.locals.ctx, event.params.id, input, { mail: mailContext(event) });
			return { settingsSaved: true, promoted: promoted.length };
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { settingsValues: values, settingsErrors: failure.errors });
		}
	},
	form: async (event) => {
		requireRole(event, 'secretariat');
		const values = formToObject(await readForm(event.request));
		try {
			const form = await registration.publishForm(
				event.locals.ctx,
				event.params.id,
				editorToDefinition(values),
				Number(values.basedOn) || undefined
			);
			return { published: form.version };
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { formValues: values, formErrors: failure.errors });
		}
	}
};
