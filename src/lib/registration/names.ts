import { messageRef, type MessageRef, type Translate } from '$lib/i18n';

/** What naming a registrant takes: their name while they have one, their participant number always. */
export interface Named {
	number: number;
	honorific: string | null;
	givenName: string | null;
	familyName: string | null;
	erasedAt: Date | string | null;
}

/**
 * The one rule for a registrant's name, everywhere: honorific, given and family name, or
 * "Participant #n" once their personal data has been erased (or when no name was given). A message
 * parameter, so code that has no language (operations, their errors) names registrants the same way
 * and the page translates.
 */
export function registrantNameParam(r: Named): string | MessageRef {
	if (r.erasedAt || (!r.givenName && !r.familyName)) return messageRef('registration.erasedName', { number: r.number });
	return [r.honorific, r.givenName, r.familyName].filter(Boolean).join(' ');
}

/** A registrant's name in the reader's language (see registrantNameParam). */
export function registrantName(r: Named, t: Translate): string {
	const name = registrantNameParam(r);
	return typeof name === 'string' ? name : t(name.key, name.params);
}

/** Only the fields naming needs, for results that go to a page. */
export function namedFields(r: Named): Named {
	return { number: r.number, honorific: r.honorific, givenName: r.givenName, familyName: r.familyName, erasedAt: r.erasedAt };
}
