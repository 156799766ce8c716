import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { BallotEditSchema, ballotCloseDateSchema, VersionSchema } from '$lib/agenda/schemas';
import { phaseAt } from '$lib/domain/ballots';
import * as agenda from '$lib/server/agenda';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, type FormFailure } from '$lib/server/web/forms';
import { localDateTime } from '$lib/server/web/zoned-form';
import { loadForForms } from '../../consultation.server';

async function ballotOf(event: { locals: App.Locals; params: { id: string; ballot: string } }) {
	const found = await agenda.getBallot(event.locals.ctx.db, event.params.ballot);
	if (!found || found.consultation.id !== event.params.id) error(404, { message: 'Not found', code: 'errors.notFound' });
	return found;
}

/** The secretariat's page of one ballot: close it now, move its close date, or change its rule and proposals before any response. */
export const load: PageServerLoad = async (event) => {
	const found = await ballotOf(event);
	const { open } = await loadForForms(event.locals.ctx.db, event.params.id);
	const zone = found.consultation.timeZone;
	return {
		ballot: found.ballot,
		consultation: found.consultation,
		onBallot: found.proposals.map((p) => p.id),
		open,
		zone,
		closesAtLocal: localDateTime(found.ballot.closesAt, zone),
		phase: phaseAt(found.ballot, new Date()),
		responses: await agenda.responseCount(event.locals.ctx.db, found.ballot.id)
	};
};

const tagged = (name: string, result: ActionFailure<FormFailure>) => fail(result.status, { ...result.data, form: name });
const done = (id: string, what: string) => redirect(303, `/manage/consultations/${id}?done=${what}`);

export const actions: Actions = {
	close: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, VersionSchema, (input) =>
			agenda.closeBallot(event.locals.ctx, event.params.ballot, input.version)
		);
		if ('id' in result) done(event.params.id, 'ballotClosed');
		return tagged('close', result as ActionFailure<FormFailure>);
	},
	reschedule: async (event) => {
		requireRole(event, 'secretariat');
		const { consultation } = await ballotOf(event);
		const result = await handleForm(event.request, ballotCloseDateSchema(consultation.timeZone), (input) =>
			agenda.changeCloseDate(event.locals.ctx, event.params.ballot, input.closesAt, input.version)
		);
		if ('id' in result) done(event.params.id, 'rescheduled');
		return tagged('reschedule', result as ActionFailure<FormFailure>);
	},
	edit: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(
			event.request,
			BallotEditSchema,
			(input) => agenda.updateBallot(event.locals.ctx, event.params.ballot, input),
			{ arrays: ['proposalIds'] }
		);
		if ('id' in result) done(event.params.id, 'ballotSaved');
		return tagged('edit', result as ActionFailure<FormFailure>);
	}
};
