import type { Language } from '$lib/i18n';
import { organisations, states } from '../directory';
import type { Db } from '../db/client';

export async function directoryFormOptions(db: Db, lang: Language) {
	const [countries, orgs] = await Promise.all([states.stateOptions(db, lang), organisations.options(db)]);
	return {
		countries: countries.map((c) => ({ value: c.id, label: c.name })),
		organisations: orgs.map((o) => ({ value: o.id, label: o.acronym ? `${o.name} (${o.acronym})` : o.name }))
	};
}
