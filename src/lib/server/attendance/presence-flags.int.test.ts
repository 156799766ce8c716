/**
 * The presence flags of a registration (attended_in_room, attended_online) are kept by triggers on
 * the attendance table (migration 0004): whatever writes or removes records, the flags must say
 * whether a record of that mode exists. The statistics count presence from them alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import { attendanceEvent } from '../testing/attendance-fixtures';
import type { Database } from '../db/client';
import { registrations } from '../registration/schema';
import { attendance } from './schema';

let database: Database;
let fixture: Awaited<ReturnType<typeof attendanceEvent>>;

beforeAll(async () => {
	database = await testDatabase();
	fixture = await attendanceEvent(database.db, { startDate: '2024-05-21', endDate: '2024-05-22' });
});

async function flagsOf(registrationId: string) {
	const [row] = await database.db
		.select({ inRoom: registrations.attendedInRoom, online: registrations.attendedOnline })
		.from(registrations)
		.where(eq(registrations.id, registrationId));
	return row;
}

const record = (registrationId: string, day: string, mode: 'in-room' | 'online') => ({
	eventId: fixture.event.id,
	registrationId,
	day,
	mode,
	source: 'manual' as const,
	recordedBy: 'test'
});

describe('presence flags kept by the database', () => {
	it('starts with no presence and gains each mode with its first record', async () => {
		const ana = await fixture.register({ givenName: 'Ana', familyName: 'Flags' });
		expect(await flagsOf(ana.id)).toEqual({ inRoom: false, online: false });
		await database.db.insert(attendance).values(record(ana.id, '2024-05-21', 'in-room'));
		expect(await flagsOf(ana.id)).toEqual({ inRoom: true, online: false });
		await database.db.insert(attendance).values(record(ana.id, '2024-05-22', 'online'));
		expect(await flagsOf(ana.id)).toEqual({ inRoom: true, online: true });
	});

	it('sets the flags of every registration of a many-row insert in one statement', async () => {
		const people = await Promise.all(
			Array.from({ length: 6 }, (_, i) => fixture.register({ givenName: `Bulk ${i}`, familyName: 'Flags' }))
		);
		await database.db
			.insert(attendance)
			.values(
				people.flatMap((p, i) => [
					record(p.id, '2024-05-21', i % 2 ? 'online' : 'in-room'),
					...(i % 3 ? [] : [record(p.id, '2024-05-22', 'online')])
				])
			);
		const rows = await database.db
			.select({ id: registrations.id, inRoom: registrations.attendedInRoom, online: registrations.attendedOnline })
			.from(registrations)
			.where(
				inArray(
					registrations.id,
					people.map((p) => p.id)
				)
			);
		const byId = new Map(rows.map((r) => [r.id, r]));
		people.forEach((p, i) => {
			expect(byId.get(p.id)).toMatchObject({ inRoom: i % 2 === 0, online: i % 2 === 1 || i % 3 === 0 });
		});
	});

	it('keeps a mode while another record of it remains, and drops it with the last one', async () => {
		const ben = await fixture.register({ givenName: 'Ben', familyName: 'Flags' });
		await database.db.insert(attendance).values([record(ben.id, '2024-05-21', 'in-room'), record(ben.id, '2024-05-22', 'in-room')]);
		await database.db.delete(attendance).where(and(eq(attendance.registrationId, ben.id), eq(attendance.day, '2024-05-21')));
		expect(await flagsOf(ben.id)).toEqual({ inRoom: true, online: false });
		await database.db.delete(attendance).where(eq(attendance.registrationId, ben.id));
		expect(await flagsOf(ben.id)).toEqual({ inRoom: false, online: false });
	});

	it('follows a record whose mode is corrected', async () => {
		const chen = await fixture.register({ givenName: 'Chen', familyName: 'Flags' });
		await database.db.insert(attendance).values(record(chen.id, '2024-05-21', 'in-room'));
		await database.db.update(attendance).set({ mode: 'online' }).where(eq(attendance.registrationId, chen.id));
		expect(await flagsOf(chen.id)).toEqual({ inRoom: false, online: true });
	});

	it('lets a registration with records be deleted (the records go with it)', async () => {
		const dara = await fixture.register({ givenName: 'Dara', familyName: 'Flags' });
		await database.db.insert(attendance).values(record(dara.id, '2024-05-21', 'online'));
		await database.db.delete(registrations).where(eq(registrations.id, dara.id));
		expect(await database.db.select().from(attendance).where(eq(attendance.registrationId, dara.id))).toEqual([]);
	});
});
