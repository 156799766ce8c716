/**
 * Files a practice carries (issue 7, "contact, links and attachments"): PDF, Word and
 * OpenDocument text, PNG, JPEG and WebP images, up to 20 MB each, checked by their first bytes
 * (files/attachments.ts, shared with consultation notes). The submitter adds and removes them while
 * the practice is a draft or sent back for changes; the secretariat at any time. A published
 * practice's files are public at /practices/<slug>/attachments/<id>; any other's only for its
 * submitter, its assigned reviewers and the secretariat (anyone else gets "not found").
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../core/actor';
import { hasRole } from '../core/actor';
import { DomainError, notFound } from '../core/errors';
import { requireSignedIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { checkFile, type AttachmentPolicy, type UploadedFile } from '../files/attachments';
import { isUuid } from '../web/params';
import { practiceAttachments, practices, PRACTICE_ATTACHMENT_TYPES } from './schema';
import { practiceConflictDeclarations, practiceReviewers, practiceSubmissions } from './review-schema';
import { EDITABLE, requirePracticeId } from './workflow';

const PRACTICE_FILES: AttachmentPolicy = {
	types: PRACTICE_ATTACHMENT_TYPES,
	errors: {
		missing: 'practices.attachments.errors.missing',
		tooLarge: 'practices.attachments.errors.tooLarge',
		wrongType: 'practices.attachments.errors.wrongType'
	}
};

const listed = {
	id: practiceAttachments.id,
	fileName: practiceAttachments.fileName,
	contentType: practiceAttachments.contentType,
	size: practiceAttachments.size
};
export type PracticeAttachment = { id: string; fileName: string; contentType: string; size: number };

/** The practice's row locked, checked that this user may change its files now. */
async function lockForFiles(tx: Tx, actor: Actor, practiceId: string) {
	const [practice] = await tx
		.select({ id: practices.id, slug: practices.slug, status: practices.publicationStatus })
		.from(practices)
		.where(eq(practices.id, practiceId))
		.for('update');
	if (!practice) throw notFound();
	if (hasRole(actor, 'secretariat')) return practice;
	const [submission] = await tx
		.select({ ownerId: practiceSubmissions.ownerId })
		.from(practiceSubmissions)
		.where(eq(practiceSubmissions.practiceId, practiceId));
	if (!submission || submission.ownerId !== actor.userId) throw new DomainError('practiceReview.errors.notOwner', 403);
	if (!EDITABLE.includes(practice.status))
		throw new DomainError('practiceReview.errors.wrongStatus', 409, '_form', {
			status: { key: `practiceReview.statuses.${practice.status}` }
		});
	return practice;
}

/** Attaches a file to a practice; refused with nothing stored if it is empty, too large or of another type. */
export async function addAttachment(ctx: Ctx, practiceId: string, file: UploadedFile): Promise<PracticeAttachment> {
	requireSignedIn(ctx.actor);
	requirePracticeId(practiceId);
	const checked = checkFile(file, PRACTICE_FILES);
	const userId = ctx.actor.userId;
	return inTransaction(ctx.db, async (tx) => {
		await lockForFiles(tx, ctx.actor, practiceId);
		const [row] = await tx
			.insert(practiceAttachments)
			.values({ practiceId, ...checked, uploadedBy: userId })
			.returning(listed);
		await audit.record(tx, ctx.actor, { action: 'practice.attach', entityType: 'practice', entityId: practiceId, after: row });
		return row;
	});
}

/** Removes a file of a practice (audited with its name, type and size; the content is not kept). */
export async function removeAttachment(ctx: Ctx, practiceId: string, attachmentId: string): Promise<PracticeAttachment> {
	requireSignedIn(ctx.actor);
	requirePracticeId(practiceId);
	if (!isUuid(attachmentId)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		await lockForFiles(tx, ctx.actor, practiceId);
		const [gone] = await tx
			.delete(practiceAttachments)
			.where(and(eq(practiceAttachments.id, attachmentId), eq(practiceAttachments.practiceId, practiceId)))
			.returning(listed);
		if (!gone) throw notFound();
		await audit.record(tx, ctx.actor, { action: 'practice.detach', entityType: 'practice', entityId: practiceId, before: gone });
		return gone;
	});
}

/** A practice's files (without their content), oldest first. */
export async function listAttachments(db: Db, practiceId: string): Promise<PracticeAttachment[]> {
	return db
		.select(listed)
		.from(practiceAttachments)
		.where(eq(practiceAttachments.practiceId, practiceId))
		.orderBy(asc(practiceAttachments.createdAt));
}

/** Who may read a practice that is not published: its submitter, its assigned reviewers free of conflicts, the secretariat. */
async function mayReadUnpublished(db: Db, actor: Actor, practiceId: string): Promise<boolean> {
	if (!actor.userId) return false;
	if (hasRole(actor, 'secretariat')) return true;
	const [[owner], [reviewer]] = await Promise.all([
		db
			.select({ id: practiceSubmissions.practiceId })
			.from(practiceSubmissions)
			.where(and(eq(practiceSubmissions.practiceId, practiceId), eq(practiceSubmissions.ownerId, actor.userId))),
		// An assigned reviewer who has declared no conflict of interest: one who declared a conflict
		// (or has not declared yet) does not see the practice, nor its files.
		db
			.select({ id: practiceReviewers.practiceId })
			.from(practiceReviewers)
			.innerJoin(
				practiceConflictDeclarations,
				and(
					eq(practiceConflictDeclarations.practiceId, practiceReviewers.practiceId),
					eq(practiceConflictDeclarations.reviewerId, practiceReviewers.reviewerId),
					eq(practiceConflictDeclarations.hasConflict, false)
				)
			)
			.where(and(eq(practiceReviewers.practiceId, practiceId), eq(practiceReviewers.reviewerId, actor.userId)))
	]);
	return Boolean(owner || reviewer);
}

/**
 * A file with its content, by the practice's address and the file's id: null ("not found") when
 * either is unknown, or the practice is not published and this user may not read it.
 */
export async function readAttachment(ctx: Ctx, slug: string, attachmentId: string) {
	if (!isUuid(attachmentId)) return null;
	const [row] = await ctx.db
		.select({ file: practiceAttachments, status: practices.publicationStatus })
		.from(practiceAttachments)
		.innerJoin(practices, eq(practices.id, practiceAttachments.practiceId))
		.where(and(eq(practices.slug, slug), eq(practiceAttachments.id, attachmentId)));
	if (!row) return null;
	const published = row.status === 'published';
	if (!published && !(await mayReadUnpublished(ctx.db, ctx.actor, row.file.practiceId))) return null;
	return { ...row.file, published };
}
