import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { states } from '$lib/server/directory';
import { membershipOn, today } from '$lib/domain/validity';

export const load: PageServerLoad = async ({ locals, params }) => {
	const state = /^[A-Za-z]{3}$/.test(params.id) ? await states.getState(locals.ctx.db, params.id) : null;
	if (!state) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { state, membershipToday: membershipOn(state.memberships, today()) };
};
