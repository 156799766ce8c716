/**
 * From draft to published (issue 8): the secretariat sends the working copy for review; someone
 * else (secretariat or reviewer) approves it or asks for changes; the secretariat publishes what
 * was approved as a new numbered version. A version never changes (a trigger refuses it): a
 * correction is a new version whose note says what it corrects, and the page says so.
 */
import { PublishSchema, ReviewSchema } from '$lib/reports/schemas';
import type { ReportSnapshot } from '$lib/reports/snapshot';
import { pick } from '$lib/i18n';
import { parseWith, version as versionField } from '$lib/validation';
import { hasRole, type Ctx } from '../core/actor';
import { DomainError, staleEdit, ValidationError, validOrThrow } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import { updateVersioned } from '../core/versioned';
import * as audit from '../audit';
import { reportReviews, reports, reportVersions } from './schema';
import { buildSnapshot } from './snapshot';
import { reportRow, type Report } from './working-copy';

/**
 * What stops a report from being published: a section with nothing in it (a text section without
 * text or items, an outcomes section of an event without expected outcomes), or no section at all.
 * Each problem names its section.
 */
export function emptySections(snapshot: ReportSnapshot): string[] {
	return snapshot.sections
		.filter((s) => {
			if (s.kind === 'annex') return false;
			if (s.kind === 'outcomes') return snapshot.outcomes.length === 0;
			const hasText = Object.values(s.bodies ?? {}).some((t) => t && t.trim());
			return !hasText && s.items.length === 0;
		})
		.map((s) => pick(s.titles, 'en'));
}

function checkComplete(snapshot: ReportSnapshot): void {
	if (!snapshot.sections.length) throw new DomainError('reports.errors.noSections', 422);
	const empty = emptySections(snapshot);
	if (empty.length) throw new DomainError('reports.errors.emptySection', 422, 'sections', { title: empty.join(', ') });
}

/** Sends the working copy for review; whoever sends it cannot approve it. */
export async function submitForReview(ctx: Ctx, reportId: string, raw: unknown): Promise<Report> {
	requireRoleIn(ctx.actor, 'secretariat');
	const { version } = validOrThrow(parseWith(PublishSchema.pick({ version: true }), raw));
	// Only whether a section is empty: the annex is computed at publication, not here.
	const { snapshot } = await buildSnapshot(ctx.db, reportId, { annex: false });
	checkComplete(snapshot);
	return inTransaction(ctx.db, async (tx) => {
		const before = await reportRow(tx, reportId);
		if (before.status !== 'draft') throw new DomainError('reports.errors.notDraft', 409);
		const after = await updateVersioned(tx, reports, reportId, version, { status: 'in-review', submittedBy: ctx.actor.userId });
		await audit.record(tx, ctx.actor, {
			action: 'report.submit',
			entityType: 'report',
			entityId: reportId,
			after: { version: after.version }
		});
		return after;
	});
}

/**
 * Approves the working copy as it was when the reviewer opened it, or sends it back with a comment.
 * Neither whoever sent it for review nor anyone who changed it since its last publication may approve it.
 */
export async function review(ctx: Ctx, reportId: string, raw: unknown): Promise<Report> {
	if (!hasRole(ctx.actor, 'reviewer')) requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ReviewSchema.safeExtend({ version: versionField }), raw));
	if (input.decision === 'request-changes' && !input.comment)
		throw new ValidationError({ comment: { key: 'reports.errors.commentRequired' } });
	return inTransaction(ctx.db, async (tx) => {
		const before = await reportRow(tx, reportId);
		if (before.status !== 'in-review') throw new DomainError('reports.errors.notInReview', 409);
		if (before.version !== input.version) throw staleEdit();
		if (ctx.actor.userId && before.submittedBy === ctx.actor.userId) throw new DomainError('reports.errors.ownReview', 403);
		// Four eyes on the content too: whoever changed it since it was created or last published reviews someone else's
		// work, not their own. Asking for changes stays open to them: it approves nothing.
		if (input.decision === 'approve' && ctx.actor.userId && before.editors.includes(ctx.actor.userId))
			throw new DomainError('reportReview.errors.ownEdit', 403);
		const after = await updateVersioned(tx, reports, reportId, input.version, {
			status: input.decision === 'approve' ? 'approved' : 'draft',
			submittedBy: input.decision === 'approve' ? before.submittedBy : null
		});
		await tx
			.insert(reportReviews)
			.values({ reportId, reviewerId: ctx.actor.userId, decision: input.decision, comment: input.comment ?? null });
		await audit.record(tx, ctx.actor, {
			action: `report.review.${input.decision}`,
			entityType: 'report',
			entityId: reportId,
			after: input
		});
		return after;
	});
}

/**
 * Publishes the approved working copy as the next version, with its annex computed now. The
 * snapshot is read before the transaction and the report's version checked inside it: a change
 * made in between refuses the publication instead of publishing something nobody approved.
 */
export async function publish(ctx: Ctx, reportId: string, raw: unknown): Promise<{ number: number }> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(PublishSchema, raw));
	const { snapshot, version } = await buildSnapshot(ctx.db, reportId);
	if (version !== input.version) throw staleEdit();
	checkComplete(snapshot);
	return inTransaction(ctx.db, async (tx) => {
		const before = await reportRow(tx, reportId);
		if (before.status !== 'approved') throw new DomainError('reports.errors.notApproved', 409);
		const number = (before.publishedVersion ?? 0) + 1;
		if (number > 1 && !input.notes) throw new ValidationError({ 'notes.en': { key: 'reports.errors.correctionNote' } });
		// The published version is everyone's starting point: nobody has changed it yet.
		await updateVersioned(tx, reports, reportId, input.version, { status: 'published', publishedVersion: number, editors: [] });
		await tx
			.insert(reportVersions)
			.values({ reportId, number, content: snapshot, notes: input.notes ?? null, publishedBy: ctx.actor.userId });
		await audit.record(tx, ctx.actor, {
			action: 'report.publish',
			entityType: 'report',
			entityId: reportId,
			after: { number, notes: input.notes }
		});
		return { number };
	});
}
