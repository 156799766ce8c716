import { describe, expect, it } from 'vitest';
import { DraftSchema, reviewOutcome, submissionErrors } from './review';

describe('what the reviews of a round decide', () => {
	it('needs two reviews before anything is decided', () => {
		expect(reviewOutcome([])).toMatchObject({ decided: null, needed: 2 });
		expect(reviewOutcome(['publish'])).toMatchObject({ decided: null, needed: 1 });
	});

	it('two that agree decide; two that disagree need a third, who decides by agreeing with one', () => {
		expect(reviewOutcome(['publish', 'publish'])).toMatchObject({ decided: 'publish', needed: 0 });
		expect(reviewOutcome(['publish', 'reject'])).toMatchObject({ decided: null, needed: 1 });
		expect(reviewOutcome(['publish', 'reject', 'reject'])).toMatchObject({ decided: 'reject', needed: 0 });
		expect(reviewOutcome(['publish', 'reject', 'changes'])).toMatchObject({ decided: null, needed: 1 });
		expect(reviewOutcome(['publish', 'reject', 'changes', 'publish'])).toMatchObject({
			decided: 'publish',
			counts: { publish: 2, reject: 1, changes: 1 }
		});
	});
});

describe('a draft and its submission', () => {
	const base = { titles: { ar: 'التوجيه قبل المغادرة' }, summaries: { ar: 'ملخص' }, scope: 'local', status: 'completed' };

	it('accepts a title and summary in Arabic only and drops blank translations', () => {
		const parsed = DraftSchema.parse({ ...base, titles: { ar: 'التوجيه', en: '' }, outcomes: { fr: '' } });
		expect(parsed.titles).toEqual({ ar: 'التوجيه' });
		expect(parsed.outcomes).toBeUndefined();
	});

	it('refuses a draft with no title in any language', () => {
		const result = DraftSchema.safeParse({ ...base, titles: { en: ' ' } });
		expect(result.success).toBe(false);
		// An empty form sends no title at all: the same message, not a bare "required".
		const empty = DraftSchema.safeParse({ scope: 'local', status: 'completed' });
		expect(empty.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['titles', 'practiceReview.errors.oneLanguage'],
			['summaries', 'practiceReview.errors.oneLanguage']
		]);
	});

	it('names every criterion not ticked or without a reason, and the missing GCM objective', () => {
		const draft = DraftSchema.parse({
			...base,
			criteria: { gcm: { met: 'on', reason: 'Objective 3' }, principles: { met: 'on', reason: ' ' } }
		});
		const errors = submissionErrors(draft);
		expect(Object.keys(errors).sort()).toEqual(['criteria.completed', 'criteria.innovative', 'criteria.principles', 'gcmObjectives']);
		expect(errors['criteria.principles'].key).toBe('practiceReview.errors.criterionReason');
	});
});
