/**
 * The survey builder's writes: sections and questions with their choices, scale, items and
 * condition. A question that has answers cannot change meaning (kind, choices, scale, items): it
 * can be hidden, and a new question added.
 */
import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { LocalizedLines, QuestionInput, SectionInput } from '$lib/surveys/schemas';
import { hasChoices } from '$lib/surveys/types';
import type { LocalizedText } from '$lib/i18n/localized';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import type { Tx } from '../db/client';
import * as audit from '../audit';
import { isUuid } from '../web/params';
import { surveyAnswers, surveyChoices, surveyItems, surveyQuestions, surveySections } from './schema';
import { getSurvey, getSurveyRow } from './surveys';

export async function addSection(ctx: Ctx, surveyId: string, input: SectionInput) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!(await getSurveyRow(ctx.db, surveyId))) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const [{ last }] = await tx
			.select({ last: max(surveySections.position) })
			.from(surveySections)
			.where(eq(surveySections.surveyId, surveyId));
		const [row] = await tx
			.insert(surveySections)
			.values({ surveyId, titles: input.titles, position: (last ?? -1) + 1 })
			.returning();
		await audit.record(tx, ctx.actor, { action: 'survey.section.add', entityType: 'survey', entityId: surveyId, after: row });
		return row;
	});
}

/** Labels per position from lines per language; English decides the count, others match or are empty. */
function labelsOf(lines: LocalizedLines, field: string): LocalizedText[] {
	for (const lang of ['fr', 'es', 'ar'] as const) {
		if (lines[lang].length && lines[lang].length !== lines.en.length)
			throw new ValidationError({ [`${field}.${lang}`]: { key: 'surveys.errors.linesMismatch' } });
	}
	return lines.en.map((en, i) => {
		const label: LocalizedText = { en };
		for (const lang of ['fr', 'es', 'ar'] as const) if (lines[lang][i]) label[lang] = lines[lang][i];
		return label;
	});
}

/** The question's shape checked against its kind: choices, items, range, "other". */
function shapeOf(input: QuestionInput) {
	const choices = labelsOf(input.choices, 'choices');
	const items = labelsOf(input.items, 'items');
	const errors: ConstructorParameters<typeof ValidationError>[0] = {};
	if (hasChoices(input.kind)) {
		if (choices.length < 2) errors['choices.en'] = { key: 'surveys.errors.choicesNeeded' };
	} else if (choices.length) errors['choices.en'] = { key: 'surveys.errors.noChoicesForKind' };
	if (input.kind === 'rating-grid') {
		if (!items.length) errors['items.en'] = { key: 'surveys.errors.itemsNeeded' };
	} else if (items.length) errors['items.en'] = { key: 'surveys.errors.noChoicesForKind' };
	if (input.kind !== 'number' && (input.minValue !== undefined || input.maxValue !== undefined)) {
		errors.minValue = { key: 'surveys.errors.rangeOnlyForNumbers' };
	} else if (input.minValue !== undefined && input.maxValue !== undefined && input.minValue > input.maxValue) {
		errors.maxValue = { key: 'surveys.errors.range' };
	}
	if (input.allowOther && input.kind !== 'multiple-choice') errors.allowOther = { key: 'surveys.errors.otherOnlyMultiple' };
	if (!!input.conditionQuestionId !== !!input.conditionValue) errors.conditionValue = { key: 'surveys.errors.conditionValue' };
	if (Object.keys(errors).length) throw new ValidationError(errors);
	return { choices, items };
}

/** The condition names an earlier question of the survey and one of its values. Returns the stored value. */
async function checkCondition(tx: Tx, surveyId: string, input: QuestionInput, position: number, selfId?: string) {
	if (!input.conditionQuestionId) return null;
	const full = await getSurvey(tx, surveyId);
	const target = full?.questions.find((q) => q.id === input.conditionQuestionId);
	const index = full?.questions.findIndex((q) => q.id === input.conditionQuestionId) ?? -1;
	const selfIndex = selfId ? (full?.questions.findIndex((q) => q.id === selfId) ?? -1) : Number.MAX_SAFE_INTEGER;
	if (!target || target.id === selfId || index >= selfIndex || position < 0) {
		throw new ValidationError({ conditionQuestionId: { key: 'surveys.errors.conditionUnknown' } });
	}
	const value = input.conditionValue!.trim();
	if (target.kind === 'yes-no') {
		if (value === 'yes' || value === 'no') return value;
		throw new ValidationError({ conditionValue: { key: 'surveys.errors.conditionValue' } });
	}
	const choices = target.kind === 'single-choice' || target.kind === 'likert' || target.kind === 'multiple-choice' ? target.choices : [];
	// A choice is named by its id (the form's list sends it), its label in any language (the API), or
	// its number (1 = first) when no label reads so: a label "10" or "2024" means that choice, not a position.
	const folded = value.toLocaleLowerCase();
	const choice =
		choices.find((c) => c.id === value) ??
		choices.find((c) => Object.values(c.labels).some((l) => typeof l === 'string' && l.trim().toLocaleLowerCase() === folded)) ??
		(/^\d{1,4}$/.test(value) ? choices[Number(value) - 1] : undefined);
	if (!choice) throw new ValidationError({ conditionValue: { key: 'surveys.errors.conditionValue' } });
	return choice.id;
}

/** The columns a question's form sets, the same when it is added and when it is edited. */
function questionColumns(input: QuestionInput, conditionValue: string | null) {
	return {
		sectionId: input.sectionId,
		kind: input.kind,
		titles: input.titles,
		hints: input.hints ?? null,
		required: input.required,
		allowOther: input.allowOther,
		minValue: input.minValue ?? null,
		maxValue: input.maxValue ?? null,
		conditionQuestionId: input.conditionQuestionId ?? null,
		conditionValue
	};
}
export async function addQuestion(ctx: Ctx, surveyId: string, input: QuestionInput) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(surveyId)) throw notFound();
	const { choices, items } = shapeOf(input);
	return inTransaction(ctx.db, async (tx) => {
		const [section] = await tx
			.select({ id: surveySections.id })
			.from(surveySections)
			.where(and(eq(surveySections.id, input.sectionId), eq(surveySections.surveyId, surveyId)));
		if (!section) throw new ValidationError({ sectionId: { key: 'surveys.errors.sectionUnknown' } });
		const conditionValue = await checkCondition(tx, surveyId, input, 0);
		const [{ last }] = await tx
			.select({ last: max(surveyQuestions.position) })
			.from(surveyQuestions)
			.where(eq(surveyQuestions.surveyId, surveyId));
		const [row] = await tx
			.insert(surveyQuestions)
			.values({
				surveyId,
				...questionColumns(input, conditionValue),
				position: (last ?? -1) + 1
			})
			.returning();
		if (choices.length)
			await tx.insert(surveyChoices).values(choices.map((labels, position) => ({ questionId: row.id, labels, position })));
		if (items.length) await tx.insert(surveyItems).values(items.map((labels, position) => ({ questionId: row.id, labels, position })));
		await audit.record(tx, ctx.actor, {
			action: 'survey.question.add',
			entityType: 'survey-question',
			entityId: row.id,
			after: { ...row, choices, items }
		});
		return row;
	});
}

async function hasAnswers(tx: Tx, questionId: string): Promise<boolean> {
	const [row] = await tx
		.select({ one: sql`1` })
		.from(surveyAnswers)
		.where(eq(surveyAnswers.questionId, questionId))
		.limit(1);
	return !!row;
}

const same = (a: LocalizedText[], b: { labels: LocalizedText }[]) =>
	a.length === b.length && a.every((l, i) => JSON.stringify(l) === JSON.stringify(b[i].labels));

/**
 * Changes a question. Wording (title, hint, translations of labels) and whether it is required may
 * change; once answered, its kind, the number and English wording of its choices, items and range
 * may not.
 */
export async function updateQuestion(ctx: Ctx, questionId: string, input: QuestionInput) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(questionId)) throw notFound();
	const { choices, items } = shapeOf(input);
	return inTransaction(ctx.db, async (tx) => {
		const [before] = await tx.select().from(surveyQuestions).where(eq(surveyQuestions.id, questionId));
		if (!before) throw notFound();
		const oldChoices = await tx
			.select()
			.from(surveyChoices)
			.where(eq(surveyChoices.questionId, questionId))
			.orderBy(asc(surveyChoices.position));
		const oldItems = await tx.select().from(surveyItems).where(eq(surveyItems.questionId, questionId)).orderBy(asc(surveyItems.position));
		const englishSame = (a: LocalizedText[], b: { labels: LocalizedText }[]) =>
			a.length === b.length && a.every((l, i) => l.en === b[i].labels.en);
		const meaningChanged =
			input.kind !== before.kind ||
			!englishSame(choices, oldChoices) ||
			!englishSame(items, oldItems) ||
			(input.minValue ?? null) !== before.minValue ||
			(input.maxValue ?? null) !== before.maxValue ||
			input.allowOther !== before.allowOther;
		if (meaningChanged && (await hasAnswers(tx, questionId))) throw new DomainError('surveys.errors.answeredQuestion', 409, 'kind');
		const conditionValue = await checkCondition(tx, before.surveyId, input, 0, questionId);
		const [row] = await tx
			.update(surveyQuestions)
			.set({
				...questionColumns(input, conditionValue)
			})
			.where(eq(surveyQuestions.id, questionId))
			.returning();
		// Keep the rows (answers point at them): relabel in place, add or drop only what is new or gone.
		await syncLabels(tx, surveyChoices, questionId, oldChoices, choices);
		await syncLabels(tx, surveyItems, questionId, oldItems, items);
		if (!same(choices, oldChoices) || !same(items, oldItems) || JSON.stringify(before) !== JSON.stringify(row)) {
			await audit.record(tx, ctx.actor, {
				action: 'survey.question.update',
				entityType: 'survey-question',
				entityId: questionId,
				before: { ...before, choices: oldChoices.map((c) => c.labels), items: oldItems.map((i) => i.labels) },
				after: { ...row, choices, items }
			});
		}
		return row;
	});
}

async function syncLabels(
	tx: Tx,
	table: typeof surveyChoices | typeof surveyItems,
	questionId: string,
	old: { id: string; labels: LocalizedText }[],
	labels: LocalizedText[]
) {
	for (const [position, label] of labels.entries()) {
		if (old[position]) {
			if (JSON.stringify(old[position].labels) !== JSON.stringify(label))
				await tx.update(table).set({ labels: label }).where(eq(table.id, old[position].id));
		} else await tx.insert(table).values({ questionId, labels: label, position });
	}
	for (const gone of old.slice(labels.length)) await tx.delete(table).where(eq(table.id, gone.id));
}

/** Hides a question from the form and the results (its answers are kept), or shows it again. */
export async function setHidden(ctx: Ctx, questionId: string, hidden: boolean) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(questionId)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx.update(surveyQuestions).set({ hidden }).where(eq(surveyQuestions.id, questionId)).returning();
		if (!row) throw notFound();
		await audit.record(tx, ctx.actor, {
			action: hidden ? 'survey.question.hide' : 'survey.question.show',
			entityType: 'survey-question',
			entityId: questionId,
			after: { hidden }
		});
		return row;
	});
}
