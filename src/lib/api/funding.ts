import { z } from 'zod';
import { FUNDING_STATUSES } from '$lib/domain/funding';
import { Localized } from './resources';

/** What GET /api/v1/cycles/{id}/funding returns. Amounts are decimal strings in the budget's currency. */
const Money = z
	.string()
	.regex(/^\d+(\.\d+)?$/)
	.describe('Exact decimal amount in the budget’s currency, as a string (never a float)');

export const FundingOut = z
	.object({
		cycleId: z.uuid(),
		currency: z.string().length(3).describe('ISO 4217 code of the budget'),
		minorUnits: z.number().int().min(0),
		total: Money,
		allocated: Money.describe('Sum of the budget lines'),
		unallocatedBudget: Money,
		sponsoredPercent: z
			.string()
			.nullable()
			.describe('Share of the total reserved for sponsored participation of officials from developing countries, in percent'),
		sponsored: Money.nullable(),
		notes: Localized.nullable(),
		pledged: Money.describe('Every pledge and contribution, received or not, converted at the rate recorded on each'),
		received: Money,
		earmarked: Money,
		unearmarked: Money,
		shared: Money.describe('Unearmarked money given to lines as fair shares'),
		unallocatedMoney: Money.describe('Unearmarked money beyond every line’s need'),
		earmarkedWithoutLine: Money,
		shortfall: Money.describe('Budget less everything pledged, not below zero'),
		lines: z.array(
			z.object({
				id: z.uuid(),
				labels: Localized,
				eventId: z.uuid().nullable(),
				eventTitles: Localized.nullable(),
				eventStatus: z.string().nullable(),
				subjectToFunding: z.boolean().describe('The event is held only if funded ("subject to available funding")'),
				cost: Money,
				earmarked: Money.describe('Earmarked to the line’s event, up to the cost'),
				surplus: Money.describe('Earmarked beyond the cost; stays with the event'),
				share: Money.describe('Fair share of the unearmarked money: in proportion to the lines’ remaining needs'),
				funded: Money,
				gap: Money,
				received: Money,
				status: z.enum(FUNDING_STATUSES),
				percentFunded: z.number()
			})
		),
		donors: z.array(
			z.object({
				donor: z.object({
					key: z.string(),
					kind: z.enum(['state', 'organisation']),
					id: z.string(),
					names: Localized,
					acronym: z.string().nullable()
				}),
				pledged: Money,
				received: Money,
				earmarked: Money,
				unearmarked: Money,
				pledges: z.number().int()
			})
		),
		rule: z.string().describe('How the funding status is computed, in the client’s language')
	})
	.meta({ id: 'CycleFunding' });
