import { describe, expect, it } from 'vitest';
import { recommendationProgress, reportProgress } from './follow-up';

describe('follow-up progress', () => {
	it('a recommendation averages its actions, with their number', () => {
		expect(recommendationProgress([100, 50, 0])).toEqual({ percent: 50, of: 3 });
		expect(recommendationProgress([100, 75, 10])).toEqual({ percent: 61.7, of: 3 });
	});
	it('a recommendation without actions has no progress, not zero', () => {
		expect(recommendationProgress([])).toEqual({ percent: null, of: 0 });
	});
	it('a report counts recommendations nobody took up as 0 and says how many', () => {
		expect(reportProgress([100, null, 50, null])).toEqual({ percent: 37.5, of: 4, withoutActions: 2 });
		expect(reportProgress([])).toEqual({ percent: null, of: 0, withoutActions: 0 });
	});
});
