/**
 * Importing attendance: one record per registration, day and mode (email, date, mode), for the
 * approved registrations of the event. A record already there is unchanged, not an error; the
 * same record twice in the file is. Same streaming, batches and all-or-nothing as registrants.
 */
import type { Readable } from 'node:stream';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { isEventDay } from '$lib/domain/attendance';
import { checkAttendance, type AttendanceValues } from '$lib/participation/rows';
import type { Ctx } from '../core/actor';
import { notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import * as audit from '../audit';
import { events } from '../dialogues/schema';
import { registrations } from '../registration/schema';
import { attendance } from '../attendance/schema';
import { allOrNothing, openFile, Tally, type ImportOptions } from './pipeline';
import type { ImportReportSummary } from './schema';

export async function importAttendance(ctx: Ctx, eventId: string, input: Readable, options: ImportOptions): Promise<ImportReportSummary> {
	requireRoleIn(ctx.actor, 'secretariat');
	const [event] = await ctx.db
		.select({ id: events.id, startDate: events.startDate, endDate: events.endDate })
		.from(events)
		.where(eq(events.id, eventId));
	if (!event) throw notFound();
	const file = await openFile(input, 'attendance', options.mapping);
	return allOrNothing(ctx.db, options.dryRun, async (tx) => {
		const tally = new Tally();
		const seen = new Map<string, number>();
		for await (const batch of file.rows) {
			tally.rows += batch.length;
			const good: { line: number; values: AttendanceValues }[] = [];
			for (const row of batch) {
				const checked = checkAttendance(row.cells);
				if (!checked.ok) {
					tally.reject(row.line, checked.errors);
					continue;
				}
				const { email, day, mode } = checked.values;
				if (!isEventDay(day, event.startDate, event.endDate ?? event.startDate)) {
					tally.reject(row.line, [{ column: 'date', key: 'participation.errors.dayOutside', params: { day } }]);
					continue;
				}
				const key = `${email} ${day} ${mode}`;
				const first = seen.get(key);
				if (first !== undefined) {
					tally.reject(row.line, [{ column: '_row', key: 'participation.errors.duplicateRecord', params: { row: first } }]);
					continue;
				}
				seen.set(key, row.line);
				good.push({ line: row.line, values: checked.values });
			}
			const emails = [...new Set(good.map((g) => g.values.email))];
			const found = emails.length
				? await tx
						.select({ id: registrations.id, status: registrations.status, email: sql<string>`lower(${registrations.email})` })
						.from(registrations)
						.where(
							and(
								eq(registrations.eventId, eventId),
								ne(registrations.status, 'withdrawn'),
								inArray(sql`lower(${registrations.email})`, emails)
							)
						)
				: [];
			const byEmail = new Map(found.map((f) => [f.email, f]));
			const ids = found.map((f) => f.id);
			const existing = new Set(
				ids.length
					? (
							await tx
								.select({ registrationId: attendance.registrationId, day: attendance.day, mode: attendance.mode })
								.from(attendance)
								.where(and(inArray(attendance.registrationId, ids), isNull(attendance.programmeItemId)))
						).map((a) => `${a.registrationId} ${a.day} ${a.mode}`)
					: []
			);
			const inserts: (typeof attendance.$inferInsert)[] = [];
			for (const { line, values } of good) {
				const who = byEmail.get(values.email);
				if (!who) {
					tally.reject(line, [{ column: 'email', key: 'participation.errors.unknownRegistration', params: { email: values.email } }]);
					continue;
				}
				if (who.status !== 'approved') {
					tally.reject(line, [{ column: 'email', key: 'participation.errors.notApproved', params: { email: values.email } }]);
					continue;
				}
				if (existing.has(`${who.id} ${values.day} ${values.mode}`)) {
					tally.unchanged++;
					continue;
				}
				inserts.push({
					eventId,
					registrationId: who.id,
					day: values.day,
					mode: values.mode,
					source: 'manual',
					recordedBy: ctx.actor.label
				});
				tally.created++;
			}
			if (tally.rejected === 0 && inserts.length) await tx.insert(attendance).values(inserts);
			options.onProgress?.(tally.rows);
		}
		const summary = tally.summary(options.dryRun);
		if (!options.dryRun && !summary.rejected)
			await audit.record(tx, ctx.actor, {
				action: 'participation.import-attendance',
				entityType: 'event',
				entityId: eventId,
				after: { rows: summary.rows, created: summary.created, unchanged: summary.unchanged }
			});
		return summary;
	});
}
