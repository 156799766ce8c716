import { z } from 'zod';
import { PUBLICATION_STATUSES } from '$lib/practices/types';
import { RECOMMENDATIONS, VERSION_KINDS } from '$lib/practices/review-types';

/** GET /api/v1/practices/{id}/review: where a submitted practice stands, for its submitter and the secretariat. */
export const PracticeReviewOut = z.object({
	id: z.uuid(),
	slug: z.string(),
	status: z.enum(PUBLICATION_STATUSES),
	round: z.number().int().describe('How many times it was submitted; reviews belong to a round'),
	submittedAt: z.string().nullable(),
	decidedAt: z.string().nullable(),
	decisionNote: z.string().nullable().describe('The secretariat’s last message to the submitter'),
	outcome: z.object({
		reviews: z.number().int().describe('Reviews of the current round'),
		decided: z.enum(RECOMMENDATIONS).nullable().describe('What they decide: two that agree, or a third between two that disagree'),
		needed: z.number().int().describe('Reviews still needed before they decide')
	}),
	reviews: z.array(
		z.object({ round: z.number().int(), recommendation: z.enum(RECOMMENDATIONS), comments: z.string(), createdAt: z.string() })
	),
	versions: z.array(
		z.object({ number: z.number().int(), kind: z.enum(VERSION_KINDS), createdAt: z.string(), changed: z.array(z.string()) })
	)
});
