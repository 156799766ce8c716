import { z } from 'zod';
import { AUDIENCES, QUESTION_KINDS, VISIBILITIES } from '$lib/surveys/types';
import { Localized } from './resources';

/** What the survey endpoints of /api/v1 return. */
export const SurveyOut = z.object({
	id: z.uuid(),
	eventId: z.uuid().nullable(),
	cycleId: z.uuid().nullable(),
	titles: Localized,
	audience: z.enum(AUDIENCES),
	anonymous: z.boolean().describe('An anonymous survey keeps no link between a person and a response, and only the day of each response'),
	editableAfterSubmit: z.boolean(),
	opensAt: z.iso.datetime(),
	closesAt: z.iso.datetime(),
	resultsVisibility: z.enum(VISIBILITIES)
});

const Labelled = z.object({ id: z.uuid(), labels: Localized });

export const SurveyQuestionsOut = SurveyOut.extend({
	sections: z.array(
		z.object({
			id: z.uuid(),
			titles: Localized,
			questions: z.array(
				z.object({
					id: z.uuid(),
					kind: z.enum(QUESTION_KINDS),
					titles: Localized,
					hints: Localized.nullable(),
					required: z.boolean(),
					allowOther: z.boolean(),
					minValue: z.number().nullable(),
					maxValue: z.number().nullable(),
					conditionQuestionId: z.uuid().nullable().describe('Shown only when this earlier question…'),
					conditionValue: z.string().nullable().describe('…has this answer: a choice id, or yes / no'),
					choices: z.array(Labelled).describe('Choices, or the points of the scale from the first (= 1) to the last'),
					items: z.array(Labelled).describe('Items of a rating grid')
				})
			)
		})
	)
});

const Share = z.object({
	count: z.number().int(),
	of: z.number().int().describe('The denominator: respondents who answered the question (or the grid item)'),
	percent: z.number().nullable().describe('count / of in percent, one decimal; null when nobody answered')
});
const ChoiceResult = Share.extend({
	id: z.string(),
	labels: Localized,
	value: z.number().int().describe('Position on the scale, first = 1')
});

export const SurveyResultsOut = z.object({
	survey: SurveyOut.pick({
		id: true,
		titles: true,
		eventId: true,
		cycleId: true,
		anonymous: true,
		audience: true,
		resultsVisibility: true
	}),
	respondents: z.number().int().describe('Submitted responses'),
	search: z.string().nullable(),
	questions: z.array(
		z.object({
			id: z.uuid(),
			kind: z.enum(QUESTION_KINDS),
			titles: Localized,
			answered: z.number().int().describe('Respondents who answered this question: the denominator of its shares'),
			choices: z
				.array(ChoiceResult)
				.describe('Each choice counted; a multiple choice counts each choice, out of the respondents who answered'),
			other: Share.nullable(),
			items: z.array(
				z.object({
					id: z.uuid(),
					labels: Localized,
					answered: z.number().int(),
					choices: z.array(ChoiceResult),
					mean: z.number().nullable()
				})
			),
			mean: z.number().nullable().describe('Mean of a scale (first point = 1) or of a number question'),
			number: z.object({ min: z.number().nullable(), max: z.number().nullable() }).nullable(),
			texts: z.object({ total: z.number().int(), matching: z.number().int(), shown: z.array(z.string()) }).nullable()
		})
	)
});
