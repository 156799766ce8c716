import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import type { Database } from '../db/client';
import * as auth from '../auth';
import { ctxAs } from '../testing/actors';
import { outbox } from './schema';
import { smtpCapture } from '../testing/smtp-capture';

const received = smtpCapture();

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
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
