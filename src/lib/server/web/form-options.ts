import { pick, type Language } from '$lib/i18n';
import * as dialogues from '../dialogues';
import { organisations, states } from '../directory';
import type { Db } from '../db/client';

/** The countries and organisations a directory form offers. */
export async function directoryFormOptions(db: Db, lang: Language) {
	const [countries, orgs] = await Promise.all([states.stateOptions(db, lang), organisations.options(db)]);
	return {
		countries: countries.map((c) => ({ value: c.id, label: c.name })),
		organisations: orgs.map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))
	};
}

/** The choices an event form offers: cycles, plus the directory's countries and organisations. */
export async function eventFormOptions(db: Db, lang: Language) {
	const [cycles, directory] = await Promise.all([dialogues.listCycles(db), directoryFormOptions(db, lang)]);
	return {
		cycles: cycles.map((c) => ({ value: c.id, label: `${pick(c.dialogueNames, lang)} ${c.year}: ${pick(c.themes, lang)}` })),
		...directory
	};
}
