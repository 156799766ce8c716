import { z } from 'zod';
import { isMessageKey, type MessageKey, type Params } from '$lib/i18n';
import { zonedToUtc } from '$lib/domain/time-zones';

export interface FieldError {
	key: MessageKey;
	params?: Params;
}
export type FieldErrors = Record<string, FieldError>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Maps one zod issue to a translatable message; schemas may name their own key as the message. */
function issueToError(issue: z.core.$ZodIssue): FieldError {
	if (issue.message && isMessageKey(issue.message)) return { key: issue.message };
	switch (issue.code) {
		case 'too_small':
			return issue.origin === 'string'
				? Number(issue.minimum) <= 1
					? { key: 'validation.required' }
					: { key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
				: { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
		case 'too_big':
			return issue.origin === 'string'
				? { key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
				: { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
		case 'invalid_format':
			return issue.format === 'email' ? { key: 'validation.email' } : { key: 'validation.format' };
		case 'invalid_value':
			return { key: 'validation.choice' };
		case 'invalid_type':
			return issue.input === undefined || issue.input === null ? { key: 'validation.required' } : { key: 'validation.format' };
		default:
			return { key: 'validation.format' };
	}
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.length ? issue.path.join('.') : '_form';
		errors[field] ??= issueToError(issue);
	}
	return errors;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(withoutNul(input));
	return result.success ? { ok: true, data: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}

/**
 * The input with NUL characters removed from every string. PostgreSQL text cannot hold U+0000 (the
 * statement fails), and no one types it: it only arrives pasted from a binary or sent on purpose.
 * Plain objects and arrays are copied only where they hold such a string; anything else is kept as is.
 */
export function withoutNul(value: unknown): unknown {
	if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
	if (Array.isArray(value)) {
		const mapped = value.map(withoutNul);
		return mapped.some((v, i) => v !== value[i]) ? mapped : value;
	}
	if (value !== null && typeof value === 'object') {
		const proto = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null) return value;
		const entries = Object.entries(value);
		const mapped = entries.map(([k, v]) => [k, withoutNul(v)] as const);
		// fromEntries defines own properties, so a key named __proto__ stays data, never a prototype.
		return mapped.some(([, v], i) => v !== entries[i][1]) ? Object.fromEntries(mapped) : value;
	}
	return value;
}

/**
 * The error of a field, or of any part of it: a list's errors come back per entry (`countries.1`,
 * `links.0.url`) and a group's per member (`criteria.gcm.reason`); a form shows them by the field.
 */
export function fieldError(errors: FieldErrors, name: string) {
	return errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];
}

/** Segments that would reach an object's prototype instead of a field of its own. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Writes `value` at a dotted path. Field names come from the client, so a path that would step into a
 * prototype (`__proto__.x`) or through a value that is not an object (`a=1&a.b=2`) is ignored rather than
 * followed: the first would change every object of the server process, the second would throw.
 */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
	const parts = path.split('.');
	if (parts.some((part) => FORBIDDEN_SEGMENTS.has(part))) return;
	let node = target;
	for (const part of parts.slice(0, -1)) {
		if (!Object.hasOwn(node, part)) node[part] = {};
		const next = node[part];
		if (typeof next !== 'object' || next === null || Array.isArray(next)) return;
		node = next as Record<string, unknown>;
	}
	node[parts[parts.length - 1]] = value;
}

/**
 * FormData to a plain object, in the shape the API takes: `titles.en` becomes { titles: { en } },
 * names listed in `arrays` become arrays, empty strings become undefined (an unanswered field).
 */
export function formToObject(form: FormData, arrays: string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const values = form.getAll(key).filter((v): v is string => typeof v === 'string');
		if (arrays.includes(key))
			setPath(
				out,
				key,
				values.filter((v) => v.trim() !== '')
			);
		else {
			const value = values[0]?.trim();
			if (value !== undefined && value !== '') setPath(out, key, value);
		}
	}
	for (const key of arrays) if (!(key in out)) setPath(out, key, []);
	return out;
}

/**
 * Text in several languages: English required, the others optional, any other key refused.
 * `clean` rewrites each text before it is trimmed and checked (e.g. drops characters it must not hold).
 */
export function localizedText(max = 300, clean: (text: string) => string = (text) => text) {
	const optional = z.string().overwrite(clean).trim().max(max).optional();
	return z.strictObject(
		{ en: z.string().overwrite(clean).trim().min(1).max(max), fr: optional, es: optional, ar: optional },
		{ error: (issue) => (issue.code === 'unrecognized_keys' ? 'validation.unknownLanguage' : undefined) }
	);
}

/** A missing value says "required"; a present but malformed one says "format". */
const requiredOr = (key: 'validation.format' | 'validation.date' | 'validation.email') => (issue: { input?: unknown }) =>
	issue.input === undefined || issue.input === null ? 'validation.required' : key;

// Shared field schemas: one definition of what a good e-mail, date or id is.
export const uuid = z.uuid({ error: requiredOr('validation.format') });
export const email = z
	.email({ error: requiredOr('validation.email') })
	.max(254)
	.transform((v) => v.toLowerCase());
export const isoDate = z.iso.date({ error: requiredOr('validation.date') });
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.string().trim().max(max).optional();
/** An optimistic-locking version: a whole number the integer column can hold (a larger one is malformed, not a 500). */
export const version = z.coerce.number({ error: 'validation.format' }).int().min(1).max(2147483647, { error: 'validation.format' });

/**
 * A point in time as a form sends it (datetime-local: the wall-clock time in `zone`, the time zone
 * of what it belongs to: a consultation, an event) or as the API sends it (with an offset, or read in
 * `zone` without one). `error` is the message key of a malformed value. Ballots and surveys share it.
 */
export const instantIn = (zone: string, error: MessageKey) =>
	z.iso
		.datetime({ local: true, offset: true, error })
		// A year like 0024 is a typing slip, not a date the platform deals with: refused, not read as 1924 or 24.
		.refine((v) => Number(v.slice(0, 4)) >= 1900 && Number(v.slice(0, 4)) <= 2999, { error })
		.transform((v) => {
			if (/(?:Z|[+-]\d\d:\d\d)$/.test(v)) return new Date(v);
			const [day, time] = v.split('T');
			return zonedToUtc(day, time, zone);
		});

/**
 * What a form shows: a stored record when it opens, or what the user typed after a failed submit.
 * Either shape, so fields are read loosely.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FormValues = Record<string, any>;
