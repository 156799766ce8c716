/**
 * The responses of a survey as CSV or XLSX, one row per response and a column per question (a grid's
 * items and an "Other" text in columns of their own), streamed a page of responses at a time: the
 * memory used does not grow with the number of answers. Secretariat only, and every export is written
 * to the audit log. Cells are neutralised against formula injection ($lib/participation/formula).
 */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { xlsxStream } from '../files/xlsx';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { csvSafe } from '$lib/participation/formula';
import type { Ctx } from '../core/actor';
import { notFound } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Db } from '../db/client';
import * as audit from '../audit';
import { surveyAnswers, surveyResponses } from './schema';
import { getSurvey, responseCount, type FullSurvey } from './surveys';

const PAGE = 1000;

interface Column {
	header: string;
	questionId: string;
	itemId?: string;
	other?: boolean;
}

function columnsOf(full: FullSurvey): Column[] {
	const columns: Column[] = [];
	full.questions.forEach((q, i) => {
		const title = `Q${i + 1} ${q.titles.en}${q.hidden ? ' (hidden)' : ''}`;
		if (q.kind === 'rating-grid')
			for (const item of q.items) columns.push({ header: `${title} – ${item.labels.en}`, questionId: q.id, itemId: item.id });
		else columns.push({ header: title, questionId: q.id });
		if (q.allowOther) columns.push({ header: `${title} – other`, questionId: q.id, other: true });
	});
	return columns;
}

async function* pages(db: Db, full: FullSurvey, columns: Column[]): AsyncGenerator<string[][]> {
	const surveyId = full.survey.id;
	const labels = new Map(full.questions.flatMap((q) => q.choices.map((c) => [c.id, c.labels.en] as const)));
	const kinds = new Map(full.questions.map((q) => [q.id, q.kind]));
	const index = new Map(columns.map((c, i) => [`${c.questionId}/${c.itemId ?? ''}/${c.other ? 'other' : ''}`, i]));
	let after: string | null = null;
	for (;;) {
		const responses: { id: string; submittedOn: string; respondentKey: string | null; stateId: string | null }[] = await db
			.select({
				id: surveyResponses.id,
				submittedOn: surveyResponses.submittedOn,
				respondentKey: surveyResponses.respondentKey,
				stateId: surveyResponses.stateId
			})
			.from(surveyResponses)
			.where(and(eq(surveyResponses.surveyId, surveyId), after ? gt(surveyResponses.id, after) : undefined))
			.orderBy(asc(surveyResponses.id))
			.limit(PAGE);
		if (!responses.length) return;
		after = responses[responses.length - 1].id;
		const answers = await db
			.select({
				responseId: surveyAnswers.responseId,
				questionId: surveyAnswers.questionId,
				itemId: surveyAnswers.itemId,
				choiceId: surveyAnswers.choiceId,
				number: surveyAnswers.number,
				text: surveyAnswers.text
			})
			.from(surveyAnswers)
			.where(
				inArray(
					surveyAnswers.responseId,
					responses.map((r) => r.id)
				)
			);
		const cells = new Map(responses.map((r) => [r.id, columns.map(() => [] as string[])]));
		for (const a of answers) {
			const kind = kinds.get(a.questionId);
			const other = a.text !== null && kind === 'multiple-choice';
			const column = index.get(`${a.questionId}/${a.itemId ?? ''}/${other ? 'other' : ''}`);
			if (column === undefined) continue;
			const value = a.choiceId
				? (labels.get(a.choiceId) ?? '')
				: kind === 'yes-no'
					? a.number === 1
						? 'yes'
						: 'no'
					: a.number !== null
						? String(a.number)
						: (a.text ?? '');
			cells.get(a.responseId)![column].push(value);
		}
		yield responses.map((r) => [
			r.id,
			r.submittedOn,
			...(full.survey.anonymous ? [] : [r.respondentKey ?? '', r.stateId ?? '']),
			...cells.get(r.id)!.map((values) => values.join('; '))
		]);
	}
}

async function* csvChunks(header: string[], rows: AsyncGenerator<string[][]>): AsyncGenerator<Buffer> {
	yield Buffer.from('\uFEFF' + stringify([header.map(csvSafe)]));
	for await (const page of rows) yield Buffer.from(stringify(page.map((row) => row.map(csvSafe))));
}

/** The rows of the export, for the download and the benchmark. */
export async function exportStream(db: Db, full: FullSurvey, format: 'csv' | 'xlsx'): Promise<Readable> {
	const columns = columnsOf(full);
	const header = ['response', 'submitted_on', ...(full.survey.anonymous ? [] : ['respondent', 'state']), ...columns.map((c) => c.header)];
	const rows = pages(db, full, columns);
	return format === 'csv' ? Readable.from(csvChunks(header, rows), { objectMode: false }) : xlsxStream(header, rows, 'Responses');
}

/** The export as a streamed download; the audit records who took it. */
export async function exportResponses(ctx: Ctx, surveyId: string, format: 'csv' | 'xlsx'): Promise<Response> {
	requireRoleIn(ctx.actor, 'secretariat');
	const full = await getSurvey(ctx.db, surveyId);
	if (!full) throw notFound();
	const responses = await responseCount(ctx.db, surveyId);
	await inTransaction(
		ctx.db,
		(tx) =>
			audit.record(tx, ctx.actor, { action: 'survey.export', entityType: 'survey', entityId: surveyId, after: { format, responses } }),
		{ public: false }
	);
	const body = await exportStream(ctx.db, full, format);
	return new Response(Readable.toWeb(body) as unknown as ReadableStream, {
		headers: {
			'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="survey-${surveyId}-responses.${format}"`,
			'cache-control': 'private, no-store'
		}
	});
}
