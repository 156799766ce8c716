import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { BudgetSchema, BudgetLineSchema, PledgeSchema } from '$lib/funding/schemas';
import { parseWith } from '$lib/validation';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import * as dialogues from '../dialogues';
import * as organisationsOps from '../directory/organisations';
import { auditLog } from '../audit/schema';
import { budgetLines, cycleBudgets, pledges } from './schema';
import * as funding from '.';

/**
 * A cycle with two workshops of USD 125,000 in a USD 250,000 budget (as IDM 2014), and a second
 * cycle whose event may not be earmarked from the first.
 */
let database: Database;
let cycleId: string;
let otherCycleId: string;
let workshopA: string;
let workshopB: string;
let otherEvent: string;
let donorOrg: string;

const ok = <T>(parsed: { ok: true; data: T } | { ok: false; errors: unknown }): T => {
	if (!parsed.ok) throw new Error(`invalid test input: ${JSON.stringify(parsed.errors)}`);
	return parsed.data;
};
const pledge = (input: Record<string, unknown>) => ok(parseWith(PledgeSchema, { pledgedOn: '2014-01-15', currency: 'USD', ...input }));
const line = (input: Record<string, unknown>) => ok(parseWith(BudgetLineSchema, input));

async function counts() {
	const [row] = await database.db
		.select({
			lines: sql<number>`(select count(*) from ${budgetLines})`.mapWith(Number),
			pledges: sql<number>`(select count(*) from ${pledges})`.mapWith(Number),
			audit: sql<number>`(select count(*) from ${auditLog})`.mapWith(Number)
		})
		.from(sql`(select 1) as one`);
	return row;
}

beforeAll(async () => {
	database = await testDatabase();
	const ctx = ctxAs(database.db, 'secretariat');
	const dialogue = await dialogues.createDialogue(ctx, { slug: 'funding-tests', names: { en: 'Funding tests' }, languages: ['en'] });
	const cycle = await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2014, themes: { en: 'Funding' }, status: 'planning' });
	const other = await dialogues.createCycle(ctx, { dialogueId: dialogue.id, year: 2015, themes: { en: 'Other' }, status: 'planning' });
	cycleId = cycle.id;
	otherCycleId = other.id;
	const event = async (cycle: string, title: string) =>
		(
			await dialogues.createEvent(ctx, {
				cycleId: cycle,
				kind: 'workshop',
				titles: { en: title },
				startDate: '2014-03-26',
				endDate: '2014-03-27',
				format: 'in-person',
				status: 'planned',
				expectedOutcomes: [],
				organiserIds: []
			})
		).id;
	workshopA = await event(cycleId, 'Workshop A');
	workshopB = await event(cycleId, 'Workshop B');
	otherEvent = await event(otherCycleId, 'Workshop of 2015');
	donorOrg = (await organisationsOps.create(ctx, { name: 'Test Foundation', type: 'civil-society' })).id;
});

describe('funding of a cycle', () => {
	it('a visitor or participant cannot set a budget', async () => {
		const input = ok(parseWith(BudgetSchema, { currency: 'USD', total: '250000' }));
		await expect(funding.setBudget(ctxAs(database.db, null), cycleId, input)).rejects.toMatchObject({ status: 401 });
		await expect(funding.setBudget(ctxAs(database.db, 'participant'), cycleId, input)).rejects.toMatchObject({ status: 403 });
	});

	it('the secretariat sets a USD 250,000 budget with two thirds for sponsored participation, audited', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const input = ok(parseWith(BudgetSchema, { currency: 'usd', total: '250000', sponsoredPercent: '66.6667' }));
		const budget = await funding.setBudget(ctx, cycleId, input);
		expect(budget).toMatchObject({ currency: 'USD', total: '250000.0000', allocated: '0.0000' });
		const view = await funding.forCycle(database.db, cycleId);
		expect(view).toMatchObject({ total: '250000.00', sponsored: '166666.75', pledged: '0.00', shortfall: '250000.00' });
		const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'budget.create'));
		expect(entry.entityId).toBe(cycleId);
	});

	it('adds one line of USD 125,000 per workshop and refuses a line beyond the total, writing nothing', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		await funding.addLine(
			ctx,
			cycleId,
			line({ labels: { en: 'Workshop A' }, amount: '125000', eventId: workshopA, subjectToFunding: 'on' })
		);
		await funding.addLine(ctx, cycleId, line({ labels: { en: 'Workshop B' }, amount: '125000', eventId: workshopB, position: 1 }));
		const before = await counts();
		await expect(funding.addLine(ctx, cycleId, line({ labels: { en: 'Extra' }, amount: '0.01' }))).rejects.toMatchObject({
			errors: { amount: { key: 'funding.errors.linesExceedTotal', params: { available: '0.00', currency: 'USD' } } }
		});
		expect(await counts()).toEqual(before);
		const [budget] = await database.db.select().from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId));
		expect(budget.allocated).toBe('250000.0000');
	});

	it('the database itself refuses lines that add up to more than the total', async () => {
		await expect(
			database.db.update(cycleBudgets).set({ allocated: '250000.0100' }).where(eq(cycleBudgets.cycleId, cycleId))
		).rejects.toThrow();
	});

	it('refuses lowering the total under the sum of the lines', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const input = ok(parseWith(BudgetSchema, { currency: 'USD', total: '200000' }));
		await expect(funding.setBudget(ctx, cycleId, input)).rejects.toMatchObject({
			errors: { total: { key: 'funding.errors.totalBelowLines', params: { allocated: '250000.00' } } }
		});
	});

	it('refuses a second line for the same event and a line for an event of another cycle', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		await funding.setBudget(ctx, otherCycleId, ok(parseWith(BudgetSchema, { currency: 'USD', total: '10' })));
		await expect(
			funding.addLine(ctx, otherCycleId, line({ labels: { en: 'Again' }, amount: '1', eventId: workshopA }))
		).rejects.toMatchObject({
			errors: { eventId: { key: 'funding.errors.eventOfOtherCycle' } }
		});
		const [a] = await database.db.select().from(budgetLines).where(eq(budgetLines.eventId, workshopA));
		// Free some room, then try a second line for workshop A.
		await funding.updateLine(ctx, a.id, {
			...line({ labels: { en: 'Workshop A' }, amount: '124999', eventId: workshopA, subjectToFunding: 'on' }),
			version: a.version
		});
		await expect(funding.addLine(ctx, cycleId, line({ labels: { en: 'Twice' }, amount: '1', eventId: workshopA }))).rejects.toMatchObject({
			errors: { eventId: { key: 'funding.errors.eventHasLine' } }
		});
		const [after] = await database.db.select().from(budgetLines).where(eq(budgetLines.eventId, workshopA));
		await funding.updateLine(ctx, a.id, {
			...line({ labels: { en: 'Workshop A' }, amount: '125000', eventId: workshopA, subjectToFunding: 'on' }),
			version: after.version
		});
		const [budget] = await database.db.select().from(cycleBudgets).where(eq(cycleBudgets.cycleId, cycleId));
		expect(budget.allocated).toBe('250000.0000');
	});

	it('an event with a budget line cannot move to another cycle: a message, not a 500, and nothing changes', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const before = (await dialogues.getEvent(database.db, workshopA))!.event;
		const countsBefore = await counts();
		await expect(
			dialogues.updateEvent(ctx, workshopA, {
				cycleId: otherCycleId,
				kind: 'workshop',
				titles: before.titles,
				startDate: before.startDate,
				endDate: before.endDate,
				format: before.format,
				status: before.status,
				expectedOutcomes: [],
				organiserIds: [],
				version: before.version
			})
		).rejects.toMatchObject({ errors: { cycleId: { key: 'dialogues.errors.tiedToCycle' } } });
		expect((await dialogues.getEvent(database.db, workshopA))!.event).toMatchObject({ cycleId, version: before.version });
		expect(await counts()).toEqual(countsBefore);
	});

	it('refuses bad pledges with a clear message and writes nothing', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const negative = parseWith(PledgeSchema, { donorStateId: 'CHE', amount: '-100', currency: 'USD', pledgedOn: '2014-01-15' });
		expect(negative).toMatchObject({ ok: false, errors: { amount: { key: 'funding.errors.negative' } } });
		const unknownCurrency = parseWith(PledgeSchema, { donorStateId: 'CHE', amount: '100', currency: 'XYZ', pledgedOn: '2014-01-15' });
		expect(unknownCurrency).toMatchObject({ ok: false, errors: { currency: { key: 'funding.errors.currency' } } });
		const tooFine = parseWith(PledgeSchema, {
			donorStateId: 'JPN',
			amount: '100.5',
			currency: 'JPY',
			rate: '0.0097',
			pledgedOn: '2014-01-15'
		});
		expect(tooFine).toMatchObject({ ok: false, errors: { amount: { key: 'funding.errors.currencyDecimals' } } });
		const before = await counts();
		await expect(funding.addPledge(ctx, cycleId, pledge({ donorStateId: 'CHE', amount: '100000', currency: 'CHF' }))).rejects.toMatchObject(
			{
				errors: { rate: { key: 'funding.errors.rateRequired', params: { from: 'CHF', to: 'USD' } } }
			}
		);
		await expect(
			funding.addPledge(ctx, cycleId, pledge({ donorStateId: 'CHE', amount: '100', eventId: otherEvent }))
		).rejects.toMatchObject({
			errors: { eventId: { key: 'funding.errors.eventOfOtherCycle' } }
		});
		expect(await counts()).toEqual(before);
	});

	it('the database refuses an earmark to an event of another cycle and a negative amount whatever the code does', async () => {
		const base = { cycleId, donorStateId: 'CHE', currency: 'USD', pledgedOn: '2014-01-15' };
		await expect(database.db.insert(pledges).values({ ...base, amount: '10', eventId: otherEvent })).rejects.toThrow();
		await expect(database.db.insert(pledges).values({ ...base, amount: '-10' })).rejects.toThrow();
		await expect(database.db.insert(pledges).values({ ...base, amount: '10', rate: '0' })).rejects.toThrow();
		await expect(database.db.insert(pledges).values({ ...base, amount: '10', donorOrganisationId: donorOrg })).rejects.toThrow();
	});

	it('computes each workshop’s funding: earmarks first, then unearmarked money in proportion to the remaining needs', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		// Workshop A: 50,000 earmarked (received). Workshop B: CHF 100,000 at 1.0957 = USD 109,570 earmarked.
		// Unearmarked: 20,000 (State) + 11,290 (organisation) = 31,290.
		// Needs: A 75,000, B 15,430 (sum 90,430). Shares in cents: A 3,129,000 × 75,000 / 90,430 = 2,595,101.18…,
		// B 3,129,000 × 15,430 / 90,430 = 533,898.82…; the cent left over goes to B (larger remainder).
		await funding.addPledge(
			ctx,
			cycleId,
			pledge({ donorStateId: 'USA', amount: '50000', eventId: workshopA, status: 'received', receivedOn: '2014-02-01' })
		);
		await funding.addPledge(
			ctx,
			cycleId,
			pledge({ donorStateId: 'CHE', amount: '100000', currency: 'CHF', rate: '1.0957', eventId: workshopB })
		);
		await funding.addPledge(ctx, cycleId, pledge({ donorStateId: 'USA', amount: '20000' }));
		await funding.addPledge(ctx, cycleId, pledge({ donorOrganisationId: donorOrg, amount: '11290' }));
		const view = (await funding.forCycle(database.db, cycleId))!;
		expect(view.lines.map((l) => [l.labels.en, l.earmarked, l.share, l.funded, l.gap, l.status])).toEqual([
			['Workshop A', '50000.00', '25951.01', '75951.01', '49048.99', 'partly-funded'],
			['Workshop B', '109570.00', '5338.99', '114908.99', '10091.01', 'partly-funded']
		]);
		// 25,951.01 + 5,338.99 = 31,290.00 exactly.
		expect(view).toMatchObject({
			pledged: '190860.00',
			received: '50000.00',
			unearmarked: '31290.00',
			shared: '31290.00',
			shortfall: '59140.00'
		});
		expect(view.donors.map((d) => [d.donor.key, d.pledged, d.earmarked, d.unearmarked])).toEqual([
			['state:CHE', '109570.00', '109570.00', '0.00'],
			['state:USA', '70000.00', '50000.00', '20000.00'],
			[`organisation:${donorOrg}`, '11290.00', '0.00', '11290.00']
		]);
		const a = await funding.forEvent(database.db, workshopA);
		expect(a?.line).toMatchObject({ subjectToFunding: true, status: 'partly-funded', percentFunded: 60.7, received: '50000.00' });
	});

	it('a pledge that completes a workshop makes it funded, and its deletion is audited', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const extra = await funding.addPledge(ctx, cycleId, pledge({ donorStateId: 'DEU', amount: '75000', eventId: workshopA }));
		// A is now paid by earmarks alone, so B's need (15,430) is met from the unearmarked 31,290; 15,860 stays unallocated.
		let view = (await funding.forCycle(database.db, cycleId))!;
		expect(view.lines.map((l) => [l.status, l.share])).toEqual([
			['funded', '0.00'],
			['funded', '15430.00']
		]);
		expect(view.unallocatedMoney).toBe('15860.00');
		await funding.deletePledge(ctx, extra.id);
		view = (await funding.forCycle(database.db, cycleId))!;
		expect(view.lines[0].status).toBe('partly-funded');
		const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'pledge.delete'));
		expect(entry.entityId).toBe(extra.id);
	});

	it('refuses to change the budget’s currency once lines or pledges are recorded', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		await expect(funding.setBudget(ctx, cycleId, ok(parseWith(BudgetSchema, { currency: 'EUR', total: '250000' })))).rejects.toMatchObject({
			errors: { currency: { key: 'funding.errors.currencyLocked' } }
		});
	});

	it('an event postponed for lack of funding keeps its reason; another status drops it', async () => {
		const ctx = ctxAs(database.db, 'secretariat');
		const before = (await dialogues.getEvent(database.db, workshopB))!.event;
		const postponed = await dialogues.postponeEvent(ctx, workshopB, {
			reasons: { en: 'Postponed for lack of funding.' },
			version: before.version
		});
		expect(postponed).toMatchObject({ status: 'postponed', postponementReasons: { en: 'Postponed for lack of funding.' } });
		await expect(database.db.execute(sql`update events set postponement_reasons = null where id = ${workshopB}`)).rejects.toThrow();

		// The event form: an edit that keeps the status keeps the reason; another status drops it;
		// postponing there without a reason is refused.
		const base = {
			cycleId,
			kind: 'workshop' as const,
			titles: { en: 'Workshop B' },
			startDate: '2014-03-26',
			endDate: '2014-03-27',
			format: 'in-person' as const,
			expectedOutcomes: [],
			organiserIds: []
		};
		const kept = await dialogues.updateEvent(ctx, workshopB, { ...base, status: 'postponed', version: postponed.version });
		expect(kept.postponementReasons).toEqual({ en: 'Postponed for lack of funding.' });
		const planned = await dialogues.updateEvent(ctx, workshopB, { ...base, status: 'planned', version: kept.version });
		expect(planned.postponementReasons).toBeNull();
		await expect(dialogues.updateEvent(ctx, workshopB, { ...base, status: 'postponed', version: planned.version })).rejects.toMatchObject({
			errors: { postponementReasons: { key: 'dialogues.errors.postponedNeedsReason' } }
		});
	});
});
