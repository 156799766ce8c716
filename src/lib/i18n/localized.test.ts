import { describe, expect, it } from 'vitest';
import { fallbackAttrs, pick } from './localized';

describe('fallbackAttrs', () => {
	it('marks English standing in for the reader’s language, and nothing else', () => {
		expect(fallbackAttrs({ en: 'Title', fr: 'Titre' }, 'fr')).toEqual({});
		expect(fallbackAttrs({ en: 'Title' }, 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
		expect(fallbackAttrs({ en: 'Title' }, 'en')).toEqual({});
	});

	it('names the language pick() falls back to for a text written in one language only', () => {
		const arabic = { ar: 'برنامج' } as never;
		expect(pick(arabic, 'en')).toBe('برنامج');
		expect(fallbackAttrs(arabic, 'en')).toEqual({ lang: 'ar', dir: 'rtl' });
		expect(fallbackAttrs({ fr: 'Titre', es: 'Título' }, 'ar')).toEqual({ lang: 'fr', dir: 'ltr' });
	});
});
