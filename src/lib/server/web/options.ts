import type { Language } from '$lib/i18n';
import { pick } from '$lib/i18n';
import * as dialogues from '../dialogues';
import { organisations, states } from '../directory';
import type { Db } from '../db/client';

/** The choices an event form offers: cycles, countries and organisations. */
export async function eventFormOptions(db: Db, lang: Language) {
	const [cycles, countries, orgs] = await Promise.all([dialogues.listCycles(db), states.stateOptions(db, lang), organisations.options(db)]);
	return {
		cycles: cycles.map((c) => ({ value: c.id, label: `${pick(c.dialogueNames, lang)} ${c.year}: ${pick(c.themes, lang)}` })),
		countries: countries.map((c) => ({ value: c.id, label: c.name })),
		organisations: orgs.map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))
	};
}
