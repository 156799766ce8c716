/**
 * Exports of an event's registrants and attendance as CSV or XLSX, in the import's column keys (an
 * export imports again unchanged), streamed a page of rows at a time. Personal data: secretariat
 * only, and every export is written to the audit log. Formula injection: see $lib/participation/formula.
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { xlsxStream } from '../files/xlsx';
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { ATTENDANCE_KEYS, REGISTRANT_KEYS } from '$lib/participation/columns';
import { csvSafe } from '$lib/participation/formula';
import type { Ctx } from '../core/actor';
import { notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Db } from '../db/client';
import * as audit from '../audit';
import { events } from '../dialogues/schema';
import { organisations } from '../directory/schema';
import { registrations } from '../registration/schema';
import { attendance } from '../attendance/schema';

export type ExportKind = 'registrants' | 'attendance';
const PAGE = 1000;

/** The registrant export's columns: the import's keys less Indico's check-in ones (attendance has its own export). */
export const REGISTRANT_EXPORT_KEYS = REGISTRANT_KEYS.filter((k) => k !== 'checked_in' && k !== 'checked_in_at');

async function* registrantPages(db: Db, eventId: string): AsyncGenerator<string[][]> {
	let after = 0;
	for (;;) {
		const rows = await db
			.select({ r: registrations, organisation: organisations.name })
			.from(registrations)
			.leftJoin(organisations, eq(organisations.id, registrations.organisationId))
			.where(and(eq(registrations.eventId, eventId), gt(registrations.number, after)))
			.orderBy(asc(registrations.number))
			.limit(PAGE);
		if (!rows.length) return;
		after = rows[rows.length - 1].r.number;
		yield rows.map(({ r, organisation }) => {
			const cells: Record<(typeof REGISTRANT_EXPORT_KEYS)[number], string> = {
				number: String(r.number),
				first_name: r.givenName ?? '',
				last_name: r.familyName ?? '',
				email: r.email ?? '',
				honorific: r.honorific ?? '',
				gender: r.gender,
				position: r.position ?? '',
				category: r.category,
				delegation: r.stateId ?? '',
				organisation: organisation ?? '',
				organisation_type: r.organisationType ?? '',
				affiliation: r.affiliation ?? '',
				country: r.countryId ?? '',
				phone: r.phone ?? '',
				participation_mode: r.mode,
				state: r.status,
				registered_at: r.createdAt.toISOString(),
				sponsored: String(r.sponsored)
			};
			return REGISTRANT_EXPORT_KEYS.map((k) => cells[k]);
		});
	}
}

async function* attendancePages(db: Db, eventId: string): AsyncGenerator<string[][]> {
	let after: { day: string; id: string } | null = null;
	for (;;) {
		const rows: { id: string; day: string; mode: string; email: string | null }[] = await db
			.select({ id: attendance.id, day: attendance.day, mode: attendance.mode, email: registrations.email })
			.from(attendance)
			.innerJoin(registrations, eq(registrations.id, attendance.registrationId))
			.where(
				and(
					eq(attendance.eventId, eventId),
					isNull(attendance.programmeItemId),
					after ? or(gt(attendance.day, after.day), and(eq(attendance.day, after.day), gt(attendance.id, after.id))) : undefined
				)
			)
			.orderBy(asc(attendance.day), asc(attendance.id))
			.limit(PAGE);
		if (!rows.length) return;
		after = rows[rows.length - 1];
		yield rows.map((r) => [r.email ?? '', r.day, r.mode]);
	}
}

/** UTF-8 with a byte order mark, so that Excel reads accents right; a page of rows per chunk. */
async function* csvChunks(header: readonly string[], pages: AsyncGenerator<string[][]>): AsyncGenerator<Buffer> {
	yield Buffer.from('\uFEFF' + stringify([header as string[]]));
	for await (const page of pages) yield Buffer.from(stringify(page.map((row) => row.map(csvSafe))));
}

/** The export as a streamed download; the audit records who took which personal data. */
export async function exportRows(ctx: Ctx, eventId: string, kind: ExportKind, format: 'csv' | 'xlsx'): Promise<Response> {
	requireRoleIn(ctx.actor, 'secretariat');
	const [event] = await ctx.db.select({ id: events.id }).from(events).where(eq(events.id, eventId));
	if (!event) throw notFound();
	const [{ rows }] = await ctx.db
		.select({ rows: sql<number>`count(*)::int` })
		.from(kind === 'registrants' ? registrations : attendance)
		.where(eq(kind === 'registrants' ? registrations.eventId : attendance.eventId, eventId));
	await inTransaction(
		ctx.db,
		(tx) =>
			audit.record(tx, ctx.actor, {
				action: `participation.export-${kind}`,
				entityType: 'event',
				entityId: eventId,
				after: { format, rows }
			}),
		{ public: false }
	);
	const header = kind === 'registrants' ? REGISTRANT_EXPORT_KEYS : ATTENDANCE_KEYS;
	const pages = kind === 'registrants' ? registrantPages(ctx.db, eventId) : attendancePages(ctx.db, eventId);
	const name = `${kind}-${eventId}.${format}`;
	const body =
		format === 'csv'
			? Readable.from(csvChunks(header, pages), { objectMode: false })
			: xlsxStream(header, pages, kind === 'registrants' ? 'Registrants' : 'Attendance');
	return new Response(Readable.toWeb(body) as unknown as ReadableStream, {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
}
