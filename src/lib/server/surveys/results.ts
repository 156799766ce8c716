/**
 * A survey's results, counted by SQL from the normalised answers (a few grouped queries whatever
 * the number of responses): per question the respondents who answered it, counts and shares of each
 * choice (a multiple choice counts each choice, out of the respondents who answered), the mean and
 * distribution of a scale (first point = 1), a grid's items side by side, numbers, yes / no, and
 * open answers with search. Every share carries its denominator.
 */
import { and, count, eq, ilike, inArray, isNotNull, sql } from 'drizzle-orm';
import { percent } from '$lib/domain/surveys';
import type { LocalizedText } from '$lib/i18n/localized';
import { isScale, TEXT_KINDS, type QuestionKind } from '$lib/surveys/types';
import type { Db, Tx } from '../db/client';
import { likePattern } from '../db/like';
import { surveyAnswers, surveyResponses } from './schema';
import { getSurvey, type Survey } from './surveys';

export interface Share {
	count: number;
	/** Percentage of `of`, one decimal; null when nobody answered. */
	percent: number | null;
	of: number;
}
export interface ChoiceResult extends Share {
	id: string;
	labels: LocalizedText;
	value: number;
}
export interface ItemResult {
	id: string;
	labels: LocalizedText;
	answered: number;
	choices: ChoiceResult[];
	mean: number | null;
}
export interface QuestionResult {
	id: string;
	kind: QuestionKind;
	titles: LocalizedText;
	/** Respondents who answered this question (the denominator of its shares). */
	answered: number;
	choices: ChoiceResult[];
	other: Share | null;
	items: ItemResult[];
	/** Mean of a scale (first point = 1) or of a number question. */
	mean: number | null;
	number: { min: number | null; max: number | null } | null;
	texts: { total: number; matching: number; shown: string[] } | null;
}
export interface SurveyResults {
	survey: Pick<Survey, 'id' | 'titles' | 'eventId' | 'cycleId' | 'anonymous' | 'audience' | 'opensAt' | 'closesAt' | 'resultsVisibility'>;
	respondents: number;
	questions: QuestionResult[];
	search: string | null;
}

const TEXTS_SHOWN = 200;
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

function meanOf(choices: ChoiceResult[]): number | null {
	const total = choices.reduce((s, c) => s + c.count, 0);
	return total ? round(choices.reduce((s, c) => s + c.count * c.value, 0) / total) : null;
}

/** The results, whoever asks (callers check resultsVisible first). `search` filters the open answers. */
export async function results(db: Db | Tx, surveyId: string, options: { search?: string | null } = {}): Promise<SurveyResults | null> {
	const full = await getSurvey(db, surveyId);
	if (!full) return null;
	const search = options.search?.trim().slice(0, 100) || null;
	const questions = full.questions.filter((q) => !q.hidden);
	const textIds = questions.filter((q) => TEXT_KINDS.includes(q.kind) || q.allowOther).map((q) => q.id);
	const a = surveyAnswers;
	// One scan of the survey's answers grouped by (question, item, choice) gives every count, sum and
	// text total; only questions with several rows per response (multiple choice, grids) need a
	// count of distinct responses, read for those questions alone.
	const severalRows = questions.filter((q) => q.kind === 'multiple-choice' || q.kind === 'rating-grid').map((q) => q.id);
	const [[{ respondents }], groups, distinct] = await Promise.all([
		db.select({ respondents: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)),
		db
			.select({
				questionId: a.questionId,
				itemId: a.itemId,
				choiceId: a.choiceId,
				n: sql<number>`count(*)::int`,
				numbers: sql<number>`count(${a.number})::int`,
				sum: sql<number>`coalesce(sum(${a.number}), 0)::float8`,
				min: sql<number | null>`min(${a.number})::float8`,
				max: sql<number | null>`max(${a.number})::float8`,
				texts: sql<number>`count(${a.text})::int`,
				matching: search
					? sql<number>`count(*) filter (where ${a.text} ilike ${likePattern(search)})::int`
					: sql<number>`count(${a.text})::int`
			})
			.from(a)
			.where(eq(a.surveyId, surveyId))
			.groupBy(a.questionId, a.itemId, a.choiceId),
		severalRows.length
			? db
					.select({ questionId: a.questionId, n: sql<number>`count(distinct ${a.responseId})::int` })
					.from(a)
					.where(and(eq(a.surveyId, surveyId), inArray(a.questionId, severalRows)))
					.groupBy(a.questionId)
			: []
	]);
	const sumBy = <K>(key: (g: (typeof groups)[number]) => K | null, value: (g: (typeof groups)[number]) => number) => {
		const out = new Map<K, number>();
		for (const g of groups) {
			const k = key(g);
			if (k !== null) out.set(k, (out.get(k) ?? 0) + value(g));
		}
		return out;
	};
	const answered = [
		...sumBy(
			(g) => g.questionId,
			(g) => g.n
		)
	].map(([questionId, n]) => ({ questionId, n }));
	for (const d of distinct) answered.find((x) => x.questionId === d.questionId)!.n = d.n;
	const choiceCounts = groups.filter((g) => g.choiceId !== null);
	const itemAnswered = [
		...sumBy(
			(g) => g.itemId,
			(g) => g.n
		)
	].map(([itemId, n]) => ({ itemId, n }));
	const numbers = groups
		.filter((g) => g.numbers > 0)
		.map((g) => ({ questionId: g.questionId, n: g.numbers, sum: g.sum, min: g.min, max: g.max }));
	const texts = groups
		.filter((g) => g.texts > 0 && textIds.includes(g.questionId))
		.map((g) => ({ questionId: g.questionId, total: g.texts, matching: g.matching }));
	const shownTexts = new Map<string, string[]>();
	await Promise.all(
		questions
			.filter((q) => TEXT_KINDS.includes(q.kind))
			.map(async (q) => {
				const rows = await db
					.select({ text: a.text })
					.from(a)
					.where(
						and(
							eq(a.surveyId, surveyId),
							eq(a.questionId, q.id),
							isNotNull(a.text),
							search ? ilike(a.text, likePattern(search)) : undefined
						)
					)
					.orderBy(a.text)
					.limit(TEXTS_SHOWN);
				shownTexts.set(
					q.id,
					rows.map((r) => r.text!)
				);
			})
	);
	const answeredOf = new Map(answered.map((r) => [r.questionId, r.n]));
	const countOf = new Map(choiceCounts.map((r) => [`${r.questionId}/${r.itemId ?? ''}/${r.choiceId}`, r.n]));
	const itemAnsweredOf = new Map(itemAnswered.map((r) => [r.itemId!, r.n]));
	const numberOf = new Map(numbers.map((r) => [r.questionId, r]));
	const textOf = new Map(texts.map((r) => [r.questionId, r]));
	const share = (n: number, of: number): Share => ({ count: n, percent: percent(n, of), of });
	return {
		survey: full.survey,
		respondents,
		search,
		questions: questions.map((q): QuestionResult => {
			const n = answeredOf.get(q.id) ?? 0;
			const choicesOf = (itemId: string | null, of: number): ChoiceResult[] =>
				q.choices.map((c, i) => ({
					id: c.id,
					labels: c.labels,
					value: i + 1,
					...share(countOf.get(`${q.id}/${itemId ?? ''}/${c.id}`) ?? 0, of)
				}));
			const choices = q.kind === 'rating-grid' ? [] : choicesOf(null, n);
			const items = q.items.map((item) => {
				const itemN = itemAnsweredOf.get(item.id) ?? 0;
				const itemChoices = choicesOf(item.id, itemN);
				return { id: item.id, labels: item.labels, answered: itemN, choices: itemChoices, mean: meanOf(itemChoices) };
			});
			const num = numberOf.get(q.id);
			const text = textOf.get(q.id);
			if (q.kind === 'yes-no') {
				const yes = num?.sum ?? 0;
				const no = (num?.n ?? 0) - yes;
				choices.push(
					{ id: 'yes', labels: { en: 'Yes', fr: 'Oui', es: 'Sí', ar: 'نعم' }, value: 1, ...share(yes, n) },
					{ id: 'no', labels: { en: 'No', fr: 'Non', es: 'No', ar: 'لا' }, value: 0, ...share(no, n) }
				);
			}
			return {
				id: q.id,
				kind: q.kind,
				titles: q.titles,
				answered: n,
				choices,
				other: q.allowOther ? share(text?.total ?? 0, n) : null,
				items,
				mean: isScale(q.kind) && q.kind !== 'rating-grid' ? meanOf(choices) : q.kind === 'number' && num?.n ? round(num.sum / num.n) : null,
				number: q.kind === 'number' ? { min: num?.min ?? null, max: num?.max ?? null } : null,
				texts: TEXT_KINDS.includes(q.kind)
					? { total: text?.total ?? 0, matching: text?.matching ?? 0, shown: shownTexts.get(q.id) ?? [] }
					: null
			};
		})
	};
}
