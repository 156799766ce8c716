/**
 * What a publication freezes: the working copy read whole (a fixed number of queries, whatever
 * the number of sections and items), with each link's name as it is today, and the annex computed
 * now from the event's records: participation statistics and the results of its public surveys.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReportSnapshot, SnapshotItem } from '$lib/reports/snapshot';
import type { Db } from '../db/client';
import { cycles, dialogues, events } from '../dialogues/schema';
import { organisations } from '../directory/schema';
import { evidenceFacts, practices } from '../practices/schema';
import { states } from '../reference/schema';
import * as statistics from '../statistics';
import * as surveys from '../surveys';
import { listForEvent } from '../surveys/surveys';
import { reportItemFacts, reportItemOrganisations, reportItemPractices, reportItems, reportItemStates } from './schema';
import { outcomesOf, readLayout } from './layout';
import { reportRow } from './working-copy';

export async function buildSnapshot(
	db: Db,
	reportId: string,
	options: { annex?: boolean } = {}
): Promise<{ snapshot: ReportSnapshot; version: number }> {
	const report = await reportRow(db, reportId);
	const [[owner], layout, event] = await Promise.all([
		db
			.select({ cycle: cycles, dialogue: dialogues })
			.from(cycles)
			.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
			.where(eq(cycles.id, report.cycleId)),
		readLayout(db, reportId),
		report.eventId
			? db
					.select()
					.from(events)
					.where(eq(events.id, report.eventId))
					.then((r) => r[0])
			: null
	]);
	const items = await snapshotItems(db, layout.itemIds);
	const outcomes = outcomesOf(layout, event?.expectedOutcomes ?? []);
	const hasAnnex = layout.sections.some((s) => s.kind === 'annex');
	const snapshot: ReportSnapshot = {
		report: { id: report.id, slug: report.slug, titles: report.titles, summaries: report.summaries },
		dialogue: { id: owner.dialogue.id, slug: owner.dialogue.slug, names: owner.dialogue.names },
		cycle: { id: owner.cycle.id, year: owner.cycle.year, themes: owner.cycle.themes },
		event: event
			? {
					id: event.id,
					titles: event.titles,
					subtitles: event.subtitles,
					startDate: event.startDate,
					endDate: event.endDate,
					venue: event.venue,
					city: event.city
				}
			: null,
		languages: (['en', 'fr', 'es', 'ar'] as const).filter((l) => report.titles[l]),
		sections: layout.sections.map((s) => ({
			id: s.id,
			kind: s.kind,
			titles: s.titles,
			bodies: s.bodies,
			items: s.itemIds
		})),
		items,
		outcomes,
		annex: event && hasAnnex && options.annex !== false ? await annexOf(db, event.id) : null
	};
	return { snapshot, version: report.version };
}

/** The items with their links, in five queries. A practice no longer published is left out of the links. */
async function snapshotItems(db: Db, ids: string[]): Promise<Record<string, SnapshotItem>> {
	if (!ids.length) return {};
	const [rows, practiceLinks, factLinks, stateLinks, organisationLinks] = await Promise.all([
		db.select().from(reportItems).where(inArray(reportItems.id, ids)),
		db
			.select({ itemId: reportItemPractices.itemId, id: practices.id, slug: practices.slug, titles: practices.titles })
			.from(reportItemPractices)
			.innerJoin(practices, eq(practices.id, reportItemPractices.practiceId))
			.where(and(inArray(reportItemPractices.itemId, ids), eq(practices.publicationStatus, 'published')))
			.orderBy(asc(practices.slug)),
		db
			.select({
				itemId: reportItemFacts.itemId,
				id: evidenceFacts.id,
				statements: evidenceFacts.statements,
				value: evidenceFacts.value,
				unit: evidenceFacts.unit,
				year: evidenceFacts.year,
				source: evidenceFacts.source
			})
			.from(reportItemFacts)
			.innerJoin(evidenceFacts, eq(evidenceFacts.id, reportItemFacts.factId))
			.where(inArray(reportItemFacts.itemId, ids))
			.orderBy(asc(evidenceFacts.year), asc(evidenceFacts.id)),
		db
			.select({ itemId: reportItemStates.itemId, id: states.id, names: states.names })
			.from(reportItemStates)
			.innerJoin(states, eq(states.id, reportItemStates.stateId))
			.where(inArray(reportItemStates.itemId, ids))
			.orderBy(asc(states.id)),
		db
			.select({ itemId: reportItemOrganisations.itemId, id: organisations.id, name: organisations.name, acronym: organisations.acronym })
			.from(reportItemOrganisations)
			.innerJoin(organisations, eq(organisations.id, reportItemOrganisations.organisationId))
			.where(inArray(reportItemOrganisations.itemId, ids))
			.orderBy(asc(organisations.name))
	]);
	const of = <T extends { itemId: string }>(list: T[], itemId: string) =>
		list.filter((l) => l.itemId === itemId).map(({ itemId: _, ...rest }) => rest);
	const out: Record<string, SnapshotItem> = {};
	for (const r of rows)
		out[r.id] = {
			id: r.id,
			kind: r.kind,
			level: r.level,
			headlines: r.headlines,
			texts: r.texts,
			gcmObjectives: r.gcmObjectives,
			principles: r.principles,
			areas: r.areas,
			stages: r.stages,
			targetGroups: r.targetGroups,
			practices: of(practiceLinks, r.id),
			facts: of(factLinks, r.id),
			states: of(stateLinks, r.id),
			organisations: of(organisationLinks, r.id)
		};
	return out;
}

/**
 * The event's statistics and the results of its surveys whose results are public, as they are now.
 * A version is kept forever and is public, so it holds only what the public results page shows and
 * less: the survey's own fields one by one (never its row, which holds the secret of a link survey),
 * and for open questions their count only, never the answers, which may name their authors and
 * could then never be erased.
 */
async function annexOf(db: Db, eventId: string): Promise<ReportSnapshot['annex']> {
	const stats = await statistics.forEvent(db, eventId);
	const publicSurveys = (await listForEvent(db, eventId)).filter((s) => s.resultsVisibility === 'public');
	const results = (await Promise.all(publicSurveys.map((s) => surveys.results(db, s.id)))).filter((r) => r !== null);
	return {
		statistics: stats!,
		surveys: results.map((r) => ({
			survey: {
				id: r.survey.id,
				titles: r.survey.titles,
				eventId: r.survey.eventId,
				cycleId: r.survey.cycleId,
				anonymous: r.survey.anonymous,
				audience: r.survey.audience,
				opensAt: r.survey.opensAt,
				closesAt: r.survey.closesAt,
				resultsVisibility: r.survey.resultsVisibility
			},
			respondents: r.respondents,
			questions: r.questions.map((q) => ({ ...q, texts: q.texts && { total: q.texts.total, matching: 0, shown: [] } })),
			search: null
		}))
	};
}
