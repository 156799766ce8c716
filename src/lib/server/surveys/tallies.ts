/**
 * A survey's counts kept beside its answers (`survey_tallies`, decision 014): each submission, edit
 * or recorded response adds its change in the transaction that writes the answers, with one
 * `insert … on conflict do update set n = n + excluded.n` (row locks: two submissions at once both
 * count). The results read these few hundred rows instead of every answer. `recountTallies` rebuilds
 * them from the answers: after answers written straight into the database (benchmarks), and as a
 * repair tool (`npm run surveys:recount`).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AnswerRow } from '$lib/domain/surveys';
import type { Db, Tx } from '../db/client';
import { surveys, surveyTallies } from './schema';

export interface Tally {
	questionId: string | null;
	itemId: string | null;
	choiceId: string | null;
	respondents: number;
	answers: number;
	numbers: number;
	sum: number;
	texts: number;
}

/** The change that responses make to the tallies, added (`sign` 1) or taken back (-1). */
export class TallyChange {
	private readonly rows = new Map<string, Tally>();

	private at(questionId: string | null, itemId: string | null = null, choiceId: string | null = null): Tally {
		const key = `${questionId ?? ''}/${itemId ?? ''}/${choiceId ?? ''}`;
		let row = this.rows.get(key);
		if (!row) this.rows.set(key, (row = { questionId, itemId, choiceId, respondents: 0, answers: 0, numbers: 0, sum: 0, texts: 0 }));
		return row;
	}

	/** One response's answers; `response` false for an edit, where the response itself stays. */
	add(answers: AnswerRow[], sign: 1 | -1, { response = true } = {}): this {
		if (response) this.at(null).respondents += sign;
		for (const questionId of new Set(answers.map((a) => a.questionId))) this.at(questionId).respondents += sign;
		for (const a of answers) {
			const row = this.at(a.questionId, a.choiceId ? a.itemId : null, a.choiceId);
			row.answers += sign;
			if (a.number !== null) {
				row.numbers += sign;
				row.sum += sign * a.number;
			}
			if (a.text !== null) row.texts += sign;
		}
		return this;
	}

	/** The rows that change, in key order (so that two transactions lock them in the same order). */
	changed(): Tally[] {
		return [...this.rows.entries()]
			.filter(([, r]) => r.respondents || r.answers || r.numbers || r.sum || r.texts)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([, r]) => r);
	}
}

/** Adds a change to a survey's tallies (inside the transaction that writes the answers). */
export async function applyTallies(tx: Tx, surveyId: string, change: TallyChange) {
	const rows = change.changed();
	if (!rows.length) return;
	await tx
		.insert(surveyTallies)
		.values(rows.map((r) => ({ ...r, surveyId })))
		.onConflictDoUpdate({
			target: [surveyTallies.surveyId, surveyTallies.questionId, surveyTallies.itemId, surveyTallies.choiceId],
			set: {
				respondents: sql`survey_tallies.respondents + excluded.respondents`,
				answers: sql`survey_tallies.answers + excluded.answers`,
				numbers: sql`survey_tallies.numbers + excluded.numbers`,
				sum: sql`survey_tallies.sum + excluded.sum`,
				texts: sql`survey_tallies.texts + excluded.texts`
			}
		});
}

/** A survey's tallies (rows that count something), in key order. */
export async function readTallies(db: Db | Tx, surveyId: string): Promise<Tally[]> {
	const t = surveyTallies;
	return db
		.select({
			questionId: t.questionId,
			itemId: t.itemId,
			choiceId: t.choiceId,
			respondents: t.respondents,
			answers: t.answers,
			numbers: t.numbers,
			sum: t.sum,
			texts: t.texts
		})
		.from(t)
		.where(and(eq(t.surveyId, surveyId), sql`(${t.respondents} > 0 or ${t.answers} > 0)`))
		.orderBy(asc(t.questionId), asc(t.itemId), asc(t.choiceId));
}

/**
 * Rebuilds a survey's tallies from its answers and responses, in one transaction. Submissions
 * that arrive meanwhile wait for it (the table is locked against writes while it counts), then add
 * their change to the new counts.
 */
export async function recountTallies(db: Db | Tx, surveyId: string) {
	// In a transaction of its own, or a savepoint of the caller's.
	await db.transaction(async (tx) => {
		await tx.execute(sql`lock table survey_tallies in exclusive mode`);
		await tx.delete(surveyTallies).where(eq(surveyTallies.surveyId, surveyId));
		await tx.execute(sql`
			insert into survey_tallies (survey_id, question_id, item_id, choice_id, respondents, answers, numbers, sum, texts)
			select ${surveyId}::uuid, question_id, item_id, choice_id, sum(respondents), sum(answers), sum(numbers), sum(sum), sum(texts)
			from (
				select question_id, case when choice_id is not null then item_id end as item_id, choice_id, 0 as respondents,
					count(*) as answers, count(number) as numbers, coalesce(sum(number), 0) as sum, count(text) as texts
				from survey_answers where survey_id = ${surveyId}::uuid group by 1, 2, 3
				union all
				select question_id, null::uuid, null::uuid, count(distinct response_id), 0, 0, 0, 0
				from survey_answers where survey_id = ${surveyId}::uuid group by question_id
				union all
				select null::uuid, null::uuid, null::uuid, count(*), 0, 0, 0, 0 from survey_responses where survey_id = ${surveyId}::uuid
			) counted
			group by question_id, item_id, choice_id
			having sum(respondents) > 0 or sum(answers) > 0`);
	});
}

/** Every survey's id (for recounting them all). */
export async function allSurveyIds(db: Db | Tx): Promise<string[]> {
	return (await db.select({ id: surveys.id }).from(surveys)).map((r) => r.id);
}
