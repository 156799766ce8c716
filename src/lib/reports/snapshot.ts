/**
 * A published version of a report as it is frozen in `report_versions.content`: everything the
 * page, the PDF and the JSON show, so that a published version reads the same forever, whatever
 * later happens to its items, the practices it links or the event's registrations.
 * Follow-up progress is the exception: it is read live, since following up is the point.
 */
import type { Statistics } from '$lib/domain/statistics';
import type { LocalizedText } from '$lib/i18n';
import type { SurveyResults } from '$lib/server/surveys/results';
import type { ItemKind, ItemLevel, SectionKind } from './types';

export interface SnapshotItem {
	id: string;
	kind: ItemKind;
	level: ItemLevel | null;
	headlines: LocalizedText | null;
	texts: LocalizedText;
	gcmObjectives: number[];
	principles: string[];
	areas: string[];
	stages: string[];
	targetGroups: string[];
	practices: { id: string; slug: string; titles: LocalizedText }[];
	facts: { id: string; statements: LocalizedText; value: string | null; unit: string | null; year: number | null; source: string }[];
	states: { id: string; names: LocalizedText }[];
	organisations: { id: string; name: string; acronym: string | null }[];
}

export interface SnapshotSection {
	id: string;
	kind: SectionKind;
	titles: LocalizedText;
	bodies: LocalizedText | null;
	/** Item ids in order (the items are in `items`, once each however many sections list them). */
	items: string[];
}

export interface ReportSnapshot {
	report: { id: string; slug: string; titles: LocalizedText; summaries: LocalizedText | null };
	dialogue: { id: string; slug: string; names: LocalizedText };
	cycle: { id: string; year: number; themes: LocalizedText };
	event: {
		id: string;
		titles: LocalizedText;
		subtitles: LocalizedText | null;
		startDate: string;
		endDate: string;
		venue: string | null;
		city: string | null;
	} | null;
	/** Languages the report's own text is written in (its title's), English first. */
	languages: string[];
	sections: SnapshotSection[];
	items: Record<string, SnapshotItem>;
	/** The event's expected outcomes in order, each with the items addressing it. */
	outcomes: { texts: LocalizedText; items: string[] }[];
	/** Computed at publication from the event's records; null for a cycle's report. */
	annex: { statistics: Statistics; surveys: SurveyResults[] } | null;
}
