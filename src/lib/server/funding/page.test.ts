import { describe, expect, it } from 'vitest';
import type { FundingView } from '.';
import { fundingCsv, fundingPage } from './page';

const view: FundingView = {
	cycleId: 'c',
	currency: 'USD',
	minorUnits: 2,
	total: '250000.00',
	allocated: '125000.00',
	unallocatedBudget: '125000.00',
	sponsoredPercent: '66.67',
	sponsored: '166675.00',
	notes: null,
	pledged: '1234.50',
	received: '0.00',
	earmarked: '0.00',
	unearmarked: '1234.50',
	shared: '1234.50',
	unallocatedMoney: '0.00',
	earmarkedWithoutLine: '0.00',
	shortfall: '248765.50',
	lines: [
		{
			id: 'l1',
			labels: { en: '=SUM(A1:A9)', fr: 'Atelier' },
			eventId: null,
			eventTitles: null,
			eventStatus: null,
			subjectToFunding: true,
			cost: '125000.00',
			earmarked: '0.00',
			surplus: '0.00',
			share: '1234.50',
			funded: '1234.50',
			gap: '123765.50',
			received: '0.00',
			status: 'partly-funded',
			percentFunded: 0.9
		}
	],
	donors: []
};

describe('the funding page view', () => {
	it('formats amounts in the reader’s language from the exact decimals and says what the chart shows', () => {
		const page = fundingPage(view, 'fr', { event: (id) => `/events/${id}` });
		expect(page.figures.find((f) => f.key === 'total')?.formatted).toBe('250\u202f000,00 USD');
		expect(page.figures.find((f) => f.key === 'sponsored')?.note).toBe('66,67 % du budget');
		const lines = page.tables.find((t) => t.key === 'lines')!;
		expect(lines.alt).toBe(
			'Financement par ligne budgétaire. Atelier : 1\u202f234,50 sur 125\u202f000,00 USD financés (Partiellement financé).'
		);
		expect(lines.svg).toContain('role="img"');
		expect(page.tables.find((t) => t.key === 'donors')!.svg).toBeNull();
	});

	it('writes plain decimals in the CSV and keeps a spreadsheet from running a label as a formula', () => {
		const page = fundingPage(view, 'en', { event: (id) => `/events/${id}` });
		const csv = fundingCsv(
			page.tables.find((t) => t.key === 'lines')!,
			'USD'
		)
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(csv[1]).toBe("l1,'=SUM(A1:A9),,partly-funded,125000.00,0.00,1234.50,1234.50,123765.50,0.00,0.9,USD");
	});

	it('draws two lines with the same label as two bars, each with its own percentage', () => {
		const twin = { ...view.lines[0], labels: { en: 'Workshop' }, funded: '0.00', percentFunded: 0, status: 'unfunded' as const };
		const page = fundingPage(
			{
				...view,
				lines: [
					{ ...twin, id: 'l1' },
					{ ...twin, id: 'l2', percentFunded: 50 }
				]
			},
			'en',
			{
				event: (id) => `/events/${id}`
			}
		);
		const svg = page.tables.find((t) => t.key === 'lines')!.svg!;
		const costBars = [...svg.matchAll(/<rect[^>]*y="([\d.]+)"[^>]*>/g)].map((m) => m[1]);
		expect(new Set(costBars).size).toBeGreaterThanOrEqual(2);
		expect(svg).toContain('50 %');
		expect(svg).toContain('0 %');
		expect(svg.match(/>Workshop</g)?.length).toBe(2);
	});
});
