import { z } from 'zod';
import { instantIn as instantAt, isoDate, localizedText, optionalText, uuid, version } from '$lib/validation';
import { isTimeZone } from '$lib/domain/time-zones';
import { BALLOT_RULES, CHOICES, DECISION_STATUSES, PROPOSAL_KINDS } from './types';

/** One zod schema per form of the agenda capability, shared by the pages and the JSON API. */

const stateCode = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, { error: 'directory.errors.stateCode' });

const checkbox = z
	.union([z.boolean(), z.literal(['on', 'true', 'false'])])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

const instantIn = (zone: string) => instantAt(zone, 'agenda.errors.dateTime');

const timeZone = z.string().trim().refine(isTimeZone, { error: 'programme.errors.timeZone' });

export const ConsultationSchema = z.object({
	cycleId: uuid,
	titles: localizedText(300),
	heldOn: isoDate,
	place: optionalText(200),
	/** The IANA zone the times of the consultation's ballots are typed and shown in (default Europe/Zurich). */
	timeZone: timeZone.optional(),
	/** A UN-style document symbol such as IC/2013/4. */
	documentSymbol: z
		.string()
		.trim()
		.max(40)
		.regex(/^[A-Z][A-Za-z0-9./-]*$/, { error: 'agenda.errors.documentSymbol' })
		.optional(),
	/** The discussion note as formatted text (paragraphs, # headings, - lists, **bold**, *italic*). */
	note: optionalText(100_000)
});
export type ConsultationInput = z.output<typeof ConsultationSchema>;
export const ConsultationEditSchema = ConsultationSchema.omit({ cycleId: true }).extend({ version });

export const ProposalSchema = z.object({
	kind: z.enum(PROPOSAL_KINDS, { error: 'validation.choice' }),
	titles: localizedText(300),
	descriptions: localizedText(10_000).optional(),
	/** Who proposed it in words ("the Administration", "Member States at the consultations"). */
	proposedBy: optionalText(200),
	/** A State that proposed it, if one did. */
	proposedByStateId: stateCode.optional(),
	/** An organisation of the directory that proposed it, if one did. */
	proposedByOrganisationId: uuid.optional()
});
export type ProposalInput = z.output<typeof ProposalSchema>;
export const ProposalEditSchema = ProposalSchema.extend({ version });
export type ProposalEditInput = z.output<typeof ProposalEditSchema>;

/** Deleting a proposal or closing a ballot: the version the secretariat saw. */
export const VersionSchema = z.object({ version });

export const MergeSchema = z.object({
	/** The proposal the merged one becomes part of. */
	intoId: uuid,
	version
});

const ballotFields = (zone: string) =>
	z.object({
		titles: localizedText(300),
		rule: z.enum(BALLOT_RULES, { error: 'validation.choice' }),
		/** choose: how many a State may choose at most. */
		maxChoices: z.coerce.number({ error: 'validation.number' }).int().min(1).max(50).optional(),
		proposalIds: z.array(uuid).min(2, { error: 'agenda.errors.twoProposals' }).max(50),
		opensAt: instantIn(zone),
		closesAt: instantIn(zone),
		includeObservers: checkbox,
		publishResults: checkbox
	});

type RuleFields = { rule: (typeof BALLOT_RULES)[number]; maxChoices?: number; proposalIds: string[] };
const ruleChecks = <T extends z.ZodType<RuleFields>>(schema: T) =>
	schema
		.refine((b) => b.rule !== 'choose' || b.maxChoices !== undefined, { error: 'agenda.errors.maxChoicesRequired', path: ['maxChoices'] })
		.refine((b) => b.rule !== 'choose' || (b.maxChoices ?? 0) < new Set(b.proposalIds).size, {
			error: 'agenda.errors.maxChoicesTooHigh',
			path: ['maxChoices'],
			when: ({ value }) => Array.isArray((value as { proposalIds?: unknown }).proposalIds)
		});

/** Opening a ballot, with its times read in `zone` when they carry no offset (the forms: the consultation's zone). */
export const ballotSchema = (zone = 'UTC') =>
	ruleChecks(ballotFields(zone).refine((b) => b.closesAt > b.opensAt, { error: 'agenda.errors.closesBeforeOpening', path: ['closesAt'] }));
/** The API's schema: times with an offset, or UTC without one. */
export const BallotSchema = ballotSchema('UTC');
export type BallotInput = z.output<typeof BallotSchema>;

/** Changing a ballot's rule, title or proposals: only while it has no response. */
export const BallotEditSchema = ruleChecks(
	ballotFields('UTC').pick({ titles: true, rule: true, maxChoices: true, proposalIds: true }).extend({ version })
);
export type BallotEditInput = z.output<typeof BallotEditSchema>;

/** A new close date (extending the ballot; never in the past). */
export const ballotCloseDateSchema = (zone = 'UTC') => z.object({ closesAt: instantIn(zone), version });
export type BallotCloseDateInput = z.output<ReturnType<typeof ballotCloseDateSchema>>;

/**
 * A State's response, in the shape its rule asks for: `chosen` (choose), `choices` (yes / no /
 * abstain per proposal) or `ranks` (1 = first preference). The rule's own checks (at most N, one
 * answer each, distinct ranks) are in $lib/domain/ballots, which knows the ballot.
 */
export const ResponseSchema = z.object({
	chosen: z.array(uuid).max(50).optional(),
	choices: z.record(z.string(), z.enum(CHOICES, { error: 'validation.choice' })).optional(),
	ranks: z.record(z.string(), z.coerce.number({ error: 'validation.number' }).int().min(1).max(50)).optional()
});
export type ResponseInput = z.output<typeof ResponseSchema>;

/** The secretariat's decision on one proposal. */
export const ProposalDecisionSchema = z
	.object({
		status: z.enum(DECISION_STATUSES, { error: 'validation.choice' }),
		/** A selected workshop topic: link an event of the cycle, or give dates to create the workshop. */
		eventId: uuid.optional(),
		startDate: isoDate.optional(),
		endDate: isoDate.optional()
	})
	.refine((d) => !d.startDate || !d.endDate || d.endDate >= d.startDate, { error: 'validation.dateOrder', path: ['endDate'] });

export const DecisionSchema = z.object({
	decisions: z.record(z.string(), ProposalDecisionSchema),
	/** What the membership decided, in words (recorded with the consultation). */
	summary: optionalText(5000)
});
export type DecisionInput = z.output<typeof DecisionSchema>;
