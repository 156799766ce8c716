import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as practices from '$lib/server/practices';
import { parseImportFile } from '$lib/server/practices/csv';
import { importChecked, importResult, keepChecked } from '$lib/server/practices/import-checks';
import { isUuid } from '$lib/server/web/params';
import { DomainError } from '$lib/server/core/errors';
import { requireRole } from '$lib/server/web/guards';
import { toFailure, readForm } from '$lib/server/web/forms';
import { translator } from '$lib/i18n';

/** The same limits as POST /api/v1/practices/import. */
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_PRACTICES = 5000;

/** After an import, `?done=<check id>` shows what it created (a GET: reloading it imports nothing). */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const done = event.url.searchParams.get('done') ?? '';
	const created = isUuid(done) ? await importResult(event.locals.ctx, done) : null;
	return { max: MAX_PRACTICES, created };
};

/** The body of a form post; a malformed one (a broken multipart upload) is the import format message, not a 500. */
async function formOf(request: Request): Promise<FormData> {
	try {
		return await readForm(request);
	} catch {
		throw new DomainError('practices.errors.importFormat', 400, 'file');
	}
}

/** The uploaded file: JSON when the name or type says so, else CSV. */
async function fileOf(form: FormData): Promise<{ text: string; format: 'json' | 'csv' }> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_BYTES) throw new DomainError('practices.errors.importTooLarge', 413, 'file', { max: MAX_PRACTICES });
		const json = file.type.includes('json') || file.name.toLowerCase().endsWith('.json');
		return { text: await file.text(), format: json ? 'json' : 'csv' };
	}
	throw new DomainError('practices.errors.emptyImport', 400, 'file');
}

function titleOf(row: unknown): string | null {
	const titles = (row as { titles?: { en?: unknown } } | null)?.titles;
	return typeof titles?.en === 'string' ? titles.en.slice(0, 200) : null;
}

export interface ImportResult {
	dryRun: boolean;
	committed: boolean;
	total: number;
	valid: number;
	titles: (string | null)[];
	created: { slug: string; title: string | null }[];
	errors: { row: number; title: string | null; field: string; problem: string }[];
	/** After a clean dry run: the id of the checked file, the only thing the "import" button posts. */
	checkId: string | null;
}

type Event = Parameters<Actions[string]>[0];

function failure(e: unknown) {
	const failed = toFailure(e);
	if (!failed) throw e;
	return fail(failed.status, { fileError: Object.values(failed.errors)[0] });
}

/** The dry run of an uploaded file; a clean file is kept server-side under a one-time id for "import". */
async function check(event: Event) {
	requireRole(event, 'secretariat');
	const t = translator(event.locals.lang);
	try {
		const { text, format } = await fileOf(await formOf(event.request));
		const rows = parseImportFile(text, format);
		const report = await practices.importPractices(event.locals.ctx, rows, { dryRun: true });
		const result: ImportResult = {
			dryRun: report.dryRun,
			committed: report.committed,
			total: report.total,
			valid: report.valid,
			// What a clean dry run would create.
			titles: rows.map(titleOf),
			created: [],
			errors: report.rows.flatMap((r) =>
				Object.entries(r.errors).map(([field, e]) => ({ row: r.row, title: r.title ?? null, field, problem: t(e.key, e.params) }))
			),
			checkId: report.rows.length === 0 ? await keepChecked(event.locals.ctx, text, format) : null
		};
		return report.rows.length ? fail(422, result) : result;
	} catch (e) {
		return failure(e);
	}
}

/**
 * Imports the checked file named by `check`, once: a second post of the same form (reload, double
 * click, the back button) gets a message and imports nothing. Then redirects (303) to its result.
 */
async function commit(event: Event) {
	requireRole(event, 'secretariat');
	const t = translator(event.locals.lang);
	let report: Awaited<ReturnType<typeof importChecked>>;
	let checkId: string;
	try {
		const id = (await formOf(event.request)).get('check');
		if (typeof id !== 'string' || !isUuid(id)) throw new DomainError('practices.importPage.alreadyUsed', 409, 'file');
		checkId = id;
		report = await importChecked(event.locals.ctx, checkId);
	} catch (e) {
		return failure(e);
	}
	if (report.committed) redirect(303, `/manage/practices/import?done=${checkId}`);
	// The file no longer passes its check (a tag or event went away since): its problems, nothing written.
	return fail(422, {
		dryRun: false,
		committed: false,
		total: report.total,
		valid: report.valid,
		titles: [],
		created: [],
		errors: report.rows.flatMap((r) =>
			Object.entries(r.errors).map(([field, e]) => ({ row: r.row, title: r.title ?? null, field, problem: t(e.key, e.params) }))
		),
		checkId: null
	} satisfies ImportResult);
}

export const actions: Actions = { check, import: commit };
