import { describe, expect, it } from 'vitest';
import { formToObject } from './validation';

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

describe('formToObject', () => {
	it('builds nested objects and arrays from dotted field names', () => {
		const out = formToObject(
			form([
				['titles.en', ' Migration '],
				['titles.fr', ''],
				['chosen', 'a'],
				['chosen', 'b']
			]),
			['chosen', 'missing']
		);
		expect(out).toEqual({ titles: { en: 'Migration' }, chosen: ['a', 'b'], missing: [] });
	});

	it('ignores field names that would reach a prototype, so no object of the process changes', () => {
		const out = formToObject(
			form([
				['__proto__.prepare', 'x'],
				['constructor.prototype.polluted', 'x'],
				['a.__proto__.polluted', 'x'],
				['name', 'kept']
			])
		);
		expect(out).toEqual({ name: 'kept' });
		expect(({} as Record<string, unknown>).prepare).toBeUndefined();
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('does not follow a path through a field that already holds a value, nor through inherited names', () => {
		const out = formToObject(
			form([
				['a', '1'],
				['a.b', '2'],
				['toString.x', '3']
			])
		);
		expect(out.a).toBe('1');
		expect(out.toString).toEqual({ x: '3' });
		expect(Object.prototype.toString).not.toHaveProperty('x');
	});
});
