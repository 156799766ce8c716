import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';

export const load: PageServerLoad = async ({ locals, params }) => {
	const year = Number(params.year);
	const found = Number.isInteger(year) ? await dialogues.getCycle(locals.ctx.db, params.slug, year) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const view = await funding.forCycle(locals.ctx.db, found.cycle.id);
	// Each event's computed funding status, for the events that have a budget line.
	const fundingByEvent = Object.fromEntries(
		(view?.lines ?? []).filter((l) => l.eventId).map((l) => [l.eventId!, { status: l.status, subjectToFunding: l.subjectToFunding }])
	);
	return { ...found, fundingByEvent };
};
