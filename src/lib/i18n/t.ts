import { page } from '$app/state';
import {
	formatPercentIn,
	intlLocale,
	pick as pickText,
	translator,
	type Language,
	type LocalizedText,
	type MessageKey,
	type Params
} from '.';

const lang = (): Language => page.data.lang ?? 'en';

/** Translates in the page's language; use in components: {t('nav.states')}. */
export function t(key: MessageKey, params?: Params): string {
	return translator(lang())(key, params);
}

/** A content field in the page's language, falling back to English. */
export function local(text: LocalizedText | null | undefined): string {
	return pickText(text, lang());
}

// Building an Intl formatter costs far more than using one (a tenth of a page render): keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
	const key = `${lang()} ${kind}`;
	let fmt = formatters.get(key);
	if (!fmt) {
		const options: Intl.DateTimeFormatOptions =
			kind === 'date' ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };
		fmt = new Intl.DateTimeFormat(intlLocale(lang()), options);
		formatters.set(key, fmt);
	}
	return fmt;
}

/** A percentage (0–100) in the page's language, at most one decimal: "52.5%", "52,5 %". */
export function formatPercent(value: number): string {
	return formatPercentIn(value, lang());
}

/** Dates are calendar days, kept as ISO strings and formatted in UTC so no time zone shifts them. */
const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** A date as the reader's language writes it, e.g. 21 May 2024. */
export function formatDate(iso: string | null | undefined): string {
	return iso ? formatter('date').format(day(iso)) : '';
}

/** A range such as 21–22 May 2024, in the reader's language. */
export function formatDateRange(start: string, end: string): string {
	return start === end ? formatDate(start) : formatter('date').formatRange(day(start), day(end));
}

export function formatDateTime(value: Date | string): string {
	return `${formatter('dateTime').format(new Date(value))} UTC`;
}

const zonedFormatters = new Map<string, Intl.DateTimeFormat>();
/** A point in time as the wall-clock time in an IANA zone, the zone named after it: "21 Oct 2026, 18:00 (Europe/Zurich)". */
export function formatDateTimeIn(value: Date | string, zone: string): string {
	const key = `${lang()} ${zone}`;
	let fmt = zonedFormatters.get(key);
	if (!fmt) {
		fmt = new Intl.DateTimeFormat(intlLocale(lang()), { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
		zonedFormatters.set(key, fmt);
	}
	return `${fmt.format(new Date(value))} (${zone})`;
}
