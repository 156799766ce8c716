/** What the submitter, the secretariat and a reviewer see of the review workflow (each checks its role). */
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../core/actor';
import { hasRole } from '../core/actor';
import { DomainError, notFound } from '../core/errors';
import { requireRoleIn, requireSignedIn } from '../core/guards';
import { users, userRoles } from '../auth/schema';
import { PUBLICATION_STATUSES, type PublicationStatus } from '$lib/practices/types';
import { practices } from './schema';
import { practiceConflictDeclarations, practiceReviewers, practiceReviews, practiceSubmissions, practiceVersions } from './review-schema';
import { listVersions } from './versions';
import { currentOutcome, requirePracticeId } from './workflow';

const summaryColumns = {
	id: practices.id,
	slug: practices.slug,
	titles: practices.titles,
	status: practices.publicationStatus,
	updatedAt: practices.updatedAt,
	submittedAt: practiceSubmissions.submittedAt,
	round: practiceSubmissions.round
};

/** The practices the signed-in user wrote, newest change first. */
export async function mySubmissions(ctx: Ctx) {
	requireSignedIn(ctx.actor);
	return ctx.db
		.select(summaryColumns)
		.from(practiceSubmissions)
		.innerJoin(practices, eq(practices.id, practiceSubmissions.practiceId))
		.where(eq(practiceSubmissions.ownerId, ctx.actor.userId))
		.orderBy(desc(practices.updatedAt));
}

async function reviewsOf(ctx: Ctx, practiceId: string) {
	return ctx.db
		.select({
			id: practiceReviews.id,
			round: practiceReviews.round,
			recommendation: practiceReviews.recommendation,
			comments: practiceReviews.comments,
			createdAt: practiceReviews.createdAt,
			reviewerId: practiceReviews.reviewerId,
			reviewer: users.displayName
		})
		.from(practiceReviews)
		.innerJoin(users, eq(users.id, practiceReviews.reviewerId))
		.where(eq(practiceReviews.practiceId, practiceId))
		.orderBy(desc(practiceReviews.round), asc(practiceReviews.createdAt));
}

/**
 * The submitter's view of one practice (the secretariat may read it too): the content, the
 * checklist, the reviewers' comments (without their names), the secretariat's note, the versions.
 */
export async function submitterView(ctx: Ctx, id: string) {
	requireSignedIn(ctx.actor);
	requirePracticeId(id);
	const [row] = await ctx.db
		.select({ practice: practices, submission: practiceSubmissions })
		.from(practices)
		.innerJoin(practiceSubmissions, eq(practiceSubmissions.practiceId, practices.id))
		.where(eq(practices.id, id));
	if (!row) throw notFound();
	if (row.submission.ownerId !== ctx.actor.userId && !hasRole(ctx.actor, 'secretariat'))
		throw new DomainError('practiceReview.errors.notOwner', 403);
	const [reviews, versions] = await Promise.all([reviewsOf(ctx, id), listVersions(ctx.db, id)]);
	return {
		...row,
		reviews: reviews.map(({ reviewer: _name, reviewerId: _id, ...r }) => r),
		versions
	};
}

/** The secretariat's queue: practices that came through the form, by status, with counts per status. */
export async function queue(ctx: Ctx, status: PublicationStatus | null) {
	requireRoleIn(ctx.actor, 'secretariat');
	const [counts, items] = await Promise.all([
		ctx.db
			.select({ status: practices.publicationStatus, n: count() })
			.from(practiceSubmissions)
			.innerJoin(practices, eq(practices.id, practiceSubmissions.practiceId))
			.groupBy(practices.publicationStatus),
		ctx.db
			.select({ ...summaryColumns, owner: users.displayName, stateId: practiceSubmissions.stateId })
			.from(practiceSubmissions)
			.innerJoin(practices, eq(practices.id, practiceSubmissions.practiceId))
			.innerJoin(users, eq(users.id, practiceSubmissions.ownerId))
			.where(status ? eq(practices.publicationStatus, status) : ne(practices.publicationStatus, 'draft'))
			.orderBy(asc(practiceSubmissions.submittedAt))
	]);
	const byStatus = new Map(counts.map((c) => [c.status, c.n]));
	return { counts: PUBLICATION_STATUSES.map((s) => ({ status: s, count: byStatus.get(s) ?? 0 })), items };
}

/** Users who may be assigned: reviewers and the secretariat, but not the submitter nor those already assigned. */
async function eligibleReviewers(ctx: Ctx, ownerId: string, assigned: string[]) {
	const rows = await ctx.db
		.selectDistinct({ id: users.id, name: users.displayName, email: users.email })
		.from(userRoles)
		.innerJoin(users, eq(users.id, userRoles.userId))
		.where(and(inArray(userRoles.role, ['reviewer', 'secretariat', 'admin']), eq(users.disabled, false)))
		.orderBy(asc(users.displayName));
	return rows.filter((r) => r.id !== ownerId && !assigned.includes(r.id));
}

/** Everything the secretariat needs to decide on one practice. */
export async function manageView(ctx: Ctx, id: string) {
	requireRoleIn(ctx.actor, 'secretariat');
	requirePracticeId(id);
	const [row] = await ctx.db
		.select({ practice: practices, submission: practiceSubmissions, owner: users.displayName, ownerEmail: users.email })
		.from(practices)
		.innerJoin(practiceSubmissions, eq(practiceSubmissions.practiceId, practices.id))
		.innerJoin(users, eq(users.id, practiceSubmissions.ownerId))
		.where(eq(practices.id, id));
	if (!row) throw notFound();
	const [assigned, declarations, reviews, versions, outcome] = await Promise.all([
		ctx.db
			.select({ id: users.id, name: users.displayName, assignedAt: practiceReviewers.assignedAt })
			.from(practiceReviewers)
			.innerJoin(users, eq(users.id, practiceReviewers.reviewerId))
			.where(eq(practiceReviewers.practiceId, id))
			.orderBy(asc(practiceReviewers.assignedAt)),
		ctx.db.select().from(practiceConflictDeclarations).where(eq(practiceConflictDeclarations.practiceId, id)),
		reviewsOf(ctx, id),
		listVersions(ctx.db, id),
		currentOutcome(ctx.db, id, row.submission.round)
	]);
	const declared = new Map(declarations.map((d) => [d.reviewerId, d]));
	const reviewedNow = new Set(reviews.filter((r) => r.round === row.submission.round).map((r) => r.reviewerId));
	return {
		...row,
		reviewers: assigned.map((a) => ({
			...a,
			declaration: declared.get(a.id) ?? null,
			reviewed: reviewedNow.has(a.id)
		})),
		reviews,
		versions,
		outcome,
		eligible: await eligibleReviewers(
			ctx,
			row.submission.ownerId,
			assigned.map((a) => a.id)
		)
	};
}

/** The practices assigned to the signed-in reviewer, with where each of them stands. */
export async function reviewerQueue(ctx: Ctx) {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	const rows = await ctx.db
		.select({ ...summaryColumns, hasConflict: practiceConflictDeclarations.hasConflict })
		.from(practiceReviewers)
		.innerJoin(practices, eq(practices.id, practiceReviewers.practiceId))
		.innerJoin(practiceSubmissions, eq(practiceSubmissions.practiceId, practices.id))
		.leftJoin(
			practiceConflictDeclarations,
			and(eq(practiceConflictDeclarations.practiceId, practices.id), eq(practiceConflictDeclarations.reviewerId, userId))
		)
		.where(eq(practiceReviewers.reviewerId, userId))
		.orderBy(asc(practiceSubmissions.submittedAt));
	const mine = rows.length
		? await ctx.db
				.select({ practiceId: practiceReviews.practiceId, round: practiceReviews.round })
				.from(practiceReviews)
				.where(eq(practiceReviews.reviewerId, userId))
		: [];
	const done = new Set(mine.map((m) => `${m.practiceId}:${m.round}`));
	return rows.map((r) => ({ ...r, reviewed: done.has(`${r.id}:${r.round}`) }));
}

/** One assigned practice as its reviewer sees it: the content, their declaration, their review of this round. */
export async function reviewView(ctx: Ctx, id: string) {
	requireSignedIn(ctx.actor);
	requirePracticeId(id);
	const userId = ctx.actor.userId;
	const [row] = await ctx.db
		.select({ practice: practices, submission: practiceSubmissions })
		.from(practiceReviewers)
		.innerJoin(practices, eq(practices.id, practiceReviewers.practiceId))
		.innerJoin(practiceSubmissions, eq(practiceSubmissions.practiceId, practices.id))
		.where(and(eq(practiceReviewers.practiceId, id), eq(practiceReviewers.reviewerId, userId)));
	if (!row) throw new DomainError('practiceReview.errors.notAssigned', 403);
	const [[declaration], mine] = await Promise.all([
		ctx.db
			.select()
			.from(practiceConflictDeclarations)
			.where(and(eq(practiceConflictDeclarations.practiceId, id), eq(practiceConflictDeclarations.reviewerId, userId))),
		ctx.db
			.select()
			.from(practiceReviews)
			.where(and(eq(practiceReviews.practiceId, id), eq(practiceReviews.reviewerId, userId)))
			.orderBy(desc(practiceReviews.round))
	]);
	// While the submitter revises, reviewers see what was last submitted, not the work in progress.
	let practice = row.practice;
	// Until the reviewer has declared no conflict of interest, the page gets the title and status only.
	if (!declaration || declaration.hasConflict) {
		const { id: practiceId, slug, titles, publicationStatus, version } = practice;
		return {
			...row,
			practice: { id: practiceId, slug, titles, publicationStatus, version } as typeof practice,
			declaration: declaration ?? null,
			review: null,
			earlier: []
		};
	}
	if (practice.publicationStatus === 'changes-requested') {
		const [submitted] = await ctx.db
			.select({ snapshot: practiceVersions.snapshot })
			.from(practiceVersions)
			.where(and(eq(practiceVersions.practiceId, id), eq(practiceVersions.kind, 'submitted')))
			.orderBy(desc(practiceVersions.number))
			.limit(1);
		if (submitted) practice = { ...practice, ...(submitted.snapshot as Partial<typeof practice>) };
	}
	return {
		...row,
		practice,
		declaration: declaration ?? null,
		review: mine.find((r) => r.round === row.submission.round) ?? null,
		earlier: mine.filter((r) => r.round !== row.submission.round)
	};
}
