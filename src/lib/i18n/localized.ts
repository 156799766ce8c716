export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A content field stored once per language; English is the reference text. */
export type LocalizedText = Partial<Record<Language, string>> & { en: string };

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a text is read in: the reader's, else English when it has not been translated, else
 * any language there is when a text was written in one language only (e.g. a submitted practice).
 */
export function pickedLanguage(text: Partial<Record<string, string>> | null | undefined, lang: Language): Language | null {
	if (!text) return null;
	if (text[lang]) return lang;
	if (text.en) return 'en';
	return LANGUAGES.find((l) => text[l]) ?? null;
}

/** The text in the reader's language, or the one `pickedLanguage` falls back to. */
export function pick(text: LocalizedText | null | undefined, lang: Language): string {
	const shown = pickedLanguage(text, lang);
	return shown ? (text![shown] ?? '') : '';
}

/**
 * The attributes of a content field shown to a reader of `lang`: none when the field has that
 * language; otherwise the language `pick()` shows instead with its direction, so a screen reader
 * reads it in its own language and it keeps its direction (English on an Arabic page, say).
 */
export function fallbackAttrs(text: Partial<Record<string, string>> | null | undefined, lang: Language | string) {
	const shown = pickedLanguage(text, lang as Language) ?? 'en';
	return shown === lang ? {} : { lang: shown, dir: textDirection(shown) };
}

export function textDirection(lang: Language): 'rtl' | 'ltr' {
	return lang === 'ar' ? 'rtl' : 'ltr';
}
