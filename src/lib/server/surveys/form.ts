import crypto from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import type { RawAnswers } from '$lib/domain/surveys';

/** A response form's fields as the answer checker takes them: every value of every field, by name. */
export function answersFromForm(form: FormData): RawAnswers {
	const raw: Record<string, string[]> = {};
	for (const key of new Set(form.keys())) {
		if (key.length > 80 || key === 'key') continue;
		raw[key] = form
			.getAll(key)
			.filter((v): v is string => typeof v === 'string')
			.slice(0, 50);
	}
	return raw;
}

const VISITOR_COOKIE = 'survey_visitor';

/** A visitor's own random key, kept in a cookie: how a link survey answered without an account recognises its draft. */
export function visitorKey(cookies: Cookies, create: boolean): string | null {
	const existing = cookies.get(VISITOR_COOKIE);
	if (existing || !create) return existing ?? null;
	const key = crypto.randomBytes(24).toString('base64url');
	cookies.set(VISITOR_COOKIE, key, { path: '/surveys', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 180 });
	return key;
}
