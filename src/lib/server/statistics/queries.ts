/**
 * The annex's counts, each one SQL aggregate over an event's records (GROUP BY, GROUPING SETS,
 * COUNT ... FILTER): no registration or attendance row ever reaches JavaScript, so an event of
 * 100,000 registrations costs a handful of scans. Statistics read across capabilities
 * (registration, attendance, programme, reference): they are a read model of those records and
 * write nothing.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { LocalizedText } from '$lib/i18n';
import type { OrganisationType } from '$lib/directory/types';
import type { RegistrationCategory, RegistrationStatus } from '$lib/registration/types';
import type { Db } from '../db/client';

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

/** Whether a validity period (valid_from, valid_to columns of `table`) holds on a date; null bounds are open. */
const holdsOn = (table: string, date: string) =>
	sql`(${sql.raw(table)}.valid_from is null or ${sql.raw(table)}.valid_from <= ${date}::date) and (${sql.raw(table)}.valid_to is null or ${sql.raw(table)}.valid_to >= ${date}::date)`;

/**
 * The IOM region of a State (the SQL expression `stateId`) in force on a date: the State's region
 * row valid then, of a region that existed then; when two overlap the later start wins, as
 * `validOn` in $lib/domain/validity decides.
 */
const regionOn = (stateId: SQL, date: string) => sql`(
	select sr.region_code from state_regions sr join iom_regions ir on ir.code = sr.region_code
	where sr.state_id = ${stateId} and ${holdsOn('sr', date)} and ${holdsOn('ir', date)}
	order by sr.valid_from desc nulls last limit 1)`;

const regionNames = (code: SQL) => sql`(select names from iom_regions where code = ${code})`;

/** Registrations counted by status and category (every status: the annex shows what it leaves out). */
export function byStatusAndCategory(db: Db, eventId: string) {
	return rows<{ status: RegistrationStatus; category: RegistrationCategory; registrations: number }>(
		db,
		sql`select status, category, count(*)::int as registrations from registrations where event_id = ${eventId} group by status, category`
	);
}

export interface RegionRow {
	/** null in the row of all regions (the grand total of the grouping sets). */
	total: boolean;
	region: string | null;
	names: LocalizedText | null;
	states: number;
	representatives: number;
	memberStates: number;
	observerStates: number;
	nonMemberStates: number;
	gcmChampions: number;
}

/**
 * The States of the approved government representatives, grouped by region in force on `asOf`,
 * with a grand-total row: how many States, representatives, member/observer/non-member States (the
 * membership the registration kept from the event's first day) and GCM champions (flag and its
 * dates on `asOf`). Registrations are first reduced to one row per State, so the rest is tiny.
 */
export function governmentsByRegion(db: Db, eventId: string, asOf: string) {
	return rows<RegionRow>(
		db,
		sql`with per_state as (
			select state_id, min(membership) as membership, count(*)::int as representatives
			from registrations
			where event_id = ${eventId} and status = 'approved' and category = 'government' and state_id is not null
			group by state_id
		), placed as (
			select ps.*, ${regionOn(sql`ps.state_id`, asOf)} as region,
				(s.gcm_champion and (s.gcm_champion_since is null or s.gcm_champion_since <= ${asOf}::date)
					and (s.gcm_champion_until is null or s.gcm_champion_until >= ${asOf}::date)) as champion
			from per_state ps join states s on s.id = ps.state_id
		)
		select grouping(region) = 1 as total, region, ${regionNames(sql`region`)} as names,
			count(*)::int as states,
			coalesce(sum(representatives), 0)::int as representatives,
			count(*) filter (where membership = 'member')::int as "memberStates",
			count(*) filter (where membership = 'observer')::int as "observerStates",
			count(*) filter (where membership = 'non-member' or membership is null)::int as "nonMemberStates",
			count(*) filter (where champion)::int as "gcmChampions"
		from placed
		group by grouping sets ((region), ())
		order by total desc, states desc, representatives desc, region nulls last`
	);
}

/** Approved partner representatives and their distinct organisations, by organisation type and in all. */
export function partnersByType(db: Db, eventId: string) {
	return rows<{ total: boolean; type: OrganisationType | null; organisations: number; representatives: number }>(
		db,
		sql`select grouping(organisation_type) = 1 as total, organisation_type as type,
			count(distinct organisation_id)::int as organisations, count(*)::int as representatives
		from registrations
		where event_id = ${eventId} and status = 'approved' and category = 'partner'
		group by grouping sets ((organisation_type), ())
		order by total desc, organisations desc, representatives desc, type nulls last`
	);
}

/**
 * Approved participants recorded at least once in the room, at least once online, in both modes
 * (on the same day or on different days) and in either. One row per person first, then counted.
 */
export async function attendance(db: Db, eventId: string) {
	const [row] = await rows<{ inRoom: number; online: number; both: number; either: number }>(
		db,
		sql`select count(*) filter (where in_room)::int as "inRoom", count(*) filter (where online)::int as online,
			count(*) filter (where in_room and online)::int as "both", count(*)::int as either
		from (
			select a.registration_id, bool_or(a.mode = 'in-room') as in_room, bool_or(a.mode = 'online') as online
			from attendance a join registrations r on r.id = a.registration_id
			where a.event_id = ${eventId} and r.status = 'approved'
			group by a.registration_id
		) people`
	);
	return row;
}

export interface SpeakerRow {
	/** Which breakdown the row belongs to. */
	by: 'role' | 'gender' | 'region' | 'sector' | 'total';
	key: string | null;
	names: LocalizedText | null;
	speakers: number;
}

/**
 * The event's speakers, each person counted once with their first appearance in programme order
 * (day, start time, position; then their place on the panel) deciding role and organisation: by
 * role, gender, IOM region of the organisation's country on `asOf`, and sector (organisation type).
 */
export function speakers(db: Db, eventId: string, asOf: string) {
	return rows<SpeakerRow>(
		db,
		sql`with firsts as (
			select distinct on (ps.person_id) ps.person_id, ps.role, ps.organisation_id
			from programme_speakers ps join programme_items pi on pi.id = ps.item_id
			where pi.event_id = ${eventId}
			order by ps.person_id, pi.day nulls last, pi.starts_at nulls last, pi.position, ps.position
		), placed as (
			select f.role, p.gender, o.type as sector,
				case when o.country_id is null then null else ${regionOn(sql`o.country_id`, asOf)} end as region
			from firsts f join people p on p.id = f.person_id left join organisations o on o.id = f.organisation_id
		)
		select case when grouping(role) = 0 then 'role' when grouping(gender) = 0 then 'gender'
				when grouping(region) = 0 then 'region' when grouping(sector) = 0 then 'sector' else 'total' end as "by",
			coalesce(role, gender, region, sector) as key,
			case when grouping(region) = 0 then ${regionNames(sql`region`)} end as names,
			count(*)::int as speakers
		from placed
		group by grouping sets ((role), (gender), (region), (sector), ())
		order by "by", speakers desc, key nulls last`
	);
}
