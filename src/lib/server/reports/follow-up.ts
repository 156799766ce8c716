/**
 * Follow-up of recommendations (issue 8): each dialogue defines its statuses with the progress
 * each stands for; a State or an Organisation owns an action on a recommendation, with a due date
 * and a dated timeline whose newest entry sets the action's status. Progress rolls up to the
 * recommendation and to the report (domain/follow-up.ts).
 */
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { ActionSchema, EntrySchema, FollowUpStatusSchema } from '$lib/reports/schemas';
import { recommendationProgress, type Progress } from '$lib/domain/follow-up';
import type { LocalizedText } from '$lib/i18n';
import { parseWith, version as versionField, type FieldErrors } from '$lib/validation';
import type { Ctx } from '../core/actor';
import { DomainError, notFound, ValidationError, validOrThrow } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import { isForeignKeyViolation } from '../core/db-errors';
import { updateVersioned } from '../core/versioned';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { organisations } from '../directory/schema';
import { registerOrganisationReference } from '../directory/references';
import { states } from '../reference/schema';
import { isUuid } from '../web/params';
import { followUpActions, followUpEntries, followUpStatuses, reportItemOrganisations, reportItems } from './schema';

registerOrganisationReference({ table: followUpActions, column: followUpActions.ownerOrganisationId });
registerOrganisationReference({
	table: reportItemOrganisations,
	column: reportItemOrganisations.organisationId,
	alongside: [reportItemOrganisations.itemId]
});

export type FollowUpStatus = typeof followUpStatuses.$inferSelect;
export type Action = typeof followUpActions.$inferSelect;

// ───────────────────────────── statuses ─────────────────────────────

export async function listStatuses(db: Db | Tx, dialogueId: string): Promise<FollowUpStatus[]> {
	if (!isUuid(dialogueId)) return [];
	return db
		.select()
		.from(followUpStatuses)
		.where(eq(followUpStatuses.dialogueId, dialogueId))
		.orderBy(asc(followUpStatuses.position), asc(followUpStatuses.progress));
}

/** Adds a status to the dialogue's list, or changes the labels and progress of one with the same key. */
export async function defineStatus(ctx: Ctx, dialogueId: string, raw: unknown): Promise<FollowUpStatus> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(dialogueId)) throw notFound();
	const input = validOrThrow(parseWith(FollowUpStatusSchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		const existing = await listStatuses(tx, dialogueId);
		const before = existing.find((s) => s.key === input.key);
		try {
			const [row] = before
				? await tx
						.update(followUpStatuses)
						.set({ labels: input.labels, progress: input.progress })
						.where(and(eq(followUpStatuses.dialogueId, dialogueId), eq(followUpStatuses.key, input.key)))
						.returning()
				: await tx
						.insert(followUpStatuses)
						.values({ dialogueId, ...input, position: existing.length })
						.returning();
			await audit.record(tx, ctx.actor, {
				action: 'follow-up.status.define',
				entityType: 'dialogue',
				entityId: dialogueId,
				before,
				after: input
			});
			return row;
		} catch (e) {
			if (isForeignKeyViolation(e)) throw notFound();
			throw e;
		}
	});
}

/** Removes a status nobody uses (an action or a timeline entry that names it keeps it). */
export async function removeStatus(ctx: Ctx, dialogueId: string, key: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(dialogueId) || !FollowUpStatusSchema.shape.key.safeParse(key).success) throw notFound();
	await inTransaction(ctx.db, async (tx) => {
		try {
			const removed = await tx
				.delete(followUpStatuses)
				.where(and(eq(followUpStatuses.dialogueId, dialogueId), eq(followUpStatuses.key, key)))
				.returning();
			if (!removed.length) throw notFound();
			await audit.record(tx, ctx.actor, {
				action: 'follow-up.status.remove',
				entityType: 'dialogue',
				entityId: dialogueId,
				before: removed[0]
			});
		} catch (e) {
			if (isForeignKeyViolation(e)) throw new DomainError('reports.errors.statusInUse', 409);
			throw e;
		}
	});
}

// ───────────────────────────── actions ─────────────────────────────

async function checkAction(tx: Tx, dialogueId: string, input: { status: string; ownerStateId?: string; ownerOrganisationId?: string }) {
	const errors: FieldErrors = {};
	const [status] = await tx
		.select({ key: followUpStatuses.key })
		.from(followUpStatuses)
		.where(and(eq(followUpStatuses.dialogueId, dialogueId), eq(followUpStatuses.key, input.status)));
	if (!status) errors.status = { key: 'reports.errors.unknownStatus', params: { value: input.status } };
	if (input.ownerStateId) {
		const [state] = await tx.select({ id: states.id }).from(states).where(eq(states.id, input.ownerStateId));
		if (!state) errors.ownerStateId = { key: 'reports.errors.unknownState', params: { value: input.ownerStateId } };
	}
	if (input.ownerOrganisationId) {
		const [organisation] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(eq(organisations.id, input.ownerOrganisationId));
		if (!organisation)
			errors.ownerOrganisationId = { key: 'reports.errors.unknownOrganisation', params: { value: input.ownerOrganisationId } };
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** A new action on a recommendation. */
export async function createAction(ctx: Ctx, itemId: string, raw: unknown): Promise<Action> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ActionSchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		if (!isUuid(itemId)) throw notFound();
		const [item] = await tx
			.select({ dialogueId: reportItems.dialogueId, kind: reportItems.kind })
			.from(reportItems)
			.where(eq(reportItems.id, itemId));
		if (!item) throw notFound();
		if (item.kind !== 'recommendation') throw new DomainError('reports.errors.notRecommendation', 422);
		await checkAction(tx, item.dialogueId, input);
		const [row] = await tx
			.insert(followUpActions)
			.values({
				itemId,
				dialogueId: item.dialogueId,
				ownerStateId: input.ownerStateId ?? null,
				ownerOrganisationId: input.ownerOrganisationId ?? null,
				descriptions: input.descriptions,
				status: input.status,
				dueDate: input.dueDate ?? null
			})
			.returning();
		await audit.record(tx, ctx.actor, {
			action: 'follow-up.action.create',
			entityType: 'follow-up-action',
			entityId: row.id,
			after: { itemId, ...input }
		});
		return row;
	});
}

export async function updateAction(ctx: Ctx, actionId: string, raw: unknown): Promise<Action> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ActionSchema.safeExtend({ version: versionField }), raw));
	return inTransaction(ctx.db, async (tx) => {
		const before = await actionRow(tx, actionId);
		await checkAction(tx, before.dialogueId, input);
		const after = await updateVersioned(tx, followUpActions, actionId, input.version, {
			ownerStateId: input.ownerStateId ?? null,
			ownerOrganisationId: input.ownerOrganisationId ?? null,
			descriptions: input.descriptions,
			status: input.status,
			dueDate: input.dueDate ?? null
		});
		await audit.record(tx, ctx.actor, {
			action: 'follow-up.action.update',
			entityType: 'follow-up-action',
			entityId: actionId,
			before,
			after: input
		});
		return after;
	});
}

async function actionRow(tx: Tx, id: string, options: { lock?: boolean } = {}): Promise<Action> {
	if (!isUuid(id)) throw notFound();
	const query = tx.select().from(followUpActions).where(eq(followUpActions.id, id));
	const [row] = options.lock ? await query.for('update') : await query;
	if (!row) throw notFound();
	return row;
}

/**
 * A dated entry in the action's timeline. Unless a later-dated entry exists, its status becomes
 * the action's status (an entry recorded today about last year does not undo this year's).
 */
export async function addEntry(ctx: Ctx, actionId: string, raw: unknown) {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(EntrySchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		// Locked: two entries added at once are decided one after the other, so an older-dated one
		// never overwrites the status a newer one set in a transaction it could not see.
		const action = await actionRow(tx, actionId, { lock: true });
		await checkAction(tx, action.dialogueId, { status: input.status });
		const [row] = await tx
			.insert(followUpEntries)
			.values({
				actionId,
				dialogueId: action.dialogueId,
				on: input.on,
				texts: input.texts,
				status: input.status,
				createdBy: ctx.actor.userId
			})
			.returning();
		const [later] = await tx
			.select({ id: followUpEntries.id })
			.from(followUpEntries)
			.where(and(eq(followUpEntries.actionId, actionId), gt(followUpEntries.on, input.on)))
			.limit(1);
		// Every entry changes the action (its timeline), so its version and time move on either way.
		await tx
			.update(followUpActions)
			.set({ ...(later ? {} : { status: input.status }), version: sql`${followUpActions.version} + 1`, updatedAt: new Date() })
			.where(eq(followUpActions.id, actionId));
		await audit.record(tx, ctx.actor, { action: 'follow-up.entry.add', entityType: 'follow-up-action', entityId: actionId, after: input });
		return row;
	});
}

// ───────────────────────────── reads ─────────────────────────────

export interface ActionView {
	id: string;
	itemId: string;
	owner: { kind: 'state' | 'organisation'; id: string; names: LocalizedText; acronym: string | null };
	descriptions: LocalizedText;
	status: { key: string; labels: LocalizedText; progress: number };
	dueDate: string | null;
	version: number;
	timeline: { id: string; on: string; texts: LocalizedText; status: { key: string; labels: LocalizedText } }[];
}

/** The actions on these recommendations with their owners, statuses and timelines (three queries), and each recommendation's progress. */
export async function actionsFor(db: Db | Tx, itemIds: string[]): Promise<{ actions: ActionView[]; progress: Map<string, Progress> }> {
	const ids = itemIds.filter(isUuid);
	if (!ids.length) return { actions: [], progress: new Map() };
	const rows = await db
		.select({
			action: followUpActions,
			stateNames: states.names,
			organisationName: organisations.name,
			organisationAcronym: organisations.acronym,
			statusLabels: followUpStatuses.labels,
			progress: followUpStatuses.progress
		})
		.from(followUpActions)
		.innerJoin(
			followUpStatuses,
			and(eq(followUpStatuses.dialogueId, followUpActions.dialogueId), eq(followUpStatuses.key, followUpActions.status))
		)
		.leftJoin(states, eq(states.id, followUpActions.ownerStateId))
		.leftJoin(organisations, eq(organisations.id, followUpActions.ownerOrganisationId))
		.where(inArray(followUpActions.itemId, ids))
		.orderBy(asc(followUpActions.createdAt));
	const actionIds = rows.map((r) => r.action.id);
	const entries = actionIds.length
		? await db
				.select({ entry: followUpEntries, labels: followUpStatuses.labels })
				.from(followUpEntries)
				.innerJoin(
					followUpStatuses,
					and(eq(followUpStatuses.dialogueId, followUpEntries.dialogueId), eq(followUpStatuses.key, followUpEntries.status))
				)
				.where(inArray(followUpEntries.actionId, actionIds))
				.orderBy(desc(followUpEntries.on), desc(followUpEntries.createdAt))
		: [];
	const actions: ActionView[] = rows.map((r) => ({
		id: r.action.id,
		itemId: r.action.itemId,
		owner: r.action.ownerStateId
			? { kind: 'state', id: r.action.ownerStateId, names: r.stateNames ?? { en: r.action.ownerStateId }, acronym: null }
			: {
					kind: 'organisation',
					id: r.action.ownerOrganisationId!,
					names: { en: r.organisationName ?? '' },
					acronym: r.organisationAcronym
				},
		descriptions: r.action.descriptions,
		status: { key: r.action.status, labels: r.statusLabels, progress: r.progress },
		dueDate: r.action.dueDate,
		version: r.action.version,
		timeline: entries
			.filter((e) => e.entry.actionId === r.action.id)
			.map((e) => ({ id: e.entry.id, on: e.entry.on, texts: e.entry.texts, status: { key: e.entry.status, labels: e.labels } }))
	}));
	const progress = new Map(
		ids.map((id) => [id, recommendationProgress(actions.filter((a) => a.itemId === id).map((a) => a.status.progress))])
	);
	return { actions, progress };
}
