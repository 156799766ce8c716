import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from '../db/columns';

/** Every mail the platform sends; without SMTP_URL this is where admins read them. */
export const outbox = pgTable('outbox', {
	id: id(),
	to: text('to').notNull(),
	subject: text('subject').notNull(),
	text: text('text').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp('sent_at', { withTimezone: true }),
	error: text('error')
});
