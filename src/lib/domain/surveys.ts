/**
 * The rules of answering a survey, without I/O: which questions a respondent sees (conditions), what
 * a well-formed answer to each kind is, and which are required. Returns normalised answer rows.
 */
import type { MessageKey, Params } from '$lib/i18n';
import type { QuestionKind } from '$lib/surveys/types';

export interface CheckedQuestion {
	id: string;
	kind: QuestionKind;
	required: boolean;
	hidden: boolean;
	allowOther: boolean;
	minValue: number | null;
	maxValue: number | null;
	conditionQuestionId: string | null;
	conditionValue: string | null;
	choices: { id: string }[];
	items: { id: string }[];
}

export interface AnswerRow {
	questionId: string;
	itemId: string | null;
	choiceId: string | null;
	number: number | null;
	text: string | null;
}

export type RawAnswers = Record<string, string | number | string[]>;
export type CheckResult =
	{ ok: true; rows: AnswerRow[]; shown: Set<string> } | { ok: false; errors: Record<string, { key: MessageKey; params?: Params }> };

export const TEXT_LIMITS: Record<'short-text' | 'long-text', number> = { 'short-text': 500, 'long-text': 10_000 };

/** The largest number answer taken (either sign): beyond it a sum of answers would lose its meaning, or overflow. */
export const NUMBER_LIMIT = 1e12;

// Control characters a person does not type (NUL cannot even be stored): dropped; tab and line breaks are kept.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (s: string) => s.replace(CONTROL, '');

/** A response's fields without control characters, in their names and values: what a draft keeps and the check reads. */
export function cleanAnswers(raw: RawAnswers): RawAnswers {
	const out: Record<string, string | number | string[]> = {};
	for (const [key, v] of Object.entries(raw))
		out[clean(key)] = Array.isArray(v) ? v.map((s) => clean(String(s))) : typeof v === 'string' ? clean(v) : v;
	return out;
}

function values(raw: RawAnswers, key: string): string[] {
	const v = raw[key];
	if (v === undefined) return [];
	return (Array.isArray(v) ? v : [String(v)]).map((s) => clean(String(s)).trim()).filter((s) => s !== '');
}

/**
 * Checks a response against the questions (in survey order). A question whose condition is not met
 * is not shown, and its answers are dropped; hidden questions are not asked. `submit` checks the
 * required questions; a draft may leave them empty.
 */
export function checkAnswers(questions: CheckedQuestion[], raw: RawAnswers, mode: 'draft' | 'submit'): CheckResult {
	const errors: Record<string, { key: MessageKey; params?: Params }> = {};
	const rows: AnswerRow[] = [];
	/** The value a condition can name, per shown question: a choice id, or yes / no. */
	const valueOf = new Map<string, Set<string>>();
	const shown = new Set<string>();
	for (const q of questions) {
		if (q.hidden) continue;
		if (q.conditionQuestionId && !valueOf.get(q.conditionQuestionId)?.has(q.conditionValue ?? '')) continue;
		shown.add(q.id);
		const choiceIds = new Set(q.choices.map((c) => c.id));
		const own: AnswerRow[] = [];
		const row = (r: Partial<AnswerRow>): AnswerRow => ({ questionId: q.id, itemId: null, choiceId: null, number: null, text: null, ...r });
		const fail = (key: MessageKey, params?: Params, field = q.id) => (errors[field] ??= { key, params });

		switch (q.kind) {
			case 'single-choice':
			case 'likert': {
				const v = values(raw, q.id);
				if (v.length > 1) fail('surveys.errors.oneChoice');
				else if (v.length === 1) {
					if (!choiceIds.has(v[0])) fail('surveys.errors.notAChoice');
					else own.push(row({ choiceId: v[0] }));
				}
				break;
			}
			case 'multiple-choice': {
				const v = [...new Set(values(raw, q.id))];
				const other = values(raw, `${q.id}.other`)[0];
				if (v.some((c) => !choiceIds.has(c))) fail('surveys.errors.notAChoice');
				else own.push(...v.map((choiceId) => row({ choiceId })));
				if (other !== undefined) {
					if (!q.allowOther) fail('surveys.errors.noOther', undefined, `${q.id}.other`);
					else if (other.length > 500) fail('validation.tooLong', { max: 500 }, `${q.id}.other`);
					else own.push(row({ text: other }));
				}
				break;
			}
			case 'rating-grid': {
				let rated = 0;
				for (const item of q.items) {
					const v = values(raw, `${q.id}.${item.id}`);
					if (!v.length) continue;
					if (v.length > 1 || !choiceIds.has(v[0])) fail('surveys.errors.notOnScale', undefined, `${q.id}.${item.id}`);
					else {
						own.push(row({ itemId: item.id, choiceId: v[0] }));
						rated++;
					}
				}
				if (mode === 'submit' && q.required && rated > 0 && rated < q.items.length) fail('surveys.errors.rateEveryItem');
				break;
			}
			case 'yes-no': {
				const v = values(raw, q.id);
				if (v.length > 1 || (v.length === 1 && v[0] !== 'yes' && v[0] !== 'no')) fail('surveys.errors.notAChoice');
				else if (v.length === 1) own.push(row({ number: v[0] === 'yes' ? 1 : 0 }));
				break;
			}
			case 'number': {
				const v = values(raw, q.id);
				if (v.length > 1) fail('validation.number');
				else if (v.length === 1) {
					const n = Number(v[0].replace(',', '.'));
					if (!Number.isFinite(n)) fail('validation.number');
					else if (n < -NUMBER_LIMIT) fail('validation.tooSmall', { min: -NUMBER_LIMIT });
					else if (n > NUMBER_LIMIT) fail('validation.tooBig', { max: NUMBER_LIMIT });
					else if (q.minValue !== null && n < q.minValue) fail('validation.tooSmall', { min: q.minValue });
					else if (q.maxValue !== null && n > q.maxValue) fail('validation.tooBig', { max: q.maxValue });
					else own.push(row({ number: n }));
				}
				break;
			}
			case 'short-text':
			case 'long-text': {
				const v = values(raw, q.id);
				const limit = TEXT_LIMITS[q.kind as 'short-text' | 'long-text'];
				if (v.length > 1) fail('validation.format');
				else if (v.length === 1) {
					if (v[0].length > limit) fail('validation.tooLong', { max: limit });
					else own.push(row({ text: v[0] }));
				}
				break;
			}
		}
		const answered = own.length > 0;
		if (mode === 'submit' && q.required && !answered && !Object.keys(errors).some((k) => k === q.id || k.startsWith(`${q.id}.`))) {
			fail('surveys.errors.required');
		}
		rows.push(...own);
		const named = new Set<string>();
		for (const r of own) {
			if (r.choiceId && !r.itemId) named.add(r.choiceId);
			if (q.kind === 'yes-no' && r.number !== null) named.add(r.number === 1 ? 'yes' : 'no');
		}
		valueOf.set(q.id, named);
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, rows, shown };
}

/** Share as a whole percentage, or null when there is no denominator. */
export function percent(count: number, of: number): number | null {
	return of > 0 ? Math.round((count / of) * 1000) / 10 : null;
}
