import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as registration from '$lib/server/registration';
import { requireRole } from '$lib/server/web/guards';
import { toFailure, readForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';
import { mailContext } from '$lib/server/web/registration-form';
import {
	REGISTRATION_CATEGORIES,
	REGISTRATION_STATUSES,
	type RegistrationCategory,
	type RegistrationStatus
} from '$lib/registration/types';

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
	list.includes(value as T) ? (value as T) : undefined;

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params, url } = event;
	const setup = isUuid(params.id) ? await registration.getSetup(locals.ctx.db, params.id) : null;
	if (!setup) error(404, { message: 'Not found', code: 'errors.notFound' });
	const filter = {
		status: oneOf<RegistrationStatus>(REGISTRATION_STATUSES, url.searchParams.get('status')),
		category: oneOf<RegistrationCategory>(REGISTRATION_CATEGORIES, url.searchParams.get('category')),
		q: url.searchParams.get('q')?.trim() || undefined,
		page: Number(url.searchParams.get('page')) || 1
	};
	return {
		event: setup.event,
		filter,
		list: await registration.listForEvent(locals.ctx, params.id, filter),
		summary: await registration.summary(locals.ctx.db, params.id)
	};
};

/** One decision form per row: its id and the version the secretariat saw. */
async function decideFrom(event: Parameters<Actions['approve']>[0], decision: 'approve' | 'reject') {
	requireRole(event, 'secretariat');
	const form = await readForm(event.request);
	const id = String(form.get('id'));
	if (!isUuid(id)) error(404, { message: 'Not found', code: 'errors.notFound' });
	try {
		const outcome = await registration.decide(event.locals.ctx, id, decision, {
			version: Number(form.get('version')),
			mail: mailContext(event)
		});
		return { decided: decision, id, promoted: outcome.promoted.length };
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { id, errors: failure.errors });
	}
}

export const actions: Actions = {
	approve: (event) => decideFrom(event, 'approve'),
	reject: (event) => decideFrom(event, 'reject'),
	sponsored: async (event) => {
		requireRole(event, 'secretariat');
		const form = await readForm(event.request);
		const id = String(form.get('id'));
		if (!isUuid(id)) error(404, { message: 'Not found', code: 'errors.notFound' });
		await registration.setSponsored(event.locals.ctx, id, form.get('sponsored') === 'true');
		return { sponsoredSaved: true, id };
	}
};
