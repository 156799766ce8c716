import { z } from 'zod';
import { FOLLOW_UP_FILTERS } from '$lib/reports/follow-up-filters';
import { Localized } from './resources';

/** What GET /api/v1/dialogues/{slug}/recommendations returns. */
const Progress = z.object({
	percent: z.number().nullable().describe('Mean progress in percent, one decimal; null when there is nothing to average'),
	of: z.number().int().describe('How many values were averaged')
});

const Status = z.object({ key: z.string(), labels: Localized });

export const RecommendationOut = z
	.object({
		id: z.uuid(),
		year: z.number().int().describe('The year of the first published report listing it'),
		level: z.string().nullable(),
		headlines: Localized.nullable(),
		texts: Localized.describe('Formatted text: **bold**, *italic*, paragraphs and lists'),
		gcmObjectives: z.array(z.number().int()),
		principles: z.array(z.string()),
		areas: z.array(z.string()),
		stages: z.array(z.string()),
		targetGroups: z.array(z.string()),
		reports: z.array(z.object({ slug: z.string(), titles: Localized, year: z.number().int(), url: z.string() })),
		progress: Progress.describe('The mean of its actions’ progress'),
		actions: z.array(
			z.object({
				id: z.uuid(),
				owner: z.object({ kind: z.enum(['state', 'organisation']), id: z.string(), names: Localized, acronym: z.string().nullable() }),
				descriptions: Localized,
				status: Status.extend({ progress: z.number().int().min(0).max(100) }),
				dueDate: z.iso.date().nullable(),
				timeline: z.array(z.object({ on: z.iso.date(), texts: Localized, status: Status })).describe('Newest first')
			})
		)
	})
	.meta({ id: 'Recommendation' });

export const RecommendationsOut = z.object({
	dialogue: z.string(),
	filters: z.partialRecord(z.enum(FOLLOW_UP_FILTERS), z.string()),
	counts: z.object({ recommendations: z.number().int(), withFollowUp: z.number().int() }),
	progress: Progress.extend({ withoutActions: z.number().int() }).describe(
		'Mean progress of the recommendations returned, those without actions counted as 0'
	),
	definition: z.string().describe('How progress is computed, in the client’s language'),
	data: z.array(RecommendationOut)
});
