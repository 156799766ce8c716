import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/auth/roles';
import { hasRole } from '../core/actor';

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
