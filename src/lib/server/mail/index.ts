import nodemailer, { type Transporter } from 'nodemailer';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Ctx } from '../core/actor';
import { requireRoleIn } from '../core/guards';
import { outbox } from './schema';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

let transport: Transporter | null = null;
let from = 'Migration Dialogue Platform <no-reply@localhost>';

/** With SMTP_URL mail goes out through nodemailer; without it, it stays in the outbox for admins. */
export function configureMail(config: { SMTP_URL?: string; MAIL_FROM: string }): void {
	transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
	from = config.MAIL_FROM;
}

/**
 * Records the mail in the outbox and sends it when SMTP is configured. Sending happens after the
 * caller's transaction, so call this with the database, not inside a transaction.
 */
export async function send(db: Db, mail: Mail): Promise<void> {
	const [row] = await db.insert(outbox).values(mail).returning({ id: outbox.id });
	if (!transport) return;
	try {
		await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
		await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
	} catch (error) {
		await db
			.update(outbox)
			.set({ error: error instanceof Error ? error.message : String(error) })
			.where(eq(outbox.id, row.id));
	}
}

/** The outbox, newest first; admins only. */
export async function listOutbox(ctx: Ctx, limit = 50) {
	requireRoleIn(ctx.actor, 'admin');
	return ctx.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
}
