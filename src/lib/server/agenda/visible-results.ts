import type { Actor } from '../core/actor';
import { DomainError } from '../core/errors';
import type { Db } from '../db/client';
import { resultsVisible, results } from './ballots';

/**
 * A ballot's results for whoever asks, or why not: 404 for an unknown ballot, and 403 (401 for a
 * visitor, who may sign in) while they are not theirs to see. Pages, CSV and API use this one check.
 */
export async function visibleResults(db: Db, actor: Actor, ballotId: string, now = new Date()) {
	const found = await results(db, ballotId);
	if (!found) throw new DomainError('errors.notFound', 404);
	if (!resultsVisible(actor, found.ballot, now)) {
		throw new DomainError(
			actor.kind === 'anonymous' ? 'errors.signInRequired' : 'agenda.results.notVisible',
			actor.kind === 'anonymous' ? 401 : 403
		);
	}
	return found;
}
