import { en } from './messages/en';
import { fr } from './messages/fr';
import { es } from './messages/es';
import { ar } from './messages/ar';
import { LANGUAGES, type Language } from './localized';

export { LANGUAGES, isLanguage, pick, textDirection, type Language, type LocalizedText } from './localized';

/** English is complete and defines the keys; other languages may leave keys out (English shows). */
export type Messages = typeof en;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
export type PartialMessages = DeepPartial<Messages>;

export const catalogues: Record<Language, PartialMessages> = { en, fr, es, ar };

export const LANGUAGE_NAMES: Record<Language, string> = {
	en: 'English',
	fr: 'Français',
	es: 'Español',
	ar: 'العربية'
};

type Join<P extends string, K> = K extends string ? (P extends '' ? K : `${P}.${K}`) : never;
type Keys<T, P extends string = ''> = {
	[K in keyof T]: T[K] extends string ? Join<P, K> : Keys<T[K], Join<P, K>>;
}[keyof T];
/** Every message key, e.g. 'directory.organisations.title'. */
export type MessageKey = Keys<Messages>;
export type Params = Record<string, string | number>;

function lookup(tree: unknown, key: string): string | undefined {
	let node: unknown = tree;
	for (const part of key.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' ? node : undefined;
}

/** Fills {name} placeholders; unknown placeholders stay visible so a missing value is noticed. */
function format(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(lang: Language): Translate {
	const catalogue = catalogues[lang];
	return (key, params) => format(lookup(catalogue, key) ?? lookup(en, key) ?? key, params);
}

/** Whether a string is a message key: server errors carry keys and the page translates them. */
export function isMessageKey(value: string): value is MessageKey {
	return lookup(en, value) !== undefined;
}

/** The best supported language for an Accept-Language header. */
export function negotiateLanguage(header: string | null): Language {
	if (!header) return 'en';
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, q] = part.trim().split(';q=');
			return { tag: tag.toLowerCase().split('-')[0], q: q ? Number(q) : 1 };
		})
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		if ((LANGUAGES as readonly string[]).includes(tag)) return tag as Language;
	}
	return 'en';
}
