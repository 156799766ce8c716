/**
 * A survey's results, from the tallies kept at each submission (a few hundred rows whatever the
 * number of responses, see tallies.ts): per question the respondents who answered it, counts and shares of each
 * choice (a multiple choice counts each choice, out of the respondents who answered), the mean and
 * distribution of a scale (first point = 1), a grid's items side by side, numbers, yes / no, and
 * open answers with search. Every share carries its denominator.
 */
import { and, eq, ilike, inArray, isNotNull, sql } from 'drizzle-orm';
import { percent } from '$lib/domain/surveys';
import type { LocalizedText } from '$lib/i18n/localized';
import { isScale, TEXT_KINDS, type QuestionKind } from '$lib/surveys/types';
import type { Db, Tx } from '../db/client';
import { likePattern } from '../db/like';
import { surveyAnswers } from './schema';
import { readTallies } from './tallies';
import { getSurvey, type Survey } from './surveys';
import { queriesOn } from '../core/transaction';

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
	// The counts come from the tallies kept at each submission (a few hundred rows); the answers are
	// read only for what tallies cannot say: the open answers shown, the open answers matching a
	// search, and the minimum and maximum of numbers (an index each).
	const searched = search ? questions.filter((q) => TEXT_KINDS.includes(q.kind)).map((q) => q.id) : [];
	const [tallies, matchingRows, ranges] = await queriesOn(db, [
		() => readTallies(db, surveyId),
		searched.length
			? db
					.select({ questionId: a.questionId, n: sql<number>`count(*)::int` })
					.from(a)
					.where(and(inArray(a.questionId, searched), ilike(a.text, likePattern(search!))))
					.groupBy(a.questionId)
			: [],
		() =>
			queriesOn(
				db,
				questions
					.filter((q) => q.kind === 'number')
					.map((q) => async () => {
						const [r] = await db
							.select({ min: sql<number | null>`min(${a.number})::float8`, max: sql<number | null>`max(${a.number})::float8` })
							.from(a)
							.where(and(eq(a.questionId, q.id), isNotNull(a.number)));
						return { questionId: q.id, ...r };
					})
			)
	]);
	const whole = tallies.filter((t) => t.questionId !== null && t.choiceId === null);
	const respondents = tallies.find((t) => t.questionId === null)?.respondents ?? 0;
	const answered = whole.map((t) => ({ questionId: t.questionId!, n: t.respondents }));
	const choiceCounts = tallies.filter((t) => t.choiceId !== null).map((t) => ({ ...t, n: t.answers }));
	const itemAnswered = new Map<string, number>();
	for (const t of choiceCounts) if (t.itemId) itemAnswered.set(t.itemId, (itemAnswered.get(t.itemId) ?? 0) + t.n);
	const rangeOf = new Map(ranges.map((r) => [r.questionId, r]));
	const numbers = whole
		.filter((t) => t.numbers > 0)
		.map((t) => ({
			questionId: t.questionId!,
			n: t.numbers,
			sum: t.sum,
			min: rangeOf.get(t.questionId!)?.min ?? null,
			max: rangeOf.get(t.questionId!)?.max ?? null
		}));
	const matchingOf = new Map(matchingRows.map((r) => [r.questionId, r.n]));
	const texts = whole
		.filter((t) => t.texts > 0 && textIds.includes(t.questionId!))
		.map((t) => ({ questionId: t.questionId!, total: t.texts, matching: search ? (matchingOf.get(t.questionId!) ?? 0) : t.texts }));
	const shownTexts = new Map<string, string[]>();
	await Promise.all(
		questions
			.filter((q) => TEXT_KINDS.includes(q.kind))
			.map(async (q) => {
				const rows = await db
					.select({ text: a.text })
					.from(a)
					.where(and(eq(a.questionId, q.id), isNotNull(a.text), search ? ilike(a.text, likePattern(search)) : undefined))
					// In the order of the index survey_answers_question_text: the first 200 are read, not all sorted.
					.orderBy(sql`left(${a.text}, 200)`, a.text)
					.limit(TEXTS_SHOWN);
				shownTexts.set(
					q.id,
					rows.map((r) => r.text!)
				);
			})
	);
	const answeredOf = new Map(answered.map((r) => [r.questionId, r.n]));
	const countOf = new Map(choiceCounts.map((r) => [`${r.questionId}/${r.itemId ?? ''}/${r.choiceId}`, r.n]));
	const itemAnsweredOf = itemAnswered;
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
