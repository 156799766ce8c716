/**
 * A cycle's funding as a reader sees it in one language: figures, the two tables (by line, by
 * donor) with their charts drawn on the server, and the same tables as CSV. Amounts are shown in
 * the reader's number format from the exact decimal texts (Intl formats a decimal string exactly).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { stringify } from 'csv-stringify/sync';
import { intlLocale, pick, translator, type Language } from '$lib/i18n';
import type { EventFunding, FundingView } from '.';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

export const FUNDING_TABLES = ['lines', 'donors'] as const;
export type FundingTable = (typeof FUNDING_TABLES)[number];
export const isFundingTable = (value: string): value is FundingTable => (FUNDING_TABLES as readonly string[]).includes(value);

export interface FundingFigure {
	key: 'total' | 'allocated' | 'sponsored' | 'pledged' | 'received' | 'earmarked' | 'unearmarked' | 'shortfall';
	label: string;
	formatted: string;
	note: string | null;
}

export interface FundingTableView {
	key: FundingTable;
	title: string;
	definition: string;
	columns: { key: string; label: string; numeric: boolean }[];
	/** Plain values for the CSV (amounts as decimal texts), in the order of the columns. */
	rows: { key: string; cells: string[]; raw: string[]; href: string | null }[];
	empty: string;
	svg: string | null;
	alt: string;
}

export interface FundingPageView {
	currency: string;
	lede: string;
	notes: string | null;
	figures: FundingFigure[];
	tables: FundingTableView[];
}

const short = (label: string) => (label.length > 38 ? `${label.slice(0, 36)}…` : label);

/** The axis label of a row keyed by id. */
const labelOf = (data: { key: string; label: string }[]) => {
	const labels = new Map(data.map((d) => [d.key, d.label]));
	return (key: string) => labels.get(key) ?? '';
};

function finishSvg(svg: Element, alt: string): string {
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', alt);
	svg.removeAttribute('aria-description');
	// Plot labels each mark's group with aria-label, which ARIA forbids on a <g> without a role.
	for (const part of svg.querySelectorAll('[aria-label]')) if (part !== svg) part.removeAttribute('aria-label');
	return svg.outerHTML;
}

/** Each line's cost as a light bar with the funded part drawn over it, labelled with the percentage funded. */
function linesChart(view: FundingView, labels: string[], alt: string, lang: Language): string {
	// Rows are keyed by the line's id: two lines with the same label stay two bars.
	const data = view.lines.map((l, i) => ({
		key: l.id,
		label: short(labels[i]),
		cost: Number(l.cost),
		funded: Number(l.funded),
		pct: l.percentFunded
	}));
	const pct = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 });
	const svg = Plot.plot({
		document,
		width: 640,
		height: 60 + Math.max(1, data.length) * 34,
		marginLeft: 230,
		marginRight: 60,
		x: { grid: true, label: view.currency, labelAnchor: 'right' },
		y: { label: null, domain: data.map((d) => d.key), tickFormat: labelOf(data) },
		marks: [
			Plot.barX(data, { x: 'cost', y: 'key', fill: '#c9dbe8' }),
			Plot.barX(data, { x: 'funded', y: 'key', fill: '#1d5f8a', insetTop: 6, insetBottom: 6 }),
			Plot.text(data, {
				x: 'cost',
				y: 'key',
				text: (d: { pct: number }) => `${pct.format(d.pct)} %`,
				dx: 4,
				textAnchor: 'start',
				fill: '#1b1b1b'
			}),
			Plot.ruleX([0])
		]
	}) as unknown as Element;
	return finishSvg(svg, alt);
}

function donorsChart(view: FundingView, labels: string[], alt: string): string {
	const data = view.donors.map((d, i) => ({ key: d.donor.key, label: short(labels[i]), value: Number(d.pledged) }));
	const svg = Plot.plot({
		document,
		width: 640,
		height: 48 + Math.max(1, data.length) * 28,
		marginLeft: 230,
		marginRight: 90,
		x: { grid: true, label: view.currency, labelAnchor: 'right' },
		y: { label: null, domain: data.map((d) => d.key), tickFormat: labelOf(data) },
		marks: [Plot.barX(data, { x: 'value', y: 'key', fill: '#1d5f8a' }), Plot.ruleX([0])]
	}) as unknown as Element;
	return finishSvg(svg, alt);
}

export function fundingPage(view: FundingView, lang: Language, links: { event: (id: string) => string }): FundingPageView {
	const t = translator(lang);
	const locale = intlLocale(lang);
	const money = new Intl.NumberFormat(locale, { minimumFractionDigits: view.minorUnits, maximumFractionDigits: view.minorUnits });
	const fmt = (value: string) => `${money.format(value as unknown as number)} ${view.currency}`;
	const plain = (value: string) => money.format(value as unknown as number);
	const pct = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

	const figures: FundingFigure[] = [
		{ key: 'total', label: t('funding.figure.total'), formatted: fmt(view.total), note: null },
		{ key: 'allocated', label: t('funding.figure.allocated'), formatted: fmt(view.allocated), note: null },
		...(view.sponsored !== null
			? [
					{
						key: 'sponsored' as const,
						label: t('funding.figure.sponsored'),
						formatted: fmt(view.sponsored),
						note: t('funding.figure.sponsoredShare', { percent: pct.format(view.sponsoredPercent as unknown as number) })
					}
				]
			: []),
		{ key: 'pledged', label: t('funding.figure.pledged'), formatted: fmt(view.pledged), note: t('funding.definition.pledged') },
		{ key: 'received', label: t('funding.figure.received'), formatted: fmt(view.received), note: t('funding.definition.received') },
		{ key: 'earmarked', label: t('funding.figure.earmarked'), formatted: fmt(view.earmarked), note: null },
		{ key: 'unearmarked', label: t('funding.figure.unearmarked'), formatted: fmt(view.unearmarked), note: null },
		{ key: 'shortfall', label: t('funding.figure.shortfall'), formatted: fmt(view.shortfall), note: t('funding.definition.shortfall') }
	];

	const lineLabels = view.lines.map((l) => pick(l.labels, lang));
	const linesAlt = t('funding.lines.chartAlt', {
		values: view.lines
			.map((l, i) =>
				t('funding.lines.chartValue', {
					label: lineLabels[i],
					funded: plain(l.funded),
					cost: plain(l.cost),
					currency: view.currency,
					status: t(`funding.status.${l.status}`)
				})
			)
			.join('; ')
	});
	const lines: FundingTableView = {
		key: 'lines',
		title: t('funding.lines.title'),
		definition: t('funding.lines.definition'),
		columns: [
			{ key: 'line', label: t('funding.lines.line'), numeric: false },
			{ key: 'event', label: t('funding.lines.event'), numeric: false },
			{ key: 'status', label: t('funding.lines.status'), numeric: false },
			{ key: 'cost', label: t('funding.lines.cost'), numeric: true },
			{ key: 'earmarked', label: t('funding.lines.earmarked'), numeric: true },
			{ key: 'share', label: t('funding.lines.share'), numeric: true },
			{ key: 'funded', label: t('funding.lines.funded'), numeric: true },
			{ key: 'gap', label: t('funding.lines.gap'), numeric: true },
			{ key: 'received', label: t('funding.lines.received'), numeric: true },
			{ key: 'percent_funded', label: '%', numeric: true }
		],
		rows: view.lines.map((l, i) => {
			const event = l.eventTitles ? pick(l.eventTitles, lang) : '';
			const status = t(`funding.status.${l.status}`) + (l.subjectToFunding ? ` (${t('funding.lines.subjectToFunding')})` : '');
			return {
				key: l.id,
				href: l.eventId ? links.event(l.eventId) : null,
				cells: [
					lineLabels[i],
					event,
					status,
					plain(l.cost),
					plain(l.earmarked),
					plain(l.share),
					plain(l.funded),
					plain(l.gap),
					plain(l.received),
					pct.format(l.percentFunded)
				],
				raw: [lineLabels[i], event, l.status, l.cost, l.earmarked, l.share, l.funded, l.gap, l.received, String(l.percentFunded)]
			};
		}),
		empty: t('funding.lines.noLines'),
		svg: view.lines.length ? linesChart(view, lineLabels, linesAlt, lang) : null,
		alt: linesAlt
	};

	const donorLabels = view.donors.map((d) => {
		const name = pick(d.donor.names, lang);
		return d.donor.acronym ? `${name} (${d.donor.acronym})` : name;
	});
	const donorsAlt = t('funding.donors.chartAlt', {
		values: view.donors
			.map((d, i) => t('funding.donors.chartValue', { label: donorLabels[i], amount: plain(d.pledged), currency: view.currency }))
			.join('; ')
	});
	const donors: FundingTableView = {
		key: 'donors',
		title: t('funding.donors.title'),
		definition: t('funding.donors.definition'),
		columns: [
			{ key: 'donor', label: t('funding.donors.donor'), numeric: false },
			{ key: 'pledged', label: t('funding.donors.pledged'), numeric: true },
			{ key: 'received', label: t('funding.donors.received'), numeric: true },
			{ key: 'earmarked', label: t('funding.donors.earmarked'), numeric: true },
			{ key: 'unearmarked', label: t('funding.donors.unearmarked'), numeric: true },
			{ key: 'pledges', label: t('funding.donors.pledges'), numeric: true }
		],
		rows: view.donors.map((d, i) => ({
			key: d.donor.key,
			href: null,
			cells: [donorLabels[i], plain(d.pledged), plain(d.received), plain(d.earmarked), plain(d.unearmarked), String(d.pledges)],
			raw: [donorLabels[i], d.pledged, d.received, d.earmarked, d.unearmarked, String(d.pledges)]
		})),
		empty: t('funding.donors.noDonors'),
		svg: view.donors.length ? donorsChart(view, donorLabels, donorsAlt) : null,
		alt: donorsAlt
	};

	return {
		currency: view.currency,
		lede: t('funding.lede', { currency: view.currency }),
		notes: view.notes ? pick(view.notes, lang) : null,
		figures,
		tables: [lines, donors]
	};
}

/**
 * A table as CSV: stable column keys, amounts as plain decimals in the budget's currency (a
 * `currency` column says which), the row's key first. Text starting with = + - @ gets a leading
 * apostrophe so a spreadsheet never runs it as a formula.
 */
export function fundingCsv(table: FundingTableView, currency: string): string {
	const guard = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
	const header = ['key', ...table.columns.map((c) => c.key), 'currency'];
	const rows = table.rows.map((r) => [r.key, ...r.raw.map((v, i) => (table.columns[i].numeric ? v : guard(v))), currency]);
	return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

/** One line on an event's page: "Partly funded: 75,951.01 of 125,000.00 USD (60.7 %)". */
export function eventFundingSummary(funding: EventFunding, lang: Language) {
	const t = translator(lang);
	const locale = intlLocale(lang);
	const money = new Intl.NumberFormat(locale, { minimumFractionDigits: funding.minorUnits, maximumFractionDigits: funding.minorUnits });
	const { line } = funding;
	return {
		subjectToFunding: line.subjectToFunding,
		status: line.status,
		text: t('funding.event.status', {
			status: t(`funding.status.${line.status}`),
			funded: money.format(line.funded as unknown as number),
			cost: money.format(line.cost as unknown as number),
			currency: funding.currency,
			percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(line.percentFunded)
		})
	};
}
