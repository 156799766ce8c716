import { describe, expect, it } from 'vitest';
import { formatPercentIn } from '.';

describe('percentages in the reader’s language', () => {
	it('puts the sign where each language does, with its own space and decimal mark', () => {
		expect(formatPercentIn(52.5, 'en')).toBe('52.5%');
		// A no-break space of one width or another, as the ICU data of the runtime has it.
		expect(formatPercentIn(52.5, 'fr')).toMatch(/^52,5[\u00a0\u202f]%$/);
		expect(formatPercentIn(52.5, 'es')).toMatch(/^52,5[\u00a0\u202f]%$/);
		expect(formatPercentIn(52.5, 'ar')).toContain('%');
		expect(formatPercentIn(52.5, 'ar')).not.toContain(' ');
	});

	it('shows at most one decimal, rounded half up on the percentage, and whole numbers without one', () => {
		expect(formatPercentIn(30, 'en')).toBe('30%');
		expect(formatPercentIn(0, 'en')).toBe('0%');
		expect(formatPercentIn(100, 'en')).toBe('100%');
		expect(formatPercentIn(100 / 3, 'en')).toBe('33.3%');
		expect(formatPercentIn(57.25, 'en')).toBe('57.3%');
		expect(formatPercentIn(1.05, 'en')).toBe('1.1%');
	});
});
