import { and, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../core/actor';
import { requireRoleIn } from '../core/guards';
import { DomainError } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { parseImportFile } from './csv';
import { importPractices, type ImportReport } from './operations';
import { practiceImportChecks } from './schema';

/** How long a checked file may wait for its "import" (and an import's result stays readable). */
const KEPT_FOR = sql`interval '1 day'`;

const owner = (ctx: Ctx) => (ctx.actor.userId ? eq(practiceImportChecks.userId, ctx.actor.userId) : isNull(practiceImportChecks.userId));

/**
 * Keeps a file that passed its dry run, for the import page's "import" button to name by id (the
 * page never carries the file back and forth). Checks older than a day are dropped on the way.
 * Not a public write: it clears no cached page.
 */
export async function keepChecked(ctx: Ctx, content: string, format: 'json' | 'csv'): Promise<string> {
	requireRoleIn(ctx.actor, 'secretariat');
	return inTransaction(
		ctx.db,
		async (tx) => {
			await tx.delete(practiceImportChecks).where(lt(practiceImportChecks.createdAt, sql`now() - ${KEPT_FOR}`));
			const [row] = await tx
				.insert(practiceImportChecks)
				.values({ userId: ctx.actor.userId, content, format })
				.returning({ id: practiceImportChecks.id });
			return row.id;
		},
		{ public: false }
	);
}

function titleOf(row: unknown): string | null {
	const titles = (row as { titles?: { en?: unknown } } | null)?.titles;
	return typeof titles?.en === 'string' ? titles.en.slice(0, 200) : null;
}

/**
 * Imports a checked file once. The file is first taken (`used_at` set where it was null, one
 * UPDATE: of two requests for the same id, a reload, a double click, in parallel or later, one
 * takes it and the other gets 409 `alreadyUsed`), then imported; an import that fails gives it back
 * to be imported again. A crash in between leaves it taken and nothing imported (check it again):
 * never imported twice.
 */
export async function importChecked(ctx: Ctx, checkId: string): Promise<ImportReport> {
	requireRoleIn(ctx.actor, 'secretariat');
	const mine = and(eq(practiceImportChecks.id, checkId), owner(ctx));
	const [taken] = await inTransaction(
		ctx.db,
		(tx) =>
			tx
				.update(practiceImportChecks)
				.set({ usedAt: sql`now()` })
				.where(and(mine, isNull(practiceImportChecks.usedAt), sql`${practiceImportChecks.createdAt} > now() - ${KEPT_FOR}`))
				.returning({ content: practiceImportChecks.content, format: practiceImportChecks.format }),
		{ public: false }
	);
	if (!taken?.content) throw new DomainError('practices.importPage.alreadyUsed', 409, 'file');
	const giveBack = () =>
		inTransaction(ctx.db, (tx) => tx.update(practiceImportChecks).set({ usedAt: null }).where(mine), { public: false });
	const rows = parseImportFile(taken.content, taken.format);
	let report: ImportReport;
	try {
		report = await importPractices(ctx, rows, { dryRun: false });
	} catch (e) {
		await giveBack();
		throw e;
	}
	// The file no longer passes (a tag or an event went away since the check): nothing written, the check given back.
	if (!report.committed) {
		await giveBack();
		return report;
	}
	const created = report.created.map((c, i) => ({ slug: c.slug, title: titleOf(rows[i]) }));
	await inTransaction(ctx.db, (tx) => tx.update(practiceImportChecks).set({ content: null, created }).where(mine), { public: false });
	return report;
}

/** What an import created, for the result page of the person who imported it; null if there is none. */
export async function importResult(ctx: Ctx, checkId: string) {
	requireRoleIn(ctx.actor, 'secretariat');
	const [row] = await ctx.db
		.select({ created: practiceImportChecks.created })
		.from(practiceImportChecks)
		.where(and(eq(practiceImportChecks.id, checkId), owner(ctx), isNotNull(practiceImportChecks.usedAt)));
	return row?.created ?? null;
}
