import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { BudgetLineEditSchema } from '$lib/funding/schemas';
import * as funding from '$lib/server/funding';
import { fundingFormOptions, inCurrency } from '$lib/server/funding/forms';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, toFailure } from '$lib/server/web/forms';
import { fail } from '@sveltejs/kit';

export const load: PageServerLoad = async ({ locals, params }) => {
	const stored = await funding.getFunding(locals.ctx.db, params.id);
	const line = stored?.lines.find((l) => l.id === params.lineId);
	if (!stored?.budget || !line) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		cycleId: params.id,
		currency: stored.budget.currency,
		line: { ...line, amount: inCurrency(line.amount, stored.budget.currency), eventId: line.eventId ?? undefined },
		events: (await fundingFormOptions(locals.ctx.db, params.id, locals.lang)).events
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, BudgetLineEditSchema, (input) =>
			funding.updateLine(event.locals.ctx, event.params.lineId, input)
		);
		if ('id' in result) redirect(303, `/manage/cycles/${event.params.id}/funding`);
		return result;
	},
	delete: async (event) => {
		requireRole(event, 'secretariat');
		try {
			await funding.deleteLine(event.locals.ctx, event.params.lineId);
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { values: {}, errors: failure.errors });
		}
		redirect(303, `/manage/cycles/${event.params.id}/funding`);
	}
};
