import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '../core/errors';
import * as reports from '../reports';
import { json, problem } from './http';

/**
 * Published reports as open data: the list, and a version with its live follow-up, the same JSON at
 * /reports/<slug>/report.json and /api/v1/reports/<slug>. Public: only published versions exist here.
 */

const notFound = () => new DomainError('errors.notFound', 404);

/** GET /api/v1/reports: the published reports, newest cycle first, each at its newest version. */
export async function listReports(event: RequestEvent) {
	const rows = await reports.listing(event.locals.ctx.db);
	const origin = event.url.origin;
	return json({
		data: rows.map(({ path, ...r }) => ({ ...r, url: `${origin}${path}`, json: `${origin}${path}/report.json` })),
		total: rows.length
	});
}

/**
 * A version's open data (the newest when the address names none). A version number that is not a
 * plain positive whole number, or that the report does not have, is a 404 like an unknown slug.
 */
export async function reportOpenData(event: RequestEvent) {
	const slug = event.params.slug ?? '';
	const param = event.params.n;
	const number = param === undefined ? undefined : reports.versionNumber(param);
	if (number === null) throw notFound();
	const found = await reports.published(event.locals.ctx.db, slug, number);
	if (!found) throw notFound();
	const data = reports.openData(found, event.url.origin);
	return json(data, 200, { link: reports.openDataLinks(data) });
}

/** PUT, PATCH, DELETE of a published version: versions are frozen; a correction is a new version. */
export function versionFrozen(event: RequestEvent): Response {
	const response = problem(event, 405, 'reports.errors.versionFrozen');
	response.headers.set('allow', 'GET');
	return response;
}
