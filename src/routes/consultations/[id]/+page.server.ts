import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { renderNote } from '$lib/domain/note';
import { phaseAt } from '$lib/domain/ballots';
import { hasRole } from '$lib/server/core/actor';
import * as agenda from '$lib/server/agenda';
import * as surveys from '$lib/server/surveys';

export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await agenda.getConsultation(locals.ctx.db, params.id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const now = new Date();
	const { note, ...consultation } = found.consultation;
	return {
		consultation,
		// The note is escaped as a whole and only our own tags are added ($lib/domain/note).
		noteHtml: note ? renderNote(note) : null,
		cycle: found.cycle,
		dialogue: found.dialogue,
		proposals: found.proposals,
		attachments: found.attachments,
		ballots: found.ballots.map((b) => ({
			...b,
			phase: phaseAt(b, now),
			resultsVisible: agenda.resultsVisible(locals.actor, b, now)
		})),
		canVote: agenda.focalPointStates(locals.actor).length > 0,
		// The cycle's surveys of focal points: answered for the State, like the ballots.
		stateSurveys: await surveys.forCycleVisitors(locals.ctx.db, locals.actor, found.cycle.id, now, locals.lang),
		canManage: hasRole(locals.actor, 'secretariat')
	};
};
