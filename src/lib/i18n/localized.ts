export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A content field stored once per language; English is the reference text. */
export type LocalizedText = Partial<Record<Language, string>> & { en: string };

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The text in the reader's language, falling back to English when it has not been translated. */
export function pick(text: LocalizedText | null | undefined, lang: Language): string {
	if (!text) return '';
	return text[lang] || text.en;
}

export function textDirection(lang: Language): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}
