import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Role } from '$lib/auth/roles';
import type { ResetSchema, SignInSchema, SignUpSchema } from '$lib/auth/schemas';
import { systemActor, type Actor, type Ctx, type RoleGrant } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import type { Db } from '../db/client';
import * as audit from '../audit';
import { isUniqueViolation } from '../core/db-errors';
import * as mail from '../mail';
import { apiTokens, passwordResets, sessions, signInFailures, userRoles, users } from './schema';
import { hashToken, newToken } from './tokens';
import { registerOrganisationReference, registerPersonReference } from '../directory/references';
import { inTransaction } from '../core/transaction';
import { prepared } from '../db/prepared';
import { forgetAll, recall } from './recent-lookups';

// Focal points bound to a merged organisation follow it; an account linked to a merged person too.
registerOrganisationReference({ table: userRoles, column: userRoles.organisationId });
registerPersonReference({ table: users, column: users.personId });

export const SESSION_COOKIE = 'mdp_session';
const SESSION_DAYS = 30;
const RESET_MINUTES = 60;
/** Failed sign-ins allowed per window, per account and per client address. */
export const RATE_LIMIT = { windowMinutes: 15, perAccount: 5, perAddress: 20 };

export type User = typeof users.$inferSelect;

export function hashPassword(password: string): Promise<string> {
	return hash(password); // argon2id with the library's recommended cost
}

async function emailTaken(db: Db, email: string): Promise<boolean> {
	const [row] = await db
		.select({ id: users.id })
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.toLowerCase()));
	return Boolean(row);
}

function actorLabel(user: { id: string; email: string }) {
	return user.email;
}

/** Creates an account; a taken e-mail is a field error and nothing is written. */
export async function signUp(ctx: Ctx, input: z.output<typeof SignUpSchema>, roles: RoleGrant[] = []): Promise<User> {
	if (await emailTaken(ctx.db, input.email)) {
		throw new ValidationError({ email: { key: 'auth.errors.emailTaken' } });
	}
	const passwordHash = await hashPassword(input.password);
	return inTransaction(
		ctx.db,
		async (tx) => {
			let user: User;
			try {
				[user] = await tx.insert(users).values({ email: input.email, displayName: input.displayName, passwordHash }).returning();
			} catch (error) {
				// Two sign-ups racing for one address: the unique index decides.
				if (isUniqueViolation(error)) {
					throw new ValidationError({ email: { key: 'auth.errors.emailTaken' } });
				}
				throw error;
			}
			for (const grant of roles) {
				await tx.insert(userRoles).values({ userId: user.id, ...grant });
			}
			const actor = ctx.actor.kind === 'anonymous' ? { ...ctx.actor, userId: user.id, label: user.email } : ctx.actor;
			await audit.record(tx, actor, {
				action: 'user.create',
				entityType: 'user',
				entityId: user.id,
				after: { email: user.email, displayName: user.displayName, roles }
			});
			return user;
		},
		{ public: false }
	);
}

async function recentFailures(db: Db, key: string): Promise<number> {
	const since = new Date(Date.now() - RATE_LIMIT.windowMinutes * 60_000);
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(signInFailures)
		.where(and(eq(signInFailures.key, key), gte(signInFailures.at, since)));
	return row.n;
}

export interface SignInResult {
	user: User;
	token: string;
	expiresAt: Date;
}

/**
 * Checks the password and opens a session. Rate-limited per account and per client address; an
 * unknown e-mail costs the same time as a wrong password so accounts cannot be discovered.
 */
export async function signIn(db: Db, input: z.output<typeof SignInSchema>, clientAddress: string): Promise<SignInResult> {
	const accountKey = `account:${input.email}`;
	const addressKey = `address:${clientAddress}`;
	if ((await recentFailures(db, accountKey)) >= RATE_LIMIT.perAccount || (await recentFailures(db, addressKey)) >= RATE_LIMIT.perAddress) {
		throw new DomainError('auth.errors.rateLimited', 429, undefined, {
			minutes: RATE_LIMIT.windowMinutes
		});
	}
	const [user] = await db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, input.email));
	const ok = user ? await verify(user.passwordHash, input.password) : (await hashPassword(input.password), false);
	if (!ok || !user || user.disabled) {
		await db.insert(signInFailures).values([{ key: accountKey }, { key: addressKey }]);
		throw new DomainError('auth.errors.badCredentials', 400);
	}
	const token = newToken();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
	await inTransaction(
		db,
		async (tx) => {
			await tx.delete(signInFailures).where(eq(signInFailures.key, accountKey));
			await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, expiresAt });
			await audit.record(tx, toActor(user, []), {
				action: 'user.sign-in',
				entityType: 'user',
				entityId: user.id,
				after: { address: clientAddress }
			});
		},
		{ public: false }
	);
	return { user, token, expiresAt };
}

export async function signOut(db: Db, token: string): Promise<void> {
	await inTransaction(
		db,
		async (tx) => {
			const [session] = await tx
				.delete(sessions)
				.where(eq(sessions.tokenHash, hashToken(token)))
				.returning({ userId: sessions.userId });
			if (session) {
				await audit.record(
					tx,
					{ kind: 'user', userId: session.userId, label: session.userId, grants: [] },
					{ action: 'user.sign-out', entityType: 'user', entityId: session.userId }
				);
			}
		},
		{ public: false }
	);
	forgetAll();
}

async function grantsOf(db: Db, userId: string): Promise<RoleGrant[]> {
	const rows = await db
		.select({ role: userRoles.role, stateId: userRoles.stateId, organisationId: userRoles.organisationId })
		.from(userRoles)
		.where(eq(userRoles.userId, userId));
	return rows;
}

/**
 * The user's role grants as a column of the query that finds the user: signed-in requests then
 * cost one round trip to the database, not two.
 */
const grantsColumn = sql<RoleGrant[]>`coalesce((
	select json_agg(json_build_object('role', ${userRoles.role}, 'stateId', ${userRoles.stateId}, 'organisationId', ${userRoles.organisationId}))
	from ${userRoles} where ${userRoles.userId} = ${users.id}), '[]'::json)`;

function toActor(user: User, grants: RoleGrant[]): Actor {
	return { kind: 'user', userId: user.id, label: actorLabel(user), grants };
}

export interface Session {
	actor: Actor;
	user: Pick<User, 'id' | 'email' | 'displayName' | 'locale'>;
	/** Set when the session was renewed and the cookie should be sent again. */
	renewedUntil: Date | null;
}

const sessionUser = prepared((db) =>
	db
		.select({ user: users, expiresAt: sessions.expiresAt, grants: grantsColumn })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql`now()`)))
		.prepare('session_user')
);

/** The session behind a cookie token, renewed when it is past half its life. */
export async function validateSession(db: Db, token: string): Promise<Session | null> {
	const tokenHash = hashToken(token);
	const [row] = await recall(db, `session ${tokenHash}`, () => sessionUser(db).execute({ tokenHash }));
	if (!row || row.user.disabled || row.expiresAt.getTime() <= Date.now()) return null;
	let renewedUntil: Date | null = null;
	if (row.expiresAt.getTime() - Date.now() < (SESSION_DAYS / 2) * 86_400_000) {
		renewedUntil = new Date(Date.now() + SESSION_DAYS * 86_400_000);
		row.expiresAt = renewedUntil; // the remembered row too, so the next request does not renew again
		await db
			.update(sessions)
			.set({ expiresAt: renewedUntil })
			.where(eq(sessions.tokenHash, hashToken(token)));
	}
	const { id, email, displayName, locale } = row.user;
	return { actor: toActor(row.user, row.grants), user: { id, email, displayName, locale }, renewedUntil };
}

const tokenUser = prepared((db) =>
	db
		.select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, grants: grantsColumn })
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(eq(apiTokens.tokenHash, sql.placeholder('tokenHash')))
		.prepare('token_user')
);

/** The actor behind an `Authorization: Bearer` API token. */
export async function validateApiToken(db: Db, token: string): Promise<Actor | null> {
	const tokenHash = hashToken(token);
	const [row] = await recall(db, `token ${tokenHash}`, () => tokenUser(db).execute({ tokenHash }));
	if (!row || row.user.disabled) return null;
	// "Last used" to the minute is enough to spot an unused token; a write on every call is not worth it.
	const now = new Date();
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
		row.lastUsedAt = now; // the remembered row too
		await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
	}
	return toActor(row.user, row.grants);
}

/** Issues a new API token for a user; the token is shown once and only its hash is kept. */
export async function createApiToken(ctx: Ctx, email: string, label = 'cli'): Promise<string> {
	requireRoleIn(ctx.actor, 'admin');
	const [user] = await ctx.db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.toLowerCase()));
	if (!user) throw new ValidationError({ email: { key: 'auth.errors.noSuchUser' } });
	const token = `mdp_${newToken()}`;
	await inTransaction(
		ctx.db,
		async (tx) => {
			const [row] = await tx
				.insert(apiTokens)
				.values({ userId: user.id, tokenHash: hashToken(token), label })
				.returning({ id: apiTokens.id });
			await audit.record(tx, ctx.actor, {
				action: 'api-token.create',
				entityType: 'user',
				entityId: user.id,
				after: { tokenId: row.id, label }
			});
		},
		{ public: false }
	);
	return token;
}

/**
 * Sends a reset link when the address has an account. The answer is the same either way, so the
 * form does not tell strangers who has an account.
 */
export async function requestPasswordReset(db: Db, email: string, origin: string): Promise<void> {
	const [user] = await db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, email));
	if (!user) return;
	const token = newToken();
	await db.insert(passwordResets).values({
		tokenHash: hashToken(token),
		userId: user.id,
		expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000)
	});
	await mail.send(db, {
		to: user.email,
		subject: 'Reset your password – Migration Dialogue Platform',
		text:
			`Someone asked to reset the password of ${user.email}.\n\n` +
			`Open this link within ${RESET_MINUTES} minutes to choose a new password:\n` +
			`${origin}/reset-password/${token}\n\nIf it was not you, ignore this mail.`
	});
}

/** Sets a new password from a reset link; the link works once, and all sessions are closed. */
export async function resetPassword(db: Db, input: z.output<typeof ResetSchema>): Promise<void> {
	const passwordHash = await hashPassword(input.password);
	await inTransaction(
		db,
		async (tx) => {
			const [reset] = await tx
				.update(passwordResets)
				.set({ usedAt: new Date() })
				.where(
					and(eq(passwordResets.tokenHash, hashToken(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date()))
				)
				.returning();
			if (!reset) throw new ValidationError({ token: { key: 'auth.errors.resetExpired' } });
			const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId)).returning();
			await tx.delete(sessions).where(eq(sessions.userId, user.id));
			await audit.record(
				tx,
				{ kind: 'user', userId: user.id, label: user.email, grants: [] },
				{
					action: 'user.password-reset',
					entityType: 'user',
					entityId: user.id
				}
			);
		},
		{ public: false }
	);
	forgetAll();
}

/** Grants a role; focal points must name their State or Organisation. Admins only. */
export async function grantRole(ctx: Ctx, userId: string, grant: RoleGrant): Promise<void> {
	requireRoleIn(ctx.actor, 'admin');
	if (grant.role === 'state-focal-point' && !grant.stateId) {
		throw new ValidationError({ stateId: { key: 'auth.errors.focalPointNeedsState' } });
	}
	if (grant.role === 'partner-focal-point' && !grant.organisationId) {
		throw new ValidationError({ organisationId: { key: 'auth.errors.focalPointNeedsOrganisation' } });
	}
	await inTransaction(
		ctx.db,
		async (tx) => {
			await tx.insert(userRoles).values({ userId, ...grant });
			await audit.record(tx, ctx.actor, { action: 'user.grant-role', entityType: 'user', entityId: userId, after: grant });
		},
		{ public: false }
	);
	forgetAll();
}

/** Creates an admin account, or makes an existing account admin (used by `npm run admin:create`). */
export async function ensureAdmin(db: Db, email: string, password: string): Promise<{ created: boolean }> {
	const ctx: Ctx = { db, actor: systemActor('cli') };
	const [existing] = await db
		.select()
		.from(users)
		.where(eq(sql`lower(${users.email})`, email.toLowerCase()));
	if (!existing) {
		await signUp(ctx, { email: email.toLowerCase(), password, displayName: email.split('@')[0] }, [{ role: 'admin' }]);
		return { created: true };
	}
	const grants = await grantsOf(db, existing.id);
	if (!grants.some((g) => g.role === 'admin')) await grantRole(ctx, existing.id, { role: 'admin' });
	return { created: false };
}

/** Removes expired sessions, resets and old failure records (run at start-up and daily). */
export async function purgeExpired(db: Db): Promise<void> {
	const now = new Date();
	await db.delete(sessions).where(lt(sessions.expiresAt, now));
	await db.delete(passwordResets).where(or(lt(passwordResets.expiresAt, now), sql`${passwordResets.usedAt} is not null`));
	await db.delete(signInFailures).where(lt(signInFailures.at, new Date(now.getTime() - 86_400_000)));
}

export type { Role };

/**
 * The accounts (enabled) of the focal points of States, with their State and language: who a
 * survey or a call of the member States is mailed to.
 */
export async function stateFocalPoints(db: Db) {
	return db
		.select({ userId: users.id, email: users.email, locale: users.locale, stateId: sql<string>`${userRoles.stateId}` })
		.from(userRoles)
		.innerJoin(users, eq(users.id, userRoles.userId))
		.where(and(eq(userRoles.role, 'state-focal-point'), sql`${userRoles.stateId} is not null`, eq(users.disabled, false)))
		.orderBy(userRoles.stateId, users.email);
}

/** Accounts with their roles, for the admin page. */
export async function listUsers(ctx: Ctx) {
	requireRoleIn(ctx.actor, 'admin');
	const [rows, grants] = await Promise.all([
		ctx.db
			.select({ id: users.id, email: users.email, displayName: users.displayName, createdAt: users.createdAt })
			.from(users)
			.orderBy(users.email),
		ctx.db.select().from(userRoles)
	]);
	return rows.map((u) => ({ ...u, grants: grants.filter((g) => g.userId === u.id) }));
}
