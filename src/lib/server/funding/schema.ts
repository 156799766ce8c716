import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, localized, timestamps, version } from '../db/columns';
import { cycles, events } from '../dialogues/schema';
import { organisations } from '../directory/schema';
import { states } from '../reference/schema';
import { PLEDGE_STATUSES } from '../../funding/types';

/** Amounts are exact decimals: numeric(18,4), read as text and summed as bigints (domain/money.ts). */
const money = (name: string) => numeric(name, { precision: 18, scale: 4 });

/**
 * A cycle's budget in one currency. `allocated` is the sum of its lines, kept in step by every
 * line write in the same transaction, so the CHECK makes the database refuse lines that exceed
 * the total whatever the code does (as registration_settings.places_taken does for capacity).
 */
export const cycleBudgets = pgTable(
	'cycle_budgets',
	{
		cycleId: uuid('cycle_id')
			.primaryKey()
			.references(() => cycles.id, { onDelete: 'cascade' }),
		/** ISO 4217 code. */
		currency: text('currency').notNull(),
		total: money('total').notNull(),
		allocated: money('allocated').notNull().default('0'),
		/** Percentage of the total reserved for the sponsored participation of officials from developing countries. */
		sponsoredPercent: numeric('sponsored_percent', { precision: 7, scale: 4 }),
		/** How the budget is described in the cycle's documents (e.g. "approximately two thirds"). */
		notes: localized('notes'),
		version: version(),
		...timestamps()
	},
	(t) => [
		check('cycle_budgets_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
		check('cycle_budgets_total_not_negative', sql`${t.total} >= 0`),
		check('cycle_budgets_lines_within_total', sql`${t.allocated} >= 0 and ${t.allocated} <= ${t.total}`),
		check(
			'cycle_budgets_sponsored_percent',
			sql`${t.sponsoredPercent} is null or (${t.sponsoredPercent} >= 0 and ${t.sponsoredPercent} <= 100)`
		)
	]
);

/** A line of a budget (typically one per workshop), optionally for one event of the same cycle. */
export const budgetLines = pgTable(
	'budget_lines',
	{
		id: id(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycleBudgets.cycleId, { onDelete: 'cascade' }),
		eventId: uuid('event_id'),
		labels: localized('labels').notNull(),
		amount: money('amount').notNull(),
		/** The event is held only if this line is funded ("subject to available funding"): its page says so. */
		subjectToFunding: boolean('subject_to_funding').notNull().default(false),
		position: integer('position').notNull().default(0),
		version: version(),
		...timestamps()
	},
	(t) => [
		// The event must belong to the line's cycle: the pair is a key of events.
		foreignKey({ name: 'budget_lines_event_of_cycle', columns: [t.eventId, t.cycleId], foreignColumns: [events.id, events.cycleId] }),
		// One line per event: an earmark to an event then names exactly one line.
		uniqueIndex('budget_lines_one_per_event').on(t.eventId),
		index().on(t.cycleId),
		check('budget_lines_amount_not_negative', sql`${t.amount} >= 0`)
	]
);

/**
 * A donor's pledge or contribution to a cycle: whole-programme (no event) or earmarked to an event
 * of the cycle. The donor is a State or an organisation of the directory, never a person.
 */
export const pledges = pgTable(
	'pledges',
	{
		id: id(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => cycleBudgets.cycleId, { onDelete: 'cascade' }),
		donorStateId: text('donor_state_id').references(() => states.id),
		donorOrganisationId: uuid('donor_organisation_id').references(() => organisations.id),
		amount: money('amount').notNull(),
		/** ISO 4217 code of the amount. */
		currency: text('currency').notNull(),
		/** Units of the budget's currency per unit of `currency`, as agreed; null when they are the same currency. */
		rate: numeric('rate', { precision: 18, scale: 8 }),
		eventId: uuid('event_id'),
		status: text('status', { enum: PLEDGE_STATUSES }).notNull().default('pledged'),
		pledgedOn: date('pledged_on').notNull(),
		receivedOn: date('received_on'),
		/** The secretariat's own reference (agreement number…); never shown on public pages. */
		reference: text('reference'),
		version: version(),
		...timestamps()
	},
	(t) => [
		foreignKey({ name: 'pledges_event_of_cycle', columns: [t.eventId, t.cycleId], foreignColumns: [events.id, events.cycleId] }),
		index().on(t.cycleId),
		index().on(t.eventId),
		check('pledges_one_donor', sql`(${t.donorStateId} is null) <> (${t.donorOrganisationId} is null)`),
		check('pledges_amount_positive', sql`${t.amount} > 0`),
		check('pledges_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
		check('pledges_rate_positive', sql`${t.rate} is null or ${t.rate} > 0`),
		check('pledges_status', sql`${t.status} in ('pledged', 'received')`),
		check('pledges_received_dated', sql`(${t.status} = 'received') = (${t.receivedOn} is not null)`),
		check('pledges_received_after_pledged', sql`${t.receivedOn} is null or ${t.receivedOn} >= ${t.pledgedOn}`)
	]
);
