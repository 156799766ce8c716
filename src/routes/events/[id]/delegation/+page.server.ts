import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as registration from '$lib/server/registration';
import { states } from '$lib/server/directory';
import { hasRole } from '$lib/server/core/actor';
import { requireRole } from '$lib/server/web/guards';
import { toFailure, readForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { mailContext, submitRegistration } from '$lib/server/web/registration-form';

/** The State a focal point acts for; the secretariat names one with ?state=. */
function stateOf(event: Pick<RequestEvent, 'locals' | 'url'>): string {
	const grant = event.locals.actor.grants.find((g) => g.role === 'state-focal-point' && g.stateId);
	const asked = event.url.searchParams.get('state')?.toUpperCase();
	if (asked) {
		// A focal point asking for another State's delegation is refused, not shown its own.
		if (/^[A-Z]{3}$/.test(asked) && (hasRole(event.locals.actor, 'secretariat') || grant?.stateId === asked)) return asked;
		error(403, { message: 'Forbidden', code: 'registration.errors.otherState' });
	}
	if (grant?.stateId) return grant.stateId;
	error(403, { message: 'Forbidden', code: 'registration.errors.otherState' });
}

async function setupOf(event: Pick<RequestEvent, 'locals' | 'params'>) {
	const id = event.params.id ?? '';
	const setup = isUuid(id) ? await registration.getSetup(event.locals.ctx.db, id) : null;
	if (!setup) error(404, { message: 'Not found', code: 'errors.notFound' });
	return setup;
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'participant');
	const setup = await setupOf(event);
	const stateId = stateOf(event);
	const [delegation, names, options] = await Promise.all([
		registration.delegation(event.locals.ctx, setup.event.id, stateId),
		states.stateNames(event.locals.ctx.db, [stateId], event.locals.lang),
		directoryFormOptions(event.locals.ctx.db, event.locals.lang)
	]);
	return {
		event: setup.event,
		stateId,
		stateName: names.get(stateId) ?? stateId,
		delegation,
		open: registration.openState(setup.settings, setup.form).open,
		privacyNotices: setup.settings?.privacyNotices ?? { en: '' },
		form: setup.form ? { version: setup.form.version, definition: setup.form.definition } : null,
		options
	};
};

async function decision(event: RequestEvent<{ id: string }>, kind: 'approve' | 'reject' | 'head') {
	requireRole(event, 'participant');
	const form = await readForm(event.request);
	const id = String(form.get('registrationId'));
	if (!isUuid(id)) error(404, { message: 'Not found', code: 'errors.notFound' });
	try {
		if (kind === 'head') {
			await registration.setHeadOfDelegation(event.locals.ctx, event.params.id, stateOf(event), id);
			return { headSaved: true };
		}
		await registration.decide(event.locals.ctx, id, kind, { version: Number(form.get('version')) || undefined, mail: mailContext(event) });
		return { decided: kind };
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { decisionErrors: failure.errors });
	}
}

export const actions: Actions = {
	nominate: async (event) => {
		requireRole(event, 'participant');
		const setup = await setupOf(event);
		if (!setup.form) error(404, { message: 'Not found', code: 'errors.notFound' });
		const stateId = stateOf(event);
		const submitted = await submitRegistration(event.request, setup.form.definition, (raw) =>
			registration.register(event.locals.ctx, setup.event.id, { ...raw, category: 'government', stateId }, { mail: mailContext(event) })
		);
		return submitted.ok ? { nominated: true } : submitted.failure;
	},
	approve: (event) => decision(event, 'approve'),
	reject: (event) => decision(event, 'reject'),
	head: (event) => decision(event, 'head')
};
