import { describe, expect, it } from 'vitest';
import { holdsOn, membershipOn, validOn } from './validity';

describe('periods of validity', () => {
	it('an open-ended period holds on any later date', () => {
		expect(holdsOn({ validFrom: '2000-01-01', validTo: null }, '2024-05-21')).toBe(true);
		expect(holdsOn({ validFrom: '2000-01-01', validTo: null }, '1999-12-31')).toBe(false);
	});

	it('both bounds are inclusive', () => {
		const p = { validFrom: '2024-01-01', validTo: '2024-12-31' };
		expect(holdsOn(p, '2024-01-01')).toBe(true);
		expect(holdsOn(p, '2024-12-31')).toBe(true);
		expect(holdsOn(p, '2025-01-01')).toBe(false);
	});

	it('the latest starting record wins when several hold', () => {
		const rows = [
			{ validFrom: null, validTo: null, code: 'old' },
			{ validFrom: '2025-01-01', validTo: null, code: 'new' }
		];
		expect(validOn(rows, '2024-05-21')?.code).toBe('old');
		expect(validOn(rows, '2025-06-01')?.code).toBe('new');
	});
});

describe('IOM membership on a date', () => {
	it('a State without a membership record is a non-member', () => {
		expect(membershipOn([], '2024-05-21')).toBe('non-member');
	});

	it('an observer who became a member counts as observer before and member after', () => {
		const history = [
			{ status: 'observer' as const, validFrom: '2001-01-01', validTo: '2010-06-30' },
			{ status: 'member' as const, validFrom: '2010-07-01', validTo: null }
		];
		expect(membershipOn(history, '2006-11-28')).toBe('observer');
		expect(membershipOn(history, '2024-05-21')).toBe('member');
		expect(membershipOn(history, '2000-01-01')).toBe('non-member');
	});
});
