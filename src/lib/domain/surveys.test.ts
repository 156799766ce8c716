import { describe, expect, it } from 'vitest';
import { checkAnswers, cleanAnswers, NUMBER_LIMIT, percent, type CheckedQuestion } from './surveys';

const q = (id: string, kind: CheckedQuestion['kind'], extra: Partial<CheckedQuestion> = {}): CheckedQuestion => ({
	id,
	kind,
	required: false,
	hidden: false,
	allowOther: false,
	minValue: null,
	maxValue: null,
	conditionQuestionId: null,
	conditionValue: null,
	choices: [],
	items: [],
	...extra
});

describe('checking a response', () => {
	const questions = [
		q('attended', 'yes-no', { required: true }),
		q('how', 'single-choice', {
			choices: [{ id: 'room' }, { id: 'online' }],
			conditionQuestionId: 'attended',
			conditionValue: 'yes',
			required: true
		}),
		q('online-why', 'short-text', { conditionQuestionId: 'how', conditionValue: 'online', required: true }),
		q('age', 'number', { minValue: 18, maxValue: 120 }),
		q('gone', 'long-text', { hidden: true, required: true })
	];

	it('follows a chain of conditions: a question whose condition question is not shown is not shown either', () => {
		const result = checkAnswers(questions, { attended: 'no', how: 'online', 'online-why': 'stray' }, 'submit');
		expect(result).toMatchObject({ ok: true, rows: [{ questionId: 'attended', number: 0 }] });
		expect(result.ok && [...result.shown]).toEqual(['attended', 'age']);
	});

	it('asks the questions a condition shows, and never a hidden one', () => {
		const result = checkAnswers(questions, { attended: 'yes', how: 'online' }, 'submit');
		expect(result).toEqual({ ok: false, errors: { 'online-why': { key: 'surveys.errors.required' } } });
	});

	it('refuses a number outside the range and takes a decimal comma', () => {
		expect(checkAnswers(questions, { attended: 'no', age: '12' }, 'draft')).toEqual({
			ok: false,
			errors: { age: { key: 'validation.tooSmall', params: { min: 18 } } }
		});
		expect(checkAnswers(questions, { attended: 'no', age: '40,5' }, 'draft')).toMatchObject({
			ok: true,
			rows: [{}, { questionId: 'age', number: 40.5 }]
		});
	});

	it('caps a number without a range, so that no sum of answers overflows', () => {
		const free = [q('n', 'number')];
		expect(checkAnswers(free, { n: '1e308' }, 'submit')).toEqual({
			ok: false,
			errors: { n: { key: 'validation.tooBig', params: { max: NUMBER_LIMIT } } }
		});
		expect(checkAnswers(free, { n: '-1e13' }, 'submit')).toEqual({
			ok: false,
			errors: { n: { key: 'validation.tooSmall', params: { min: -NUMBER_LIMIT } } }
		});
		expect(checkAnswers(free, { n: String(NUMBER_LIMIT) }, 'submit')).toMatchObject({ ok: true, rows: [{ number: NUMBER_LIMIT }] });
	});

	it('drops control characters (a NUL) from open answers and drafts, keeping line breaks and tabs', () => {
		const text = [q('t', 'long-text')];
		expect(checkAnswers(text, { t: 'a\u0000b\r\n\tc\u001b' }, 'submit')).toMatchObject({ ok: true, rows: [{ text: 'ab\r\n\tc' }] });
		expect(cleanAnswers({ 't\u0000': ['x\u0000y'], u: 'p\u0007q', n: 3 })).toEqual({ t: ['xy'], u: 'pq', n: 3 });
	});

	it('names a share of nobody as no share at all', () => {
		expect(percent(0, 0)).toBeNull();
		expect(percent(23, 44)).toBe(52.3);
	});
});
