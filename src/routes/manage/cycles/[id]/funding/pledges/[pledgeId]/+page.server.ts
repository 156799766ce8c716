import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pick } from '$lib/i18n';
import { PledgeEditSchema } from '$lib/funding/schemas';
import * as funding from '$lib/server/funding';
import { fundingFormOptions, inCurrency } from '$lib/server/funding/forms';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, toFailure } from '$lib/server/web/forms';

export const load: PageServerLoad = async ({ locals, params }) => {
	const stored = await funding.getFunding(locals.ctx.db, params.id);
	const pledge = stored?.pledges.find((p) => p.id === params.pledgeId);
	if (!stored?.budget || !pledge) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		cycleId: params.id,
		currency: stored.budget.currency,
		donor: pick(pledge.donor.names, locals.lang),
		pledge: {
			version: pledge.version,
			donorStateId: pledge.donorStateId ?? undefined,
			donorOrganisationId: pledge.donorOrganisationId ?? undefined,
			amount: inCurrency(pledge.amount, pledge.currency),
			currency: pledge.currency,
			rate: pledge.rate ?? undefined,
			eventId: pledge.eventId ?? undefined,
			status: pledge.status,
			pledgedOn: pledge.pledgedOn,
			receivedOn: pledge.receivedOn ?? undefined,
			reference: pledge.reference ?? undefined
		},
		...(await fundingFormOptions(locals.ctx.db, params.id, locals.lang))
	};
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, PledgeEditSchema, (input) =>
			funding.updatePledge(event.locals.ctx, event.params.pledgeId, input)
		);
		if ('id' in result) redirect(303, `/manage/cycles/${event.params.id}/funding`);
		return result;
	},
	delete: async (event) => {
		requireRole(event, 'secretariat');
		try {
			await funding.deletePledge(event.locals.ctx, event.params.pledgeId);
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { values: {}, errors: failure.errors });
		}
		redirect(303, `/manage/cycles/${event.params.id}/funding`);
	}
};
