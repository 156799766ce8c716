import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { ConsultationInput } from '$lib/agenda/schemas';
import { DEFAULT_TIME_ZONE } from '$lib/domain/time-zones';
import type { Ctx } from '../core/actor';
import { notFound, ValidationError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import { inTransaction } from '../core/transaction';
import { current, updateVersioned } from '../core/versioned';
import { isUniqueViolation } from '../core/db-errors';
import type { Db, Tx } from '../db/client';
import * as audit from '../audit';
import { cycles, dialogues } from '../dialogues/schema';
import { isUuid } from '../web/params';
import { checkFile, type AttachmentPolicy, type UploadedFile } from '../files/attachments';
import { ballotProposals, ballots, consultationAttachments, consultations, proposals } from './schema';

export type Consultation = typeof consultations.$inferSelect;

function symbolTaken(e: unknown): never {
	if (isUniqueViolation(e, 'consultations_document_symbol_unique')) {
		throw new ValidationError({ documentSymbol: { key: 'agenda.errors.symbolTaken' } });
	}
	throw e;
}

export async function createConsultation(ctx: Ctx, input: ConsultationInput): Promise<Consultation> {
	requireRoleIn(ctx.actor, 'secretariat');
	const [cycle] = await ctx.db.select({ id: cycles.id }).from(cycles).where(eq(cycles.id, input.cycleId));
	if (!cycle) throw new ValidationError({ cycleId: { key: 'dialogues.errors.unknownCycle' } });
	return inTransaction(ctx.db, async (tx) => {
		const [row] = await tx
			.insert(consultations)
			.values({
				cycleId: input.cycleId,
				titles: input.titles,
				heldOn: input.heldOn,
				place: input.place ?? null,
				...(input.timeZone ? { timeZone: input.timeZone } : {}),
				documentSymbol: input.documentSymbol ?? null,
				note: input.note ?? null
			})
			.returning();
		await audit.record(tx, ctx.actor, { action: 'consultation.create', entityType: 'consultation', entityId: row.id, after: row });
		return row;
	}).catch(symbolTaken);
}

export async function updateConsultation(
	ctx: Ctx,
	id: string,
	input: Omit<ConsultationInput, 'cycleId'> & { version: number }
): Promise<Consultation> {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(id)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const before = await current(tx, consultations, id);
		const after = await updateVersioned(tx, consultations, id, input.version, {
			titles: input.titles,
			heldOn: input.heldOn,
			place: input.place ?? null,
			...(input.timeZone ? { timeZone: input.timeZone } : {}),
			documentSymbol: input.documentSymbol ?? null,
			note: input.note ?? null
		});
		await audit.record(tx, ctx.actor, { action: 'consultation.update', entityType: 'consultation', entityId: id, before, after });
		return after;
	}).catch(symbolTaken);
}

/** The consultations of a cycle in date order, with how many proposals and ballots each has. */
export async function listForCycle(db: Db, cycleId: string) {
	const rows = await db.select().from(consultations).where(eq(consultations.cycleId, cycleId)).orderBy(asc(consultations.heldOn));
	if (!rows.length) return [];
	const ids = rows.map((r) => r.id);
	const [proposalCounts, ballotCounts] = await Promise.all([
		db
			.select({ id: proposals.consultationId, n: count() })
			.from(proposals)
			.where(inArray(proposals.consultationId, ids))
			.groupBy(proposals.consultationId),
		db
			.select({ id: ballots.consultationId, n: count() })
			.from(ballots)
			.where(inArray(ballots.consultationId, ids))
			.groupBy(ballots.consultationId)
	]);
	const p = new Map(proposalCounts.map((r) => [r.id, r.n]));
	const b = new Map(ballotCounts.map((r) => [r.id, r.n]));
	return rows.map((r) => ({ ...r, proposals: p.get(r.id) ?? 0, ballots: b.get(r.id) ?? 0 }));
}

/** The time zone the secretariat works in for a cycle: that of its latest consultation, else the consultations' default. */
export async function cycleTimeZone(db: Db | Tx, cycleId: string): Promise<string> {
	const [row] = await db
		.select({ timeZone: consultations.timeZone })
		.from(consultations)
		.where(eq(consultations.cycleId, cycleId))
		.orderBy(desc(consultations.heldOn))
		.limit(1);
	return row?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Every consultation, newest first, with its cycle (the API). */
export async function listAll(db: Db) {
	return db
		.select({
			id: consultations.id,
			cycleId: consultations.cycleId,
			year: cycles.year,
			dialogue: dialogues.slug,
			titles: consultations.titles,
			heldOn: consultations.heldOn,
			place: consultations.place,
			timeZone: consultations.timeZone,
			documentSymbol: consultations.documentSymbol,
			decidedAt: consultations.decidedAt
		})
		.from(consultations)
		.innerJoin(cycles, eq(cycles.id, consultations.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.orderBy(asc(consultations.heldOn));
}

/** A consultation with its cycle, proposals (in order), ballots and attachments; null when unknown. */
export async function getConsultation(db: Db, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({ consultation: consultations, cycle: cycles, dialogue: dialogues })
		.from(consultations)
		.innerJoin(cycles, eq(cycles.id, consultations.cycleId))
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.where(eq(consultations.id, id));
	if (!row) return null;
	const [proposalRows, ballotRows, attachments] = await Promise.all([
		db.select().from(proposals).where(eq(proposals.consultationId, id)).orderBy(asc(proposals.position), asc(proposals.createdAt)),
		db.select().from(ballots).where(eq(ballots.consultationId, id)).orderBy(asc(ballots.opensAt)),
		db
			.select({ id: consultationAttachments.id, fileName: consultationAttachments.fileName, size: consultationAttachments.size })
			.from(consultationAttachments)
			.where(eq(consultationAttachments.consultationId, id))
			.orderBy(asc(consultationAttachments.createdAt))
	]);
	const onBallots = await ballotProposalIds(
		db,
		ballotRows.map((b) => b.id)
	);
	return {
		...row,
		proposals: proposalRows,
		ballots: ballotRows.map((b) => ({ ...b, proposalIds: onBallots.get(b.id) ?? [] })),
		attachments
	};
}

/** The consultations of a cycle found by dialogue slug and year (the public list). */
export async function cycleBySlugYear(db: Db, slug: string, year: number) {
	const [row] = await db
		.select({ cycle: cycles, dialogue: dialogues })
		.from(cycles)
		.innerJoin(dialogues, eq(dialogues.id, cycles.dialogueId))
		.where(and(eq(dialogues.slug, slug), eq(cycles.year, year)));
	return row ?? null;
}

export { MAX_ATTACHMENT_BYTES } from '../files/attachments';

/** A consultation carries PDFs only: the note as issued and its annexes. */
const NOTE_FILES: AttachmentPolicy = {
	types: ['application/pdf'],
	errors: {
		missing: 'agenda.errors.attachmentMissing',
		tooLarge: 'agenda.errors.attachmentTooLarge',
		wrongType: 'agenda.errors.attachmentNotPdf'
	}
};

/** Attaches a PDF to a consultation: refused unless it is a PDF (by its first bytes) of at most 20 MB. */
export async function addAttachment(ctx: Ctx, consultationId: string, file: UploadedFile) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(consultationId)) throw notFound();
	const checked = checkFile(file, NOTE_FILES);
	const fileName = checked.fileName;
	return inTransaction(ctx.db, async (tx) => {
		const [consultation] = await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, consultationId));
		if (!consultation) throw notFound();
		const [row] = await tx
			.insert(consultationAttachments)
			.values({ consultationId, fileName, size: checked.size, content: checked.content })
			.returning({ id: consultationAttachments.id, fileName: consultationAttachments.fileName, size: consultationAttachments.size });
		await audit.record(tx, ctx.actor, { action: 'consultation.attach', entityType: 'consultation', entityId: consultationId, after: row });
		return row;
	});
}

/** Removes an attachment of a consultation (audited with its name and size; the content is not kept). */
export async function deleteAttachment(ctx: Ctx, consultationId: string, attachmentId: string) {
	requireRoleIn(ctx.actor, 'secretariat');
	if (!isUuid(consultationId) || !isUuid(attachmentId)) throw notFound();
	return inTransaction(ctx.db, async (tx) => {
		const [gone] = await tx
			.delete(consultationAttachments)
			.where(and(eq(consultationAttachments.id, attachmentId), eq(consultationAttachments.consultationId, consultationId)))
			.returning({ id: consultationAttachments.id, fileName: consultationAttachments.fileName, size: consultationAttachments.size });
		if (!gone) throw notFound();
		await audit.record(tx, ctx.actor, {
			action: 'consultation.detach',
			entityType: 'consultation',
			entityId: consultationId,
			before: gone
		});
		return gone;
	});
}

export async function getAttachment(db: Db, consultationId: string, attachmentId: string) {
	if (!isUuid(consultationId) || !isUuid(attachmentId)) return null;
	const [row] = await db
		.select()
		.from(consultationAttachments)
		.where(and(eq(consultationAttachments.id, attachmentId), eq(consultationAttachments.consultationId, consultationId)));
	return row ?? null;
}

/** The proposal ids on each ballot of a consultation, in ballot order. */
export async function ballotProposalIds(db: Db, ballotIds: string[]) {
	if (!ballotIds.length) return new Map<string, string[]>();
	const rows = await db
		.select({ ballotId: ballotProposals.ballotId, proposalId: ballotProposals.proposalId })
		.from(ballotProposals)
		.where(inArray(ballotProposals.ballotId, ballotIds))
		.orderBy(asc(ballotProposals.position));
	const out = new Map<string, string[]>();
	for (const r of rows) out.set(r.ballotId, [...(out.get(r.ballotId) ?? []), r.proposalId]);
	return out;
}
