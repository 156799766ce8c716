import { index, pgTable, text, timestamp, unique, uuid, date } from 'drizzle-orm/pg-core';
import { id } from '../db/columns';
import { events } from '../dialogues/schema';
import { programmeItems } from '../programme/schema';
import { registrations } from '../registration/schema';
import { ATTENDANCE_MODES, ATTENDANCE_SOURCES } from '../../attendance/types';

/**
 * One record per registration, per day (or programme item) and per mode: the same person can be in
 * the room on day 1 and online on day 2. The unique constraint makes a second scan a no-op.
 */
export const attendance = pgTable(
	'attendance',
	{
		id: id(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		day: date('day').notNull(),
		programmeItemId: uuid('programme_item_id').references(() => programmeItems.id, { onDelete: 'cascade' }),
		mode: text('mode', { enum: ATTENDANCE_MODES }).notNull(),
		source: text('source', { enum: ATTENDANCE_SOURCES }).notNull(),
		/** For online attendance, when the participant joined (from the join log). */
		joinedAt: timestamp('joined_at', { withTimezone: true }),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
		recordedBy: text('recorded_by').notNull()
	},
	(t) => [
		unique('attendance_once_per_day_item_mode').on(t.registrationId, t.day, t.programmeItemId, t.mode).nullsNotDistinct(),
		index().on(t.eventId, t.day)
	]
);
