import type { Role } from '$lib/auth/roles';
import type { Actor, Ctx } from '../core/actor';
import type { Db } from '../db/client';

/** An actor holding one role, for operation tests (no account needed). */
export function actorWith(role: Role | null, extra: { stateId?: string; organisationId?: string; userId?: string } = {}): Actor {
	if (role === null) return { kind: 'anonymous', userId: null, label: 'anonymous', grants: [] };
	return {
		kind: 'user',
		userId: extra.userId ?? null,
		label: `test ${role}`,
		grants: [{ role, stateId: extra.stateId ?? null, organisationId: extra.organisationId ?? null }]
	};
}

export function ctxAs(db: Db, role: Role | null, extra?: Parameters<typeof actorWith>[1]): Ctx {
	return { db, actor: actorWith(role, extra) };
}
