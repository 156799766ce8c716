import type { Language, LocalizedText } from '$lib/i18n';

/**
 * The attributes of a content field shown to a reader of `lang`: none when the field has that
 * language; `lang="en" dir="ltr"` when the English text stands in for it (screen readers then read
 * it as English, and it keeps its direction on an Arabic page).
 */
export function fallbackAttrs(text: LocalizedText | Record<string, string | undefined> | null | undefined, lang: Language | string) {
	return text && (text as Record<string, string | undefined>)[lang] ? {} : { lang: 'en', dir: 'ltr' as const };
}
