import { asc, eq, inArray } from 'drizzle-orm';
import { pick, type Language } from '$lib/i18n';
import { groupBy } from '$lib/domain/group-by';
import { membershipOn, today, validOn, type MembershipStatus } from '$lib/domain/validity';
import type { Db } from '../db/client';
import { iomRegions, stateMemberships, stateRegions, states } from '../reference/schema';

export interface StateSummary {
	id: string;
	name: string;
	membership: MembershipStatus;
	regionCode: string | null;
	regionName: string | null;
	gcmChampion: boolean;
}

export interface StateQuery {
	q?: string;
	membership?: MembershipStatus;
	region?: string;
	/** The date on which membership and region are read (default today). */
	on?: string;
}

/** Folds accents and case so "cote" finds "Côte d'Ivoire". */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}

/** All States with their membership and region on a date; three queries whatever the count. */
export async function listStates(db: Db, lang: Language, query: StateQuery = {}): Promise<StateSummary[]> {
	const on = query.on ?? today();
	const [rows, memberships, regions, regionNames] = await Promise.all([
		db.select().from(states).orderBy(asc(states.id)),
		db.select().from(stateMemberships),
		db.select().from(stateRegions),
		db.select().from(iomRegions)
	]);
	const membershipsBy = groupBy(memberships, (m) => m.stateId);
	const regionsBy = groupBy(regions, (r) => r.stateId);
	const regionName = new Map(regionNames.map((r) => [r.code, pick(r.names, lang)]));
	const needle = query.q ? fold(query.q) : null;
	return (
		rows
			.map((s) => {
				const region = validOn(regionsBy.get(s.id) ?? [], on);
				return {
					id: s.id,
					name: pick(s.names, lang),
					allNames: Object.values(s.names).join(' '),
					membership: membershipOn(membershipsBy.get(s.id) ?? [], on),
					regionCode: region?.regionCode ?? null,
					regionName: region ? (regionName.get(region.regionCode) ?? null) : null,
					gcmChampion: s.gcmChampion
				};
			})
			.filter(
				(s) =>
					(!needle || fold(s.allNames).includes(needle) || s.id.toLowerCase() === needle) &&
					(!query.membership || s.membership === query.membership) &&
					(!query.region || s.regionCode === query.region)
			)
			.map(({ allNames: _ignored, ...s }) => s)
			// An exact ISO code comes first ("ESP" is Spain before any name containing "esp").
			.sort((a, b) => Number(b.id.toLowerCase() === needle) - Number(a.id.toLowerCase() === needle) || a.name.localeCompare(b.name, lang))
	);
}

export async function getState(db: Db, id: string) {
	const [state] = await db.select().from(states).where(eq(states.id, id.toUpperCase()));
	if (!state) return null;
	const [memberships, regions] = await Promise.all([
		db.select().from(stateMemberships).where(eq(stateMemberships.stateId, state.id)),
		db
			.select({ code: stateRegions.regionCode, validFrom: stateRegions.validFrom, validTo: stateRegions.validTo, names: iomRegions.names })
			.from(stateRegions)
			.innerJoin(iomRegions, eq(iomRegions.code, stateRegions.regionCode))
			.where(eq(stateRegions.stateId, state.id))
	]);
	return { ...state, memberships, regions };
}

export async function listRegions(db: Db) {
	return db.select().from(iomRegions).orderBy(asc(iomRegions.code));
}

export async function stateNames(db: Db, ids: string[], lang: Language): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: states.id, names: states.names }).from(states).where(inArray(states.id, ids));
	return new Map(rows.map((r) => [r.id, pick(r.names, lang)]));
}

/** Id and name of every State, for country pickers. */
export async function stateOptions(db: Db, lang: Language) {
	const rows = await db.select({ id: states.id, names: states.names }).from(states);
	return rows.map((r) => ({ id: r.id, name: pick(r.names, lang) })).sort((a, b) => a.name.localeCompare(b.name, lang));
}
