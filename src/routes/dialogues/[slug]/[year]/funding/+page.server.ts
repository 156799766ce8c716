import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';

/** Public: budget against pledges and receipts, by line and by donor (States and organisations, never people). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const year = Number(params.year);
	const found = Number.isInteger(year) ? await dialogues.getCycle(locals.ctx.db, params.slug, year) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const view = await funding.forCycle(locals.ctx.db, found.cycle.id);
	return {
		dialogue: { slug: found.dialogue.slug, names: found.dialogue.names },
		cycle: { id: found.cycle.id, year: found.cycle.year },
		funding: view ? funding.fundingPage(view, locals.lang, { event: (id) => `/events/${id}` }) : null
	};
};
