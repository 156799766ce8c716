import { z } from 'zod';
import { instantIn, localizedText, optionalText, uuid, version } from '$lib/validation';
import { AUDIENCES, QUESTION_KINDS, VISIBILITIES } from './types';

/** One zod schema per form of the surveys capability, shared by the pages and the JSON API. */

const checkbox = z
	.union([z.boolean(), z.literal(['on', 'true', 'false'])])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

/**
 * A survey's settings. Times without an offset (the form's datetime-local) are the wall-clock time in
 * `zone`, the time zone of the survey's event (or of its cycle's consultations); the API sends offsets.
 */
export const surveySchema = (zone = 'UTC') =>
	z
		.object({
			titles: localizedText(300),
			introductions: localizedText(5000).optional(),
			audience: z.enum(AUDIENCES, { error: 'validation.choice' }),
			anonymous: checkbox,
			editableAfterSubmit: checkbox,
			opensAt: instantIn(zone, 'surveys.errors.dateTime'),
			closesAt: instantIn(zone, 'surveys.errors.dateTime'),
			resultsVisibility: z.enum(VISIBILITIES, { error: 'validation.choice' }).default('secretariat')
		})
		.refine((s) => s.closesAt > s.opensAt, { error: 'surveys.errors.closesBeforeOpening', path: ['closesAt'] })
		.refine((s) => !(s.anonymous && s.editableAfterSubmit), {
			error: 'surveys.errors.anonymousNotEditable',
			path: ['editableAfterSubmit']
		});
export const SurveySchema = surveySchema('UTC');
export type SurveyInput = z.output<typeof SurveySchema>;
export const surveyEditSchema = (zone = 'UTC') => surveySchema(zone).safeExtend({ version });
export const SurveyEditSchema = surveyEditSchema('UTC');

export const SectionSchema = z.object({ titles: localizedText(300) });
export type SectionInput = z.output<typeof SectionSchema>;

/** Lines of a textarea, one label per line (empty lines dropped). */
const lines = z
	.string()
	.optional()
	.transform((v) =>
		(v ?? '')
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean)
	)
	.pipe(z.array(z.string().max(300, { error: 'surveys.errors.labelTooLong' })).max(30, { error: 'surveys.errors.tooManyLabels' }));

/** Labels per language, one per line, aligned by line: English required when the kind needs them. */
const localizedLines = z.object({ en: lines, fr: lines, es: lines, ar: lines }).default({ en: [], fr: [], es: [], ar: [] });
export type LocalizedLines = z.output<typeof localizedLines>;

const optionalNumber = z.preprocess(
	(v) => (v === '' || v === undefined || v === null ? undefined : v),
	z.coerce.number({ error: 'validation.number' }).finite().optional()
);

export const QuestionSchema = z.object({
	sectionId: uuid,
	kind: z.enum(QUESTION_KINDS, { error: 'validation.choice' }),
	titles: localizedText(1000),
	hints: localizedText(2000).optional(),
	required: checkbox,
	allowOther: checkbox,
	minValue: optionalNumber,
	maxValue: optionalNumber,
	/** The choices, or the points of the scale from the first (= 1) to the last, one per line. */
	choices: localizedLines,
	/** The items of a rating grid, one per line. */
	items: localizedLines,
	conditionQuestionId: uuid.optional(),
	conditionValue: optionalText(100)
});
export type QuestionInput = z.output<typeof QuestionSchema>;

export const HideSchema = z.object({ questionId: uuid, hidden: checkbox });

export const PublishSchema = z.object({ resultsVisibility: z.enum(VISIBILITIES, { error: 'validation.choice' }) });

/**
 * A response as the form or the API sends it: each field's values by name, `<question>` for the
 * answer, `<question>.<item>` for a grid's item, `<question>.other` for the text of "Other". What
 * the values mean is checked against the survey in $lib/domain/surveys.
 */
export const AnswersSchema = z.record(
	z.string().max(80),
	z.union([z.string().max(10_000), z.number(), z.array(z.string().max(10_000)).max(50)])
);
export type AnswersInput = z.output<typeof AnswersSchema>;
