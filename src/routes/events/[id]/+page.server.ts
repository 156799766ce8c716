import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as agenda from '$lib/server/agenda';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';
import * as practices from '$lib/server/practices';
import * as programme from '$lib/server/programme';
import * as registration from '$lib/server/registration';
import * as reports from '$lib/server/reports';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const [items, setup, proposal, money, knowledge, published] = await Promise.all([
		programme.forEvent(locals.ctx.db, found.event.id),
		registration.getSetup(locals.ctx.db, found.event.id),
		agenda.proposalOfEvent(locals.ctx.db, found.event.id),
		funding.forEvent(locals.ctx.db, found.event.id),
		practices.ofEvent(locals.ctx.db, found.event.id),
		reports.listing(locals.ctx.db, { eventId: found.event.id })
	]);
	return {
		...found,
		programme: items,
		// The good practices presented at the event and the evidence cited there (the knowledge platform).
		presented: knowledge.practices.map((p) => ({ slug: p.slug, titles: p.titles })),
		evidence: knowledge.evidence,
		// The outcome reports published about the event, each at its newest version.
		reports: published,
		// A workshop selected at a consultation links back to the proposal it came from.
		proposal,
		// The event's budget line, computed from the pledges ("subject to available funding" when it says so).
		funding: money ? funding.eventFundingSummary(money, locals.lang) : null,
		registration: { ...registration.openState(setup?.settings ?? null, setup?.form ?? null), closesAt: setup?.settings?.closesAt ?? null },
		// Focal points (signed in, so never a cached page) get a link to their delegation.
		delegationLink: locals.actor.grants.some((g) => g.role === 'state-focal-point') && !!setup?.settings
	};
};
