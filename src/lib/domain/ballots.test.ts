import { describe, expect, it } from 'vitest';
import { checkResponse, percent, phaseAt, recount, tally } from './ballots';

const ids = ['a', 'b', 'c'];

describe('a response under its ballot’s rule', () => {
	it('choose up to N: more than N is refused, naming N', () => {
		expect(checkResponse({ rule: 'choose', maxChoices: 2, proposalIds: ids }, { chosen: ['a', 'b', 'c'] })).toMatchObject({
			ok: false,
			key: 'agenda.errors.tooMany',
			params: { max: 2 }
		});
		expect(checkResponse({ rule: 'choose', maxChoices: 2, proposalIds: ids }, { chosen: ['a', 'a', 'b'] })).toMatchObject({ ok: true });
	});

	it('a proposal that is not on the ballot is refused', () => {
		expect(checkResponse({ rule: 'choose', maxChoices: 2, proposalIds: ids }, { chosen: ['z'] })).toMatchObject({
			key: 'agenda.errors.notOnBallot'
		});
		expect(checkResponse({ rule: 'rank', maxChoices: null, proposalIds: ids }, { ranks: { z: 1 } })).toMatchObject({
			key: 'agenda.errors.notOnBallot'
		});
	});

	it('yes / no / abstain needs an answer on every proposal', () => {
		expect(checkResponse({ rule: 'yes-no-abstain', maxChoices: null, proposalIds: ids }, { choices: { a: 'yes', b: 'no' } })).toMatchObject(
			{
				key: 'agenda.errors.answerEach',
				field: 'choices.c'
			}
		);
	});

	it('ranks are distinct and within 1..M', () => {
		const rules = { rule: 'rank' as const, maxChoices: null, proposalIds: ids };
		expect(checkResponse(rules, { ranks: { a: 1, b: 1 } })).toMatchObject({ key: 'agenda.errors.rankTwice' });
		expect(checkResponse(rules, { ranks: { a: 4 } })).toMatchObject({ key: 'agenda.errors.rankRange' });
		expect(checkResponse(rules, { ranks: { a: 2, c: 1 } })).toMatchObject({ ok: true });
	});

	it('ranks run from 1 without a gap, so a lone third place earns no points of ranks no one gave', () => {
		const rules = { rule: 'rank' as const, maxChoices: null, proposalIds: ids };
		expect(checkResponse(rules, { ranks: { a: 3 } })).toMatchObject({ key: 'agenda.errors.rankGap', params: { count: 1 } });
		expect(checkResponse(rules, { ranks: { a: 1, b: 3 } })).toMatchObject({ key: 'agenda.errors.rankGap' });
		expect(checkResponse(rules, { ranks: { a: 1 } })).toMatchObject({ ok: true });
	});
});

describe('the tally', () => {
	it('shares name their denominators: responses and eligible States; none when nothing to divide by', () => {
		const t = tally(
			'yes-no-abstain',
			['a', 'b'],
			[{ proposalId: 'a', yes: 17, no: 6, abstain: 2, firstPreferences: 0, points: 0, ranked: 0 }],
			25,
			175
		);
		expect(t.proposals[0]).toMatchObject({ shareOfResponses: 68, shareOfEligible: 9.7 });
		expect(t.proposals[1]).toMatchObject({ yes: 0, shareOfResponses: 0 });
		expect(t.turnout).toBe(14.3);
		expect(percent(1, 0)).toBeNull();
	});

	it('a recount from raw marks gives points as M − rank + 1', () => {
		expect(
			recount(
				[
					{ proposalId: 'a', choice: null, rank: 1 },
					{ proposalId: 'a', choice: null, rank: 3 }
				],
				3
			)
		).toEqual([{ proposalId: 'a', yes: 0, no: 0, abstain: 0, firstPreferences: 1, points: 4, ranked: 2 }]);
	});

	it('a ballot is upcoming, open, then closed at its closing instant', () => {
		const b = { opensAt: new Date('2026-01-01T00:00:00Z'), closesAt: new Date('2026-01-10T00:00:00Z') };
		expect(phaseAt(b, new Date('2025-12-31T23:59:59Z'))).toBe('upcoming');
		expect(phaseAt(b, new Date('2026-01-09T23:59:59Z'))).toBe('open');
		expect(phaseAt(b, new Date('2026-01-10T00:00:00Z'))).toBe('closed');
	});
});
