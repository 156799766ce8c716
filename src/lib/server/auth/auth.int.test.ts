import { beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { SignUpSchema } from '$lib/auth/schemas';
import { parseWith } from '$lib/validation';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import { outbox } from '../mail/schema';
import { auditLog } from '../audit/schema';
import * as auth from '.';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
const visitor = () => ctxAs(database.db, null);
const PASSWORD = 'correct horse battery';

describe('sign-up', () => {
	it('creates an account with an argon2id hash and audits it', async () => {
		const user = await auth.signUp(visitor(), { email: 'ana@example.org', displayName: 'Ana', password: PASSWORD });
		expect(user.passwordHash).toMatch(/^\$argon2id\$/);
		const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
		expect(entry.action).toBe('user.create');
		expect(JSON.stringify(entry.after)).not.toContain(PASSWORD);
	});

	it('refuses a taken e-mail whatever its case, and writes nothing', async () => {
		await expect(
			auth.signUp(visitor(), { email: 'ANA@example.org'.toLowerCase(), displayName: 'Ana 2', password: PASSWORD })
		).rejects.toMatchObject({
			errors: { email: { key: 'auth.errors.emailTaken' } }
		});
	});

	it('the form schema refuses weak passwords and malformed e-mails with their own messages', () => {
		expect(parseWith(SignUpSchema, { displayName: 'X', email: 'not-an-email', password: 'short' })).toEqual({
			ok: false,
			errors: { email: { key: 'validation.email' }, password: { key: 'auth.errors.passwordShort' } }
		});
		expect(parseWith(SignUpSchema, { displayName: 'X', email: 'x@y.org', password: 'aaaaaaaaaaaa' })).toMatchObject({
			errors: { password: { key: 'auth.errors.passwordWeak' } }
		});
		expect(parseWith(SignUpSchema, { displayName: 'X'.repeat(121), email: 'x@y.org', password: PASSWORD })).toMatchObject({
			errors: { displayName: { key: 'validation.tooLong', params: { max: 120 } } }
		});
	});
});

describe('sign-in and sessions', () => {
	it('opens a session that resolves to the account and its roles, and closes it on sign-out', async () => {
		await auth.signUp(ctxAs(database.db, 'admin'), { email: 'sec@example.org', displayName: 'Sec', password: PASSWORD }, [
			{ role: 'secretariat' }
		]);
		const { token } = await auth.signIn(database.db, { email: 'sec@example.org', password: PASSWORD }, '10.0.0.1');
		const session = await auth.validateSession(database.db, token);
		expect(session?.user.email).toBe('sec@example.org');
		expect(session?.actor.grants.map((g) => g.role)).toEqual(['secretariat']);
		await auth.signOut(database.db, token);
		expect(await auth.validateSession(database.db, token)).toBeNull();
		const trail = await database.db.select().from(auditLog).where(eq(auditLog.entityId, session!.user.id));
		expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['user.create', 'user.sign-in', 'user.sign-out']));
	});

	it('says the same thing for an unknown e-mail and a wrong password', async () => {
		await expect(auth.signIn(database.db, { email: 'ana@example.org', password: 'wrong password!' }, '10.0.0.2')).rejects.toMatchObject({
			code: 'auth.errors.badCredentials'
		});
		await expect(auth.signIn(database.db, { email: 'nobody@example.org', password: 'wrong password!' }, '10.0.0.2')).rejects.toMatchObject({
			code: 'auth.errors.badCredentials'
		});
	});

	it('locks an account after five failures in the window, even with the right password', async () => {
		await auth.signUp(visitor(), { email: 'target@example.org', displayName: 'T', password: PASSWORD });
		for (let i = 0; i < auth.RATE_LIMIT.perAccount; i++) {
			await expect(
				auth.signIn(database.db, { email: 'target@example.org', password: `guess number ${i}` }, `10.1.0.${i}`)
			).rejects.toMatchObject({ code: 'auth.errors.badCredentials' });
		}
		await expect(auth.signIn(database.db, { email: 'target@example.org', password: PASSWORD }, '10.9.9.9')).rejects.toMatchObject({
			code: 'auth.errors.rateLimited',
			status: 429
		});
	});

	it('limits failures per client address across accounts', async () => {
		for (let i = 0; i < auth.RATE_LIMIT.perAddress; i++) {
			await auth.signIn(database.db, { email: `spray${i}@example.org`, password: 'whatever pass' }, '10.2.2.2').catch(() => {});
		}
		await expect(auth.signIn(database.db, { email: 'ana@example.org', password: PASSWORD }, '10.2.2.2')).rejects.toMatchObject({
			code: 'auth.errors.rateLimited'
		});
		// Another address is not affected.
		await expect(auth.signIn(database.db, { email: 'ana@example.org', password: PASSWORD }, '10.3.3.3')).resolves.toMatchObject({
			user: { email: 'ana@example.org' }
		});
	});
});

describe('password reset', () => {
	it('mails a one-time link that sets a new password and ends existing sessions', async () => {
		await auth.signUp(visitor(), { email: 'forgetful@example.org', displayName: 'F', password: PASSWORD });
		const old = await auth.signIn(database.db, { email: 'forgetful@example.org', password: PASSWORD }, '10.4.0.1');
		expect(await auth.validateSession(database.db, old.token)).not.toBeNull();
		await auth.requestPasswordReset(database.db, 'forgetful@example.org', 'http://localhost:3000');
		const [mail] = await database.db.select().from(outbox).where(eq(outbox.to, 'forgetful@example.org')).orderBy(desc(outbox.createdAt));
		const token = mail.text.match(/reset-password\/(\S+)/)?.[1];
		expect(token).toBeTruthy();
		await auth.resetPassword(database.db, { token: token!, password: 'a brand new passphrase' });
		expect(await auth.validateSession(database.db, old.token)).toBeNull();
		await expect(
			auth.signIn(database.db, { email: 'forgetful@example.org', password: 'a brand new passphrase' }, '10.4.0.1')
		).resolves.toBeTruthy();
		await expect(auth.resetPassword(database.db, { token: token!, password: 'yet another passphrase' })).rejects.toMatchObject({
			errors: { token: { key: 'auth.errors.resetExpired' } }
		});
	});

	it('answers the same for an address without an account, and sends nothing', async () => {
		const before = await database.db.select().from(outbox);
		await auth.requestPasswordReset(database.db, 'stranger@example.org', 'http://localhost:3000');
		expect(await database.db.select().from(outbox)).toHaveLength(before.length);
	});
});

describe('roles and API tokens', () => {
	it('a State focal point must be bound to a State', async () => {
		const user = await auth.signUp(visitor(), { email: 'fp@example.org', displayName: 'FP', password: PASSWORD });
		await expect(auth.grantRole(ctxAs(database.db, 'admin'), user.id, { role: 'state-focal-point' })).rejects.toMatchObject({
			errors: { stateId: { key: 'auth.errors.focalPointNeedsState' } }
		});
		await auth.grantRole(ctxAs(database.db, 'admin'), user.id, { role: 'state-focal-point', stateId: 'CAN' });
		const { token } = await auth.signIn(database.db, { email: 'fp@example.org', password: PASSWORD }, '10.5.0.1');
		expect((await auth.validateSession(database.db, token))?.actor.grants).toEqual([
			{ role: 'state-focal-point', stateId: 'CAN', organisationId: null }
		]);
	});

	it('a role granted to a signed-in user counts from their next request (lookups are remembered a moment)', async () => {
		const user = await auth.signUp(visitor(), { email: 'promoted@example.org', displayName: 'P', password: PASSWORD });
		const { token } = await auth.signIn(database.db, { email: 'promoted@example.org', password: PASSWORD }, '10.5.0.2');
		expect((await auth.validateSession(database.db, token))?.actor.grants).toEqual([]);
		await auth.grantRole(ctxAs(database.db, 'admin'), user.id, { role: 'secretariat' });
		expect((await auth.validateSession(database.db, token))?.actor.grants.map((g) => g.role)).toEqual(['secretariat']);
	});

	it('only admins grant roles', async () => {
		const user = await auth.signUp(visitor(), { email: 'climber@example.org', displayName: 'C', password: PASSWORD });
		await expect(auth.grantRole(ctxAs(database.db, 'secretariat'), user.id, { role: 'admin' })).rejects.toMatchObject({ status: 403 });
	});

	it('an admin created from the command line gets a bearer token that acts as that admin; only its hash is stored', async () => {
		await auth.ensureAdmin(database.db, 'root@example.org', PASSWORD);
		const token = await auth.createApiToken(ctxAs(database.db, 'admin'), 'root@example.org');
		const actor = await auth.validateApiToken(database.db, token);
		expect(actor?.label).toBe('root@example.org');
		expect(actor?.grants.map((g) => g.role)).toContain('admin');
		expect(await auth.validateApiToken(database.db, token + 'x')).toBeNull();
		const rows = await database.db.execute(`select token_hash from api_tokens`);
		expect(JSON.stringify(rows)).not.toContain(token);
	});
});
