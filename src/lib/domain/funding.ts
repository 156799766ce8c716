/**
 * Which budget lines (and so which events) a cycle's pledges pay for. Pure arithmetic on exact
 * amounts (bigints, see money.ts), all in the budget's currency.
 *
 * The rule ("fair share"), also printed on the public funding page:
 * 1. Money earmarked to an event goes to that event's budget line. Money earmarked beyond the
 *    line's cost stays with that event (a surplus): it is never moved to another event.
 * 2. A line's remaining need is its cost less the money earmarked to it (never below zero).
 * 3. Unearmarked (whole-programme) money is shared among the lines in proportion to their
 *    remaining needs: share = unearmarked × need ÷ sum of needs, and never more than the need.
 *    When the unearmarked money covers every need, each line gets its need and the rest stays
 *    unallocated. Shares are rounded down to the currency's smallest unit (the cent) and the
 *    cents left over go one at a time to the lines with the largest remainders (ties: the
 *    lines' order), so the shares add up exactly to the money shared. The lines of cancelled or
 *    postponed events take no share (their need is left out of the sum of needs): whole-programme
 *    money goes to the events that take place.
 * 4. A line is funded when earmarked money plus its share reach its cost, unfunded when both are
 *    zero, partly funded otherwise. A line of zero cost is funded.
 * Pledged and received money both count (a receipt is a pledge that has been paid); the page
 * shows how much of it has been received.
 */
import { max, min, step, sum } from './money';

export const FUNDING_STATUSES = ['funded', 'partly-funded', 'unfunded'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export interface FundingLineInput {
	id: string;
	eventId: string | null;
	/** Cost in the budget's currency. */
	amount: bigint;
	/** False for a line of a cancelled or postponed event: it takes no share of the unearmarked money. */
	takesShare?: boolean;
}

export interface FundingPledgeInput {
	eventId: string | null;
	/** Converted to the budget's currency. */
	amount: bigint;
	received: boolean;
}

export interface LineFunding {
	id: string;
	eventId: string | null;
	cost: bigint;
	/** Earmarked to the line's event, counted up to the cost. */
	earmarked: bigint;
	/** Earmarked beyond the cost (stays with the event). */
	surplus: bigint;
	need: bigint;
	/** Its fair share of the unearmarked money. */
	share: bigint;
	funded: bigint;
	gap: bigint;
	status: FundingStatus;
}

export interface FundingResult {
	lines: LineFunding[];
	pledged: bigint;
	received: bigint;
	earmarked: bigint;
	unearmarked: bigint;
	/** Unearmarked money given to lines as fair shares. */
	shared: bigint;
	/** Unearmarked money left once every line's need is met. */
	unallocated: bigint;
	/** Earmarked to events that have no budget line. */
	earmarkedWithoutLine: bigint;
}

/** Shares `amount` in proportion to `weights`, in whole steps, exactly (largest remainders). */
export function shareOut(amount: bigint, weights: bigint[], unit: bigint): bigint[] {
	const total = sum(weights);
	if (total === 0n || amount === 0n) return weights.map(() => 0n);
	const steps = amount / unit;
	const exact = weights.map((w) => steps * w);
	const floors = exact.map((e) => e / total);
	let left = steps - sum(floors);
	const order = exact
		.map((e, i) => ({ i, remainder: e % total }))
		.sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
	for (const { i } of order) {
		if (left === 0n) break;
		floors[i] += 1n;
		left -= 1n;
	}
	return floors.map((f) => f * unit);
}

export function statusOf(cost: bigint, funded: bigint): FundingStatus {
	if (funded >= cost) return 'funded';
	return funded === 0n ? 'unfunded' : 'partly-funded';
}

export function computeFunding(input: { minorUnits: number; lines: FundingLineInput[]; pledges: FundingPledgeInput[] }): FundingResult {
	const byEvent = new Map<string, bigint>();
	let unearmarked = 0n;
	for (const p of input.pledges) {
		if (p.eventId) byEvent.set(p.eventId, (byEvent.get(p.eventId) ?? 0n) + p.amount);
		else unearmarked += p.amount;
	}
	const lineEvents = new Set(input.lines.map((l) => l.eventId).filter(Boolean));
	const earmarkedWithoutLine = sum([...byEvent].filter(([eventId]) => !lineEvents.has(eventId)).map(([, a]) => a));

	const partial = input.lines.map((line) => {
		const toEvent = line.eventId ? (byEvent.get(line.eventId) ?? 0n) : 0n;
		const earmarked = min(toEvent, line.amount);
		return { line, earmarked, surplus: toEvent - earmarked, need: max(0n, line.amount - toEvent) };
	});
	const needs = partial.map((p) => (p.line.takesShare === false ? 0n : p.need));
	const totalNeed = sum(needs);
	const toShare = min(unearmarked, totalNeed);
	const shares = toShare === totalNeed ? needs : shareOut(toShare, needs, step(input.minorUnits));

	const lines = partial.map(({ line, earmarked, surplus, need }, i) => {
		const funded = earmarked + shares[i];
		return {
			id: line.id,
			eventId: line.eventId,
			cost: line.amount,
			earmarked,
			surplus,
			need,
			share: shares[i],
			funded,
			gap: line.amount - funded,
			status: statusOf(line.amount, funded)
		};
	});
	return {
		lines,
		pledged: sum(input.pledges.map((p) => p.amount)),
		received: sum(input.pledges.filter((p) => p.received).map((p) => p.amount)),
		earmarked: sum([...byEvent.values()]),
		unearmarked,
		shared: toShare,
		unallocated: unearmarked - toShare,
		earmarkedWithoutLine
	};
}
