import { describe, expect, it } from 'vitest';
import { firstWords } from './preview';

describe('firstWords', () => {
	it('drops the formatting marks and joins the lines', () => {
		expect(firstWords('Remittances reached **USD 831 billion**.\n\n- in 2022\n- *rising*')).toBe(
			'Remittances reached USD 831 billion. in 2022 rising'
		);
	});

	it('cuts a long text at a word and says so', () => {
		const text = 'word '.repeat(60);
		const shown = firstWords(text, 30);
		expect(shown.endsWith('…')).toBe(true);
		expect(shown.length).toBeLessThanOrEqual(31);
		expect(shown).not.toMatch(/wor…$/);
	});

	it('an empty text gives nothing', () => {
		expect(firstWords(null)).toBe('');
		expect(firstWords('  \n ')).toBe('');
	});
});
