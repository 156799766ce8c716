/** What a consultation can put forward: an overarching theme for the cycle or a workshop topic. */
export const PROPOSAL_KINDS = ['theme', 'workshop-topic'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** What became of a proposal; `merged` names the proposal it became part of. */
export const PROPOSAL_STATUSES = ['proposed', 'merged', 'selected', 'not-selected', 'deferred'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The statuses a decision can give (merging is its own step). */
export const DECISION_STATUSES = ['selected', 'not-selected', 'deferred'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/**
 * How a State answers: choose up to N of the proposals, yes / no / abstain on each, or rank them
 * (1 = first preference).
 */
export const BALLOT_RULES = ['choose', 'yes-no-abstain', 'rank'] as const;
export type BallotRule = (typeof BALLOT_RULES)[number];

export const CHOICES = ['yes', 'no', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];

/** A ballot's state at a moment: before its opening, open, or closed. */
export type BallotPhase = 'upcoming' | 'open' | 'closed';

/** One mark of a response: a choice (choose: always yes) or a rank. */
export interface Mark {
	proposalId: string;
	choice: Choice | null;
	rank: number | null;
}
