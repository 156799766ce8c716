import { z } from 'zod';
import { BALLOT_RULES, CHOICES, PROPOSAL_KINDS, PROPOSAL_STATUSES } from '$lib/agenda/types';
import { Localized } from './resources';

/** What the agenda endpoints of the JSON API return. */
export const ConsultationOut = z
	.object({
		id: z.uuid(),
		cycleId: z.uuid(),
		titles: Localized,
		heldOn: z.iso.date(),
		place: z.string().nullable(),
		timeZone: z.string().meta({ description: 'IANA zone the secretariat types and shows the ballots’ times in' }),
		documentSymbol: z.string().nullable(),
		decidedAt: z.string().nullable().describe('When the secretariat recorded the decision (ISO date-time)'),
		decisionSummary: z.string().nullable().optional(),
		note: z
			.string()
			.nullable()
			.optional()
			.describe('The discussion note as typed (formatting: paragraphs, # headings, - lists, **bold**, *italic*)'),
		attachments: z.array(z.object({ id: z.uuid(), fileName: z.string(), size: z.number().int(), url: z.string() })).optional()
	})
	.meta({ id: 'Consultation' });

export const ProposalOut = z
	.object({
		id: z.uuid(),
		consultationId: z.uuid(),
		kind: z.enum(PROPOSAL_KINDS),
		titles: Localized,
		descriptions: Localized.nullable(),
		proposedBy: z.string().nullable(),
		proposedByStateId: z.string().nullable(),
		proposedByOrganisationId: z.uuid().nullable(),
		status: z.enum(PROPOSAL_STATUSES),
		mergedIntoId: z.uuid().nullable().describe('The proposal this one was merged into'),
		eventId: z.uuid().nullable().describe('The workshop event a selected workshop topic became')
	})
	.meta({ id: 'Proposal' });

export const BallotOut = z
	.object({
		id: z.uuid(),
		consultationId: z.uuid(),
		titles: Localized,
		rule: z.enum(BALLOT_RULES),
		maxChoices: z.number().int().nullable().describe('choose: how many a State may choose at most'),
		proposalIds: z.array(z.uuid()),
		opensAt: z.string(),
		closesAt: z.string(),
		eligibleOn: z.iso.date().describe('Membership is read on this date: IOM Member States (and observers if includeObservers)'),
		includeObservers: z.boolean(),
		publishResults: z.boolean(),
		phase: z.enum(['upcoming', 'open', 'closed'])
	})
	.meta({ id: 'Ballot' });

const Share = z.number().min(0).max(100).nullable().describe('Percentage with one decimal; null when the denominator is 0');

export const ResultsOut = z
	.object({
		ballotId: z.uuid(),
		rule: z.enum(BALLOT_RULES),
		phase: z.enum(['upcoming', 'open', 'closed']),
		eligible: z.number().int().describe('States eligible when the ballot opened (denominator of shareOfEligible)'),
		eligibleMembers: z.number().int(),
		eligibleObservers: z.number().int(),
		responses: z.number().int().describe('States that answered: one response per State (denominator of shareOfResponses)'),
		turnout: Share.describe('responses as a share of eligible'),
		proposals: z.array(
			z.object({
				proposalId: z.uuid(),
				titles: Localized,
				yes: z.number().int().describe('Yes, or chosen (choose rule)'),
				no: z.number().int(),
				abstain: z.number().int(),
				firstPreferences: z.number().int().describe('rank: responses ranking it first'),
				points: z.number().int().describe('rank: a rank r among M proposals gives M − r + 1 points'),
				ranked: z.number().int(),
				shareOfResponses: Share.describe('yes (rank: first preferences) as a share of responses'),
				shareOfEligible: Share.describe('yes (rank: first preferences) as a share of eligible')
			})
		)
	})
	.meta({ id: 'BallotResults' });

export const ResponseOut = z
	.object({
		responseId: z.uuid(),
		ballotId: z.uuid(),
		stateId: z.string().length(3),
		revision: z.number().int().describe('1 when cast, +1 at every change'),
		marks: z.array(z.object({ proposalId: z.uuid(), choice: z.enum(CHOICES).nullable(), rank: z.number().int().nullable() }))
	})
	.meta({ id: 'BallotResponse' });
