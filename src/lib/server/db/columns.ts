import { customType, integer, jsonb, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../i18n/localized';

/** A text users read in several languages: one value per language code, English expected. */
export const localized = (name: string) => jsonb(name).$type<LocalizedText>();

export const id = () => uuid('id').primaryKey().defaultRandom();

export const timestamps = () => ({
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Optimistic locking: an edit names the version it was based on and fails if it moved on. */
export const version = () => integer('version').notNull().default(1);

/** Binary content (attachments), read back as a Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => Buffer.from(value)
});
