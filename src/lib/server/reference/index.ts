import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { LocalizedText } from '$lib/i18n';
import statesFile from './data/states.json';
import regionsFile from './data/iom-regions.json';
import gcmFile from './data/gcm.json';
import modelFile from './data/management-model.json';
import stagesFile from './data/migration-cycle-stages.json';
import {
	appMeta,
	gcmGuidingPrinciples,
	gcmObjectives,
	iomRegions,
	managementActivities,
	managementAreas,
	migrationCycleStages,
	referenceSources,
	stateMemberships,
	stateRegions,
	states
} from './schema';
import { inTransaction } from '../core/transaction';

interface Source {
	key: string;
	source: string;
	verification?: string;
}

const FILES = {
	'states.json': statesFile,
	'iom-regions.json': regionsFile,
	'gcm.json': gcmFile,
	'management-model.json': modelFile,
	'migration-cycle-stages.json': stagesFile
};

const CHECKSUM = crypto.createHash('sha256').update(JSON.stringify(FILES)).digest('hex');
const META_KEY = 'reference-data-checksum';

/**
 * Loads the reference lists shipped in ./data (with their provenance) into the database. It runs
 * at every start but only writes when the shipped files changed since the last load; the whole
 * load is one transaction. Rows are upserted, never deleted, so records that point at a State or
 * an objective keep pointing at it.
 */
export async function sync(db: Db): Promise<boolean> {
	const [current] = await db.select().from(appMeta).where(eq(appMeta.key, META_KEY));
	if (current?.value === CHECKSUM) return false;
	await inTransaction(db, async (tx) => {
		const sources = Object.entries(FILES).flatMap(([file, content]) =>
			((content as { sources: Source[] }).sources ?? []).map((s) => ({ ...s, file }))
		);
		for (const s of uniqueBy(sources, (s) => s.key)) {
			await tx
				.insert(referenceSources)
				.values({ key: s.key, source: s.source, verification: s.verification ?? null, file: s.file })
				.onConflictDoUpdate({
					target: referenceSources.key,
					set: { source: s.source, verification: s.verification ?? null, file: s.file }
				});
		}
		const sourceKeys = new Set(sources.map((s) => s.key));
		const regionSource = regionsFile.sources[0]?.key ?? null;

		for (const r of regionsFile.regions) {
			const row = {
				code: r.code,
				names: r.names as LocalizedText,
				regionalOffice: r.regionalOffice ?? null,
				validFrom: r.validFrom ?? null,
				validTo: r.validTo ?? null,
				verification: r.verification ?? null,
				sourceKey: regionSource
			};
			await tx.insert(iomRegions).values(row).onConflictDoUpdate({ target: iomRegions.code, set: row });
		}

		const stateRows = statesFile.states.map((s) => ({
			id: s.id,
			iso2: s.iso2 ?? null,
			m49: s.m49 ?? null,
			names: s.names as LocalizedText,
			unRegionalGroup: s.unRegionalGroup ?? null,
			gcmChampion: Boolean(s.gcmChampion),
			gcmChampionSince: (s.gcmChampion as { since?: string | null } | null)?.since ?? null,
			nameSource: s.nameSource
		}));
		for (const chunk of chunks(stateRows, 100)) {
			await tx
				.insert(states)
				.values(chunk)
				.onConflictDoUpdate({
					target: states.id,
					set: {
						iso2: sql`excluded.iso2`,
						m49: sql`excluded.m49`,
						names: sql`excluded.names`,
						unRegionalGroup: sql`excluded.un_regional_group`,
						gcmChampion: sql`excluded.gcm_champion`,
						gcmChampionSince: sql`excluded.gcm_champion_since`,
						nameSource: sql`excluded.name_source`
					}
				});
		}
		// Memberships and regions are facts with periods: replace them wholesale from the file.
		const membershipSource = sourceKeys.has('iom-member-states') ? 'iom-member-states' : null;
		await tx.delete(stateMemberships);
		const memberships = statesFile.states
			.filter((s) => s.membership)
			.map((s) => ({
				stateId: s.id,
				status: s.membership!.status as 'member' | 'observer',
				validFrom: s.membership!.since ?? null,
				sourceKey: membershipSource
			}));
		for (const chunk of chunks(memberships, 100)) await tx.insert(stateMemberships).values(chunk);

		await tx.delete(stateRegions);
		const regionValidity = new Map(regionsFile.regions.map((r) => [r.code, r]));
		const successor = regionsFile.regions.find((r) => r.validFrom && !r.validTo && (r as { replaces?: string[] }).replaces);
		const assignments = statesFile.states.flatMap((s) => {
			if (!s.iomRegion) return [];
			const region = regionValidity.get(s.iomRegion);
			const rows = [{ stateId: s.id, regionCode: s.iomRegion, validFrom: region?.validFrom ?? null, validTo: region?.validTo ?? null }];
			// States of a region that was merged move to its successor from the successor's start.
			if (successor && region?.validTo && (successor as { replaces?: string[] }).replaces?.includes(s.iomRegion)) {
				rows.push({ stateId: s.id, regionCode: successor.code, validFrom: successor.validFrom ?? null, validTo: null });
			}
			return rows;
		});
		for (const chunk of chunks(assignments, 100)) await tx.insert(stateRegions).values(chunk);

		for (const o of gcmFile.objectives) {
			const row = {
				number: o.number,
				titles: o.titles as LocalizedText,
				hubLabel: o.hubLabel ?? null,
				commitmentParagraph: o.commitmentParagraph ?? null
			};
			await tx.insert(gcmObjectives).values(row).onConflictDoUpdate({ target: gcmObjectives.number, set: row });
		}
		for (const p of gcmFile.guidingPrinciples) {
			const row = { letter: p.letter, position: p.position, titles: p.titles as LocalizedText, paragraph: p.paragraph ?? null };
			await tx.insert(gcmGuidingPrinciples).values(row).onConflictDoUpdate({ target: gcmGuidingPrinciples.letter, set: row });
		}
		for (const [position, area] of modelFile.areas.entries()) {
			const row = {
				key: area.key,
				kind: area.kind as 'area' | 'cross-cutting',
				position: position + 1,
				titles: area.titles as LocalizedText
			};
			await tx.insert(managementAreas).values(row).onConflictDoUpdate({ target: managementAreas.key, set: row });
			await tx.delete(managementActivities).where(eq(managementActivities.areaKey, area.key));
			await tx
				.insert(managementActivities)
				.values(area.activities.map((titles, i) => ({ areaKey: area.key, position: i + 1, titles: titles as LocalizedText })));
		}
		for (const stage of stagesFile.stages) {
			const row = { key: stage.key, position: stage.position, titles: stage.titles as LocalizedText };
			await tx.insert(migrationCycleStages).values(row).onConflictDoUpdate({ target: migrationCycleStages.key, set: row });
		}
		await tx
			.insert(appMeta)
			.values({ key: META_KEY, value: CHECKSUM })
			.onConflictDoUpdate({ target: appMeta.key, set: { value: CHECKSUM } });
	});
	return true;
}

function chunks<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
	const seen = new Map<string, T>();
	for (const item of items) seen.set(key(item), item);
	return [...seen.values()];
}

export { listTaxonomy } from './taxonomy';
