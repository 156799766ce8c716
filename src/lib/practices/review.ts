/**
 * The submission and review of a practice (issue 7, "Submission and review"): the forms' schemas,
 * shared by the pages and the operations, and the pure rule that says what the reviews decide.
 */
import { z } from 'zod';
import { LANGUAGES } from '$lib/i18n/localized';
import { messageRef } from '$lib/i18n';
import { optionalText, version, type FieldErrors } from '$lib/validation';
import { PracticeSchema } from './schemas';

export { CRITERIA, RECOMMENDATIONS, DECISIONS, VERSION_KINDS } from './review-types';
export type { Criterion, Recommendation, Decision, VersionKind, CriteriaAnswers } from './review-types';
import { CRITERIA, RECOMMENDATIONS, DECISIONS, type CriteriaAnswers, type Recommendation } from './review-types';

/** A ticked checkbox arrives as "on"; an unticked one not at all. */
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'yes', z.boolean());

/** Text in one or more of the four languages: at least one given (not necessarily English); none at all says so. */
export function anyLanguageText(max: number) {
	const optional = z.string().trim().max(max).optional();
	return z
		.preprocess(
			(v) => v ?? {},
			z.strictObject(
				{ en: optional, fr: optional, es: optional, ar: optional },
				{ error: (issue) => (issue.code === 'unrecognized_keys' ? 'validation.unknownLanguage' : undefined) }
			)
		)
		.transform((v) => Object.fromEntries(LANGUAGES.filter((l) => v[l]).map((l) => [l, v[l] as string])) as Partial<Record<string, string>>)
		.refine((v) => Object.keys(v).length > 0, { error: 'practiceReview.errors.oneLanguage' });
}

/** Text in any of the four languages, or none at all (then absent). */
function optionalLanguageText(max: number) {
	const optional = z.string().trim().max(max).optional();
	return z
		.strictObject(
			{ en: optional, fr: optional, es: optional, ar: optional },
			{ error: (issue) => (issue.code === 'unrecognized_keys' ? 'validation.unknownLanguage' : undefined) }
		)
		.optional()
		.transform((v) => {
			const given = LANGUAGES.filter((l) => v?.[l]);
			return given.length ? (Object.fromEntries(given.map((l) => [l, v![l] as string])) as Partial<Record<string, string>>) : undefined;
		});
}

const criteriaAnswers = z
	.object(Object.fromEntries(CRITERIA.map((c) => [c, z.object({ met: checkbox, reason: optionalText(2000) }).optional()])))
	.default({}) as unknown as z.ZodType<CriteriaAnswers, unknown>;

/**
 * A draft: the practice's fields (as PracticeSchema), with the title and summary in at least one
 * language, GCM objectives not yet required, and the checklist as far as it is filled in.
 */
export const DraftSchema = z
	.object({
		...PracticeSchema.shape,
		titles: anyLanguageText(300),
		summaries: anyLanguageText(4000),
		descriptions: optionalLanguageText(20000),
		outcomes: optionalLanguageText(20000),
		lessons: optionalLanguageText(20000),
		innovation: optionalLanguageText(20000),
		gcmObjectives: z
			.array(z.coerce.number({ error: 'practices.errors.gcmNumber' }).int({ error: 'practices.errors.gcmNumber' }))
			.max(23)
			.default([]),
		criteria: criteriaAnswers
	})
	.refine((p) => p.periodEnd === undefined || p.periodStart === undefined || p.periodEnd >= p.periodStart, {
		error: 'practices.errors.periodOrder',
		path: ['periodEnd']
	});
export type DraftInput = z.output<typeof DraftSchema>;

/** The form of the submitter's page: the draft, the version it was read at. */
export const DraftFormSchema = DraftSchema.safeExtend({ version });

/**
 * What submitting adds to a draft (no query: the tags are checked against the reference lists by
 * the operation): at least one GCM objective, and every criterion ticked with a reason. A practice
 * still "ongoing" is not "fully or mostly completed".
 */
export function submissionErrors(input: DraftInput): FieldErrors {
	const errors: FieldErrors = {};
	if (input.gcmObjectives.length === 0) errors.gcmObjectives = { key: 'practices.errors.gcmRequired' };
	for (const c of CRITERIA) {
		const answer = input.criteria[c];
		const named = { criterion: messageRef(`practiceReview.criteria.${c}`) };
		if (!answer?.met) errors[`criteria.${c}`] = { key: 'practiceReview.errors.criterion', params: named };
		else if (!answer.reason) errors[`criteria.${c}`] = { key: 'practiceReview.errors.criterionReason', params: named };
	}
	if (input.status === 'ongoing' && !errors['criteria.completed'])
		errors['criteria.completed'] = { key: 'practiceReview.errors.notCompleted' };
	return errors;
}

export const AssignSchema = z.object({ reviewerId: z.uuid({ error: 'practiceReview.errors.chooseReviewer' }) });

export const ConflictSchema = z
	.object({ conflict: z.enum(['none', 'conflict'], { error: 'practiceReview.errors.chooseConflict' }), statement: optionalText(2000) })
	.refine((v) => v.conflict === 'none' || !!v.statement, { error: 'practiceReview.errors.conflictStatement', path: ['statement'] });

export const ReviewSchema = z.object({
	recommendation: z.enum(RECOMMENDATIONS, { error: 'practiceReview.errors.chooseRecommendation' }),
	comments: z.string().trim().min(1, { error: 'practiceReview.errors.comments' }).max(10000)
});

export const DecisionSchema = z
	.object({ decision: z.enum(DECISIONS, { error: 'validation.choice' }), note: optionalText(10000) })
	.refine((v) => v.decision === 'publish' || !!v.note, { error: 'practiceReview.errors.noteRequired', path: ['note'] });

/** What the reviews of one round decide, and how many more are needed when they do not yet. */
export interface ReviewOutcome {
	decided: Recommendation | null;
	/** Reviews still needed: 2 at first, 1 when the reviews disagree (a third, or more on a tie). */
	needed: number;
	counts: Record<Recommendation, number>;
}

/**
 * At least two reviews; a recommendation decides when at least two reviews give it and no other
 * as many. Two that agree decide; two that disagree need a third, who decides by agreeing with one.
 */
export function reviewOutcome(recommendations: readonly Recommendation[]): ReviewOutcome {
	const counts = { publish: 0, changes: 0, reject: 0 } as Record<Recommendation, number>;
	for (const r of recommendations) counts[r]++;
	if (recommendations.length < 2) return { decided: null, needed: 2 - recommendations.length, counts };
	const top = Math.max(...Object.values(counts));
	const leaders = RECOMMENDATIONS.filter((r) => counts[r] === top);
	if (top >= 2 && leaders.length === 1) return { decided: leaders[0], needed: 0, counts };
	return { decided: null, needed: 1, counts };
}
