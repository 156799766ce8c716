import { describe, expect, it } from 'vitest';
import { FormDefinitionSchema } from './schemas';
import { definitionToEditor, editorToDefinition, parseChoiceLines } from './form-editor';

describe('the form editor', () => {
	it('reads choices as key | label | places lines', () => {
		expect(parseChoiceLines('port | Port authority | 20\n\ncentre | Resource centre')).toEqual([
			{ key: 'port', labels: { en: 'Port authority' }, capacity: '20' },
			{ key: 'centre', labels: { en: 'Resource centre' }, capacity: null }
		]);
	});

	it('turns posted rows into a definition, dropping blank and removed questions, and back again', () => {
		const raw = {
			personal: { phone: 'required' },
			fields: {
				'1': { key: 'visit', type: 'single-choice', labels: { en: 'Site visit' }, required: 'on', choices: 'port | Port | 20' },
				'0': { key: 'diet', type: 'text', labels: { en: 'Dietary needs' } },
				'2': { key: 'old', type: 'text', labels: { en: 'Old' }, remove: 'on' },
				'3': { key: '', type: 'text' }
			}
		};
		const parsed = FormDefinitionSchema.parse(editorToDefinition(raw));
		expect(parsed.fields.map((f) => [f.key, f.required])).toEqual([
			['diet', false],
			['visit', true]
		]);
		expect(parsed.fields[1].choices).toEqual([{ key: 'port', labels: { en: 'Port' }, capacity: 20 }]);
		expect(parsed.personal.phone).toBe('required');
		expect(parsed.personal.gender).toBe('optional');
		expect(definitionToEditor(parsed).fields).toMatchObject({ 1: { key: 'visit', required: 'on', choices: 'port | Port | 20' } });
	});

	it('refuses a choice question without choices and a key used twice', () => {
		const result = FormDefinitionSchema.safeParse(
			editorToDefinition({
				fields: { 0: { key: 'a', type: 'single-choice', labels: { en: 'A' } }, 1: { key: 'a', type: 'text', labels: { en: 'B' } } }
			})
		);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
			'registration.errors.choicesNeeded',
			'registration.errors.duplicateKey'
		]);
	});
});
