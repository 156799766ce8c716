import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as agenda from '$lib/server/agenda';

export const load: PageServerLoad = async ({ locals, params }) => {
	const year = Number(params.year);
	const found = Number.isInteger(year) ? await agenda.cycleBySlugYear(locals.ctx.db, params.slug, year) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { ...found, consultations: await agenda.listConsultations(locals.ctx.db, found.cycle.id) };
};
