import type { MessageKey, Params } from '$lib/i18n';
import type { FieldErrors, Parsed } from '$lib/validation';

/** An error the user can act on: it carries a message key that the page translates. */
export class DomainError extends Error {
	constructor(
		readonly code: MessageKey,
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503 = 400,
		readonly field?: string,
		readonly params?: Params
	) {
		super(code);
		this.name = 'DomainError';
	}
}

/** Input that failed validation: one message per field, nothing was written. */
export class ValidationError extends Error {
	constructor(readonly errors: FieldErrors) {
		super('validation failed');
		this.name = 'ValidationError';
	}
}

/** The record changed since the user opened it; their edit is refused, nothing is overwritten. */
export function staleEdit(): DomainError {
	return new DomainError('errors.staleEdit', 409, 'version');
}

export function notFound(): DomainError {
	return new DomainError('errors.notFound', 404);
}

export function forbidden(): DomainError {
	return new DomainError('errors.forbidden', 403);
}

/** Input checked by `parseWith`: its data, or a ValidationError carrying its messages (nothing is written). */
export function validOrThrow<T>(parsed: Parsed<T>): T {
	if (!parsed.ok) throw new ValidationError(parsed.errors);
	return parsed.data;
}
