import { error } from '@sveltejs/kit';
import * as agenda from '$lib/server/agenda';

/**
 * What the consultation's secretariat forms (edit, new proposal, new ballot) start from: the
 * consultation, and its proposals still open (not merged into another).
 */
export async function loadForForms(db: App.Locals['ctx']['db'], id: string) {
	const found = await agenda.getConsultation(db, id);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return { consultation: found.consultation, open: found.proposals.filter((p) => p.status !== 'merged') };
}
