import { LANGUAGES, textDirection, type Language, type LocalizedText } from '$lib/i18n';

/**
 * The attributes of a content field shown to a reader of `lang`: none when the field has that
 * language; otherwise the language `pick()` shows instead (English first, then any language the
 * text was written in) with its direction, so a screen reader reads it in its own language and an
 * English text keeps left-to-right on an Arabic page (or Arabic right-to-left on an English one).
 */
export function fallbackAttrs(text: LocalizedText | Record<string, string | undefined> | null | undefined, lang: Language | string) {
	const values = (text ?? {}) as Record<string, string | undefined>;
	if (values[lang]) return {};
	const shown = (['en', ...LANGUAGES] as Language[]).find((l) => values[l]) ?? 'en';
	return { lang: shown, dir: textDirection(shown) };
}
