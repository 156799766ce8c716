/**
 * The working copy of a report: the report, its sections in order, the items they list and the
 * items addressing each expected outcome. The secretariat edits it; every edit moves the report
 * back to draft and its version on, so what was reviewed is what gets published (workflow.ts).
 */
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import { ItemSchema, ReportEditSchema, ReportSchema, SectionSchema, type ItemInput } from '$lib/reports/schemas';
import type { SectionKind } from '$lib/reports/types';
import { parseWith } from '$lib/validation';
import type { Actor, Ctx } from '../core/actor';
import { notFound, ValidationError, validOrThrow } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import { isUniqueViolation } from '../core/db-errors';
import { updateVersioned } from '../core/versioned';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { cycles, events } from '../dialogues/schema';
import { onExpectedOutcomesChanged } from '../dialogues';
import { organisations } from '../directory/schema';
import { evidenceFacts, practices } from '../practices/schema';
import { checkTags, referenceSets, slugify, type ReferenceSets } from '../practices/operations';
import { states } from '../reference/schema';
import { isUuid } from '../web/params';
import {
	followUpActions,
	reportItemFacts,
	reportItemOrganisations,
	reportItemPractices,
	reportItems,
	reportItemStates,
	reportOutcomeItems,
	reports,
	reportSectionItems,
	reportSections
} from './schema';

// Findings are mapped to the event's expected outcomes by position: when those change, every report
// of the event goes back to draft, so a mapping is never published unreviewed against new outcomes.
onExpectedOutcomesChanged(async (tx, eventId, actor) => {
	const listing = await tx.select({ id: reports.id }).from(reports).where(eq(reports.eventId, eventId));
	await touch(
		tx,
		listing.map((r) => r.id),
		actor
	);
});

export type Report = typeof reports.$inferSelect;
export type Section = typeof reportSections.$inferSelect;
export type Item = typeof reportItems.$inferSelect;

/** The report, or 404 (a malformed id too). */
export async function reportRow(db: Db | Tx, id: string): Promise<Report> {
	if (!isUuid(id)) throw notFound();
	const [row] = await db.select().from(reports).where(eq(reports.id, id));
	if (!row) throw notFound();
	return row;
}

async function sectionRow(db: Db | Tx, id: string): Promise<Section> {
	if (!isUuid(id)) throw notFound();
	const [row] = await db.select().from(reportSections).where(eq(reportSections.id, id));
	if (!row) throw notFound();
	return row;
}

async function itemRow(db: Db | Tx, id: string): Promise<Item> {
	if (!isUuid(id)) throw notFound();
	const [row] = await db.select().from(reportItems).where(eq(reportItems.id, id));
	if (!row) throw notFound();
	return row;
}

/**
 * The report's editors with the acting user added (once): whoever changed the working copy since its
 * last publication cannot approve it (workflow.ts). The system (seed, CLI) is nobody and is not kept.
 */
function editorsWith(actor: Actor) {
	const editor = actor.kind === 'user' ? actor.userId : null;
	if (!editor) return reports.editors;
	return sql`case when ${editor}::uuid = any(${reports.editors}) then ${reports.editors} else array_append(${reports.editors}, ${editor}::uuid) end`;
}

/**
 * A change to a report's content: back to draft (a published report keeps its published version;
 * the next one needs review again) and its version moves on, so a review or publication made on
 * what the reviewer saw is refused once the content changed under it. Who made it is kept among
 * the report's editors, who may no longer approve it.
 */
export async function touch(tx: Tx, reportIds: string[], actor: Actor): Promise<void> {
	if (!reportIds.length) return;
	await tx
		.update(reports)
		.set({ status: 'draft', submittedBy: null, editors: editorsWith(actor), version: sql`${reports.version} + 1`, updatedAt: new Date() })
		.where(inArray(reports.id, reportIds));
}

/** Every report listing an item, in a section or under an expected outcome. */
async function reportsListing(tx: Tx, itemId: string): Promise<string[]> {
	const result = (await tx.execute(sql`
		select s.report_id from ${reportSectionItems} si join ${reportSections} s on s.id = si.section_id where si.item_id = ${itemId}
		union select report_id from ${reportOutcomeItems} where item_id = ${itemId}`)) as unknown as { rows: { report_id: string }[] };
	return result.rows.map((r) => r.report_id);
}

// ───────────────────────────── reports ─────────────────────────────

/** A new report of an event (or of a cycle), as a draft with no sections. */
export async function createReport(ctx: Ctx, raw: unknown): Promise<Report> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ReportSchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		const [owner] = input.eventId
			? await tx
					.select({ cycleId: cycles.id, dialogueId: cycles.dialogueId })
					.from(events)
					.innerJoin(cycles, eq(cycles.id, events.cycleId))
					.where(eq(events.id, input.eventId))
			: await tx.select({ cycleId: cycles.id, dialogueId: cycles.dialogueId }).from(cycles).where(eq(cycles.id, input.cycleId!));
		if (!owner) throw new ValidationError({ [input.eventId ? 'eventId' : 'cycleId']: { key: 'reports.errors.unknownEventOrCycle' } });
		const slug = input.slug ?? (await freeSlug(tx, slugify(input.titles.en)));
		try {
			const [row] = await tx
				.insert(reports)
				.values({
					slug,
					dialogueId: owner.dialogueId,
					cycleId: owner.cycleId,
					eventId: input.eventId ?? null,
					titles: input.titles,
					summaries: input.summaries ?? null,
					// Writing the first title is changing the working copy: its author cannot approve it either.
					editors: ctx.actor.kind === 'user' && ctx.actor.userId ? [ctx.actor.userId] : []
				})
				.returning();
			await audit.record(tx, ctx.actor, { action: 'report.create', entityType: 'report', entityId: row.id, after: input });
			return row;
		} catch (e) {
			if (isUniqueViolation(e)) throw new ValidationError({ slug: { key: 'reports.errors.slugTaken' } });
			throw e;
		}
	});
}

/** `base`, or `base-2`, `base-3`… the first not taken. */
async function freeSlug(tx: Tx, base: string): Promise<string> {
	const taken = new Set(
		(
			await tx
				.select({ slug: reports.slug })
				.from(reports)
				.where(sql`${reports.slug} = ${base} or ${reports.slug} ~ ${`^${base}-[0-9]+$`}`)
		).map((r) => r.slug)
	);
	let slug = base;
	for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
	return slug;
}

export async function updateReport(ctx: Ctx, id: string, raw: unknown): Promise<Report> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ReportEditSchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		const before = await reportRow(tx, id);
		// The author joins the editors first (a stale version below rolls it back with the rest).
		await tx
			.update(reports)
			.set({ editors: editorsWith(ctx.actor) })
			.where(eq(reports.id, id));
		const after = await updateVersioned(tx, reports, id, input.version, {
			titles: input.titles,
			summaries: input.summaries ?? null,
			status: 'draft',
			submittedBy: null
		});
		await audit.record(tx, ctx.actor, { action: 'report.update', entityType: 'report', entityId: id, before, after: input });
		return after;
	});
}

// ───────────────────────────── sections ─────────────────────────────

/** Outcomes and the annex are the event's: a cycle's report has neither, and a report has one of each at most. */
async function checkKind(tx: Tx, report: Report, kind: SectionKind, except?: string): Promise<void> {
	if (kind === 'text') return;
	if (!report.eventId) throw new ValidationError({ kind: { key: 'reports.errors.needsEvent' } });
	const same = await tx
		.select({ id: reportSections.id })
		.from(reportSections)
		.where(and(eq(reportSections.reportId, report.id), eq(reportSections.kind, kind)));
	if (same.some((s) => s.id !== except)) throw new ValidationError({ kind: { key: 'reports.errors.oneOfKind' } });
}

export async function addSection(ctx: Ctx, reportId: string, raw: unknown): Promise<Section> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(SectionSchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		const report = await reportRow(tx, reportId);
		await checkKind(tx, report, input.kind);
		const [{ last }] = await tx
			.select({ last: max(reportSections.position) })
			.from(reportSections)
			.where(eq(reportSections.reportId, reportId));
		const [row] = await tx
			.insert(reportSections)
			.values({ reportId, position: (last ?? -1) + 1, kind: input.kind, titles: input.titles, bodies: input.bodies ?? null })
			.returning();
		await touch(tx, [reportId], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.section.add',
			entityType: 'report',
			entityId: reportId,
			after: { id: row.id, ...input }
		});
		return row;
	});
}

export async function updateSection(ctx: Ctx, sectionId: string, raw: unknown): Promise<Section> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(SectionSchema, raw));
	return inTransaction(ctx.db, async (tx) => {
		const before = await sectionRow(tx, sectionId);
		await checkKind(tx, await reportRow(tx, before.reportId), input.kind, sectionId);
		const [row] = await tx
			.update(reportSections)
			.set({ kind: input.kind, titles: input.titles, bodies: input.bodies ?? null })
			.where(eq(reportSections.id, sectionId))
			.returning();
		await touch(tx, [before.reportId], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.section.update',
			entityType: 'report',
			entityId: before.reportId,
			before,
			after: input
		});
		return row;
	});
}

/** Swaps a section with its neighbour above or below. */
export async function moveSection(ctx: Ctx, sectionId: string, direction: 'up' | 'down'): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const section = await sectionRow(tx, sectionId);
		const list = await tx
			.select({ id: reportSections.id, position: reportSections.position })
			.from(reportSections)
			.where(eq(reportSections.reportId, section.reportId))
			.orderBy(asc(reportSections.position), asc(reportSections.id));
		const order = moved(
			list.map((s) => s.id),
			sectionId,
			direction
		);
		for (const [position, id] of order.entries()) await tx.update(reportSections).set({ position }).where(eq(reportSections.id, id));
		await touch(tx, [section.reportId], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.section.move',
			entityType: 'report',
			entityId: section.reportId,
			after: { sectionId, direction }
		});
	});
}

/** `ids` with `id` moved one place up or down (unchanged at either end). */
export function moved(ids: string[], id: string, direction: 'up' | 'down'): string[] {
	const order = [...ids];
	const at = order.indexOf(id);
	const to = direction === 'up' ? at - 1 : at + 1;
	if (at < 0 || to < 0 || to >= order.length) return order;
	[order[at], order[to]] = [order[to], order[at]];
	return order;
}

/** Removes a section (its items stay: they may be listed elsewhere, and follow-up hangs on them). */
export async function deleteSection(ctx: Ctx, sectionId: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const before = await sectionRow(tx, sectionId);
		await tx.delete(reportSections).where(eq(reportSections.id, sectionId));
		await touch(tx, [before.reportId], ctx.actor);
		await audit.record(tx, ctx.actor, { action: 'report.section.delete', entityType: 'report', entityId: before.reportId, before });
	});
}

// ───────────────────────────── items ─────────────────────────────

/**
 * Tags must name reference entries, and links records that exist (the database refuses the rest
 * too: this is where the message naming the value comes from). Only published practices may be
 * linked: a report is public, a draft practice is not.
 */
async function checkItem(tx: Tx, input: ItemInput, reference: ReferenceSets): Promise<void> {
	const errors = checkTags({ ...input, regions: [], countries: [] }, reference);
	const missing = async (
		field: string,
		key: Parameters<typeof unknownValue>[0],
		wanted: string[],
		found: () => Promise<{ id: string }[]>
	) => {
		if (!wanted.length) return;
		const have = new Set((await found()).map((r) => r.id));
		const bad = wanted.find((v) => !have.has(v));
		if (bad) errors[field] = unknownValue(key, bad);
	};
	await missing('practices', 'reports.errors.unknownPractice', input.practices, () =>
		tx
			.select({ id: practices.id })
			.from(practices)
			.where(and(inArray(practices.id, input.practices), eq(practices.publicationStatus, 'published')))
	);
	await missing('facts', 'reports.errors.unknownFact', input.facts, () =>
		tx.select({ id: evidenceFacts.id }).from(evidenceFacts).where(inArray(evidenceFacts.id, input.facts))
	);
	await missing('states', 'reports.errors.unknownState', input.states, () =>
		tx.select({ id: states.id }).from(states).where(inArray(states.id, input.states))
	);
	await missing('organisations', 'reports.errors.unknownOrganisation', input.organisations, () =>
		tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, input.organisations))
	);
	if (Object.keys(errors).length) throw new ValidationError(errors);
}

function unknownValue(
	key:
		'reports.errors.unknownPractice' | 'reports.errors.unknownFact' | 'reports.errors.unknownState' | 'reports.errors.unknownOrganisation',
	value: string
) {
	return { key, params: { value } };
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

function itemValues(input: ItemInput) {
	return {
		kind: input.kind,
		level: input.level ?? null,
		headlines: input.headlines ?? null,
		texts: input.texts,
		gcmObjectives: unique(input.gcmObjectives).sort((a, b) => a - b),
		principles: unique(input.principles).sort(),
		areas: unique(input.areas),
		stages: unique(input.stages),
		targetGroups: unique(input.targetGroups)
	};
}

/** Replaces an item's links with those of the input (one statement after another: a transaction has one connection). */
async function writeLinks(tx: Tx, itemId: string, input: ItemInput): Promise<void> {
	await tx.delete(reportItemPractices).where(eq(reportItemPractices.itemId, itemId));
	await tx.delete(reportItemFacts).where(eq(reportItemFacts.itemId, itemId));
	await tx.delete(reportItemStates).where(eq(reportItemStates.itemId, itemId));
	await tx.delete(reportItemOrganisations).where(eq(reportItemOrganisations.itemId, itemId));
	const practiceIds = unique(input.practices);
	const factIds = unique(input.facts);
	const stateIds = unique(input.states);
	const organisationIds = unique(input.organisations);
	if (practiceIds.length) await tx.insert(reportItemPractices).values(practiceIds.map((practiceId) => ({ itemId, practiceId })));
	if (factIds.length) await tx.insert(reportItemFacts).values(factIds.map((factId) => ({ itemId, factId })));
	if (stateIds.length) await tx.insert(reportItemStates).values(stateIds.map((stateId) => ({ itemId, stateId })));
	if (organisationIds.length)
		await tx.insert(reportItemOrganisations).values(organisationIds.map((organisationId) => ({ itemId, organisationId })));
}

/** A new item, listed at the end of a section of the report. */
export async function createItem(ctx: Ctx, sectionId: string, raw: unknown): Promise<Item> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ItemSchema, raw));
	// Read before the transaction: its queries run side by side on the pool, which a transaction's one connection cannot.
	const reference = await referenceSets(ctx.db);
	return inTransaction(ctx.db, async (tx) => {
		const section = await sectionRow(tx, sectionId);
		const report = await reportRow(tx, section.reportId);
		await checkItem(tx, input, reference);
		const [item] = await tx
			.insert(reportItems)
			.values({ dialogueId: report.dialogueId, cycleId: report.cycleId, ...itemValues(input) })
			.returning();
		await writeLinks(tx, item.id, input);
		await appendToSection(tx, sectionId, item.id);
		await touch(tx, [report.id], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.item.create',
			entityType: 'report-item',
			entityId: item.id,
			after: { sectionId, ...input }
		});
		return item;
	});
}

/** Lists the item last in the section; false when the section lists it already. */
async function appendToSection(tx: Tx, sectionId: string, itemId: string): Promise<boolean> {
	const [{ last }] = await tx
		.select({ last: max(reportSectionItems.position) })
		.from(reportSectionItems)
		.where(eq(reportSectionItems.sectionId, sectionId));
	const added = await tx
		.insert(reportSectionItems)
		.values({ sectionId, itemId, position: (last ?? -1) + 1 })
		.onConflictDoNothing()
		.returning({ itemId: reportSectionItems.itemId });
	return added.length > 0;
}

/** Changes an item's text, tags and links; every report listing it goes back to draft. */
export async function updateItem(ctx: Ctx, itemId: string, raw: unknown): Promise<Item> {
	requireRoleIn(ctx.actor, 'secretariat');
	const input = validOrThrow(parseWith(ItemSchema.safeExtend({ version: ReportEditSchema.shape.version }), raw));
	// Read before the transaction: its queries run side by side on the pool, which a transaction's one connection cannot.
	const reference = await referenceSets(ctx.db);
	return inTransaction(ctx.db, async (tx) => {
		const before = await itemRow(tx, itemId);
		if (before.kind === 'recommendation' && input.kind !== 'recommendation' && (await hasActions(tx, itemId)))
			throw new ValidationError({ kind: { key: 'reports.errors.kindHasActions' } });
		await checkItem(tx, input, reference);
		const after = await updateVersioned(tx, reportItems, itemId, input.version, itemValues(input));
		await writeLinks(tx, itemId, input);
		await touch(tx, await reportsListing(tx, itemId), ctx.actor);
		await audit.record(tx, ctx.actor, { action: 'report.item.update', entityType: 'report-item', entityId: itemId, before, after: input });
		return after;
	});
}

async function hasActions(tx: Tx, itemId: string): Promise<boolean> {
	const [action] = await tx.select({ id: followUpActions.id }).from(followUpActions).where(eq(followUpActions.itemId, itemId)).limit(1);
	return !!action;
}

/** Lists an existing item of the same dialogue in a section too (one finding, several reports). */
export async function attachItem(ctx: Ctx, sectionId: string, itemId: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const section = await sectionRow(tx, sectionId);
		const report = await reportRow(tx, section.reportId);
		const item = await itemRow(tx, itemId).catch(() => {
			throw new ValidationError({ itemId: { key: 'reports.errors.unknownItem' } });
		});
		if (item.dialogueId !== report.dialogueId) throw new ValidationError({ itemId: { key: 'reports.errors.otherDialogue' } });
		// The key decides between two attaching at once: the second lists nothing and is told so.
		if (!(await appendToSection(tx, sectionId, itemId))) throw new ValidationError({ itemId: { key: 'reports.errors.alreadyListed' } });
		await touch(tx, [report.id], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.item.attach',
			entityType: 'report',
			entityId: report.id,
			after: { sectionId, itemId }
		});
	});
}

/** Takes an item off a section (the item itself stays). */
export async function detachItem(ctx: Ctx, sectionId: string, itemId: string): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(itemId)) throw notFound();
	await inTransaction(ctx.db, async (tx) => {
		const section = await sectionRow(tx, sectionId);
		const removed = await tx
			.delete(reportSectionItems)
			.where(and(eq(reportSectionItems.sectionId, sectionId), eq(reportSectionItems.itemId, itemId)))
			.returning();
		if (!removed.length) throw notFound();
		await touch(tx, [section.reportId], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.item.detach',
			entityType: 'report',
			entityId: section.reportId,
			before: { sectionId, itemId }
		});
	});
}

export async function moveItem(ctx: Ctx, sectionId: string, itemId: string, direction: 'up' | 'down'): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const section = await sectionRow(tx, sectionId);
		const list = await tx
			.select({ id: reportSectionItems.itemId })
			.from(reportSectionItems)
			.where(eq(reportSectionItems.sectionId, sectionId))
			.orderBy(asc(reportSectionItems.position));
		if (!list.some((r) => r.id === itemId)) throw notFound();
		const order = moved(
			list.map((r) => r.id),
			itemId,
			direction
		);
		for (const [position, id] of order.entries())
			await tx
				.update(reportSectionItems)
				.set({ position })
				.where(and(eq(reportSectionItems.sectionId, sectionId), eq(reportSectionItems.itemId, id)));
		await touch(tx, [section.reportId], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.item.move',
			entityType: 'report',
			entityId: section.reportId,
			after: { sectionId, itemId, direction }
		});
	});
}

/** The items addressing one of the event's expected outcomes (0-based, in the event's order), replacing those before. */
export async function setOutcomeItems(ctx: Ctx, reportId: string, outcome: number, itemIds: string[]): Promise<void> {
	requireRoleIn(ctx.actor, 'secretariat');
	await inTransaction(ctx.db, async (tx) => {
		const report = await reportRow(tx, reportId);
		if (!report.eventId) throw new ValidationError({ outcome: { key: 'reports.errors.needsEvent' } });
		const [event] = await tx.select({ outcomes: events.expectedOutcomes }).from(events).where(eq(events.id, report.eventId));
		if (!Number.isInteger(outcome) || outcome < 0 || outcome >= event.outcomes.length)
			throw new ValidationError({ outcome: { key: 'reports.errors.unknownOutcome' } });
		// From a form, `items` may be anything (a field named items.x gives an object).
		if (!Array.isArray(itemIds)) throw new ValidationError({ items: { key: 'reports.errors.unknownItem' } });
		const ids = unique(itemIds);
		if (ids.some((id) => !isUuid(id))) throw new ValidationError({ items: { key: 'reports.errors.unknownItem' } });
		const found = ids.length
			? await tx
					.select({ id: reportItems.id })
					.from(reportItems)
					.where(and(inArray(reportItems.id, ids), eq(reportItems.dialogueId, report.dialogueId)))
			: [];
		if (found.length !== ids.length) throw new ValidationError({ items: { key: 'reports.errors.unknownItem' } });
		await tx.delete(reportOutcomeItems).where(and(eq(reportOutcomeItems.reportId, reportId), eq(reportOutcomeItems.outcome, outcome)));
		if (ids.length) await tx.insert(reportOutcomeItems).values(ids.map((itemId, position) => ({ reportId, outcome, itemId, position })));
		await touch(tx, [reportId], ctx.actor);
		await audit.record(tx, ctx.actor, {
			action: 'report.outcome.set',
			entityType: 'report',
			entityId: reportId,
			after: { outcome, items: ids }
		});
	});
}
