import type { MessageKey, Params } from '$lib/i18n';

interface Named {
	number: number;
	honorific: string | null;
	givenName: string | null;
	familyName: string | null;
	erasedAt: Date | string | null;
}

/** A registrant's name, or "Participant #n" once their personal data has been erased. */
export function registrantName(r: Named, t: (key: MessageKey, params?: Params) => string): string {
	if (r.erasedAt || (!r.givenName && !r.familyName)) return t('registration.erasedName', { number: r.number });
	return [r.honorific, r.givenName, r.familyName].filter(Boolean).join(' ');
}
