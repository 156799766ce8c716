import type { LocalizedText } from '$lib/i18n';
import type { Ctx } from '../core/actor';
import type { Db } from '../db/client';
import * as dialogues from '../dialogues';
import * as reports from '../reports';
import { ctxAs } from './actors';

/** A dialogue with a 2024 cycle and one session of these expected outcomes, for the reports' tests. */
export async function reportEvent(db: Db, slug: string, expectedOutcomes: LocalizedText[] = [{ en: 'Evidence' }]) {
	const ctx = ctxAs(db, 'secretariat');
	const dialogueId = (await dialogues.createDialogue(ctx, { slug, names: { en: slug }, languages: ['en'] })).id;
	const cycleId = (await dialogues.createCycle(ctx, { dialogueId, year: 2024, themes: { en: 'Skills' }, status: 'planning' })).id;
	const eventId = (
		await dialogues.createEvent(ctx, {
			cycleId,
			kind: 'session',
			titles: { en: 'Session' },
			startDate: '2024-05-21',
			endDate: '2024-05-22',
			format: 'hybrid',
			status: 'planned',
			expectedOutcomes,
			organiserIds: []
		})
	).id;
	return { dialogueId, cycleId, eventId };
}

/** Sends a report's working copy for review, has `reviewer` approve it and `publisher` publish it (a correction needs `notes`). */
export async function publishReport(db: Db, reportId: string, publisher: Ctx, reviewer: Ctx, notes?: string) {
	let report = await reports.reportRow(db, reportId);
	report = await reports.submitForReview(publisher, reportId, { version: report.version });
	report = await reports.review(reviewer, reportId, { decision: 'approve', version: report.version });
	return reports.publish(publisher, reportId, { version: report.version, ...(notes ? { notes: { en: notes } } : {}) });
}
