/**
 * A ballot's results as a reader sees them, in one language: per proposal the votes and the two
 * shares, each naming its denominator ("68% of 25 responses", "9.7% of 175 Member States"), the
 * turnout, a chart with its text alternative, and the same table as CSV.
 */
import { stringify } from 'csv-stringify/sync';
import { intlLocale, pick, translator, type Language, type MessageKey } from '$lib/i18n';
import type { BallotRule } from '$lib/agenda/types';
import { horizontalBars } from '../statistics';
import type { results as resultsOf } from './ballots';

type Results = NonNullable<Awaited<ReturnType<typeof resultsOf>>>;

const COLUMNS: Record<BallotRule, ('yes' | 'no' | 'abstain' | 'chosen' | 'firstPreferences' | 'points')[]> = {
	choose: ['chosen'],
	'yes-no-abstain': ['yes', 'no', 'abstain'],
	rank: ['firstPreferences', 'points']
};

export interface ResultsView {
	columns: { key: string; label: string }[];
	rows: { proposalId: string; label: string; cells: string[]; inFavour: number }[];
	turnout: string;
	eligibleSplit: string | null;
	definition: string | null;
	svg: string;
	alt: string;
}

export function shareText(value: number | null, lang: Language): string {
	if (value === null) return '–';
	return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

export function resultsView(r: Results, lang: Language): ResultsView {
	const t = translator(lang);
	const number = new Intl.NumberFormat(intlLocale(lang));
	const rule = r.ballot.rule;
	const { responses, eligible } = r.tally;
	const onlyMembers = r.eligibleObservers === 0;
	const eligibleKey: MessageKey = onlyMembers ? 'agenda.results.shareOfMembers' : 'agenda.results.shareOfEligible';
	const columns = [
		...COLUMNS[rule].map((key) => ({ key, label: t(`agenda.results.${key}`) })),
		{ key: 'shareOfResponses', label: t('agenda.results.ofResponses') },
		{ key: 'shareOfEligible', label: t('agenda.results.ofEligible') }
	];
	const rows = r.tally.proposals.map((p) => {
		const inFavour = rule === 'rank' ? p.firstPreferences : p.yes;
		const counts = COLUMNS[rule].map((key) => number.format(key === 'chosen' ? p.yes : p[key]));
		return {
			proposalId: p.proposalId,
			label: pick(p.titles, lang),
			inFavour,
			cells: [
				...counts,
				responses
					? t('agenda.results.shareOfResponses', { share: shareText(p.shareOfResponses, lang), count: responses })
					: t('agenda.results.noShare'),
				t(eligibleKey, { share: shareText(p.shareOfEligible, lang), count: eligible })
			]
		};
	});
	const alt = t('agenda.results.chartAlt', {
		values: rows.map((row) => t('agenda.results.chartValue', { label: row.label, count: row.inFavour })).join('; ')
	});
	return {
		columns,
		rows,
		turnout: t('agenda.results.turnoutValue', { responses, eligible, share: shareText(r.tally.turnout, lang) }),
		eligibleSplit: onlyMembers ? null : t('agenda.results.eligibleSplit', { members: r.eligibleMembers, observers: r.eligibleObservers }),
		definition: rule === 'rank' ? t('agenda.results.pointsDefinition', { count: r.proposals.length }) : null,
		svg: horizontalBars(
			rows.map((row) => ({ label: row.label, value: row.inFavour })),
			t('agenda.results.chartAxis'),
			alt
		),
		alt
	};
}

/**
 * The results as CSV: stable column keys, the proposal's title in the reader's language (a leading
 * = + - @ quoted so a spreadsheet never runs it), counts and shares as plain numbers, and the
 * denominators on every row.
 */
export function resultsCsv(r: Results, lang: Language): string {
	const guard = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
	const header = [
		'proposal_id',
		'proposal',
		'yes',
		'no',
		'abstain',
		'first_preferences',
		'points',
		'share_of_responses',
		'responses',
		'share_of_eligible',
		'eligible_states'
	];
	const rows = r.tally.proposals.map((p) => [
		p.proposalId,
		guard(pick(p.titles, lang)),
		p.yes,
		p.no,
		p.abstain,
		p.firstPreferences,
		p.points,
		p.shareOfResponses ?? '',
		r.tally.responses,
		p.shareOfEligible ?? '',
		r.tally.eligible
	]);
	return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
