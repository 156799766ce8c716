import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { isLanguage } from '$lib/i18n';
import { LANGUAGE_COOKIE } from '$lib/server/web/language';
import { safeNext } from '$lib/server/web/next';
import { readForm } from '$lib/server/web/forms';

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = await readForm(request);
		const lang = form.get('lang');
		if (!isLanguage(lang)) return fail(400, { errors: { lang: { key: 'validation.unknownLanguage' as const } } });
		cookies.set(LANGUAGE_COOKIE, lang, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 365 * 86_400 });
		redirect(303, safeNext(String(form.get('next') ?? '')));
	}
};
