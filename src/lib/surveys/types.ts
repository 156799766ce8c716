/** Names of the surveys capability that the browser and the server share. */
export const QUESTION_KINDS = [
	'rating-grid',
	'likert',
	'single-choice',
	'multiple-choice',
	'yes-no',
	'number',
	'short-text',
	'long-text'
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const AUDIENCES = ['registrants', 'attendees', 'focal-points', 'link'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Where a survey stands: before its opening, open, or after its close. */
export type Phase = 'upcoming' | 'open' | 'closed';

export const VISIBILITIES = ['secretariat', 'participants', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Kinds answered by picking among the question's choices (a scale is a list of ordered choices). */
export const CHOICE_KINDS: readonly QuestionKind[] = ['rating-grid', 'likert', 'single-choice', 'multiple-choice'];
/** Kinds whose choices form an ordered scale: they have a mean (first choice = 1). */
export const SCALE_KINDS: readonly QuestionKind[] = ['rating-grid', 'likert'];
export const TEXT_KINDS: readonly QuestionKind[] = ['short-text', 'long-text'];

export function hasChoices(kind: QuestionKind): boolean {
	return CHOICE_KINDS.includes(kind);
}
export function isScale(kind: QuestionKind): boolean {
	return SCALE_KINDS.includes(kind);
}
