/**
 * UN M49 geographic regions (data/m49-regions.json, with its source): regions, sub-regions and
 * intermediate regions with their numeric codes, named in the four languages. A fixed standard,
 * read from the file (no table): practices' `m49_regions` CHECK holds the same codes (M49_REGIONS).
 */
import data from './data/m49-regions.json';
import { pick, type Language } from '$lib/i18n';
import type { LocalizedText } from '$lib/i18n/localized';

export interface M49Entry {
	code: string;
	level: 'region' | 'sub-region' | 'intermediate-region';
	parent: string | null;
	names: LocalizedText;
}

export const M49_ENTRIES = data.regions as M49Entry[];
export const M49_SOURCES = data.sources;
const byCode = new Map(M49_ENTRIES.map((e) => [e.code, e]));

/** A region's name in a language (the code itself if unknown). */
export function m49Name(code: string, lang: Language): string {
	const entry = byCode.get(code);
	return entry ? pick(entry.names, lang) : code;
}

/** Options for a form, in the standard's order (a region, then its sub-regions), the code shown beside the name. */
export function m49Options(lang: Language): { value: string; label: string }[] {
	const depth = { region: '', 'sub-region': '– ', 'intermediate-region': '– – ' } as const;
	return M49_ENTRIES.map((e) => ({ value: e.code, label: `${depth[e.level]}${pick(e.names, lang)} (${e.code})` }));
}
