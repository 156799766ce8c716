/**
 * A dialogue's public follow-up (issue 8): its published recommendations across years, filtered
 * by tag, owner, year and status, with the counts and the mean progress of what is shown. The
 * page and GET /api/v1/dialogues/{slug}/recommendations both read this.
 */
import { reportProgress, type Progress } from '$lib/domain/follow-up';
import type { LocalizedText } from '$lib/i18n';
import { TARGET_GROUPS } from '$lib/practices/types';
import { FOLLOW_UP_FILTERS, parseFollowUpFilters, type FollowUpFilter, type ParsedFilters } from '$lib/reports/follow-up-filters';
import type { Db } from '../db/client';
import { cachedLabels } from '../practices/page';
import { listStatuses } from './follow-up';
import { recommendationsOf, type FollowedRecommendation } from './queries';

export interface OwnerOption {
	id: string;
	kind: 'state' | 'organisation';
	names: LocalizedText;
	acronym: string | null;
}

export interface FollowUpView extends ParsedFilters {
	/** Newest year first; each year's recommendations in the order their reports list them. */
	years: { year: number; recommendations: FollowedRecommendation[] }[];
	counts: { recommendations: number; withFollowUp: number };
	/** The mean progress of the recommendations shown, those without actions counted as 0 (domain/follow-up.ts). */
	progress: Progress & { withoutActions: number };
	options: {
		gcm: { value: string; names: LocalizedText }[];
		area: { value: string; names: LocalizedText }[];
		stage: { value: string; names: LocalizedText }[];
		target: string[];
		owners: OwnerOption[];
		years: number[];
		statuses: { key: string; labels: LocalizedText; progress: number }[];
	};
}

function matches(rec: FollowedRecommendation, filter: FollowUpFilter, value: string): boolean {
	switch (filter) {
		case 'gcm':
			return rec.item.gcmObjectives.includes(Number(value));
		case 'area':
			return rec.item.areas.includes(value);
		case 'stage':
			return rec.item.stages.includes(value);
		case 'target':
			return rec.item.targetGroups.includes(value);
		case 'owner':
			return rec.actions.some((a) => a.owner.id === value);
		case 'year':
			return rec.year === Number(value);
		case 'status':
			return rec.actions.some((a) => a.status.key === value);
	}
}

export async function followUpView(db: Db, dialogueId: string, params: URLSearchParams): Promise<FollowUpView> {
	const [all, statuses, names] = await Promise.all([recommendationsOf(db, dialogueId), listStatuses(db, dialogueId), cachedLabels(db)]);
	const owners = new Map<string, OwnerOption>();
	for (const action of all.flatMap((r) => r.actions)) owners.set(action.owner.id, { ...action.owner });
	const years = [...new Set(all.map((r) => r.year))].sort((a, b) => b - a);
	const entries = (map: Record<string, LocalizedText>) => Object.entries(map).map(([value, titles]) => ({ value, names: titles }));
	const options: FollowUpView['options'] = {
		gcm: entries(names.gcm).sort((a, b) => Number(a.value) - Number(b.value)),
		area: entries(names.area),
		stage: entries(names.stage),
		target: [...TARGET_GROUPS],
		owners: [...owners.values()].sort((a, b) => (a.acronym ?? a.names.en).localeCompare(b.acronym ?? b.names.en)),
		years,
		statuses: statuses.map((s) => ({ key: s.key, labels: s.labels, progress: s.progress }))
	};
	const offered: Record<FollowUpFilter, ReadonlySet<string>> = {
		gcm: new Set(options.gcm.map((o) => o.value)),
		area: new Set(options.area.map((o) => o.value)),
		stage: new Set(options.stage.map((o) => o.value)),
		target: new Set(options.target),
		owner: new Set(owners.keys()),
		year: new Set(years.map(String)),
		status: new Set(options.statuses.map((s) => s.key))
	};
	const parsed = parseFollowUpFilters(params, offered);
	const shown = all.filter((rec) => FOLLOW_UP_FILTERS.every((f) => parsed.filters[f] === undefined || matches(rec, f, parsed.filters[f])));
	return {
		...parsed,
		years: years
			.map((year) => ({ year, recommendations: shown.filter((r) => r.year === year) }))
			.filter((group) => group.recommendations.length),
		counts: { recommendations: shown.length, withFollowUp: shown.filter((r) => r.actions.length).length },
		progress: reportProgress(shown.map((r) => r.progress.percent)),
		options
	};
}
