/**
 * The kept versions of a practice: every submission, every publication and every edit after
 * publication is a numbered row with a JSON snapshot of the content, who made it and when.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../core/actor';
import type { Db, Tx } from '../db/client';
import type { VersionKind } from '$lib/practices/review';
import { practices } from './schema';
import { practiceVersions } from './review-schema';

type PracticeRow = typeof practices.$inferSelect;

/** The fields a reader reads: what a version keeps (not the search columns, not the workflow). */
export const CONTENT_FIELDS = [
	'titles',
	'summaries',
	'descriptions',
	'outcomes',
	'lessons',
	'innovation',
	'scope',
	'status',
	'periodStart',
	'periodEnd',
	'implementingStates',
	'implementingOrganisations',
	'organisationTypes',
	'partners',
	'countries',
	'regions',
	'stages',
	'gcmObjectives',
	'principles',
	'areas',
	'targetGroups',
	'contact',
	'links',
	'sourceEventId',
	'sourceReference'
] as const satisfies readonly (keyof PracticeRow)[];

export function snapshotOf(row: PracticeRow): Record<string, unknown> {
	return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, row[f]]));
}

/**
 * Keeps the practice's content as a new version. Call inside the transaction that changed it,
 * after locking the practice's row (the number is the next one; the unique index backs it).
 */
export async function recordVersion(tx: Tx, actor: Actor, row: PracticeRow, kind: VersionKind, at?: Date): Promise<number> {
	const [{ next }] = await tx
		.select({ next: sql<number>`coalesce(max(${practiceVersions.number}), 0)::int + 1` })
		.from(practiceVersions)
		.where(eq(practiceVersions.practiceId, row.id));
	await tx.insert(practiceVersions).values({
		practiceId: row.id,
		number: next,
		kind,
		snapshot: snapshotOf(row),
		createdBy: actor.userId,
		createdByLabel: actor.label,
		...(at ? { createdAt: at } : {})
	});
	return next;
}

export interface VersionEntry {
	number: number;
	kind: VersionKind;
	createdAt: Date;
	/** Who made it (an account's address): left out of `publicOnly` lists, which public pages send. */
	createdByLabel?: string;
	/** The content fields that differ from the version before (empty for the first). */
	changed: string[];
}

/**
 * A practice's versions, oldest first, each with the fields it changed. `publicOnly` keeps what
 * the public may see: the published and edited versions (the back and forth of a review is not public).
 */
export async function listVersions(db: Db | Tx, practiceId: string, options: { publicOnly?: boolean } = {}): Promise<VersionEntry[]> {
	const kinds: VersionKind[] = options.publicOnly ? ['published', 'edited'] : ['submitted', 'published', 'edited'];
	const rows = await db
		.select()
		.from(practiceVersions)
		.where(and(eq(practiceVersions.practiceId, practiceId), inArray(practiceVersions.kind, kinds)))
		.orderBy(asc(practiceVersions.number));
	return rows.map((r, i) => ({
		number: r.number,
		kind: r.kind,
		createdAt: r.createdAt,
		...(options.publicOnly ? {} : { createdByLabel: r.createdByLabel }),
		changed:
			i === 0 ? [] : CONTENT_FIELDS.filter((f) => JSON.stringify(r.snapshot[f] ?? null) !== JSON.stringify(rows[i - 1].snapshot[f] ?? null))
	}));
}
