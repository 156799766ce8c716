/**
 * Reviewing a report outside /manage (issue 8): the reports waiting for review, listed for
 * reviewers and the secretariat beside the practices they review, and the preview of a working
 * copy drawn as the public page will draw it once published. A reviewer reads a working copy only
 * while it waits for review; the secretariat reads any.
 */
import { asc, desc, eq } from 'drizzle-orm';
import { pick, translator, type Language, type LocalizedText } from '$lib/i18n';
import { hasRole, type Actor, type Ctx } from '../core/actor';
import { DomainError, notFound } from '../core/errors';
import { fileResponse } from '../files/attachments';
import { printPdf, selfUrl } from '../pdf';
import { requireRoleIn } from '../core/guards';
import { cycles, events } from '../dialogues/schema';
import { users } from '../auth/schema';
import { buildSnapshot } from './snapshot';
import { followUpOf } from './queries';
import { drawAnnex, reportPaths, type ReportPage } from './public-view';
import { reports, reportVersions } from './schema';
import { reportRow, type Report } from './working-copy';

/** Reviewers and the secretariat (an admin counts as the secretariat); anyone else is refused. */
function requireReportReviewer(actor: Actor): void {
	if (!hasRole(actor, 'reviewer')) requireRoleIn(actor, 'secretariat');
}

/** Why this actor may not approve the working copy as it is, if they may not (the same rules as `review`). */
function approvalBar(report: Report, actor: Actor): 'ownReview' | 'ownEdit' | null {
	const me = actor.kind === 'user' ? actor.userId : null;
	if (!me) return null;
	if (report.submittedBy === me) return 'ownReview';
	if (report.editors.includes(me)) return 'ownEdit';
	return null;
}

/** The report if this actor may preview it: the secretariat any, a reviewer one in review (else 404, as if unknown). */
async function previewable(ctx: Ctx, reportId: string): Promise<Report> {
	requireReportReviewer(ctx.actor);
	const row = await reportRow(ctx.db, reportId);
	if (!hasRole(ctx.actor, 'secretariat') && row.status !== 'in-review') throw notFound();
	return row;
}

export interface ReviewQueueEntry {
	id: string;
	titles: LocalizedText;
	year: number;
	eventTitles: LocalizedText | null;
	/** When it was sent for review (its last change). */
	since: Date;
	submittedBy: string | null;
	/** Set when the reader may not approve it, and why. */
	bar: 'ownReview' | 'ownEdit' | null;
}

/** The reports waiting for review, longest waiting first. */
export async function reviewQueue(ctx: Ctx): Promise<ReviewQueueEntry[]> {
	requireReportReviewer(ctx.actor);
	const rows = await ctx.db
		.select({ report: reports, year: cycles.year, eventTitles: events.titles, submitter: users.displayName })
		.from(reports)
		.innerJoin(cycles, eq(cycles.id, reports.cycleId))
		.leftJoin(events, eq(events.id, reports.eventId))
		.leftJoin(users, eq(users.id, reports.submittedBy))
		.where(eq(reports.status, 'in-review'))
		.orderBy(asc(reports.updatedAt), asc(reports.id));
	return rows.map((r) => ({
		id: r.report.id,
		titles: r.report.titles,
		year: r.year,
		eventTitles: r.eventTitles,
		since: r.report.updatedAt,
		submittedBy: r.submitter,
		bar: approvalBar(r.report, ctx.actor)
	}));
}

/**
 * A working copy as its page will read once published: the public page's view, with the annex
 * computed now (provisional: publication computes and freezes it again) and the live follow-up.
 * Never cached: it changes with every edit and is not public. 404 for a reviewer when the report
 * is not waiting for review, so a draft is not read (nor its existence confirmed) outside /manage.
 */
export async function previewPage(ctx: Ctx, reportId: string, lang: Language) {
	const row = await previewable(ctx, reportId);
	const [{ snapshot }, published] = await Promise.all([
		buildSnapshot(ctx.db, reportId),
		ctx.db
			.select({ number: reportVersions.number, notes: reportVersions.notes, publishedAt: reportVersions.publishedAt })
			.from(reportVersions)
			.where(eq(reportVersions.reportId, reportId))
			.orderBy(desc(reportVersions.number))
	]);
	const followUp = await followUpOf(ctx.db, snapshot);
	// The version this working copy would become, shown as the public page shows a version.
	const next = (row.publishedVersion ?? 0) + 1;
	const page: ReportPage = {
		slug: row.slug,
		latest: next,
		number: next,
		publishedAt: new Date().toISOString(),
		versions: published.map((v) => ({
			number: v.number,
			notes: v.notes,
			publishedAt: v.publishedAt.toISOString(),
			path: reportPaths(row.slug, v.number).page
		})),
		paths: reportPaths(row.slug),
		content: snapshot,
		annex: drawAnnex(snapshot, lang),
		followUp: { progress: followUp.progress, report: followUp.report }
	};
	return {
		page,
		report: {
			id: row.id,
			status: row.status,
			version: row.version,
			publishedVersion: row.publishedVersion,
			bar: approvalBar(row, ctx.actor)
		}
	};
}
export type PreviewPage = Awaited<ReturnType<typeof previewPage>>;

/**
 * The preview as PDF: the review page printed (decision 018) as its reader sees it, by passing their
 * cookie, with "Preview — not published" at the head of every page. Never kept: the working copy
 * changes with every edit, and what one reader may see is not another's.
 */
export async function previewPdf(ctx: Ctx, reportId: string, lang: Language, cookie: string | null): Promise<Response> {
	const row = await previewable(ctx, reportId);
	const t = translator(lang);
	const pdf = await printPdf(selfUrl(`/reviews/reports/${row.id}`), {
		headerTitle: `${t('reportReview.preview.banner')}: ${pick(row.titles, lang)}`,
		lang,
		dir: lang === 'ar' ? 'rtl' : 'ltr',
		footerLabel: t('common.page'),
		headers: cookie ? { cookie } : undefined
	}).catch((e: unknown) => {
		// As the published PDF: Chromium missing or slow is a 503 with its message, any other failure too (logged).
		if (e instanceof DomainError) throw e;
		console.error('report preview PDF: printing failed', e);
		throw new DomainError('pdf.errors.unavailable', 503);
	});
	return fileResponse(
		{ fileName: `${row.slug}-preview-${lang}.pdf`, contentType: 'application/pdf', size: pdf.length, content: pdf },
		{ cacheControl: 'private, no-store' }
	);
}
