import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { testDatabase } from '../testing/database';
import type { Database } from '../db/client';
import * as auth from '../auth';
import { ctxAs } from '../testing/actors';
import { outbox } from './schema';
import { configureMail } from '.';

/** A local capture server: real SMTP on loopback, keeping what it receives. */
const received: { to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		let data = '';
		stream.on('data', (chunk) => (data += chunk));
		stream.on('end', () => {
			received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
			callback();
		});
	}
});

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	const { port } = smtp.server.address() as AddressInfo;
	configureMail({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'IDM Secretariat <idm@example.org>' });
});
afterAll(async () => {
	configureMail({ MAIL_FROM: 'x' });
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('mail through SMTP', () => {
	it('sends the password reset link through the SMTP server and marks it sent in the outbox', async () => {
		await auth.signUp(ctxAs(database.db, null), {
			email: 'delegate@example.org',
			displayName: 'Delegate',
			password: 'a long enough passphrase'
		});
		await auth.requestPasswordReset(database.db, 'delegate@example.org', 'https://dialogue.example.org');
		expect(received).toHaveLength(1);
		expect(received[0].to).toEqual(['delegate@example.org']);
		expect(received[0].data).toContain('https://dialogue.example.org/reset-password/');
		expect(received[0].data).toContain('From: IDM Secretariat <idm@example.org>');
		const [row] = await database.db.select().from(outbox).where(eq(outbox.to, 'delegate@example.org'));
		expect(row.sentAt).not.toBeNull();
		expect(row.error).toBeNull();
	});
});
