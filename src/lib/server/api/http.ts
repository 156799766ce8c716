import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { translator, type MessageKey } from '$lib/i18n';
import { parseWith, type FieldErrors } from '$lib/validation';
import { DomainError, ValidationError, validOrThrow } from '../core/errors';

const PROBLEM_TYPES: Record<number, string> = {
	400: 'validation',
	401: 'unauthenticated',
	403: 'forbidden',
	404: 'not-found',
	405: 'method-not-allowed',
	409: 'conflict',
	413: 'too-large',
	415: 'unsupported-media-type',
	429: 'rate-limited',
	500: 'internal'
};

/** An RFC 9457 problem document; messages are in the client's language (Accept-Language). */
export function problem(event: RequestEvent, status: number, code: MessageKey, errors?: FieldErrors): Response {
	const t = translator(event.locals.lang);
	const body = {
		type: `/problems/${PROBLEM_TYPES[status] ?? 'error'}`,
		title: t(code),
		status,
		...(errors ? { errors: Object.entries(errors).map(([field, e]) => ({ field, code: e.key, detail: t(e.key, e.params) })) } : {})
	};
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Runs an API handler; expected errors become problem documents, unexpected ones a logged 500. */
export function api(handler: (event: RequestEvent) => Promise<Response>) {
	return async (event: RequestEvent): Promise<Response> => {
		try {
			return await handler(event);
		} catch (e) {
			if (e instanceof ValidationError) return problem(event, 400, 'errors.checkFields', e.errors);
			if (e instanceof DomainError) {
				return problem(event, e.status, e.code, e.field ? { [e.field]: { key: e.code, params: e.params } } : undefined);
			}
			console.error(`[api ${event.request.method} ${event.url.pathname}]`, e);
			return problem(event, 500, 'errors.unexpected');
		}
	};
}

/** Reads and validates a JSON body with the same zod schema the form uses. */
export async function readJson<S extends z.ZodType>(event: RequestEvent, schema: S): Promise<z.output<S>> {
	if (!event.request.headers.get('content-type')?.includes('application/json')) {
		throw new DomainError('errors.badRequest', 400, 'content-type');
	}
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		throw new DomainError('errors.badRequest', 400, '_body');
	}
	return validOrThrow(parseWith(schema, body));
}
