import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from '../auth';

/** httpOnly, SameSite=Lax, and Secure whenever the site is served over HTTPS. */
export function setSessionCookie(event: { cookies: Cookies; url: URL }, token: string, expires: Date) {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires
	});
}
