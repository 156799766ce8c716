import { en } from './messages/en';
import { fr } from './messages/fr';
import { es } from './messages/es';
import { ar } from './messages/ar';
import { LANGUAGES, type Language } from './localized';

export { LANGUAGES, fallbackAttrs, isLanguage, pick, pickedLanguage, textDirection, type Language, type LocalizedText } from './localized';

/** English defines the keys; the catalogue test checks that every other language translates them all. */
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
/** The values a message's {placeholders} are filled with. */
export type Values = Record<string, string | number>;
/**
 * A parameter that is itself a message, translated in the reader's language when the message is:
 * `{ from: { key: 'registration.statuses.approved' } }`. Lets code without a language (operations,
 * their errors) name a translated thing; it crosses the wire as plain JSON.
 */
export interface MessageRef {
	key: MessageKey;
	params?: Values;
}
export type Params = Record<string, string | number | MessageRef>;

/** Refers to a message, to be used as a parameter of another. */
export function messageRef(key: MessageKey, params?: Values): MessageRef {
	return params ? { key, params } : { key };
}

function lookup(tree: unknown, key: string): string | undefined {
	let node: unknown = tree;
	for (const part of key.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' ? node : undefined;
}

/** The locale Intl formats with: UN documents write English dates the British way (21 May 2024). */
export function intlLocale(lang: Language): string {
	return lang === 'en' ? 'en-GB' : lang;
}

// Building an Intl formatter costs far more than using one: one per language, kept.
const percentFormats = new Map<Language, Intl.NumberFormat>();

/**
 * A percentage given from 0 to 100 as `lang` writes it, with at most one decimal, rounded half up
 * first: "52.5%" in English, "52,5 %" in French and Spanish (their space is Intl's, not ours).
 * Never concatenate a number and "%": where the sign goes, and its space, differ by language.
 */
export function formatPercentIn(value: number, lang: Language): string {
	let fmt = percentFormats.get(lang);
	if (!fmt) {
		fmt = new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 });
		percentFormats.set(lang, fmt);
	}
	// Rounded on the percentage itself, so 57.25 shows as 57.3 whatever binary fraction value / 100 makes.
	return fmt.format(Math.round(value * 10) / 1000);
}

/**
 * Fills {name} placeholders and ICU-style plurals, `{count, plural, one {# cycle} other {# cycles}}`;
 * unknown placeholders stay visible so a missing value is noticed.
 */
export function format(template: string, params: Values | undefined, lang: Language = 'en'): string {
	if (!params) return template;
	const withPlurals = template.replace(
		/\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g,
		(whole, name: string, forms: string) => {
			if (!(name in params)) return whole;
			const n = Number(params[name]);
			const options = new Map([...forms.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
			const chosen = options.get(`=${n}`) ?? options.get(new Intl.PluralRules(lang).select(n)) ?? options.get('other') ?? '';
			return chosen.replace(/#/g, new Intl.NumberFormat(intlLocale(lang)).format(n));
		}
	);
	return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Translates in a language; a key its catalogue lacks shows in English (`catalogue` is for tests).
 * Parameters that refer to messages are translated first, in the same language.
 */
export function translator(lang: Language, catalogue: PartialMessages = catalogues[lang]): Translate {
	const translate: Translate = (key, params) => {
		const values = params && fill(params, translate);
		const own = lookup(catalogue, key);
		return own !== undefined ? format(own, values, lang) : format(lookup(en, key) ?? key, values, 'en');
	};
	return translate;
}

function fill(params: Params, translate: Translate): Values {
	const values: Values = {};
	for (const [name, value] of Object.entries(params)) {
		values[name] = value !== null && typeof value === 'object' ? translate(value.key, value.params) : value;
	}
	return values;
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
