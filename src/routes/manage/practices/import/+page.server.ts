import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as practices from '$lib/server/practices';
import { parseImportFile } from '$lib/server/practices/csv';
import { DomainError } from '$lib/server/core/errors';
import { requireRole } from '$lib/server/web/guards';
import { toFailure } from '$lib/server/web/forms';
import { translator } from '$lib/i18n';

/** The same limits as POST /api/v1/practices/import. */
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_PRACTICES = 5000;

export const load: PageServerLoad = (event) => {
	requireRole(event, 'secretariat');
	return { max: MAX_PRACTICES };
};

/**
 * The file of the form: an upload (`file`), or, after a dry run, the checked text carried back in
 * a hidden field (`content`, `format`) so that "import" writes exactly what was checked without
 * choosing the file again (and without JavaScript). JSON when the name or type says so, else CSV.
 */
async function fileOf(form: FormData): Promise<{ text: string; format: 'json' | 'csv' }> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_BYTES) throw new DomainError('practices.errors.importTooLarge', 413, 'file', { max: MAX_PRACTICES });
		const json = file.type.includes('json') || file.name.toLowerCase().endsWith('.json');
		return { text: await file.text(), format: json ? 'json' : 'csv' };
	}
	const content = form.get('content');
	if (typeof content === 'string' && content.length > 0) {
		if (content.length > MAX_BYTES) throw new DomainError('practices.errors.importTooLarge', 413, 'file', { max: MAX_PRACTICES });
		return { text: content, format: form.get('format') === 'json' ? 'json' : 'csv' };
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
	content: string | null;
	format: 'json' | 'csv';
}

async function run(event: Parameters<Actions[string]>[0], dryRun: boolean) {
	requireRole(event, 'secretariat');
	const t = translator(event.locals.lang);
	try {
		const { text, format } = await fileOf(await event.request.formData());
		const rows = parseImportFile(text, format);
		const report = await practices.importPractices(event.locals.ctx, rows, { dryRun });
		const result: ImportResult = {
			dryRun: report.dryRun,
			committed: report.committed,
			total: report.total,
			valid: report.valid,
			// What a clean dry run would create, or what was created (with its address).
			titles: report.committed ? [] : rows.map(titleOf),
			created: report.created.map((c, i) => ({ slug: c.slug, title: titleOf(rows[i]) })),
			errors: report.rows.flatMap((r) =>
				Object.entries(r.errors).map(([field, e]) => ({ row: r.row, title: r.title ?? null, field, problem: t(e.key, e.params) }))
			),
			// Carried to the "import" button after a clean dry run.
			content: report.dryRun && report.rows.length === 0 ? text : null,
			format
		};
		return report.rows.length ? fail(422, result) : result;
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { fileError: Object.values(failure.errors)[0] });
	}
}

export const actions: Actions = {
	check: (event) => run(event, true),
	import: (event) => run(event, false)
};
