/** Survey results ready to show: labels in the reader's language, shares with their denominators, SVG charts. */
import { pick, translator, type Language } from '$lib/i18n';
import { horizontalBars } from '../statistics/charts';
import type { ChoiceRow, QuestionView } from '$lib/surveys/results-types';
import type { Actor } from '../core/actor';
import type { Db } from '../db/client';
import { results, type SurveyResults } from './results';
import { listForEvent, resultsVisible } from './surveys';

export function resultsView(results: SurveyResults, lang: Language) {
	const t = translator(lang);
	const number = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : lang, { maximumFractionDigits: 2 });
	const shareText = (count: number, of: number, percent: number | null) =>
		percent === null ? t('surveys.results.noDenominator') : t('surveys.results.share', { percent: number.format(percent), count, of });
	const questions = results.questions.map((q): QuestionView => {
		const title = pick(q.titles, lang);
		const rows: ChoiceRow[] = q.choices.map((c) => ({
			label: q.kind === 'yes-no' ? t(`surveys.answer.${c.id as 'yes' | 'no'}`) : pick(c.labels, lang),
			count: c.count,
			share: shareText(c.count, c.of, c.percent)
		}));
		if (q.other)
			rows.push({ label: t('surveys.answer.other'), count: q.other.count, share: shareText(q.other.count, q.other.of, q.other.percent) });
		const grid =
			q.kind === 'rating-grid'
				? {
						columns: q.items[0]?.choices.map((c) => pick(c.labels, lang)) ?? [],
						rows: q.items.map((item) => ({
							label: pick(item.labels, lang),
							answered: item.answered,
							mean: item.mean === null ? '–' : number.format(item.mean),
							cells: item.choices.map((c) => ({ label: pick(c.labels, lang), count: c.count, share: shareText(c.count, c.of, c.percent) }))
						}))
					}
				: null;
		const alt = (values: string) => t('surveys.results.chartAlt', { question: title, values });
		let svg: string | null = null;
		if (rows.length && q.answered) {
			svg = horizontalBars(
				rows.map((r) => ({ label: r.label, value: r.count })),
				t('surveys.results.respondents'),
				alt(rows.map((r) => `${r.label}: ${r.share}`).join('; '))
			);
		} else if (grid && q.answered) {
			svg = horizontalBars(
				q.items.map((item) => ({ label: pick(item.labels, lang), value: item.mean ?? 0 })),
				t('surveys.results.meanAxis', { first: grid.columns[0] ?? '1' }),
				alt(grid.rows.map((r) => `${r.label}: ${r.mean}`).join('; '))
			);
		}
		return {
			id: q.id,
			kind: q.kind,
			title,
			answeredText: t('surveys.results.answered', { count: q.answered, of: results.respondents }),
			rows,
			grid,
			mean:
				q.mean === null
					? null
					: q.kind === 'number'
						? t('surveys.results.meanNumber', { mean: number.format(q.mean) })
						: t('surveys.results.meanScale', {
								mean: number.format(q.mean),
								first: rows[0]?.label ?? '',
								count: rows.length,
								last: rows.at(-1)?.label ?? ''
							}),
			range:
				q.number && q.number.min !== null
					? t('surveys.results.range', { min: number.format(q.number.min), max: number.format(q.number.max ?? 0) })
					: null,
			texts: q.texts,
			svg
		};
	});
	return { respondents: results.respondents, search: results.search, questions };
}
export type ResultsView = ReturnType<typeof resultsView>;

/** The surveys of an event whose results this actor may see, with their results: for the event's statistics page. */
export async function visibleForEvent(db: Db, actor: Actor, eventId: string, lang: Language) {
	const list = (await listForEvent(db, eventId)).filter((s) => s.resultsVisibility !== 'secretariat' && resultsVisible(actor, s));
	return Promise.all(
		list.map(async (s) => ({ id: s.id, titles: s.titles, anonymous: s.anonymous, view: resultsView((await results(db, s.id))!, lang) }))
	);
}
