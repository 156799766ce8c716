import { describe, expect, it } from 'vitest';
import { fallbackAttrs } from './lang';

describe('fallbackAttrs', () => {
	it('marks English standing in for the reader’s language, and nothing else', () => {
		expect(fallbackAttrs({ en: 'Title', fr: 'Titre' }, 'fr')).toEqual({});
		expect(fallbackAttrs({ en: 'Title' }, 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
		expect(fallbackAttrs({ en: 'Title' }, 'en')).toEqual({});
	});
});
