import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every write: who, what, when, and the record before and after. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** No foreign key: the trail outlives deleted accounts. */
		actorId: uuid('actor_id'),
		actorLabel: text('actor_label').notNull(),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [index().on(t.entityType, t.entityId), index().on(t.at)]
);
