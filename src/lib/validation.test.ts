import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldError, formToObject, parseWith, withoutNul, type FieldErrors } from './validation';

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

describe('withoutNul', () => {
	it('removes NUL characters from every string of an input, copying only what changes', () => {
		const untouched = { a: 'x', b: ['y'], c: 3 };
		expect(withoutNul(untouched)).toBe(untouched);
		const input = JSON.parse('{"t":"Ti\\u0000tre","list":["a\\u0000"],"deep":{"x":"\\u0000"},"__proto__":{"p":"\\u0000"}}');
		const out = withoutNul(input) as Record<string, unknown>;
		expect(out).toEqual({ t: 'Titre', list: ['a'], deep: { x: '' }, ['__proto__']: { p: '' } });
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).p).toBeUndefined();
	});

	it('parseWith checks the cleaned input', () => {
		const parsed = parseWith(z.object({ name: z.string().min(2) }), { name: 'a\u0000' });
		expect(parsed.ok).toBe(false);
	});
});

describe('fieldError', () => {
	it('finds a field’s own error, or the first of its parts', () => {
		const errors = { 'countries.1': { key: 'a' }, 'criteria.gcm.reason': { key: 'b' }, links: { key: 'c' } } as unknown as FieldErrors;
		expect(fieldError(errors, 'countries')).toEqual({ key: 'a' });
		expect(fieldError(errors, 'criteria.gcm')).toEqual({ key: 'b' });
		expect(fieldError(errors, 'links')).toEqual({ key: 'c' });
		expect(fieldError(errors, 'country')).toBeUndefined();
	});
});
