import type { Role } from '$lib/auth/roles';
import { hasRole, type Actor } from './actor';
import { DomainError } from './errors';

/** Throws unless the actor holds the role: 401 for visitors (they may sign in), 403 otherwise. */
export function requireRoleIn(actor: Actor, role: Role): void {
	if (hasRole(actor, role)) return;
	if (actor.kind === 'anonymous') throw new DomainError('errors.signInRequired', 401);
	throw new DomainError('errors.forbidden', 403);
}

export function requireSignedIn(actor: Actor): asserts actor is Actor & { userId: string } {
	if (actor.kind !== 'user' || !actor.userId) throw new DomainError('errors.signInRequired', 401);
}
