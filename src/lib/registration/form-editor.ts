/**
 * The secretariat's form editor posts plain fields (fields.0.key, fields.0.choices as lines); this
 * turns them into a form definition for FormDefinitionSchema, and a definition back into the
 * editor's values. Kept pure so it is tested without a browser.
 */
import type { CustomField, FormDefinition } from './types';

type Raw = Record<string, unknown>;

/** "key | label | places" per line; places may be left out for no limit. */
export function parseChoiceLines(text: string) {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [key = '', label = '', places = ''] = line.split('|').map((p) => p.trim());
			return { key, labels: { en: label || key }, capacity: places === '' ? null : places };
		});
}

export function choiceLines(field: CustomField): string {
	return field.choices.map((c) => [c.key, c.labels.en, c.capacity ?? ''].join(' | ').replace(/ \| $/, '')).join('\n');
}

/** The editor's posted values as a definition to validate; blank and removed questions are dropped. */
export function editorToDefinition(raw: Raw): Raw {
	const rows = Object.entries((raw.fields ?? {}) as Record<string, Raw>)
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([, row]) => row)
		.filter((row) => row.key && !row.remove);
	return {
		personal: raw.personal ?? {},
		fields: rows.map((row) => ({
			key: row.key,
			type: row.type,
			labels: row.labels ?? {},
			required: row.required === 'on',
			choices: typeof row.choices === 'string' ? parseChoiceLines(row.choices) : []
		}))
	};
}

/** A definition as the editor shows it, with one blank row to add a question. */
export function definitionToEditor(definition: FormDefinition): Raw {
	const fields: Record<string, Raw> = {};
	definition.fields.forEach((f, i) => {
		fields[i] = { key: f.key, type: f.type, labels: f.labels, required: f.required ? 'on' : undefined, choices: choiceLines(f) };
	});
	return { personal: definition.personal, fields };
}
