/**
 * The practice form of the submission pages: the choices it offers (from the reference lists, in
 * the reader's language), how its fields become the shape DraftSchema reads, and a stored
 * practice as the form's values.
 */
import type { Db } from '../db/client';
import { pick, translator, type Language, type MessageKey } from '$lib/i18n';
import { ORGANISATION_TYPES } from '$lib/directory/types';
import { PRACTICE_SCOPES, PRACTICE_STATUSES, TARGET_GROUPS } from '$lib/practices/types';
import type { CriteriaAnswers } from '$lib/practices/review';
import { listEvents } from '../dialogues';
import { cachedLabels } from './page';
import { m49Options } from '../reference/m49';
import type { practices } from './schema';

/** Fields sent as several checkboxes. */
export const FORM_ARRAYS = ['gcmObjectives', 'principles', 'stages', 'regions', 'm49Regions', 'areas', 'targetGroups', 'organisationTypes'];

const codes = (v: unknown) =>
	typeof v === 'string'
		? v
				.split(/[\s,;]+/)
				.map((s) => s.trim())
				.filter(Boolean)
		: [];
const lines = (v: unknown) =>
	typeof v === 'string'
		? v
				.split(/\r?\n/)
				.map((s) => s.trim())
				.filter(Boolean)
		: [];

/** Text fields holding lists (codes separated by commas, names and links one a line, a link's label after its address) become arrays. */
export function prepareForm(raw: Record<string, unknown>): Record<string, unknown> {
	return {
		...raw,
		implementingStates: codes(raw.implementingStates),
		countries: codes(raw.countries),
		implementingOrganisations: lines(raw.implementingOrganisations),
		partners: lines(raw.partners),
		links: lines(raw.links).map(linkOfLine)
	};
}

/** A line of the links field: the address, then its label if any ("https://… Evaluation report"). */
function linkOfLine(line: string): { url: string; label?: string } {
	const [url, ...label] = line.split(/\s+/);
	return label.length ? { url, label: label.join(' ') } : { url };
}

type Option = { value: string; label: string };

/** The choices of the form, named in the reader's language. */
export async function formOptions(db: Db, lang: Language) {
	const [names, events] = await Promise.all([cachedLabels(db), listEvents(db)]);
	const t = translator(lang);
	const of = (facet: 'gcm' | 'principle' | 'stage' | 'region' | 'area'): Option[] =>
		Object.entries(names[facet]).map(([value, titles]) => ({
			value,
			label:
				facet === 'gcm' ? `${value}. ${pick(titles, lang)}` : facet === 'principle' ? `${value}) ${pick(titles, lang)}` : pick(titles, lang)
		}));
	return {
		scopes: PRACTICE_SCOPES.map((value) => ({ value, label: t(`practices.scopes.${value}`) })),
		statuses: PRACTICE_STATUSES.map((value) => ({ value, label: t(`practices.statuses.${value}`) })),
		gcm: of('gcm').sort((a, b) => Number(a.value) - Number(b.value)),
		principles: of('principle'),
		stages: of('stage'),
		regions: of('region').sort((a, b) => a.label.localeCompare(b.label, lang)),
		m49Regions: m49Options(lang),
		areas: of('area'),
		targetGroups: TARGET_GROUPS.map((value) => ({ value, label: t(`practices.targetGroups.${value}`) })),
		events: events.map((e) => ({ value: e.id, label: `${pick(e.titles, lang)} (${e.startDate.slice(0, 4)})` })),
		organisationTypes: ORGANISATION_TYPES.map((value) => ({ value, label: t(`directory.orgType.${value}` as MessageKey) }))
	};
}
export type PracticeFormOptions = Awaited<ReturnType<typeof formOptions>>;

/** A stored practice as the form's values (lists as the text the form shows). */
export function formValues(p: typeof practices.$inferSelect, criteria: CriteriaAnswers = {}) {
	return {
		...p,
		gcmObjectives: p.gcmObjectives.map(String),
		implementingStates: p.implementingStates.join(', '),
		countries: p.countries.join(', '),
		implementingOrganisations: p.implementingOrganisations.join('\n'),
		partners: p.partners.join('\n'),
		// The label rides after the address, so editing a practice keeps its links' labels.
		links: p.links.map((l) => (l.label ? `${l.url} ${l.label}` : l.url)).join('\n'),
		sourceEventId: p.sourceEventId ?? '',
		criteria
	};
}
