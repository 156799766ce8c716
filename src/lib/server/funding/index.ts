/**
 * Funding of a cycle: its budget and lines, donors' pledges and contributions, and each line's
 * funding status computed from them (domain/funding.ts holds the rule). Writes are secretariat
 * operations, validated, in one transaction, audited; reads for the public never hold anything
 * about donors' staff (a donor is a State or an organisation, never a person).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { BudgetInput, BudgetLineInput, PledgeInput } from '$lib/funding/schemas';
import { computeFunding, type FundingStatus } from '$lib/domain/funding';
import { convert, formatDecimal, minorUnits, parseDecimal, percentOf, RATE_SCALE, roundTo } from '$lib/domain/money';
import type { LocalizedText } from '$lib/i18n';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, staleEdit, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction, queriesOn } from '../core/transaction';
import { isUniqueViolation } from '../core/db-errors';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { cycles, events } from '../dialogues/schema';
import { organisations } from '../directory/schema';
import { registerOrganisationReference } from '../directory/references';
import { states } from '../reference/schema';
import { isUuid } from '../web/params';
import { budgetLines, cycleBudgets, pledges } from './schema';

registerOrganisationReference({ table: pledges, column: pledges.donorOrganisationId });

export type Budget = typeof cycleBudgets.$inferSelect;
export type BudgetLine = typeof budgetLines.$inferSelect;
export type Pledge = typeof pledges.$inferSelect;

const amount = (text: string) => parseDecimal(text);

// ───────────────────────────── reads ─────────────────────────────

/** The budget, its lines and its pledges (with donor and event names), as stored. */
export async function getFunding(db: Db | Tx, cycleId: string) {
	if (!isUuid(cycleId)) return null;
	const [budget] = await db.select().from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId));
	if (!budget) return { budget: null, lines: [], pledges: [] };
	const [lines, pledgeRows] = await queriesOn(db, [
		db
			.select({ line: budgetLines, eventTitles: events.titles, eventStatus: events.status, eventVersion: events.version })
			.from(budgetLines)
			.leftJoin(events, eq(events.id, budgetLines.eventId))
			.where(eq(budgetLines.cycleId, cycleId))
			.orderBy(asc(budgetLines.position), asc(budgetLines.createdAt)),
		db
			.select({
				pledge: pledges,
				stateNames: states.names,
				organisationName: organisations.name,
				organisationAcronym: organisations.acronym,
				eventTitles: events.titles
			})
			.from(pledges)
			.leftJoin(states, eq(states.id, pledges.donorStateId))
			.leftJoin(organisations, eq(organisations.id, pledges.donorOrganisationId))
			.leftJoin(events, eq(events.id, pledges.eventId))
			.where(eq(pledges.cycleId, cycleId))
			.orderBy(asc(pledges.pledgedOn), asc(pledges.createdAt))
	]);
	return {
		budget,
		lines: lines.map((r) => ({ ...r.line, eventTitles: r.eventTitles, eventStatus: r.eventStatus, eventVersion: r.eventVersion })),
		pledges: pledgeRows.map((r) => ({
			...r.pledge,
			donor: donorOf(r.pledge, r.stateNames, r.organisationName, r.organisationAcronym),
			eventTitles: r.eventTitles
		}))
	};
}

export interface Donor {
	/** `state:CAN` or `organisation:<uuid>`: one key per donor for the totals by donor. */
	key: string;
	kind: 'state' | 'organisation';
	id: string;
	names: LocalizedText;
	acronym: string | null;
}

function donorOf(p: Pledge, stateNames: LocalizedText | null, organisationName: string | null, acronym: string | null): Donor {
	return p.donorStateId
		? { key: `state:${p.donorStateId}`, kind: 'state', id: p.donorStateId, names: stateNames ?? { en: p.donorStateId }, acronym: null }
		: {
				key: `organisation:${p.donorOrganisationId}`,
				kind: 'organisation',
				id: p.donorOrganisationId!,
				names: { en: organisationName ?? '' },
				acronym
			};
}

/** A pledge's amount in the budget's currency, at the rate recorded on it. */
function converted(p: Pick<Pledge, 'amount' | 'currency' | 'rate'>, budgetCurrency: string): bigint {
	const minor = minorUnits(budgetCurrency);
	if (p.currency === budgetCurrency || !p.rate) return amount(p.amount);
	return convert(amount(p.amount), parseDecimal(p.rate, RATE_SCALE), minor);
}

/** Money as the pages and the API show it: a decimal text in the budget's currency's digits. */
export type Money = string;

export interface LineView {
	id: string;
	labels: LocalizedText;
	eventId: string | null;
	eventTitles: LocalizedText | null;
	eventStatus: string | null;
	subjectToFunding: boolean;
	cost: Money;
	earmarked: Money;
	surplus: Money;
	share: Money;
	funded: Money;
	gap: Money;
	received: Money;
	status: FundingStatus;
	/** Funded share of the cost in percent, one decimal (100 for a line of zero cost). */
	percentFunded: number;
}

export interface DonorView {
	donor: Donor;
	pledged: Money;
	received: Money;
	earmarked: Money;
	unearmarked: Money;
	pledges: number;
}

export interface FundingView {
	cycleId: string;
	currency: string;
	minorUnits: number;
	total: Money;
	allocated: Money;
	unallocatedBudget: Money;
	sponsoredPercent: string | null;
	sponsored: Money | null;
	notes: LocalizedText | null;
	pledged: Money;
	received: Money;
	earmarked: Money;
	unearmarked: Money;
	shared: Money;
	unallocatedMoney: Money;
	earmarkedWithoutLine: Money;
	/** Budget total less everything pledged (not below zero). */
	shortfall: Money;
	lines: LineView[];
	donors: DonorView[];
}

const percent = (part: bigint, whole: bigint) => (whole === 0n ? 100 : Number((part * 1000n) / whole) / 10);

/**
 * The cycle's funding computed from its records: by line (with each line's status) and by donor.
 * Null when the cycle has no budget. Public: donors are States and organisations only.
 */
export async function forCycle(db: Db | Tx, cycleId: string): Promise<FundingView | null> {
	const found = await getFunding(db, cycleId);
	if (!found?.budget) return null;
	const { budget } = found;
	const minor = minorUnits(budget.currency);
	const show = (value: bigint) => formatDecimal(value, minor);
	const inBudget = found.pledges.map((p) => ({ ...p, converted: converted(p, budget.currency) }));
	const result = computeFunding({
		minorUnits: minor,
		lines: found.lines.map((l) => ({
			id: l.id,
			eventId: l.eventId,
			amount: amount(l.amount),
			// A cancelled or postponed event takes no share of the whole-programme money.
			takesShare: l.eventStatus !== 'cancelled' && l.eventStatus !== 'postponed'
		})),
		pledges: inBudget.map((p) => ({ eventId: p.eventId, amount: p.converted, received: p.status === 'received' }))
	});
	const receivedByEvent = new Map<string, bigint>();
	for (const p of inBudget)
		if (p.eventId && p.status === 'received') receivedByEvent.set(p.eventId, (receivedByEvent.get(p.eventId) ?? 0n) + p.converted);

	const donors = new Map<string, { donor: Donor; pledged: bigint; received: bigint; earmarked: bigint; pledges: number }>();
	for (const p of inBudget) {
		const entry = donors.get(p.donor.key) ?? { donor: p.donor, pledged: 0n, received: 0n, earmarked: 0n, pledges: 0 };
		entry.pledged += p.converted;
		if (p.status === 'received') entry.received += p.converted;
		if (p.eventId) entry.earmarked += p.converted;
		entry.pledges += 1;
		donors.set(p.donor.key, entry);
	}
	const total = amount(budget.total);
	const allocated = amount(budget.allocated);
	return {
		cycleId,
		currency: budget.currency,
		minorUnits: minor,
		total: show(total),
		allocated: show(allocated),
		unallocatedBudget: show(total - allocated),
		// Rounded half up to two decimals (66.665 % shows as 66.67 %), not cut.
		sponsoredPercent: budget.sponsoredPercent === null ? null : formatDecimal(roundTo(parseDecimal(budget.sponsoredPercent), 2), 2),
		sponsored: budget.sponsoredPercent === null ? null : show(percentOf(total, parseDecimal(budget.sponsoredPercent), minor)),
		notes: budget.notes,
		pledged: show(result.pledged),
		received: show(result.received),
		earmarked: show(result.earmarked),
		unearmarked: show(result.unearmarked),
		shared: show(result.shared),
		unallocatedMoney: show(result.unallocated),
		earmarkedWithoutLine: show(result.earmarkedWithoutLine),
		shortfall: show(total > result.pledged ? total - result.pledged : 0n),
		lines: result.lines.map((computed, i) => {
			const line = found.lines[i];
			return {
				id: line.id,
				labels: line.labels,
				eventId: line.eventId,
				eventTitles: line.eventTitles,
				eventStatus: line.eventStatus,
				subjectToFunding: line.subjectToFunding,
				cost: show(computed.cost),
				earmarked: show(computed.earmarked),
				surplus: show(computed.surplus),
				share: show(computed.share),
				funded: show(computed.funded),
				gap: show(computed.gap),
				received: show(line.eventId ? (receivedByEvent.get(line.eventId) ?? 0n) : 0n),
				status: computed.status,
				percentFunded: percent(computed.funded, computed.cost)
			};
		}),
		donors: [...donors.values()]
			.sort((a, b) => (a.pledged === b.pledged ? a.donor.key.localeCompare(b.donor.key) : a.pledged > b.pledged ? -1 : 1))
			.map((d) => ({
				donor: d.donor,
				pledged: show(d.pledged),
				received: show(d.received),
				earmarked: show(d.earmarked),
				unearmarked: show(d.pledged - d.earmarked),
				pledges: d.pledges
			}))
	};
}

export interface EventFunding {
	currency: string;
	minorUnits: number;
	line: LineView;
}

/** An event's budget line with its computed funding, or null when no line names the event. */
export async function forEvent(db: Db | Tx, eventId: string): Promise<EventFunding | null> {
	if (!isUuid(eventId)) return null;
	const [line] = await db.select({ cycleId: budgetLines.cycleId }).from(budgetLines).where(eq(budgetLines.eventId, eventId));
	if (!line) return null;
	const view = await forCycle(db, line.cycleId);
	const found = view?.lines.find((l) => l.eventId === eventId);
	return view && found ? { currency: view.currency, minorUnits: view.minorUnits, line: found } : null;
}

// ───────────────────────────── writes ─────────────────────────────

async function requireCycle(db: Db | Tx, cycleId: string) {
	if (!isUuid(cycleId)) throw notFound();
	const [cycle] = await db.select({ id: cycles.id }).from(cycles).where(eq(cycles.id, cycleId));
	if (!cycle) throw notFound();
}

/** The budget row, locked for the rest of the transaction (line and pledge writes go one at a time per cycle). */
async function lockBudget(tx: Tx, cycleId: string): Promise<Budget> {
	const [budget] = await tx.select().from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId)).for('update');
	if (!budget) throw new DomainError('funding.errors.noBudget', 409);
	return budget;
}

/** Creates the cycle's budget or changes it (`version` names the version edited). */
export async function setBudget(ctx: Ctx, cycleId: string, input: BudgetInput & { version?: number }): Promise<Budget> {
	requireRoleIn(ctx.actor, 'secretariat');
	await requireCycle(ctx.db, cycleId);
	return inTransaction(ctx.db, async (tx) => {
		const [before] = await tx.select().from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId)).for('update');
		const values = {
			currency: input.currency,
			total: input.total,
			sponsoredPercent: input.sponsoredPercent ?? null,
			notes: input.notes ?? null
		};
		if (!before) {
			// Two first saves at once: the second finds the row the first inserted (no lock could be taken on
			// a row that did not exist yet) and is refused as an edit of a budget that changed meanwhile.
			const [row] = await tx
				.insert(cycleBudgets)
				.values({ cycleId, ...values })
				.onConflictDoNothing({ target: cycleBudgets.cycleId })
				.returning();
			if (!row) throw staleEdit();
			await audit.record(tx, ctx.actor, { action: 'budget.create', entityType: 'cycle', entityId: cycleId, after: row });
			return row;
		}
		if (input.version !== undefined && input.version !== before.version) throw staleEdit();
		if (before.currency !== input.currency) {
			const [used] = await tx
				.select({
					n: sql<number>`(select count(*) from ${budgetLines} where ${budgetLines.cycleId} = ${cycleId}) + (select count(*) from ${pledges} where ${pledges.cycleId} = ${cycleId})`.mapWith(
						Number
					)
				})
				.from(cycleBudgets)
				.where(eq(cycleBudgets.cycleId, cycleId));
			if (used.n > 0) throw new ValidationError({ currency: { key: 'funding.errors.currencyLocked' } });
		}
		if (amount(input.total) < amount(before.allocated)) {
			throw new ValidationError({
				total: {
					key: 'funding.errors.totalBelowLines',
					params: { allocated: formatDecimal(amount(before.allocated), minorUnits(before.currency)) }
				}
			});
		}
		const [after] = await tx
			.update(cycleBudgets)
			.set({ ...values, version: sql`${cycleBudgets.version} + 1`, updatedAt: new Date() })
			.where(and(eq(cycleBudgets.cycleId, cycleId), eq(cycleBudgets.version, before.version)))
			.returning();
		if (!after) throw staleEdit();
		await audit.record(tx, ctx.actor, { action: 'budget.update', entityType: 'cycle', entityId: cycleId, before, after });
		return after;
	});
}

/** An event named by a line or a pledge must be of the same cycle (the database's foreign key says so too). */
async function checkEventOfCycle(db: Db | Tx, cycleId: string, eventId: string | undefined) {
	if (!eventId) return;
	const [event] = await db.select({ cycleId: events.cycleId }).from(events).where(eq(events.id, eventId));
	if (!event) throw new ValidationError({ eventId: { key: 'funding.errors.unknownEvent' } });
	if (event.cycleId !== cycleId) throw new ValidationError({ eventId: { key: 'funding.errors.eventOfOtherCycle' } });
}

function checkCurrencyDigits(value: string, budget: Budget, field: string) {
	const minor = minorUnits(budget.currency);
	if (amount(value) !== amount(formatDecimal(amount(value), minor))) {
		throw new ValidationError({ [field]: { key: 'funding.errors.currencyDecimals' } });
	}
}

/** Moves the budget's sum of lines by `delta`; refuses (nothing written) when it would pass the total. */
async function allocate(tx: Tx, budget: Budget, delta: bigint) {
	const allocated = amount(budget.allocated) + delta;
	const total = amount(budget.total);
	if (allocated > total) {
		const minor = minorUnits(budget.currency);
		throw new ValidationError({
			amount: {
				key: 'funding.errors.linesExceedTotal',
				params: { available: formatDecimal(total - amount(budget.allocated), minor), currency: budget.currency }
			}
		});
	}
	await tx
		.update(cycleBudgets)
		.set({ allocated: formatDecimal(allocated, 4), updatedAt: new Date() })
		.where(eq(cycleBudgets.cycleId, budget.cycleId));
}

async function oneLinePerEvent<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (isUniqueViolation(e, 'budget_lines_one_per_event')) throw new ValidationError({ eventId: { key: 'funding.errors.eventHasLine' } });
		throw e;
	}
}

function lineValues(input: BudgetLineInput) {
	return {
		labels: input.labels,
		amount: input.amount,
		eventId: input.eventId ?? null,
		subjectToFunding: input.subjectToFunding,
		position: input.position
	};
}

export async function addLine(ctx: Ctx, cycleId: string, input: BudgetLineInput): Promise<BudgetLine> {
	requireRoleIn(ctx.actor, 'secretariat');
	await requireCycle(ctx.db, cycleId);
	await checkEventOfCycle(ctx.db, cycleId, input.eventId);
	return oneLinePerEvent(() =>
		inTransaction(ctx.db, async (tx) => {
			const budget = await lockBudget(tx, cycleId);
			checkCurrencyDigits(input.amount, budget, 'amount');
			await allocate(tx, budget, amount(input.amount));
			const [row] = await tx
				.insert(budgetLines)
				.values({ cycleId, ...lineValues(input) })
				.returning();
			await audit.record(tx, ctx.actor, { action: 'budget-line.create', entityType: 'budget-line', entityId: row.id, after: row });
			return row;
		})
	);
}

async function lineById(db: Db | Tx, id: string): Promise<BudgetLine> {
	if (!isUuid(id)) throw notFound();
	const [line] = await db.select().from(budgetLines).where(eq(budgetLines.id, id));
	if (!line) throw notFound();
	return line;
}

export async function updateLine(ctx: Ctx, id: string, input: BudgetLineInput & { version: number }): Promise<BudgetLine> {
	requireRoleIn(ctx.actor, 'secretariat');
	const existing = await lineById(ctx.db, id);
	await checkEventOfCycle(ctx.db, existing.cycleId, input.eventId);
	return oneLinePerEvent(() =>
		inTransaction(ctx.db, async (tx) => {
			const budget = await lockBudget(tx, existing.cycleId);
			const before = await lineById(tx, id);
			if (before.version !== input.version) throw staleEdit();
			checkCurrencyDigits(input.amount, budget, 'amount');
			await allocate(tx, budget, amount(input.amount) - amount(before.amount));
			const [after] = await tx
				.update(budgetLines)
				.set({ ...lineValues(input), version: sql`${budgetLines.version} + 1`, updatedAt: new Date() })
				.where(and(eq(budgetLines.id, id), eq(budgetLines.version, input.version)))
				.returning();
			if (!after) throw staleEdit();
			await audit.record(tx, ctx.actor, { action: 'budget-line.update', entityType: 'budget-line', entityId: id, before, after });
			return after;
		})
	);
}

export async function deleteLine(ctx: Ctx, id: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	const existing = await lineById(ctx.db, id);
	await inTransaction(ctx.db, async (tx) => {
		const budget = await lockBudget(tx, existing.cycleId);
		const before = await lineById(tx, id);
		await tx.delete(budgetLines).where(eq(budgetLines.id, id));
		await allocate(tx, budget, -amount(before.amount));
		await audit.record(tx, ctx.actor, { action: 'budget-line.delete', entityType: 'budget-line', entityId: id, before });
	});
}

/** Checks a pledge against its cycle: a known donor, a rate for a foreign currency, an event of the cycle. */
async function checkPledge(db: Db | Tx, cycleId: string, input: PledgeInput, budget: Budget) {
	if (input.donorStateId) {
		const [state] = await db.select({ id: states.id }).from(states).where(eq(states.id, input.donorStateId));
		if (!state) throw new ValidationError({ donorStateId: { key: 'directory.errors.unknownState' } });
	}
	if (input.donorOrganisationId) {
		const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.donorOrganisationId));
		if (!org) throw new ValidationError({ donorOrganisationId: { key: 'directory.errors.unknownOrganisation' } });
	}
	if (input.currency !== budget.currency && !input.rate) {
		throw new ValidationError({ rate: { key: 'funding.errors.rateRequired', params: { from: input.currency, to: budget.currency } } });
	}
	await checkEventOfCycle(db, cycleId, input.eventId);
}

function pledgeValues(input: PledgeInput, budget: Budget) {
	return {
		donorStateId: input.donorStateId ?? null,
		donorOrganisationId: input.donorOrganisationId ?? null,
		amount: input.amount,
		currency: input.currency,
		// The same currency as the budget needs no rate; a rate typed anyway is not kept.
		rate: input.currency === budget.currency ? null : input.rate!,
		eventId: input.eventId ?? null,
		status: input.status,
		pledgedOn: input.pledgedOn,
		receivedOn: input.receivedOn ?? null,
		reference: input.reference ?? null
	};
}

export async function addPledge(ctx: Ctx, cycleId: string, input: PledgeInput): Promise<Pledge> {
	requireRoleIn(ctx.actor, 'secretariat');
	await requireCycle(ctx.db, cycleId);
	return inTransaction(ctx.db, async (tx) => {
		const budget = await lockBudget(tx, cycleId);
		await checkPledge(tx, cycleId, input, budget);
		const [row] = await tx
			.insert(pledges)
			.values({ cycleId, ...pledgeValues(input, budget) })
			.returning();
		await audit.record(tx, ctx.actor, { action: 'pledge.create', entityType: 'pledge', entityId: row.id, after: row });
		return row;
	});
}

async function pledgeById(db: Db | Tx, id: string): Promise<Pledge> {
	if (!isUuid(id)) throw notFound();
	const [row] = await db.select().from(pledges).where(eq(pledges.id, id));
	if (!row) throw notFound();
	return row;
}

export async function updatePledge(ctx: Ctx, id: string, input: PledgeInput & { version: number }): Promise<Pledge> {
	requireRoleIn(ctx.actor, 'secretariat');
	const existing = await pledgeById(ctx.db, id);
	return inTransaction(ctx.db, async (tx) => {
		const budget = await lockBudget(tx, existing.cycleId);
		const before = await pledgeById(tx, id);
		await checkPledge(tx, before.cycleId, input, budget);
		const [after] = await tx
			.update(pledges)
			.set({ ...pledgeValues(input, budget), version: sql`${pledges.version} + 1`, updatedAt: new Date() })
			.where(and(eq(pledges.id, id), eq(pledges.version, input.version)))
			.returning();
		if (!after) throw staleEdit();
		await audit.record(tx, ctx.actor, { action: 'pledge.update', entityType: 'pledge', entityId: id, before, after });
		return after;
	});
}

export async function deletePledge(ctx: Ctx, id: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await pledgeById(ctx.db, id);
	await inTransaction(ctx.db, async (tx) => {
		const before = await pledgeById(tx, id);
		await tx.delete(pledges).where(eq(pledges.id, id));
		await audit.record(tx, ctx.actor, { action: 'pledge.delete', entityType: 'pledge', entityId: id, before });
	});
}

export {
	eventFundingSummary,
	fundingPage,
	fundingCsv,
	isFundingTable,
	FUNDING_TABLES,
	type FundingPageView,
	type FundingTableView
} from './page';
export { dialogueFundingSummary, dialogueFundingCsv, type CycleFundingSummary } from './summary';
