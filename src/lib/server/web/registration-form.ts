import { fail, type RequestEvent } from '@sveltejs/kit';
import type { FormDefinition } from '$lib/registration/types';
import { formToObject } from '$lib/validation';
import type { MailContext } from '../registration/mails';
import { readForm, toFailure } from './forms';

/** Multiple-choice answers arrive as repeated form fields: they are read as lists. */
export function answerArrays(definition: FormDefinition): string[] {
	return definition.fields.filter((f) => f.type === 'multiple-choice').map((f) => `answers.${f.key}`);
}

/** The origin and language mails about this request's registrations use. */
export function mailContext(event: Pick<RequestEvent, 'url' | 'locals'>): MailContext {
	return { origin: event.url.origin, lang: event.locals.lang };
}

/**
 * Runs a registration form through an operation that validates it itself (the answers need the
 * form version), turning refusals into messages beside the fields with what was typed kept.
 */
export async function submitRegistration<R>(
	request: Request,
	definition: FormDefinition,
	operation: (raw: Record<string, unknown>) => Promise<R>
) {
	const values = formToObject(await readForm(request), answerArrays(definition));
	try {
		return { ok: true as const, result: await operation(values) };
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return { ok: false as const, failure: fail(failure.status, { values, errors: failure.errors }) };
	}
}
