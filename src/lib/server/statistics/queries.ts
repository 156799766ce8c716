/**
 * The annex's counts as SQL aggregates over an event's records (GROUP BY, GROUPING SETS,
 * COUNT ... FILTER): no registration or attendance row ever reaches JavaScript. Every figure that
 * comes from registrations is counted from one scan of them (`registrationFigures`); the speakers
 * from the programme. Statistics read across capabilities (registration, attendance, programme,
 * reference): they are a read model of those records and write nothing.
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

export interface StatusRow {
	status: RegistrationStatus;
	category: RegistrationCategory;
	registrations: number;
}

export interface RegionRow {
	/** True in the row of all regions (the grand total of the grouping sets), whose region is null. */
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

export interface PartnerRow {
	/** True in the row of all types. */
	total: boolean;
	type: OrganisationType | null;
	organisations: number;
	representatives: number;
}

export interface RegistrationFigures {
	/** Every status: the annex shows what it leaves out. */
	byStatus: StatusRow[];
	/** The States of the approved government representatives by region, and a grand-total row. */
	regions: RegionRow[];
	/** Approved partner representatives and their distinct organisations by type, and in all. */
	partners: PartnerRow[];
	/**
	 * Approved participants recorded at least once in the room, at least once online, in both modes
	 * (on the same day or on different days) and in either.
	 */
	attendance: { inRoom: number; online: number; both: number; either: number };
}

/**
 * Every figure the annex takes from registrations, from ONE scan of the event's registrations.
 * The scan reduces them to groups of (status, category, State, membership, organisation, type,
 * present in the room, present online), a few hundred rows even for 100,000 registrations, and
 * each figure is counted from those groups. Presence comes from the flags that triggers on
 * `attendance` keep on each registration (migration 0004), so the attendance records themselves
 * are not read. One statement also means one round trip, which matters on PGlite, where queries
 * run one at a time on the server's thread.
 *
 * Governments: registrations are reduced to one row per State, placed in the region in force on
 * `asOf`, counted as member/observer/non-member by the membership the registration kept from the
 * event's first day, and as GCM champions by the flag and its dates on `asOf`.
 */
export async function registrationFigures(db: Db, eventId: string, asOf: string): Promise<RegistrationFigures> {
	const [row] = await rows<RegistrationFigures>(
		db,
		sql`with groups as materialized (
			select status, category, state_id, membership, organisation_id, organisation_type,
				attended_in_room as in_room, attended_online as online, count(*)::int as n
			from registrations where event_id = ${eventId}
			group by status, category, state_id, membership, organisation_id, organisation_type, attended_in_room, attended_online
		), approved as materialized (
			select * from groups where status = 'approved'
		), per_state as (
			select state_id, min(membership) as membership, sum(n)::int as representatives
			from approved where category = 'government' and state_id is not null
			group by state_id
		), placed as (
			select ps.*, ${regionOn(sql`ps.state_id`, asOf)} as region,
				(s.gcm_champion and (s.gcm_champion_since is null or s.gcm_champion_since <= ${asOf}::date)
					and (s.gcm_champion_until is null or s.gcm_champion_until >= ${asOf}::date)) as champion
			from per_state ps join states s on s.id = ps.state_id
		), region_rows as (
			select grouping(region) = 1 as total, region, ${regionNames(sql`region`)} as names,
				count(*)::int as states,
				coalesce(sum(representatives), 0)::int as representatives,
				count(*) filter (where membership = 'member')::int as "memberStates",
				count(*) filter (where membership = 'observer')::int as "observerStates",
				count(*) filter (where membership = 'non-member' or membership is null)::int as "nonMemberStates",
				count(*) filter (where champion)::int as "gcmChampions"
			from placed
			group by grouping sets ((region), ())
		), partner_rows as (
			select grouping(organisation_type) = 1 as total, organisation_type as type,
				count(distinct organisation_id)::int as organisations, sum(n)::int as representatives
			from approved where category = 'partner'
			group by grouping sets ((organisation_type), ())
		)
		select
			(select coalesce(json_agg(json_build_object('status', status, 'category', category, 'registrations', registrations)), '[]')
				from (select status, category, sum(n)::int as registrations from groups group by status, category) s) as "byStatus",
			(select coalesce(json_agg(r order by total desc, states desc, representatives desc, region nulls last), '[]')
				from region_rows r) as regions,
			(select coalesce(json_agg(p order by total desc, organisations desc, representatives desc, type nulls last), '[]')
				from partner_rows p) as partners,
			(select json_build_object(
					'inRoom', coalesce(sum(n) filter (where in_room), 0)::int,
					'online', coalesce(sum(n) filter (where online), 0)::int,
					'both', coalesce(sum(n) filter (where in_room and online), 0)::int,
					'either', coalesce(sum(n) filter (where in_room or online), 0)::int)
				from approved) as attendance`
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
