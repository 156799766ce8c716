import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { formToObject, parseWith, type FieldErrors } from '$lib/validation';
import { DomainError, ValidationError } from '../core/errors';

export interface FormFailure {
	values: Record<string, unknown>;
	errors: FieldErrors;
}

/**
 * The body of a form post. A body that is not the form it says it is (a multipart post cut short, a
 * wrong boundary) makes `request.formData()` throw a TypeError: that is the client's mistake, a 400
 * with a message, not a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch (e) {
		if (e instanceof TypeError) error(400, { message: 'The request could not be understood.', code: 'errors.badRequest' });
		throw e;
	}
}

/**
 * Runs one form submission: parse with the form's zod schema, run the operation, and turn expected
 * errors into messages next to the fields (with the values typed, so nothing is lost).
 */
export async function handleForm<S extends z.ZodType, R>(
	request: Request,
	schema: S,
	operation: (data: z.output<S>) => Promise<R>,
	options: { arrays?: string[]; prepare?: (raw: Record<string, unknown>) => Record<string, unknown> } = {}
): Promise<R | ActionFailure<FormFailure>> {
	const form = await readForm(request);
	let values = formToObject(form, options.arrays);
	if (options.prepare) values = options.prepare(values);
	// Never echo secrets back into the page.
	const echoed = Object.fromEntries(Object.entries(values).filter(([k]) => !/password|token/i.test(k)));
	const parsed = parseWith(schema, values);
	if (!parsed.ok) return fail(400, { values: echoed, errors: parsed.errors });
	try {
		return await operation(parsed.data);
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { values: echoed, errors: failure.errors });
	}
}

export function toFailure(e: unknown): { status: number; errors: FieldErrors } | null {
	if (e instanceof ValidationError) return { status: 400, errors: e.errors };
	if (e instanceof DomainError) {
		if (e.status === 404) error(404, { message: 'Not found', code: 'errors.notFound' });
		if (e.status === 403 || e.status === 401) error(e.status, { message: 'Forbidden', code: e.code });
		return { status: e.status, errors: { [e.field ?? '_form']: { key: e.code, params: e.params } } };
	}
	return null;
}
