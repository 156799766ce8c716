import crypto from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Ctx } from '../core/actor';
import { requireRoleIn } from '../core/guards';
import { outbox } from './schema';

export interface MailAttachment {
	filename: string;
	content: string | Buffer;
	contentType: string;
	/** Set to show the attachment inside the mail's HTML (an image such as a QR code). */
	cid?: string;
}

export interface Mail {
	to: string;
	subject: string;
	text: string;
	/** Optional HTML alternative, e.g. to show a QR code inline. */
	html?: string;
	attachments?: MailAttachment[];
}

// Nodemailer is loaded when SMTP is configured: without it (the demo, the tests) mail stays in the
// outbox, and nobody pays the import.
let transport: Promise<Transporter> | null = null;
let from = 'Migration Dialogue Platform <no-reply@localhost>';

/** With SMTP_URL mail goes out through nodemailer; without it, it stays in the outbox for admins. */
export function configureMail(config: { SMTP_URL?: string; MAIL_FROM: string }): void {
	const url = config.SMTP_URL;
	transport = url ? import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url)) : null;
	from = config.MAIL_FROM;
}

/**
 * Records mails in the outbox (one statement for all of them) and sends them when SMTP is
 * configured. Sending happens after the caller's transaction, so call this with the database, not
 * inside a transaction.
 */
export async function send(db: Db, mails: Mail | Mail[]): Promise<void> {
	const list = Array.isArray(mails) ? mails : [mails];
	if (!list.length) return;
	// Ids made here, so each mail knows its outbox row whatever order the insert returns them in.
	const rows = list.map(({ to, subject, text }) => ({ id: crypto.randomUUID(), to, subject, text }));
	await db.insert(outbox).values(rows);
	const sender = transport;
	if (!sender) return;
	const sent: string[] = [];
	for (const [i, mail] of list.entries()) {
		try {
			const { to, subject, text, html, attachments } = mail;
			await (await sender).sendMail({ from, to, subject, text, html, attachments });
			sent.push(rows[i].id);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			await db
				.update(outbox)
				.set({ error: message })
				.where(eq(outbox.id, rows[i].id))
				.catch(() => console.warn(`Mail to ${mail.to} not sent: ${message}`));
		}
	}
	if (sent.length) await db.update(outbox).set({ sentAt: new Date() }).where(inArray(outbox.id, sent));
}

const inFlight = new Set<Promise<void>>();

/**
 * Runs mail work (composing, sending) without making the caller wait: a participant's registration
 * should not take as long as the mail relay. `flush()` waits for what is still on its way (tests,
 * shutdown). A failure is logged; the outbox keeps what was recorded.
 */
export function inBackground(work: Promise<void>): void {
	const tracked: Promise<void> = work
		.catch((error) => console.warn(`Mail not sent: ${error instanceof Error ? error.message : error}`))
		.finally(() => inFlight.delete(tracked));
	inFlight.add(tracked);
}

export async function flush(): Promise<void> {
	while (inFlight.size) await Promise.all([...inFlight]);
}

/** The outbox, newest first; admins only. */
export async function listOutbox(ctx: Ctx, limit = 50) {
	requireRoleIn(ctx.actor, 'admin');
	return ctx.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);
}
