import { describe, expect, it } from 'vitest';
import { computeFunding, shareOut } from './funding';
import { convert, formatDecimal, isCurrency, minorUnits, parseDecimal, percentOf } from './money';

const usd = (text: string) => parseDecimal(text);
const show = (value: bigint) => formatDecimal(value, 2);

describe('exact money', () => {
	it('reads and writes decimals without floating point', () => {
		expect(parseDecimal('125000')).toBe(1_250_000_000n);
		expect(parseDecimal('0.1') + parseDecimal('0.2')).toBe(parseDecimal('0.3'));
		expect(formatDecimal(parseDecimal('166666.6667'), 2)).toBe('166666.66');
		expect(() => parseDecimal('-5')).toThrow();
		expect(() => parseDecimal('1e5')).toThrow();
	});

	it('knows ISO 4217 currencies and their minor units', () => {
		expect(isCurrency('USD')).toBe(true);
		expect(isCurrency('CHF')).toBe(true);
		expect(isCurrency('XYZ')).toBe(false);
		expect(minorUnits('USD')).toBe(2);
		expect(minorUnits('JPY')).toBe(0);
	});

	it('converts at the recorded rate, rounding once, half up, to the cent', () => {
		// CHF 100,000 at 1.0957 USD per CHF = USD 109,570.00
		expect(show(convert(usd('100000'), parseDecimal('1.0957', 8), 2))).toBe('109570.00');
		// EUR 33.33 at 1.37505 = 45.8304165 → 45.83
		expect(show(convert(usd('33.33'), parseDecimal('1.37505', 8), 2))).toBe('45.83');
		// 0.01 at 0.5 = 0.005 → 0.01 (half up)
		expect(show(convert(usd('0.01'), parseDecimal('0.5', 8), 2))).toBe('0.01');
	});

	it('takes a percentage of an amount: two thirds of USD 250,000', () => {
		expect(show(percentOf(usd('250000'), parseDecimal('66.67'), 2))).toBe('166675.00');
		expect(show(percentOf(usd('250000'), parseDecimal('66.6667'), 2))).toBe('166666.75');
	});
});

describe('fair share of unearmarked money', () => {
	it('the worked example of the funding page: two workshops of USD 125,000', () => {
		// Workshop A: 50,000 earmarked, needs 75,000. Workshop B: 100,000 earmarked, needs 25,000.
		// Unearmarked 60,000 is shared 75:25, so A gets 45,000 and B 15,000.
		const result = computeFunding({
			minorUnits: 2,
			lines: [
				{ id: 'a', eventId: 'ea', amount: usd('125000') },
				{ id: 'b', eventId: 'eb', amount: usd('125000') }
			],
			pledges: [
				{ eventId: 'ea', amount: usd('50000'), received: true },
				{ eventId: 'eb', amount: usd('100000'), received: false },
				{ eventId: null, amount: usd('60000'), received: true }
			]
		});
		expect(result.lines.map((l) => [show(l.need), show(l.share), show(l.funded), show(l.gap), l.status])).toEqual([
			['75000.00', '45000.00', '95000.00', '30000.00', 'partly-funded'],
			['25000.00', '15000.00', '115000.00', '10000.00', 'partly-funded']
		]);
		expect([show(result.pledged), show(result.received), show(result.shared), show(result.unallocated)]).toEqual([
			'210000.00',
			'110000.00',
			'60000.00',
			'0.00'
		]);
	});

	it('meets every need when the unearmarked money suffices and keeps the rest unallocated', () => {
		const result = computeFunding({
			minorUnits: 2,
			lines: [
				{ id: 'a', eventId: 'ea', amount: usd('125000') },
				{ id: 'b', eventId: null, amount: usd('125000') }
			],
			pledges: [
				{ eventId: 'ea', amount: usd('150000'), received: false },
				{ eventId: null, amount: usd('200000'), received: false }
			]
		});
		expect(result.lines.map((l) => [show(l.earmarked), show(l.surplus), show(l.share), l.status])).toEqual([
			['125000.00', '25000.00', '0.00', 'funded'],
			['0.00', '0.00', '125000.00', 'funded']
		]);
		expect(show(result.unallocated)).toBe('75000.00');
	});

	it('a line with nothing earmarked and no unearmarked money is unfunded', () => {
		const result = computeFunding({
			minorUnits: 2,
			lines: [{ id: 'a', eventId: 'ea', amount: usd('125000') }],
			pledges: [{ eventId: 'other', amount: usd('1000'), received: false }]
		});
		expect(result.lines[0].status).toBe('unfunded');
		expect(show(result.earmarkedWithoutLine)).toBe('1000.00');
	});

	it('shares cents exactly: 10 cents over three equal needs are 4, 3 and 3 cents', () => {
		expect(shareOut(usd('0.10'), [usd('1'), usd('1'), usd('1')], 100n).map(show)).toEqual(['0.04', '0.03', '0.03']);
		// 100.00 over needs 1 : 2 gives 33.33 and 66.67 (the larger remainder takes the cent)
		expect(shareOut(usd('100'), [usd('10'), usd('20')], 100n).map(show)).toEqual(['33.33', '66.67']);
	});

	it('a line of a cancelled or postponed event takes no share: the whole-programme money goes to the other lines', () => {
		const result = computeFunding({
			minorUnits: 2,
			lines: [
				{ id: 'held', eventId: 'e1', amount: usd('100000') },
				{ id: 'postponed', eventId: 'e2', amount: usd('100000'), takesShare: false }
			],
			pledges: [
				{ eventId: 'e2', amount: usd('10000'), received: false },
				{ eventId: null, amount: usd('120000'), received: false }
			]
		});
		expect(result.lines.map((l) => [l.id, show(l.share), show(l.funded), l.status])).toEqual([
			['held', '100000.00', '100000.00', 'funded'],
			['postponed', '0.00', '10000.00', 'partly-funded']
		]);
		expect([show(result.shared), show(result.unallocated)]).toEqual(['100000.00', '20000.00']);
	});
});
