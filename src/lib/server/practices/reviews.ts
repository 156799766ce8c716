/**
 * The reviewer's part: declare conflicts of interest first (once per practice), then review once
 * per round. A reviewer who declared a conflict cannot review. Reviews are serialised on the
 * practice's row, and the unique index (practice, reviewer, round) holds "one review per round"
 * whatever arrives at once.
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../core/actor';
import type { Tx } from '../db/client';
import { DomainError, notFound, validOrThrow } from '../core/errors';
import { requireSignedIn } from '../core/guards';
import { isUniqueViolation } from '../core/db-errors';
import { inTransaction } from '../core/transaction';
import * as audit from '../audit';
import { ConflictSchema, ReviewSchema, type Recommendation } from '$lib/practices/review';
import { parseWith } from '$lib/validation';
import { practices } from './schema';
import { practiceConflictDeclarations, practiceReviewers, practiceReviews, practiceSubmissions } from './review-schema';
import { currentOutcome, mayReview, requirePracticeId } from './workflow';

async function requireAssigned(tx: Tx | Ctx['db'], practiceId: string, userId: string): Promise<void> {
	const [assigned] = await tx
		.select({ id: practiceReviewers.reviewerId })
		.from(practiceReviewers)
		.where(and(eq(practiceReviewers.practiceId, practiceId), eq(practiceReviewers.reviewerId, userId)));
	if (!assigned) throw new DomainError('practiceReview.errors.notAssigned', 403);
	// Assigned once is not enough: a reviewer whose role was taken away (or whose account is disabled) stops here.
	if (!(await mayReview(tx, userId))) throw new DomainError('practiceReview.errors.notReviewer', 403);
}

/** The declaration of conflicts of interest: none, or a conflict with what it is. Made once. */
export async function declareConflict(ctx: Ctx, practiceId: string, raw: unknown): Promise<void> {
	requireSignedIn(ctx.actor);
	requirePracticeId(practiceId);
	const input = validOrThrow(parseWith(ConflictSchema, raw));
	const userId = ctx.actor.userId;
	await inTransaction(ctx.db, async (tx) => {
		await requireAssigned(tx, practiceId, userId);
		const added = await tx
			.insert(practiceConflictDeclarations)
			.values({
				practiceId,
				reviewerId: userId,
				hasConflict: input.conflict === 'conflict',
				statement: input.statement ?? null
			})
			.onConflictDoNothing()
			.returning();
		if (!added.length) throw new DomainError('practiceReview.errors.alreadyDeclared', 409);
		await audit.record(tx, ctx.actor, {
			action: 'practice.declare-conflict',
			entityType: 'practice',
			entityId: practiceId,
			after: input
		});
	});
}

/** A review of the current round: the recommendation and comments to the submitter. */
export async function submitReview(
	ctx: Ctx,
	practiceId: string,
	raw: unknown
): Promise<{ decided: Recommendation | null; needed: number }> {
	requireSignedIn(ctx.actor);
	requirePracticeId(practiceId);
	const input = validOrThrow(parseWith(ReviewSchema, raw));
	const userId = ctx.actor.userId;
	return inTransaction(ctx.db, async (tx) => {
		const [practice] = await tx.select().from(practices).where(eq(practices.id, practiceId)).for('update');
		if (!practice) throw notFound();
		await requireAssigned(tx, practiceId, userId);
		const [declaration] = await tx
			.select()
			.from(practiceConflictDeclarations)
			.where(and(eq(practiceConflictDeclarations.practiceId, practiceId), eq(practiceConflictDeclarations.reviewerId, userId)));
		if (!declaration) throw new DomainError('practiceReview.errors.declareFirst', 409);
		if (declaration.hasConflict) throw new DomainError('practiceReview.errors.conflictDeclared', 409);
		if (practice.publicationStatus !== 'in-review')
			throw new DomainError('practiceReview.errors.wrongStatus', 409, '_form', {
				status: { key: `practiceReview.statuses.${practice.publicationStatus}` }
			});
		const [submission] = await tx.select().from(practiceSubmissions).where(eq(practiceSubmissions.practiceId, practiceId));
		try {
			await tx.insert(practiceReviews).values({ practiceId, reviewerId: userId, round: submission.round, ...input });
		} catch (error) {
			if (isUniqueViolation(error)) throw new DomainError('practiceReview.errors.alreadyReviewed', 409);
			throw error;
		}
		await audit.record(tx, ctx.actor, {
			action: 'practice.review',
			entityType: 'practice',
			entityId: practiceId,
			after: { round: submission.round, ...input }
		});
		const outcome = await currentOutcome(tx, practiceId, submission.round);
		return { decided: outcome.decided, needed: outcome.needed };
	});
}
