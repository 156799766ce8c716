/** The /api/v1 handlers of participation imports and exports (secretariat token). */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { RequestEvent } from '@sveltejs/kit';
import { translator, type MessageKey } from '$lib/i18n';
import type { ImportKind } from '$lib/participation/columns';
import { DomainError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import * as participation from '../participation';
import { isUuid } from '../web/params';
import { json } from './http';

function eventIdOf(event: RequestEvent): string {
	const id = event.params.id ?? '';
	if (!isUuid(id)) throw new DomainError('errors.notFound', 404);
	return id;
}

/** The request body as a stream, refused before it is read when it says it is too large, and cut off when it turns out to be. */
export function bodyStream(request: Request): Readable {
	const length = Number(request.headers.get('content-length') ?? NaN);
	if (length > participation.MAX_IMPORT_BYTES) throw participation.tooLarge();
	if (!request.body || length === 0) throw new DomainError('participation.errors.empty', 422, 'file');
	return participation.byteLimit(Readable.fromWeb(request.body as unknown as WebReadableStream));
}

async function runImport(event: RequestEvent, kind: ImportKind) {
	const { ctx } = event.locals;
	requireRoleIn(ctx.actor, 'secretariat');
	const eventId = eventIdOf(event);
	const dryRun = ['true', '1', 'yes'].includes(event.url.searchParams.get('dryRun') ?? '');
	const input = bodyStream(event.request);
	const type = event.request.headers.get('content-type') ?? '';
	const job = await participation.jobs.claim(ctx.db, ctx.actor, {
		eventId,
		kind,
		format: type.includes('spreadsheetml') ? 'xlsx' : 'csv',
		status: 'running'
	});
	let report: participation.ImportReportSummary;
	try {
		const run = kind === 'registrants' ? participation.importRegistrants : participation.importAttendance;
		report = await run(ctx, eventId, input, { dryRun, onProgress: (done) => participation.jobs.setProgress(job.id, done, null) });
	} catch (e) {
		input.destroy();
		await participation.jobs.finish(ctx.db, job.id, 'failed');
		throw e;
	}
	const failed = !!(report.rejected || report.fileError);
	await participation.jobs.finish(ctx.db, job.id, failed || dryRun ? 'cancelled' : 'done', report);
	const t = translator(event.locals.lang);
	const body = {
		...report,
		errors: report.errors.map((e) => ({ ...e, code: e.key, detail: t(e.key as MessageKey, e.params) })),
		...(report.fileError
			? {
					fileError: {
						...report.fileError,
						code: report.fileError.key,
						detail: t(report.fileError.key as MessageKey, report.fileError.params)
					}
				}
			: {})
	};
	if (failed && !dryRun)
		return new Response(
			JSON.stringify({
				type: '/problems/validation',
				title: report.fileError
					? t(report.fileError.key as MessageKey, report.fileError.params)
					: t('participation.errors.rejectedRows', { count: report.rejected }),
				status: 422,
				...body
			}),
			{ status: 422, headers: { 'content-type': 'application/problem+json' } }
		);
	return json(body);
}

/** POST /events/{id}/registrations/import: a CSV (or XLSX) body in our column keys; ?dryRun=true writes nothing. */
export const importRegistrants = (event: RequestEvent) => runImport(event, 'registrants');

/** POST /events/{id}/attendance/import: email, date, mode. */
export const importAttendance = (event: RequestEvent) => runImport(event, 'attendance');

/** GET /events/{id}/registrations.csv (or .xlsx), and the same for attendance: the export, streamed. */
export function exportFile(kind: participation.ExportKind, format: 'csv' | 'xlsx') {
	return async (event: RequestEvent) => {
		const eventId = eventIdOf(event);
		return participation.exportRows(event.locals.ctx, eventId, kind, format);
	};
}
