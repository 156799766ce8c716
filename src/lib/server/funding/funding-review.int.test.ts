import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { BudgetLineSchema, BudgetSchema, PledgeSchema } from '$lib/funding/schemas';
import { parseWith } from '$lib/validation';
import type { Database } from '../db/client';
import { DomainError } from '../core/errors';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import { events } from '../dialogues/schema';
import { cycleBudgets } from './schema';
import * as funding from '.';

let database: Database;
let dialogueId: string;
let year = 2030;

const ok = <T>(parsed: { ok: true; data: T } | { ok: false; errors: unknown }): T => {
	if (!parsed.ok) throw new Error(`invalid test input: ${JSON.stringify(parsed.errors)}`);
	return parsed.data;
};

beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	dialogueId = (await dialogues.createDialogue(ctx, { slug: 'funding-review', names: { en: 'Funding review' }, languages: ['en'] })).id;
});

async function cycleWithWorkshops(titles: string[]) {
	const ctx = ctxAs(database.db, 'secretariat');
	const cycle = await dialogues.createCycle(ctx, { dialogueId, year: year++, themes: { en: 'Funding' }, status: 'planning' });
	const ids: string[] = [];
	for (const title of titles) {
		const event = await dialogues.createEvent(ctx, {
			cycleId: cycle.id,
			kind: 'workshop',
			titles: { en: title },
			startDate: '2030-03-26',
			endDate: '2030-03-27',
			format: 'in-person',
			status: 'planned',
			expectedOutcomes: [],
			organiserIds: []
		});
		ids.push(event.id);
	}
	return { cycleId: cycle.id, eventIds: ids };
}

describe('funding after review', () => {
	// PGlite runs one transaction at a time: the race needs two connections.
	it.skipIf(process.env.TEST_DB_KIND !== 'postgres')(
		'a first save of a budget racing another first save is refused as a stale edit, not an error',
		async () => {
			const { cycleId } = await cycleWithWorkshops([]);
			const ctx = ctxAs(database.db, 'secretariat');
			const input = ok(parseWith(BudgetSchema, { currency: 'USD', total: '250000' }));
			let saving: Promise<unknown> = Promise.resolve();
			await database.db.transaction(async (tx) => {
				// The other save has inserted its budget and not committed yet when this one starts.
				await tx.insert(cycleBudgets).values({ cycleId, currency: 'EUR', total: '1000' });
				saving = funding.setBudget(ctx, cycleId, input).then(
					() => null,
					(e: unknown) => e
				);
				// Let this save reach its insert (which waits for the other transaction) before that one commits.
				await new Promise((resolve) => setTimeout(resolve, 300));
			});
			const refused = await saving;
			expect(refused).toBeInstanceOf(DomainError);
			expect(refused).toMatchObject({ code: 'errors.staleEdit', status: 409 });
			const [row] = await database.db.select().from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId));
			expect(row.currency).toBe('EUR');
		}
	);

	it('first saves of a budget at once leave one budget; the others are saved after it or refused as a stale edit, not an error', async () => {
		const { cycleId } = await cycleWithWorkshops([]);
		const ctx = ctxAs(database.db, 'secretariat');
		const input = ok(parseWith(BudgetSchema, { currency: 'USD', total: '250000' }));
		const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => funding.setBudget(ctx, cycleId, input)));
		for (const outcome of outcomes) {
			if (outcome.status === 'rejected') {
				expect(outcome.reason).toBeInstanceOf(DomainError);
				expect(outcome.reason).toMatchObject({ code: 'errors.staleEdit', status: 409 });
			}
		}
		expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
		const [row] = await database.db.select({ n: count() }).from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId));
		expect(row.n).toBe(1);
	});

	it('the sponsored share is rounded, not cut: 66.6667 % shows as 66.67 %', async () => {
		const { cycleId } = await cycleWithWorkshops([]);
		const ctx = ctxAs(database.db, 'secretariat');
		await funding.setBudget(ctx, cycleId, ok(parseWith(BudgetSchema, { currency: 'USD', total: '250000', sponsoredPercent: '66.6667' })));
		expect((await funding.forCycle(database.db, cycleId))?.sponsoredPercent).toBe('66.67');
	});

	it('the lines of cancelled and postponed events take no fair share of the whole-programme money', async () => {
		const { cycleId, eventIds } = await cycleWithWorkshops(['Held workshop', 'Cancelled workshop', 'Postponed workshop']);
		const ctx = ctxAs(database.db, 'secretariat');
		await funding.setBudget(ctx, cycleId, ok(parseWith(BudgetSchema, { currency: 'USD', total: '300000' })));
		for (const [i, eventId] of eventIds.entries()) {
			await funding.addLine(
				ctx,
				cycleId,
				ok(parseWith(BudgetLineSchema, { labels: { en: `Line ${i}` }, amount: '100000', eventId, position: i }))
			);
		}
		await funding.addPledge(
			ctx,
			cycleId,
			ok(parseWith(PledgeSchema, { pledgedOn: '2030-01-15', currency: 'USD', amount: '150000', donorStateId: 'CAN' }))
		);
		await database.db.update(events).set({ status: 'cancelled' }).where(eq(events.id, eventIds[1]));
		await database.db
			.update(events)
			.set({ status: 'postponed', postponementReasons: { en: 'Lack of funding' } })
			.where(eq(events.id, eventIds[2]));
		const view = (await funding.forCycle(database.db, cycleId))!;
		expect(view.lines.map((l) => [l.share, l.status])).toEqual([
			['100000.00', 'funded'],
			['0.00', 'unfunded'],
			['0.00', 'unfunded']
		]);
		expect(view.unallocatedMoney).toBe('50000.00');
	});

	it('sums up a dialogue by year: each budgeted cycle in its own currency, pledged and received, share funded at most 100 %', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const dialogue = await dialogues.createDialogue(ctx, { slug: 'funding-by-year', names: { en: 'By year' }, languages: ['en'] });
		const cycle = (y: number) => dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: y, themes: { en: 'T' }, status: 'planning' });
		const [first, second] = [await cycle(2013), await cycle(2014)];
		await cycle(2015); // no budget: left out
		await funding.setBudget(ctx, second.id, ok(parseWith(BudgetSchema, { currency: 'USD', total: '250000' })));
		await funding.setBudget(ctx, first.id, ok(parseWith(BudgetSchema, { currency: 'EUR', total: '1000' })));
		const give = (cycleId: string, amount: string, currency: string, status?: string) =>
			funding.addPledge(
				ctx,
				cycleId,
				ok(
					parseWith(PledgeSchema, {
						pledgedOn: '2014-01-15',
						currency,
						amount,
						donorStateId: 'CAN',
						status,
						receivedOn: status ? '2014-02-01' : undefined
					})
				)
			);
		await give(second.id, '100000', 'USD', 'received');
		await give(second.id, '66666.66', 'USD');
		await give(first.id, '1500', 'EUR');
		const rows = await funding.dialogueFundingSummary(database.db, dialogue.id);
		expect(rows.map((r) => [r.year, r.currency, r.total, r.pledged, r.received, r.percentFunded])).toEqual([
			[2013, 'EUR', '1000.00', '1500.00', '0.00', 100],
			[2014, 'USD', '250000.00', '166666.66', '100000.00', 66.6]
		]);
		const csv = funding
			.dialogueFundingCsv(rows)
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(csv[0]).toBe('year,budget,pledged,received,percent_funded,currency');
		expect(csv[2]).toBe('2014,250000.00,166666.66,100000.00,66.6,USD');
	});
});
