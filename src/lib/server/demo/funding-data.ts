/**
 * Budgets and pledges of the demo, entered through the secretariat's operations (validated,
 * audited). Every status and total on the pages is computed from these records.
 *
 * - IDM 2014 (seed 001, IC/2013/4 §24): "The total budget for the 2014 IDM is USD 250,000
 *   (USD 125,000 per intersessional workshop). Approximately two thirds of that amount will be
 *   used to fund the participation of developing country officials from capitals". The two
 *   workshops were still to be chosen by the membership, so the lines name no event. The share
 *   is recorded as 66.67 %, "approximately two thirds". The seed names no donor and no amount
 *   pledged: the pledges below are INVENTED for the demonstration (donors, amounts, dates, rate).
 * - IDM 2007 (IC/2007/1): the two workshops are "planned to be held in 2007, subject to available
 *   funding" (§13) and the Migration and the Environment workshop was wanted "assuming funding is
 *   secured" (§10), but the note gives no budget figure, so 2007 has no budget here.
 * - Next year's demonstration cycle: INVENTED figures modelled on 2014 (USD 125,000 per event), with
 *   a workshop on migration and the environment "subject to available funding" (the seed's 2006
 *   and 2007 story) that the pledges only partly fund.
 */
import type { Ctx } from '../core/actor';
import * as dialogues from '../dialogues';
import * as funding from '../funding';
import { upcomingSessionDates } from './registration-data';
import { BudgetSchema, BudgetLineSchema, PledgeSchema } from '$lib/funding/schemas';

const budget = (input: unknown) => BudgetSchema.parse(input);
const line = (input: unknown) => BudgetLineSchema.parse(input);
const pledge = (input: unknown) => PledgeSchema.parse(input);

export async function loadDemoFunding(ctx: Ctx, orgIds: Map<string, string>) {
	const y2014 = await dialogues.getCycle(ctx.db, 'idm', 2014);
	if (y2014) {
		const id = y2014.cycle.id;
		await funding.setBudget(
			ctx,
			id,
			budget({
				currency: 'USD',
				total: '250000',
				sponsoredPercent: '66.67',
				notes: {
					en: 'Approximately two thirds of the budget will be used to fund the participation of developing country officials from capitals (IC/2013/4, paragraph 24).'
				}
			})
		);
		await funding.addLine(
			ctx,
			id,
			line({ labels: { en: 'First intersessional workshop (topic chosen by the membership)' }, amount: '125000', position: 0 })
		);
		await funding.addLine(
			ctx,
			id,
			line({ labels: { en: 'Second intersessional workshop (topic chosen by the membership)' }, amount: '125000', position: 1 })
		);
		// Invented pledges (see above): two States and one organisation, whole programme.
		await funding.addPledge(
			ctx,
			id,
			pledge({
				donorStateId: 'AUS',
				amount: '100000',
				currency: 'USD',
				pledgedOn: '2013-11-15',
				status: 'received',
				receivedOn: '2014-01-20'
			})
		);
		await funding.addPledge(
			ctx,
			id,
			pledge({ donorStateId: 'CHE', amount: '50000', currency: 'CHF', rate: '1.1', pledgedOn: '2013-12-10' })
		);
		const prm = orgIds.get('usa-prm');
		if (prm)
			await funding.addPledge(ctx, id, pledge({ donorOrganisationId: prm, amount: '60000', currency: 'USD', pledgedOn: '2014-01-31' }));
	}

	const upcoming = upcomingSessionDates();
	const next = await dialogues.getCycle(ctx.db, 'idm', upcoming.year);
	const session = next?.events.find((e) => e.kind === 'session');
	if (!next || !session) return;
	const workshop = await dialogues.createEvent(ctx, {
		cycleId: next.cycle.id,
		kind: 'workshop',
		titles: {
			en: 'Intersessional workshop: Migration and the Environment (demonstration)',
			fr: 'Atelier d’intersession : Migration et environnement (démonstration)',
			es: 'Taller entre períodos de sesiones: Migración y medio ambiente (demostración)'
		},
		summaries: {
			en: 'Planned subject to available funding, as the 2007 workshop on this topic was; the figures of this cycle are invented for the demonstration.'
		},
		startDate: `${upcoming.year}-04-21`,
		endDate: `${upcoming.year}-04-22`,
		city: 'Geneva',
		countryId: 'CHE',
		format: 'in-person',
		status: 'planned',
		expectedOutcomes: [],
		timeZone: 'Europe/Zurich',
		organiserIds: [orgIds.get('iom')].filter((v): v is string => !!v)
	});
	const id = next.cycle.id;
	await funding.setBudget(ctx, id, budget({ currency: 'USD', total: '250000', sponsoredPercent: '66.67' }));
	await funding.addLine(ctx, id, line({ labels: { en: 'First session' }, amount: '125000', eventId: session.id, position: 0 }));
	await funding.addLine(
		ctx,
		id,
		line({
			labels: { en: 'Workshop on migration and the environment' },
			amount: '125000',
			eventId: workshop.id,
			subjectToFunding: true,
			position: 1
		})
	);
	// Invented: an earmark in euros to the workshop, and whole-programme money from an organisation.
	await funding.addPledge(
		ctx,
		id,
		pledge({
			donorStateId: 'DEU',
			amount: '40000',
			currency: 'EUR',
			rate: '1.08',
			eventId: workshop.id,
			pledgedOn: `${upcoming.year - 1}-11-03`
		})
	);
	const ec = orgIds.get('european-commission');
	if (ec) {
		await funding.addPledge(
			ctx,
			id,
			pledge({ donorOrganisationId: ec, amount: '150000', currency: 'USD', pledgedOn: `${upcoming.year - 1}-10-01` })
		);
	}
}
