export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A content field stored once per language; English is the reference text. */
export type LocalizedText = Partial<Record<Language, string>> & { en: string };

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The text in the reader's language, falling back to English when it has not been translated (and
 * to any language there is when a text was written in one language only, e.g. a submitted practice).
 */
export function pick(text: LocalizedText | null | undefined, lang: Language): string {
	if (!text) return '';
	return text[lang] || text.en || LANGUAGES.map((l) => text[l]).find(Boolean) || '';
}

export function textDirection(lang: Language): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}
