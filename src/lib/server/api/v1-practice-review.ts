import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '../core/errors';
import { isUuid } from '../web/params';
import * as review from '../practices/review-index';
import { json } from './http';

/** GET /api/v1/practices/{id}/review: the review status of a submitted practice, for its submitter and the secretariat. */
export async function getPracticeReview(event: RequestEvent) {
	const id = event.params.id ?? '';
	if (!isUuid(id)) throw new DomainError('errors.notFound', 404);
	const view = await review.submitterView(event.locals.ctx, id);
	const outcome = await review.currentOutcome(event.locals.ctx.db, id, view.submission.round);
	return json({
		id: view.practice.id,
		slug: view.practice.slug,
		status: view.practice.publicationStatus,
		round: view.submission.round,
		submittedAt: view.submission.submittedAt?.toISOString() ?? null,
		decidedAt: view.submission.decidedAt?.toISOString() ?? null,
		decisionNote: view.submission.decisionNote,
		outcome: { reviews: outcome.count, decided: outcome.decided, needed: outcome.needed },
		reviews: view.reviews.map((r) => ({
			round: r.round,
			recommendation: r.recommendation,
			comments: r.comments,
			createdAt: r.createdAt.toISOString()
		})),
		versions: view.versions.map((v) => ({ number: v.number, kind: v.kind, createdAt: v.createdAt.toISOString(), changed: v.changed }))
	});
}
