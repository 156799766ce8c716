import { describe, expect, it } from 'vitest';
import type { AnswerRow } from '$lib/domain/surveys';
import { TallyChange } from './tallies';

const row = (r: Partial<AnswerRow> & { questionId: string }): AnswerRow => ({
	itemId: null,
	choiceId: null,
	number: null,
	text: null,
	...r
});

describe('the change a response makes to the tallies', () => {
	const answers = [
		row({ questionId: 'q1', choiceId: 'c1' }),
		row({ questionId: 'q2', choiceId: 'c2' }),
		row({ questionId: 'q2', choiceId: 'c3' }),
		row({ questionId: 'q2', text: 'Other topic' }),
		row({ questionId: 'q3', itemId: 'i1', choiceId: 'c4' }),
		row({ questionId: 'q3', itemId: 'i2', choiceId: 'c4' }),
		row({ questionId: 'q4', number: 3 })
	];

	it('counts the response once, each question answered once, and each choice, number and text', () => {
		const rows = new TallyChange().add(answers, 1).changed();
		const at = (q: string | null, item: string | null = null, choice: string | null = null) =>
			rows.find((r) => r.questionId === q && r.itemId === item && r.choiceId === choice);
		expect(at(null)?.respondents).toBe(1);
		expect(at('q2')).toMatchObject({ respondents: 1, answers: 1, texts: 1 });
		expect(at('q2', null, 'c2')).toMatchObject({ respondents: 0, answers: 1 });
		expect(at('q3')).toMatchObject({ respondents: 1, answers: 0 });
		expect(at('q3', 'i1', 'c4')?.answers).toBe(1);
		expect(at('q3', 'i2', 'c4')?.answers).toBe(1);
		expect(at('q4')).toMatchObject({ respondents: 1, answers: 1, numbers: 1, sum: 3 });
		// In key order, whatever the order of the answers: two transactions lock the rows alike.
		expect(new TallyChange().add([...answers].reverse(), 1).changed()).toEqual(rows);
	});

	it('changes nothing when an edit gives the same answers, and only what differs otherwise', () => {
		expect(new TallyChange().add(answers, -1, { response: false }).add(answers, 1, { response: false }).changed()).toEqual([]);
		const edited = answers.map((a) => (a.choiceId === 'c1' ? { ...a, choiceId: 'c0' } : a));
		const change = new TallyChange().add(answers, -1, { response: false }).add(edited, 1, { response: false }).changed();
		expect(change.map((r) => [r.choiceId, r.answers])).toEqual([
			['c0', 1],
			['c1', -1]
		]);
	});
});
