/**
 * A working copy's shape, read the same way by the editor (editor.ts) and by publication
 * (snapshot.ts): its sections in order with the items each lists in order, the items drawn under
 * each expected outcome, and every item the report lists once, in reading order. Two round trips,
 * three queries, whatever the number of sections and items.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '$lib/i18n';
import type { Db } from '../db/client';
import { reportOutcomeItems, reportSectionItems, reportSections } from './schema';
import type { Section } from './working-copy';

export interface Layout {
	sections: (Section & { itemIds: string[] })[];
	/** The items under the expected outcomes: outcome is the outcome's index in the event's list. */
	outcomeItems: { outcome: number; itemId: string }[];
	/** The items listed in the sections (in reading order), then those only under an outcome; each once. */
	itemIds: string[];
}

export async function readLayout(db: Db, reportId: string): Promise<Layout> {
	const [sections, outcomeItems] = await Promise.all([
		db
			.select()
			.from(reportSections)
			.where(eq(reportSections.reportId, reportId))
			.orderBy(asc(reportSections.position), asc(reportSections.id)),
		db
			.select({ outcome: reportOutcomeItems.outcome, itemId: reportOutcomeItems.itemId })
			.from(reportOutcomeItems)
			.where(eq(reportOutcomeItems.reportId, reportId))
			.orderBy(asc(reportOutcomeItems.outcome), asc(reportOutcomeItems.position))
	]);
	const listed = sections.length
		? await db
				.select({ sectionId: reportSectionItems.sectionId, itemId: reportSectionItems.itemId })
				.from(reportSectionItems)
				.where(
					inArray(
						reportSectionItems.sectionId,
						sections.map((s) => s.id)
					)
				)
				.orderBy(asc(reportSectionItems.position))
		: [];
	const withItems = sections.map((s) => ({ ...s, itemIds: listed.filter((l) => l.sectionId === s.id).map((l) => l.itemId) }));
	return {
		sections: withItems,
		outcomeItems,
		itemIds: [...new Set([...withItems.flatMap((s) => s.itemIds), ...outcomeItems.map((o) => o.itemId)])]
	};
}

/** The event's expected outcomes, each with the ids of the items addressing it, in order. */
export function outcomesOf(layout: Layout, expectedOutcomes: LocalizedText[]): { texts: LocalizedText; items: string[] }[] {
	return expectedOutcomes.map((texts, index) => ({
		texts,
		items: layout.outcomeItems.filter((o) => o.outcome === index).map((o) => o.itemId)
	}));
}
