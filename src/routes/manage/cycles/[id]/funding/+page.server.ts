import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { PostponeSchema } from '$lib/dialogues/schemas';
import { BudgetEditSchema, BudgetLineSchema, PledgeSchema } from '$lib/funding/schemas';
import { pick } from '$lib/i18n';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';
import { fundingFormOptions, inCurrency } from '$lib/server/funding/forms';
import { requireRole } from '$lib/server/web/guards';
import { handleForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async ({ locals, params }) => {
	const cycle = isUuid(params.id) ? await dialogues.getCycleById(locals.ctx.db, params.id) : null;
	if (!cycle) error(404, { message: 'Not found', code: 'errors.notFound' });
	const [stored, view, options, dialogue] = await Promise.all([
		funding.getFunding(locals.ctx.db, cycle.id),
		funding.forCycle(locals.ctx.db, cycle.id),
		fundingFormOptions(locals.ctx.db, cycle.id, locals.lang),
		dialogues.getDialogueById(locals.ctx.db, cycle.dialogueId)
	]);
	const budget = stored?.budget ?? null;
	const currency = budget?.currency ?? 'USD';
	return {
		cycle: { id: cycle.id, year: cycle.year },
		dialogue: { slug: dialogue!.slug, names: dialogue!.names },
		budget: budget && {
			currency: budget.currency,
			total: inCurrency(budget.total, currency),
			sponsoredPercent: budget.sponsoredPercent ?? undefined,
			notes: budget.notes,
			version: budget.version
		},
		page: view ? funding.fundingPage(view, locals.lang, { event: (id) => `/manage/events/${id}` }) : null,
		lines: (view?.lines ?? []).map((l) => ({
			id: l.id,
			// The event's version as shown: a postponement of an event changed since is refused (stale edit).
			eventVersion: stored?.lines.find((s) => s.id === l.id)?.eventVersion ?? null,
			label: pick(l.labels, locals.lang),
			eventId: l.eventId,
			eventTitle: l.eventTitles ? pick(l.eventTitles, locals.lang) : null,
			eventStatus: l.eventStatus,
			status: l.status
		})),
		pledges: (stored?.pledges ?? []).map((p) => ({
			id: p.id,
			donor: p.donor.kind === 'state' ? pick(p.donor.names, locals.lang) : (p.donor.acronym ?? pick(p.donor.names, locals.lang)),
			amount: inCurrency(p.amount, p.currency),
			currency: p.currency,
			rate: p.rate,
			event: p.eventTitles ? pick(p.eventTitles, locals.lang) : null,
			status: p.status,
			pledgedOn: p.pledgedOn,
			receivedOn: p.receivedOn
		})),
		...options
	};
};

/** Each form's failure names its action, so the page shows the messages beside the right form. */
const named = <T extends object>(action: string, result: T) =>
	'status' in result && 'data' in result ? fail(result.status as number, { action, ...(result.data as object) }) : result;

export const actions: Actions = {
	budget: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, BudgetEditSchema, (input) =>
			funding.setBudget(event.locals.ctx, event.params.id, input)
		);
		return 'cycleId' in result ? { action: 'budget', saved: true } : named('budget', result);
	},
	addLine: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, BudgetLineSchema, (input) => funding.addLine(event.locals.ctx, event.params.id, input));
		return 'id' in result ? { action: 'addLine', saved: true } : named('addLine', result);
	},
	addPledge: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, PledgeSchema, (input) => funding.addPledge(event.locals.ctx, event.params.id, input));
		return 'id' in result ? { action: 'addPledge', saved: true } : named('addPledge', result);
	},
	postpone: async (event) => {
		requireRole(event, 'secretariat');
		const form = await event.request.clone().formData();
		const eventId = String(form.get('eventId') ?? '');
		const found = isUuid(eventId) ? await dialogues.getEvent(event.locals.ctx.db, eventId) : null;
		if (!found || found.cycle.id !== event.params.id) error(404, { message: 'Not found', code: 'errors.notFound' });
		// The version comes from the page: the event as the secretariat saw it when deciding to postpone it.
		const result = await handleForm(event.request, PostponeSchema, (input) => dialogues.postponeEvent(event.locals.ctx, eventId, input));
		return 'id' in result ? { action: 'postpone', saved: true, eventId } : named(`postpone-${eventId}`, result);
	}
};
