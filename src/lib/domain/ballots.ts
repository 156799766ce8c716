/**
 * Ballots of a consultation, without I/O: what a State's response may say under the ballot's rule,
 * and the tally of the responses. One voice per State: the database keeps one response per State
 * per ballot; here a response is checked and counted.
 */
import type { MessageKey, Params } from '$lib/i18n';
import type { BallotPhase, BallotRule, Choice, Mark } from '$lib/agenda/types';

export interface BallotRules {
	rule: BallotRule;
	maxChoices: number | null;
	/** The proposals on the ballot, in order. */
	proposalIds: readonly string[];
}

export interface ResponseShape {
	chosen?: string[];
	choices?: Record<string, Choice>;
	ranks?: Record<string, number>;
}

export type Checked = { ok: true; marks: Mark[] } | { ok: false; key: MessageKey; field: string; params?: Params };

const refuse = (key: MessageKey, field: string, params?: Params): Checked => ({ ok: false, key, field, params });

/** The marks a response makes, or why the rule refuses it (nothing is then written). */
export function checkResponse(ballot: BallotRules, input: ResponseShape): Checked {
	const onBallot = new Set(ballot.proposalIds);
	if (ballot.rule === 'choose') {
		const chosen = [...new Set(input.chosen ?? [])];
		if (chosen.some((id) => !onBallot.has(id))) return refuse('agenda.errors.notOnBallot', 'chosen');
		if (chosen.length > (ballot.maxChoices ?? 0)) return refuse('agenda.errors.tooMany', 'chosen', { max: ballot.maxChoices ?? 0 });
		return { ok: true, marks: chosen.map((proposalId) => ({ proposalId, choice: 'yes', rank: null })) };
	}
	if (ballot.rule === 'yes-no-abstain') {
		const choices = input.choices ?? {};
		if (Object.keys(choices).some((id) => !onBallot.has(id))) return refuse('agenda.errors.notOnBallot', 'choices');
		const missing = ballot.proposalIds.find((id) => !choices[id]);
		if (missing) return refuse('agenda.errors.answerEach', `choices.${missing}`);
		return { ok: true, marks: ballot.proposalIds.map((proposalId) => ({ proposalId, choice: choices[proposalId], rank: null })) };
	}
	const ranks = input.ranks ?? {};
	const entries = Object.entries(ranks);
	if (entries.some(([id]) => !onBallot.has(id))) return refuse('agenda.errors.notOnBallot', 'ranks');
	if (!entries.length) return refuse('agenda.errors.rankOne', 'ranks');
	const values = entries.map(([, rank]) => rank);
	if (values.some((r) => r < 1 || r > ballot.proposalIds.length)) {
		return refuse('agenda.errors.rankRange', 'ranks', { max: ballot.proposalIds.length });
	}
	if (new Set(values).size !== values.length) return refuse('agenda.errors.rankTwice', 'ranks');
	// Ranks run 1..k without a gap: a lone "3" would give the proposal the points of a third place
	// under two proposals that no one ranked.
	if (Math.max(...values) !== values.length) return refuse('agenda.errors.rankGap', 'ranks', { count: values.length });
	return { ok: true, marks: entries.map(([proposalId, rank]) => ({ proposalId, choice: null, rank })) };
}

export function phaseAt(ballot: { opensAt: Date; closesAt: Date }, now: Date): BallotPhase {
	if (now < ballot.opensAt) return 'upcoming';
	return now < ballot.closesAt ? 'open' : 'closed';
}

/** Counts of one proposal, as SQL returns them from the recorded marks. */
export interface ProposalCounts {
	proposalId: string;
	yes: number;
	no: number;
	abstain: number;
	/** rank: how many ranked it first, and its Borda points (a rank r of M gives M − r + 1). */
	firstPreferences: number;
	points: number;
	ranked: number;
}

export interface ProposalResult extends ProposalCounts {
	/** Yes (or chosen), as a share of the responses and of the eligible States; null when 0 is the denominator. */
	shareOfResponses: number | null;
	shareOfEligible: number | null;
}

export interface Tally {
	eligible: number;
	responses: number;
	turnout: number | null;
	proposals: ProposalResult[];
}

/** A percentage with one decimal, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
	return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * The results: per proposal the votes and the shares in favour of the responses and of the
 * eligible States, and the turnout. Every proposal of the ballot appears, in ballot order (ranked
 * ballots: most points first).
 */
export function tally(
	rule: BallotRule,
	proposalIds: readonly string[],
	counts: readonly ProposalCounts[],
	responses: number,
	eligible: number
): Tally {
	const byId = new Map(counts.map((c) => [c.proposalId, c]));
	const proposals = proposalIds.map((proposalId) => {
		const c = byId.get(proposalId) ?? { proposalId, yes: 0, no: 0, abstain: 0, firstPreferences: 0, points: 0, ranked: 0 };
		const inFavour = rule === 'rank' ? c.firstPreferences : c.yes;
		return { ...c, shareOfResponses: percent(inFavour, responses), shareOfEligible: percent(inFavour, eligible) };
	});
	if (rule === 'rank') proposals.sort((a, b) => b.points - a.points || b.firstPreferences - a.firstPreferences);
	return { eligible, responses, turnout: percent(responses, eligible), proposals };
}

/** Counts recomputed from raw marks in memory: what tests and the benchmark check SQL against. */
export function recount(
	marks: readonly { proposalId: string; choice: Choice | null; rank: number | null }[],
	proposalCount: number
): ProposalCounts[] {
	const out = new Map<string, ProposalCounts>();
	for (const m of marks) {
		const c = out.get(m.proposalId) ?? { proposalId: m.proposalId, yes: 0, no: 0, abstain: 0, firstPreferences: 0, points: 0, ranked: 0 };
		if (m.choice) c[m.choice] += 1;
		if (m.rank !== null) {
			c.ranked += 1;
			c.points += proposalCount - m.rank + 1;
			if (m.rank === 1) c.firstPreferences += 1;
		}
		out.set(m.proposalId, c);
	}
	return [...out.values()];
}
