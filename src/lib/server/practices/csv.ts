import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { LANGUAGES } from '$lib/i18n';
import { csvSafe } from '$lib/participation/formula';
import { cellValue } from '$lib/participation/rows';
import { DomainError } from '../core/errors';
import type { practices } from './schema';

type PracticeRow = typeof practices.$inferSelect;

const LOCALIZED = [
	['titles', 'title'],
	['summaries', 'summary'],
	['descriptions', 'description'],
	['outcomes', 'outcomes'],
	['lessons', 'lessons'],
	['innovation', 'innovation']
] as const;
const LISTS = [
	['implementingStates', 'implementing_states'],
	['implementingOrganisations', 'implementing_organisations'],
	['organisationTypes', 'organisation_types'],
	['partners', 'partners'],
	['countries', 'countries'],
	['regions', 'regions'],
	['m49Regions', 'm49_regions'],
	['stages', 'stages'],
	['gcmObjectives', 'gcm_objectives'],
	['principles', 'principles'],
	['areas', 'areas'],
	['targetGroups', 'target_groups']
] as const;
const SCALARS = [
	['scope', 'scope'],
	['status', 'status'],
	['periodStart', 'period_start'],
	['periodEnd', 'period_end'],
	['contact', 'contact'],
	['sourceEventId', 'source_event_id'],
	['sourceReference', 'source_reference']
] as const;

/**
 * The CSV columns of a practice, the same for export and import (an export can be edited and
 * imported back): one column per language of each text (`title_en`, `title_fr`…), lists separated
 * by `;`, links as `;`-separated addresses.
 */
export const CSV_COLUMNS = [
	'id',
	'slug',
	...LOCALIZED.flatMap(([, col]) => LANGUAGES.map((l) => `${col}_${l}`)),
	...SCALARS.map(([, col]) => col),
	...LISTS.map(([, col]) => col),
	'links',
	'last_changed'
];

export function toCsv(rows: PracticeRow[]): string {
	return stringify(
		rows.map((p) => {
			const out: Record<string, string> = { id: p.id, slug: p.slug };
			for (const [field, col] of LOCALIZED) for (const l of LANGUAGES) out[`${col}_${l}`] = p[field]?.[l] ?? '';
			for (const [field, col] of SCALARS) out[col] = p[field] == null ? '' : String(p[field]);
			for (const [field, col] of LISTS) out[col] = (p[field] as (string | number)[]).join(';');
			out.links = p.links.map((l) => l.url).join(';');
			out.last_changed = p.updatedAt.toISOString();
			// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)` in a summary) gets an apostrophe; fromCsv takes it off.
			for (const col of Object.keys(out)) out[col] = csvSafe(out[col]);
			return out;
		}),
		{ header: true, columns: CSV_COLUMNS, bom: true }
	);
}

/** Reads an import CSV into the objects PracticeSchema validates (empty cells are absent values). */
export function fromCsv(text: string): Record<string, unknown>[] {
	const records = parse(text, {
		columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
		bom: true,
		skip_empty_lines: true,
		trim: true
	}) as Record<string, string>[];
	return records.map((cells) => {
		const r = Object.fromEntries(Object.entries(cells).map(([col, v]) => [col, cellValue(v)]));
		const out: Record<string, unknown> = {};
		if (r.slug) out.slug = r.slug;
		for (const [field, col] of LOCALIZED) {
			const text = Object.fromEntries(LANGUAGES.filter((l) => r[`${col}_${l}`]).map((l) => [l, r[`${col}_${l}`]]));
			if (Object.keys(text).length) out[field] = text;
		}
		for (const [field, col] of SCALARS) if (r[col]) out[field] = r[col];
		for (const [field, col] of LISTS)
			out[field] = (r[col] ?? '')
				.split(';')
				.map((v) => v.trim())
				.filter(Boolean);
		out.links = (r.links ?? '')
			.split(';')
			.map((v) => v.trim())
			.filter(Boolean)
			.map((url) => ({ url }));
		return out;
	});
}

/**
 * The practices of an import file (the API's body or the import page's upload): a JSON array (or
 * `{ "practices": [...] }`) or a CSV file with the export's columns. A file that is neither is a
 * DomainError (400), never a 500.
 */
export function parseImportFile(text: string, format: 'json' | 'csv'): unknown[] {
	try {
		if (format === 'json') {
			const body = JSON.parse(text) as unknown;
			const list = Array.isArray(body) ? body : (body as { practices?: unknown })?.practices;
			if (!Array.isArray(list)) throw new Error('not a list');
			return list;
		}
		return fromCsv(text);
	} catch {
		throw new DomainError('practices.errors.importFormat', 400, 'file');
	}
}
