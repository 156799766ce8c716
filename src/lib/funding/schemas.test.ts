import { describe, expect, it } from 'vitest';
import { parseWith } from '$lib/validation';
import { PledgeSchema } from './schemas';

const pledge = { donorStateId: 'CHE', amount: '100000', currency: 'CHF', rate: '1.12', pledgedOn: '2014-01-15' };

describe('a pledge’s numbers fit their columns or are refused with a message', () => {
	it('takes an amount of 14 digits before the point and a rate of 10', () => {
		expect(parseWith(PledgeSchema, { ...pledge, amount: '12345678901234.5', rate: '1234567890.12345678' })).toMatchObject({ ok: true });
	});

	it('refuses a larger amount (numeric(18,4) holds 14 digits before the point)', () => {
		expect(parseWith(PledgeSchema, { ...pledge, amount: '123456789012345' })).toEqual({
			ok: false,
			errors: { amount: { key: 'funding.errors.amountTooLarge' } }
		});
	});

	it('refuses a larger rate (numeric(18,8) holds 10), but not leading zeros', () => {
		expect(parseWith(PledgeSchema, { ...pledge, rate: '12345678901' })).toEqual({
			ok: false,
			errors: { rate: { key: 'funding.errors.rateTooLarge' } }
		});
		expect(parseWith(PledgeSchema, { ...pledge, rate: '000000000001.5' })).toMatchObject({ ok: true });
	});
});
