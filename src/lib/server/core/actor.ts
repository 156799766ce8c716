import type { Role } from '$lib/auth/roles';
import type { Db } from '../db/client';

export interface RoleGrant {
	role: Role;
	stateId?: string | null;
	organisationId?: string | null;
}

/** Who is acting: a signed-in user, the system (seed, CLI) or an anonymous visitor. */
export interface Actor {
	kind: 'user' | 'system' | 'anonymous';
	userId: string | null;
	label: string;
	grants: RoleGrant[];
}

/** What every operation receives: the database and who is acting. */
export interface Ctx {
	db: Db;
	actor: Actor;
}

export const anonymous: Actor = { kind: 'anonymous', userId: null, label: 'anonymous', grants: [] };

export function systemActor(label = 'system'): Actor {
	return { kind: 'system', userId: null, label, grants: [{ role: 'admin' }] };
}

/** Admins may do what the secretariat does; every signed-in user is a participant. */
export function hasRole(actor: Actor, role: Role): boolean {
	if (actor.kind === 'system') return true;
	if (actor.kind !== 'user') return false;
	if (role === 'participant') return true;
	return actor.grants.some((g) => g.role === role || (g.role === 'admin' && role === 'secretariat'));
}

/** Whether the actor is a focal point of this State (the only ones who speak for it: ballots, State surveys). */
export function isFocalPointOf(actor: Actor, stateId: string): boolean {
	return actor.kind === 'user' && actor.grants.some((g) => g.role === 'state-focal-point' && g.stateId === stateId);
}

/** The States an actor is a focal point of (votes and answers for), each once, sorted. */
export function focalPointStates(actor: Actor): string[] {
	if (actor.kind !== 'user') return [];
	return [...new Set(actor.grants.filter((g) => g.role === 'state-focal-point' && g.stateId).map((g) => g.stateId!))].sort();
}
