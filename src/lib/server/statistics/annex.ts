/**
 * The annex as a reader sees it, in one language: every single figure with its label, definition
 * and "53.1% of 358 approved registrations", and every table with its columns, rows, chart data
 * and text alternative. The page, the secretariat's page and the CSV downloads all use these.
 */
import {
	figures,
	formatShare,
	isDrillDown,
	share,
	TABLE_KEYS,
	type FigureKey,
	type Statistics,
	type TableKey
} from '$lib/domain/statistics';
import { intlLocale, pick, translator, type Language, type MessageKey } from '$lib/i18n';
import type { AnnexView, ColumnKey, TableRow, TableView } from '$lib/statistics/types';

const DENOMINATORS: Partial<Record<FigureKey, MessageKey>> = {
	'registrations.total': 'statistics.denominator.registrations.total',
	'governments.count': 'statistics.denominator.governments.count',
	'partners.organisations': 'statistics.denominator.partners.organisations',
	'speakers.total': 'statistics.denominator.speakers.total'
};

export function annexView(stats: Statistics, lang: Language): AnnexView {
	const t = translator(lang);
	const locale = intlLocale(lang);
	const number = new Intl.NumberFormat(locale);
	const pct = (value: number | null) => formatShare(value, locale);
	const { byState } = stats.registrations;
	return {
		figures: figures(stats).map((f) => ({
			key: f.key,
			value: f.value,
			formatted: number.format(f.value),
			label: t(`statistics.figure.${f.key}`),
			definition: t(`statistics.definition.${f.key}`),
			shareOf: f.denominator
				? t('statistics.shareOf', { share: pct(f.share), denominator: t(DENOMINATORS[f.denominator.key]!, { count: f.denominator.value }) })
				: null,
			drillDown: isDrillDown(f.key)
		})),
		tables: TABLE_KEYS.map((key) => tableView(stats, key, lang)),
		notCounted: t('statistics.notCounted', {
			pending: number.format(byState.pending),
			waitlisted: number.format(byState.waitlisted),
			rejected: number.format(byState.rejected),
			withdrawn: number.format(byState.withdrawn)
		})
	};
}

/** One table of the annex in a language (for the page, and alone for its CSV). */
export function tableView(stats: Statistics, key: TableKey, lang: Language): TableView {
	const t = translator(lang);
	const locale = intlLocale(lang);
	const regionLabel = (names: Statistics['regions'][number]['names']) => (names ? pick(names, lang) : t('statistics.noRegion'));
	const { total } = stats.registrations;
	const column = (k: ColumnKey) => ({ key: k, label: t(`statistics.column.${k}`), share: k.toLowerCase().includes('share') });
	const build = (
		rowHeader: 'category' | 'mode' | 'membership' | 'region' | 'type' | 'role' | 'gender' | 'sector',
		columns: ColumnKey[],
		rows: TableRow[],
		charted: ColumnKey = columns[0]
	): TableView => {
		const title = t(`statistics.table.${key}.title`);
		const values = rows.map((r) => {
			const count = r.values[charted] ?? 0;
			const s = r.values.share ?? r.values.shareOfStates;
			return s === undefined
				? t('statistics.chartValue', { label: r.label, count })
				: t('statistics.chartValueShare', { label: r.label, count, share: formatShare(s, locale) });
		});
		const number = new Intl.NumberFormat(locale);
		const cell = (c: ColumnKey, value: number | null | undefined) =>
			value === null || value === undefined ? '–' : c.toLowerCase().includes('share') ? formatShare(value, locale) : number.format(value);
		return {
			key,
			title,
			definition: t(`statistics.table.${key}.definition`),
			rowHeader: { key: rowHeader, label: t(`statistics.column.${rowHeader}`) },
			columns: columns.map(column),
			rows: rows.map((r) => ({ ...r, cells: columns.map((c) => cell(c, r.values[c])) })),
			charted,
			alt: t('statistics.chartAlt', { table: title, values: values.length ? values.join('; ') : t('statistics.empty') })
		};
	};

	switch (key) {
		case 'registrations':
			return build(
				'category',
				['registrations', 'share'],
				Object.entries(stats.registrations.byCategory).map(([category, n]) => ({
					key: category,
					label: t(`registration.categories.${category as keyof typeof stats.registrations.byCategory}`),
					values: { registrations: n, share: share(n, total) }
				}))
			);
		case 'attendance':
			return build(
				'mode',
				['people', 'share'],
				(['inRoom', 'online', 'both'] as const).map((mode) => ({
					key: mode,
					label: t(`statistics.figure.attendance.${mode}`),
					values: { people: stats.attendance[mode], share: share(stats.attendance[mode], total) }
				}))
			);
		case 'governments': {
			const g = stats.governments;
			return build(
				'membership',
				['states', 'share'],
				(['memberStates', 'observerStates', 'nonMemberStates', 'gcmChampions'] as const).map((k) => ({
					key: k,
					label: t(`statistics.figure.governments.${k}`),
					values: { states: g[k], share: share(g[k], g.count) }
				}))
			);
		}
		case 'regions':
			return build(
				'region',
				['states', 'shareOfStates', 'representatives', 'shareOfRepresentatives'],
				stats.regions.map((r) => ({
					key: r.region,
					label: regionLabel(r.names),
					values: {
						states: r.states,
						shareOfStates: r.shareOfStates,
						representatives: r.representatives,
						shareOfRepresentatives: r.shareOfRepresentatives
					}
				}))
			);
		case 'partner-types':
			return build(
				'type',
				['organisations', 'share', 'representatives'],
				stats.partners.byType.map((r) => ({
					key: r.type,
					label: r.type ? t(`directory.orgType.${r.type}`) : t('statistics.noType'),
					values: { organisations: r.organisations, share: r.share, representatives: r.representatives }
				}))
			);
		case 'speakers-by-role':
			return build(
				'role',
				['speakers', 'share'],
				stats.speakers.byRole
					.filter((r) => r.speakers > 0)
					.map((r) => ({ key: r.role, label: t(`programme.role.${r.role}`), values: { speakers: r.speakers, share: r.share } }))
			);
		case 'speakers-by-gender':
			return build(
				'gender',
				['speakers', 'share'],
				stats.speakers.byGender.map((r) => ({
					key: r.gender,
					label: t(`directory.gender.${r.gender}`),
					values: { speakers: r.speakers, share: r.share }
				}))
			);
		case 'speakers-by-region':
			return build(
				'region',
				['speakers', 'share'],
				stats.speakers.byRegion.map((r) => ({
					key: r.region,
					label: regionLabel(r.names),
					values: { speakers: r.speakers, share: r.share }
				}))
			);
		case 'speakers-by-sector':
			return build(
				'sector',
				['speakers', 'share'],
				stats.speakers.bySector.map((r) => ({
					key: r.sector,
					label: r.sector ? t(`directory.orgType.${r.sector}`) : t('statistics.noSector'),
					values: { speakers: r.speakers, share: r.share }
				}))
			);
	}
}
