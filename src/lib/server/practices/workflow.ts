/**
 * A practice's way from draft to publication (issue 7, "Submission and review";
 * docs/decisions, "practice review"): focal points and the secretariat write a draft and submit it
 * against the Hub's criteria; the secretariat assigns reviewers (reviews.ts) and decides. Every
 * transition is one transaction on the locked practice row, with its audit record; the version
 * submitted or published is kept (versions.ts); mail goes out after the commit.
 */
import { and, eq, exists, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, Ctx } from '../core/actor';
import { hasRole } from '../core/actor';
import type { Tx } from '../db/client';
import { DomainError, ValidationError, forbidden, notFound, staleEdit, validOrThrow } from '../core/errors';
import { requireRoleIn, requireSignedIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import * as audit from '../audit';
import { users, userRoles } from '../auth/schema';
import { events } from '../dialogues/schema';
import type { PracticeInput } from '$lib/practices/schemas';
import type { PublicationStatus } from '$lib/practices/types';
import {
	AssignSchema,
	DecisionSchema,
	DraftFormSchema,
	DraftSchema,
	reviewOutcome,
	submissionErrors,
	type DraftInput
} from '$lib/practices/review';
import { parseWith, type FieldErrors } from '$lib/validation';
import { isUuid } from '../web/params';
import { checkTags, freeSlugs, practiceRow, referenceSets, slugify } from './operations';
import { practices } from './schema';
import { practiceReviewers, practiceReviews, practiceSubmissions, practiceVersions } from './review-schema';
import { recordVersion } from './versions';
import { mailAssigned, mailDecision } from './review-mail';

/** Who may write and submit practices: state and partner focal points, and the secretariat. */
export function maySubmit(actor: Actor): boolean {
	return hasRole(actor, 'state-focal-point') || hasRole(actor, 'partner-focal-point') || hasRole(actor, 'secretariat');
}

/** The statuses in which the submitter may still change the practice. */
export const EDITABLE: readonly PublicationStatus[] = ['draft', 'changes-requested'];

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
	return validOrThrow(parseWith(schema, raw));
}

/** The tags checked against the reference lists, and the source event against the events. */
async function checkReferences(tx: Tx, input: DraftInput): Promise<void> {
	const errors: FieldErrors = checkTags(input, await referenceSets(tx));
	if (input.sourceEventId) {
		const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, input.sourceEventId));
		if (!event) errors.sourceEventId = { key: 'practices.errors.unknownEvent' };
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** The content columns of a draft (the address, status and dates are the operations' business). */
function contentOf(input: DraftInput) {
	const { slug: _slug, publicationStatus: _s, publishedAt: _p, ...content } = practiceRow(input as unknown as PracticeInput, '', 'draft');
	return content;
}

const firstTitle = (input: DraftInput) => input.titles.en ?? input.titles.fr ?? input.titles.es ?? input.titles.ar ?? '';

/** A practice id from an address: a malformed one is "not found", never a database error. */
export function requirePracticeId(id: string): void {
	if (!isUuid(id)) throw notFound();
}

/** The practice and its submission, the practice's row locked until the transaction ends. */
async function lockPractice(tx: Tx, id: string) {
	requirePracticeId(id);
	const [practice] = await tx.select().from(practices).where(eq(practices.id, id)).for('update');
	if (!practice) throw notFound();
	const [submission] = await tx.select().from(practiceSubmissions).where(eq(practiceSubmissions.practiceId, id));
	return { practice, submission: submission ?? null };
}

function requireOwner(actor: Actor, submission: { ownerId: string } | null): void {
	if (!submission || submission.ownerId !== actor.userId) throw new DomainError('practiceReview.errors.notOwner', 403);
}

function requireStatus(current: PublicationStatus, allowed: readonly PublicationStatus[]): void {
	if (!allowed.includes(current))
		throw new DomainError('practiceReview.errors.wrongStatus', 409, '_form', { status: { key: `practiceReview.statuses.${current}` } });
}

/** A new draft, owned by the user who writes it, for the State or Organisation their role is bound to. */
export async function createDraft(ctx: Ctx, raw: unknown): Promise<{ id: string; slug: string }> {
	requireSignedIn(ctx.actor);
	if (!maySubmit(ctx.actor)) throw forbidden();
	const input = parse(DraftSchema, raw);
	const userId = ctx.actor.userId;
	const grant = ctx.actor.grants.find((g) => g.role === 'state-focal-point' || g.role === 'partner-focal-point');
	return inTransaction(ctx.db, async (tx) => {
		await checkReferences(tx, input);
		const [slug] = await freeSlugs(tx, [slugify(firstTitle(input))]);
		const [row] = await tx
			.insert(practices)
			.values({ ...contentOf(input), slug, publicationStatus: 'draft' })
			.returning({ id: practices.id, slug: practices.slug });
		await tx.insert(practiceSubmissions).values({
			practiceId: row.id,
			ownerId: userId,
			stateId: grant?.stateId ?? null,
			organisationId: grant?.organisationId ?? null,
			criteria: input.criteria
		});
		await audit.record(tx, ctx.actor, { action: 'practice.draft', entityType: 'practice', entityId: row.id, after: input });
		return row;
	});
}

/**
 * Saves the submitter's changes, and with `submit` sends the practice for review: the required
 * fields, known tags and every criterion ticked with a reason, else nothing is written. A
 * resubmission after "changes requested" starts a new round and goes straight back to the
 * reviewers already assigned.
 */
export async function saveDraft(ctx: Ctx, id: string, raw: unknown, options: { submit?: boolean; origin?: string } = {}) {
	requireSignedIn(ctx.actor);
	// Owning a draft is not enough to submit it: the submitter must still be a focal point or the secretariat.
	if (options.submit && !maySubmit(ctx.actor)) throw forbidden();
	const { version, ...input } = parse(DraftFormSchema, raw);
	if (options.submit) {
		const missing = submissionErrors(input);
		if (Object.keys(missing).length) throw new ValidationError(missing);
	}
	const result = await inTransaction(ctx.db, async (tx) => {
		const { practice, submission } = await lockPractice(tx, id);
		requireOwner(ctx.actor, submission);
		requireStatus(practice.publicationStatus, EDITABLE);
		if (practice.version !== version) throw staleEdit();
		await checkReferences(tx, input);
		let status: PublicationStatus = practice.publicationStatus;
		if (options.submit) {
			const [assigned] = await tx
				.select({ id: practiceReviewers.reviewerId })
				.from(practiceReviewers)
				.where(eq(practiceReviewers.practiceId, id))
				.limit(1);
			status = practice.publicationStatus === 'changes-requested' && assigned ? 'in-review' : 'submitted';
		}
		const [updated] = await tx
			.update(practices)
			.set({ ...contentOf(input), publicationStatus: status, version: practice.version + 1, updatedAt: new Date() })
			.where(eq(practices.id, id))
			.returning();
		await tx
			.update(practiceSubmissions)
			.set({ criteria: input.criteria, ...(options.submit ? { round: submission!.round + 1, submittedAt: new Date() } : {}) })
			.where(eq(practiceSubmissions.practiceId, id));
		if (options.submit) await recordVersion(tx, ctx.actor, updated, 'submitted');
		await audit.record(tx, ctx.actor, {
			action: options.submit ? 'practice.submit' : 'practice.save',
			entityType: 'practice',
			entityId: id,
			before: { status: practice.publicationStatus },
			after: { publicationStatus: status, ...input }
		});
		return { status, resubmitted: status === 'in-review' };
	});
	if (result.resubmitted) await mailAssigned(ctx.db, id, null, options.origin ?? '');
	return result;
}

/** Users who may review: those with the reviewer role, and the secretariat. */
export async function mayReview(tx: Tx | Ctx['db'], userId: string): Promise<boolean> {
	const [row] = await tx
		.select({ userId: userRoles.userId })
		.from(userRoles)
		.innerJoin(users, eq(users.id, userRoles.userId))
		.where(and(eq(userRoles.userId, userId), inArray(userRoles.role, REVIEWING_ROLES), eq(users.disabled, false)))
		.limit(1);
	return !!row;
}

/** The roles that may review; an account that loses them (or is disabled) no longer reviews, and its reviews stop counting. */
const REVIEWING_ROLES = ['reviewer', 'secretariat', 'admin'] as const;

/** The secretariat assigns a reviewer (not the submitter); the first assignment opens the review. */
export async function assignReviewer(ctx: Ctx, id: string, raw: unknown, options: { origin?: string } = {}): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	const { reviewerId } = parse(AssignSchema, raw);
	await inTransaction(ctx.db, async (tx) => {
		const { practice, submission } = await lockPractice(tx, id);
		requireStatus(practice.publicationStatus, ['submitted', 'in-review']);
		const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, reviewerId));
		if (!user || !(await mayReview(tx, reviewerId))) throw new DomainError('practiceReview.errors.notReviewer', 422, 'reviewerId');
		if (submission?.ownerId === reviewerId) throw new DomainError('practiceReview.errors.ownPractice', 422, 'reviewerId');
		const added = await tx
			.insert(practiceReviewers)
			.values({ practiceId: id, reviewerId, assignedBy: ctx.actor.userId })
			.onConflictDoNothing()
			.returning();
		if (!added.length) throw new DomainError('practiceReview.errors.alreadyAssigned', 409, 'reviewerId');
		if (practice.publicationStatus === 'submitted')
			await tx
				.update(practices)
				.set({ publicationStatus: 'in-review', version: practice.version + 1 })
				.where(eq(practices.id, id));
		await audit.record(tx, ctx.actor, {
			action: 'practice.assign',
			entityType: 'practice',
			entityId: id,
			before: { status: practice.publicationStatus },
			after: { status: 'in-review', reviewerId }
		});
	});
	await mailAssigned(ctx.db, id, reviewerId, options.origin ?? '');
}

/** The reviews of the practice's current round and what they decide. */
export async function currentOutcome(tx: Tx | Ctx['db'], id: string, round: number) {
	const reviews = await tx
		.select({ recommendation: practiceReviews.recommendation })
		.from(practiceReviews)
		.where(
			and(
				eq(practiceReviews.practiceId, id),
				eq(practiceReviews.round, round),
				// Only the reviews of those who may still review: revoking the role takes a reviewer off.
				exists(
					tx
						.select({ one: sql`1` })
						.from(userRoles)
						.innerJoin(users, eq(users.id, userRoles.userId))
						.where(
							and(eq(userRoles.userId, practiceReviews.reviewerId), inArray(userRoles.role, REVIEWING_ROLES), eq(users.disabled, false))
						)
				)
			)
		);
	return { count: reviews.length, ...reviewOutcome(reviews.map((r) => r.recommendation)) };
}

/**
 * The secretariat's decision. Publishing needs the reviews of the round to agree on publishing
 * (two that agree, or a third that decides between two that disagree); requesting changes or
 * rejecting needs a note to the submitter. Two decisions at once: the second finds the status
 * changed and is refused, so a practice is published once.
 */
export async function decide(ctx: Ctx, id: string, raw: unknown, options: { origin?: string } = {}): Promise<PublicationStatus> {
	requireRoleIn(ctx.actor, 'secretariat');
	const { decision, note } = parse(DecisionSchema, raw);
	const status = await inTransaction(ctx.db, async (tx) => {
		const { practice, submission } = await lockPractice(tx, id);
		if (!submission) throw new DomainError('practiceReview.errors.notSubmitted', 409);
		requireStatus(practice.publicationStatus, decision === 'publish' ? ['in-review'] : ['submitted', 'in-review']);
		if (decision === 'publish') {
			const outcome = await currentOutcome(tx, id, submission.round);
			if (outcome.count < 2) throw new DomainError('practiceReview.errors.needTwoReviews', 409, '_form', { count: outcome.count });
			if (!outcome.decided) throw new DomainError('practiceReview.errors.needThirdReview', 409);
			if (outcome.decided !== 'publish')
				throw new DomainError('practiceReview.errors.reviewersRecommend', 409, '_form', {
					recommendation: { key: `practiceReview.recommendations.${outcome.decided}` }
				});
		}
		const next: PublicationStatus = decision === 'publish' ? 'published' : decision === 'changes' ? 'changes-requested' : 'rejected';
		const now = new Date();
		const [updated] = await tx
			.update(practices)
			.set({ publicationStatus: next, publishedAt: next === 'published' ? now : null, version: practice.version + 1, updatedAt: now })
			.where(eq(practices.id, id))
			.returning();
		await tx
			.update(practiceSubmissions)
			.set({ decisionNote: note ?? null, decidedAt: now })
			.where(eq(practiceSubmissions.practiceId, id));
		if (next === 'published') await recordVersion(tx, ctx.actor, updated, 'published');
		await audit.record(tx, ctx.actor, {
			action: `practice.${decision === 'publish' ? 'publish' : decision === 'changes' ? 'request-changes' : 'reject'}`,
			entityType: 'practice',
			entityId: id,
			before: { status: practice.publicationStatus },
			after: { status: next, note }
		});
		return next;
	});
	await mailDecision(ctx.db, id, status, note ?? null, options.origin ?? '');
	return status;
}

/**
 * The secretariat's change to a published practice: applied at once and kept as a new version
 * (docs/decisions, "practice review": no second review of an edit). A practice published before
 * versions were kept (an import) first gets its published content as version 1.
 */
export async function editPublished(ctx: Ctx, id: string, raw: unknown): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	const { version, ...input } = parse(DraftFormSchema, raw);
	if (input.gcmObjectives.length === 0) throw new ValidationError({ gcmObjectives: { key: 'practices.errors.gcmRequired' } });
	await inTransaction(ctx.db, async (tx) => {
		const { practice } = await lockPractice(tx, id);
		requireStatus(practice.publicationStatus, ['published']);
		if (practice.version !== version) throw staleEdit();
		await checkReferences(tx, input);
		const [updated] = await tx
			.update(practices)
			.set({ ...contentOf(input), version: practice.version + 1, updatedAt: new Date() })
			.where(eq(practices.id, id))
			.returning();
		if (!(await hasVersions(tx, id))) await recordVersion(tx, ctx.actor, practice, 'published', practice.publishedAt ?? practice.createdAt);
		await recordVersion(tx, ctx.actor, updated, 'edited');
		await audit.record(tx, ctx.actor, { action: 'practice.edit', entityType: 'practice', entityId: id, before: practice, after: input });
	});
}

async function hasVersions(tx: Tx, id: string): Promise<boolean> {
	const [row] = await tx.select({ n: practiceVersions.number }).from(practiceVersions).where(eq(practiceVersions.practiceId, id)).limit(1);
	return !!row;
}
