/**
 * What the secretariat's funding pages need around the forms: the choices they offer, and stored
 * amounts shown with the currency's digits (250000.00 rather than 250000.0000).
 */
import { pick, type Language } from '$lib/i18n';
import { formatDecimal, minorUnits, parseDecimal } from '$lib/domain/money';
import type { Db } from '../db/client';
import * as dialogues from '../dialogues';
import { directoryFormOptions } from '../web/form-options';

export async function fundingFormOptions(db: Db, cycleId: string, lang: Language) {
	const [events, directory] = await Promise.all([dialogues.listEvents(db, { cycleId }), directoryFormOptions(db, lang)]);
	return {
		events: events
			.slice()
			.reverse()
			.map((e) => ({ value: e.id, label: `${pick(e.titles, lang)} (${e.startDate})` })),
		states: directory.countries,
		organisations: directory.organisations
	};
}

/** A stored numeric(18,4) in the currency's digits, for a form or a list. */
export function inCurrency(value: string | null, currency: string): string | undefined {
	return value === null ? undefined : formatDecimal(parseDecimal(value), minorUnits(currency));
}
