import { z } from 'zod';
import { decimals, isCurrency, isDecimal, minorUnits, RATE_SCALE, SCALE } from '$lib/domain/money';
import { isoDate, localizedText, optionalText, uuid, version } from '$lib/validation';
import { PLEDGE_STATUSES } from './types';

/**
 * Money is typed and sent as a decimal text ("125000", "1.0957"); JSON numbers are read as their
 * decimal text. Never a float in a sum: the server counts them as bigints (domain/money.ts).
 */
/**
 * A non-negative decimal text with at most `max` digits after the point and as many before it as
 * the column holds: numeric(18, max) keeps 18 - max (amounts 14, rates 10). A larger value is
 * refused here with a message instead of overflowing in the database.
 */
const decimalText = (max = SCALE) =>
	z
		.union([z.string(), z.number()], { error: (issue) => (issue.input == null ? 'validation.required' : 'funding.errors.decimal') })
		.transform((v) => String(v).trim())
		.refine((v) => v !== '', { error: 'validation.required', abort: true })
		.refine((v) => !v.startsWith('-'), { error: 'funding.errors.negative', abort: true })
		.refine(isDecimal, { error: 'funding.errors.decimal', abort: true })
		.refine((v) => v.split('.')[0].replace(/^0+(?=\d)/, '').length <= 18 - max, {
			error: max === SCALE ? 'funding.errors.amountTooLarge' : 'funding.errors.rateTooLarge'
		})
		.refine((v) => decimals(v.replace(/0+$/, '')) <= max, { error: 'funding.errors.tooManyDecimals' });

const positive = (v: string) => /[1-9]/.test(v);

export const currencyCode = z
	.string({ error: 'validation.required' })
	.trim()
	.toUpperCase()
	.refine(isCurrency, { error: 'funding.errors.currency' });

/** An amount may not have more decimals than its currency (no tenth of a cent, no fraction of a yen). */
const withinCurrency = (amount: string, currency: string) =>
	!isCurrency(currency) || decimals(amount.replace(/\.?0+$/, '')) <= minorUnits(currency);

const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')])
	.optional()
	.transform((v) => v === true || v === 'on' || v === 'true');

export const BudgetSchema = z
	.object({
		currency: currencyCode,
		total: decimalText(),
		/** Share of the total reserved for sponsored participation, in percent (e.g. 66.67). */
		sponsoredPercent: decimalText()
			.refine((v) => Number(v) <= 100, { error: 'funding.errors.percent' })
			.optional(),
		notes: localizedText(1000).optional()
	})
	.refine((b) => withinCurrency(b.total, b.currency), { error: 'funding.errors.currencyDecimals', path: ['total'] });
export type BudgetInput = z.output<typeof BudgetSchema>;
export const BudgetEditSchema = BudgetSchema.safeExtend({ version: version.optional() });

export const BudgetLineSchema = z.object({
	labels: localizedText(300),
	amount: decimalText(),
	eventId: uuid.optional(),
	subjectToFunding: checkbox,
	position: z.coerce.number({ error: 'validation.format' }).int().min(0).max(1000).default(0)
});
export type BudgetLineInput = z.output<typeof BudgetLineSchema>;
export const BudgetLineEditSchema = BudgetLineSchema.extend({ version });

export const PledgeSchema = z
	.object({
		donorStateId: z
			.string()
			.trim()
			.toUpperCase()
			.regex(/^[A-Z]{3}$/, { error: 'directory.errors.stateCode' })
			.optional(),
		donorOrganisationId: uuid.optional(),
		amount: decimalText().refine(positive, { error: 'funding.errors.positive' }),
		currency: currencyCode,
		/** Units of the budget's currency per unit of `currency`; needed when they differ. */
		rate: decimalText(RATE_SCALE).refine(positive, { error: 'funding.errors.positive' }).optional(),
		eventId: uuid.optional(),
		status: z.enum(PLEDGE_STATUSES, { error: 'validation.choice' }).default('pledged'),
		pledgedOn: isoDate,
		receivedOn: isoDate.optional(),
		reference: optionalText(200)
	})
	.refine((p) => !(p.donorStateId && p.donorOrganisationId), { error: 'funding.errors.oneDonor', path: ['donorOrganisationId'] })
	.refine((p) => p.donorStateId || p.donorOrganisationId, { error: 'funding.errors.donorRequired', path: ['donorStateId'] })
	.refine((p) => withinCurrency(p.amount, p.currency), { error: 'funding.errors.currencyDecimals', path: ['amount'] })
	.refine((p) => p.status !== 'received' || p.receivedOn, { error: 'funding.errors.receivedOnRequired', path: ['receivedOn'] })
	.refine((p) => p.status === 'received' || !p.receivedOn, { error: 'funding.errors.receivedOnOnlyReceived', path: ['receivedOn'] })
	.refine((p) => !p.receivedOn || p.receivedOn >= p.pledgedOn, { error: 'funding.errors.receivedBeforePledged', path: ['receivedOn'] });
export type PledgeInput = z.output<typeof PledgeSchema>;
export const PledgeEditSchema = PledgeSchema.safeExtend({ version });
