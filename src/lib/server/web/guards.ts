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
