import { asc, eq } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { parseDecimal } from '$lib/domain/money';
import type { Db } from '../db/client';
import { cycles } from '../dialogues/schema';
import { forCycle, type Money } from '.';

/** One cycle's funding in a dialogue's summary across years, in the cycle's budget currency. */
export interface CycleFundingSummary {
	cycleId: string;
	year: number;
	currency: string;
	minorUnits: number;
	total: Money;
	pledged: Money;
	received: Money;
	/** Pledged ÷ budget in percent, one decimal, cut (not rounded) and at most 100: never "100 %" before it is. */
	percentFunded: number;
}

/**
 * The funding of each budgeted cycle of a dialogue, oldest first: budget, pledged, received and the
 * share funded, each computed by the cycle's own rule. Cycles keep their own currencies: nothing is
 * added across years.
 */
export async function dialogueFundingSummary(db: Db, dialogueId: string): Promise<CycleFundingSummary[]> {
	const rows = await db
		.select({ id: cycles.id, year: cycles.year })
		.from(cycles)
		.where(eq(cycles.dialogueId, dialogueId))
		.orderBy(asc(cycles.year));
	const out: CycleFundingSummary[] = [];
	for (const cycle of rows) {
		const view = await forCycle(db, cycle.id);
		if (!view) continue;
		const total = parseDecimal(view.total);
		const pledged = parseDecimal(view.pledged);
		const covered = pledged < total ? pledged : total;
		out.push({
			cycleId: cycle.id,
			year: cycle.year,
			currency: view.currency,
			minorUnits: view.minorUnits,
			total: view.total,
			pledged: view.pledged,
			received: view.received,
			percentFunded: total === 0n ? 100 : Number((covered * 1000n) / total) / 10
		});
	}
	return out;
}

/** The summary as CSV: plain decimals, one currency per row (years are never added up). */
export function dialogueFundingCsv(rows: CycleFundingSummary[]): string {
	const header = ['year', 'budget', 'pledged', 'received', 'percent_funded', 'currency'];
	return stringify([header, ...rows.map((r) => [r.year, r.total, r.pledged, r.received, r.percentFunded, r.currency])], {
		bom: true,
		record_delimiter: 'windows'
	});
}
