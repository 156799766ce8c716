import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DecisionSchema, MergeSchema } from '$lib/agenda/schemas';
import { pick } from '$lib/i18n';
import * as agenda from '$lib/server/agenda';
import * as dialogues from '$lib/server/dialogues';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, toFailure, type FormFailure, readForm } from '$lib/server/web/forms';
import { readFormFile } from '$lib/server/files/attachments';

/** The secretariat's page of one consultation: its note, proposals, merges, attachments, ballots and decision. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const found = await agenda.getConsultation(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const [cycleProposals, cycleEvents] = await Promise.all([
		agenda.listCycleProposals(locals.ctx.db, found.cycle.id),
		dialogues.listEvents(locals.ctx.db, { cycleId: found.cycle.id })
	]);
	return {
		...found,
		created: url.searchParams.has('created'),
		done: url.searchParams.get('done'),
		mergeTargets: cycleProposals
			.filter((p) => p.status !== 'merged')
			.map((p) => ({ value: p.id, label: pick(p.titles, locals.lang), kind: p.kind })),
		// A selected topic may become a workshop of the cycle that no other topic has become.
		events: cycleEvents
			.filter((e) => e.kind === 'workshop' && !cycleProposals.some((p) => p.eventId === e.id))
			.map((e) => ({ value: e.id, label: `${pick(e.titles, locals.lang)} (${e.startDate})` }))
	};
};

/** A failed form, marked with which of the page's forms it was, so the page shows its messages there. */
const tagged = (name: string, result: ActionFailure<FormFailure>) => fail(result.status, { ...result.data, form: name });

const secretariat = (event: Parameters<Actions[string]>[0]) => {
	requireRole(event, 'secretariat');
	return event.locals.ctx;
};

export const actions: Actions = {
	merge: async (event) => {
		const ctx = secretariat(event);
		const form = await event.request.clone().formData();
		const proposalId = String(form.get('proposalId') ?? '');
		const result = await handleForm(event.request, MergeSchema, (input) =>
			agenda.mergeProposal(ctx, proposalId, input.intoId, input.version)
		);
		return 'id' in result ? { done: 'merged' as const } : tagged(`merge-${proposalId}`, result);
	},
	attach: async (event) => {
		const ctx = secretariat(event);
		const { file } = await readFormFile(event.request);
		try {
			await agenda.addAttachment(ctx, event.params.id, file);
			return { done: 'attached' as const };
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { form: 'attach', values: {}, errors: failure.errors });
		}
	},
	detach: async (event) => {
		const ctx = secretariat(event);
		const form = await readForm(event.request);
		try {
			await agenda.deleteAttachment(ctx, event.params.id, String(form.get('attachmentId') ?? ''));
			return { done: 'detached' as const };
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { form: 'attach', values: {}, errors: failure.errors });
		}
	},
	decide: async (event) => {
		const ctx = secretariat(event);
		const result = await handleForm(event.request, DecisionSchema, (input) => agenda.recordDecision(ctx, event.params.id, input), {
			// "Leave as it is" sends no status: that proposal is not part of this decision.
			prepare: (raw) => {
				const decisions = (raw.decisions ?? {}) as Record<string, Record<string, unknown>>;
				return { ...raw, decisions: Object.fromEntries(Object.entries(decisions).filter(([, d]) => d.status)) };
			}
		});
		return 'consultation' in result ? { done: 'decided' as const } : tagged('decide', result);
	}
};
