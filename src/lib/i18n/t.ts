import { page } from '$app/state';
import { intlLocale, pick as pickText, translator, type LocalizedText, type MessageKey, type Params } from '.';

/** Translates in the page's language; use in components: {t('nav.states')}. */
export function t(key: MessageKey, params?: Params): string {
	return translator(page.data.lang ?? 'en')(key, params);
}

/** A content field in the page's language, falling back to English. */
export function local(text: LocalizedText | null | undefined): string {
	return pickText(text, page.data.lang ?? 'en');
}

/** A date as the reader's language writes it, e.g. 21 May 2024. Dates are calendar days, kept in UTC. */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(intlLocale(page.data.lang ?? 'en'), { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 10)}T00:00:00Z`)
	);
}

export function formatDateRange(start: string, end: string): string {
	if (start === end) return formatDate(start);
	const fmt = new Intl.DateTimeFormat(intlLocale(page.data.lang ?? 'en'), { dateStyle: 'long', timeZone: 'UTC' });
	return fmt.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

export function formatDateTime(value: Date | string): string {
	return (
		new Intl.DateTimeFormat(intlLocale(page.data.lang ?? 'en'), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
			new Date(value)
		) + ' UTC'
	);
}
