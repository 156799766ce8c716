import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/auth/roles';
import { hasRole } from '../core/actor';
import { requireSignedIn } from '../core/guards';

interface GuardEvent {
	locals: App.Locals;
	url: URL;
}

/** First line of a protected load or action: visitors go to sign-in, others without the role get 403. */
export function requireRole(event: GuardEvent, role: Role): void {
	if (hasRole(event.locals.actor, role)) return;
	if (event.locals.actor.kind === 'anonymous') {
		redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	error(403, { message: 'Forbidden', code: 'errors.forbidden' });
}

/** As requireRole, for a page that any of several roles may open (reviewing a report: a reviewer or the secretariat). */
export function requireAnyRole(event: GuardEvent, ...roles: Role[]): void {
	if (roles.some((role) => hasRole(event.locals.actor, role))) return;
	requireRole(event, roles[0]);
}

export function requireUser(event: GuardEvent): void {
	requireRole(event, 'participant');
}

/**
 * First line of a file fetched by a program rather than shown as a page (a download): a visitor
 * gets 401, not the sign-in page. Returns the signed-in user's id.
 */
export function requireSignedInFetch(event: Pick<GuardEvent, 'locals'>): string {
	try {
		requireSignedIn(event.locals.actor);
		return event.locals.actor.userId;
	} catch {
		error(401, { message: 'Sign in required', code: 'errors.signInRequired' });
	}
}

/** Areas of the site that belong to one role as a whole. */
const AREAS: { prefix: string; role: Role }[] = [
	{ prefix: '/manage', role: 'secretariat' },
	{ prefix: '/admin', role: 'admin' }
];

/**
 * Checked in the server hook for every request, before any load, action or endpoint runs. A
 * layout's load does not protect the pages below it: a client can ask SvelteKit for a page's data
 * (`__data.json?x-sveltekit-invalidated=…`) without running the layout's load. Visitors go to
 * sign-in (SvelteKit turns the redirect into a data redirect where needed). A signed-in user
 * without the role gets 403; a page shown in the browser is left to the area's layout load, which
 * answers with the site's own 403 page rather than SvelteKit's bare one.
 */
export function guardArea(event: GuardEvent & { isDataRequest: boolean; request: Request }): void {
	const path = event.url.pathname;
	const area = AREAS.find((a) => path === a.prefix || path.startsWith(`${a.prefix}/`));
	if (!area || hasRole(event.locals.actor, area.role)) return;
	const pageInBrowser =
		!event.isDataRequest && event.request.method === 'GET' && (event.request.headers.get('accept') ?? '').includes('text/html');
	if (pageInBrowser && event.locals.actor.kind !== 'anonymous') return;
	requireRole(event, area.role);
}
