/**
 * The 2024 session's registrations and attendance reproduce seed 000's "Annex: Statistics". Every
 * figure is counted here with plain SQL over the records, not taken from the demo's constants: the
 * expected numbers are the annex's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import type { Database } from '../db/client';
import { systemActor } from '../core/actor';
import * as dialogues from '../dialogues';
import { eraseExpired } from '../registration';
import * as demo from '.';
import { loadDemoParticipation } from './participation-data';

let database: Database;
let session: string;

async function rows<T = Record<string, unknown>>(query: SQL): Promise<T[]> {
	const result = (await database.db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}
async function one<T = Record<string, unknown>>(query: SQL): Promise<T> {
	return (await rows<T>(query))[0];
}

/** The event's first day, on which membership and regions are taken. */
const onEventDay = (validFrom: SQL, validTo: SQL) =>
	sql`(${validFrom} is null or ${validFrom} <= e.start_date) and (${validTo} is null or ${validTo} >= e.start_date)`;

beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
	const cycle = await dialogues.getCycle(database.db, 'idm', 2024);
	session = cycle!.events.find((e) => e.kind === 'session')!.id;
});

describe('the 2024 session’s registrations (seed 000, Annex: Statistics)', () => {
	it('are 358, all approved: 190 government, 21 IOM and 147 partner representatives', async () => {
		const counts = await one(sql`
			select count(*)::int as total,
				count(*) filter (where status = 'approved')::int as approved,
				count(*) filter (where category = 'government')::int as government,
				count(*) filter (where category = 'iom' and organisation_type = 'iom')::int as iom,
				count(*) filter (where category = 'partner')::int as partner,
				max(number)::int as last_number
			from registrations where event_id = ${session}`);
		expect(counts).toEqual({ total: 358, approved: 358, government: 190, iom: 21, partner: 147, last_number: 358 });
	});

	it('come from 84 governments: 80 IOM member States, 17 of them GCM Champions, and 4 non-members, as on the event day', async () => {
		const governments = await one(sql`
			with gov as (
				select distinct r.state_id, r.membership,
					case when exists (
						select 1 from state_memberships m
						where m.state_id = r.state_id and ${onEventDay(sql`m.valid_from`, sql`m.valid_to`)}
					) then (
						select m.status from state_memberships m
						where m.state_id = r.state_id and ${onEventDay(sql`m.valid_from`, sql`m.valid_to`)}
						order by m.valid_from desc nulls last limit 1
					) else 'non-member' end as membership_on_event_day,
					s.gcm_champion and ${onEventDay(sql`s.gcm_champion_since`, sql`s.gcm_champion_until`)} as champion
				from registrations r
				join events e on e.id = r.event_id
				join states s on s.id = r.state_id
				where r.event_id = ${session} and r.category = 'government'
			)
			select count(distinct state_id)::int as governments,
				count(*)::int as rows,
				count(*) filter (where membership = 'member')::int as members,
				count(*) filter (where membership = 'member' and champion)::int as champions,
				count(*) filter (where membership = 'non-member')::int as non_members,
				count(*) filter (where membership = 'observer')::int as observers,
				count(*) filter (where membership is distinct from membership_on_event_day)::int as wrong_membership
			from gov`);
		expect(governments).toEqual({
			governments: 84,
			rows: 84,
			members: 80,
			champions: 17,
			non_members: 4,
			observers: 0,
			wrong_membership: 0
		});
		const delegations = await one(sql`
			select count(*)::int as delegations,
				(select count(*)::int from registrations
					where event_id = ${session} and category = 'government' and mode <> 'online') as in_room,
				sum(seats_taken)::int as seats
			from delegations where event_id = ${session}`);
		expect(delegations.delegations).toBe(84);
		expect(delegations.seats).toBe(delegations.in_room);
	});

	it('spread the States over the IOM regions in force on the event day as Figure 2 prints them (South America and 4 States without a region excepted)', async () => {
		const regions = await rows<{ region: string; states: number; share: string }>(sql`
			with gov as (
				select distinct r.state_id, e.start_date
				from registrations r join events e on e.id = r.event_id
				where r.event_id = ${session} and r.category = 'government'
			)
			select coalesce(sr.region_code, 'none') as region, count(*)::int as states,
				round(100.0 * count(*) / (select count(*) from gov), 1)::text as share
			from gov
			left join state_regions sr on sr.state_id = gov.state_id
				and (sr.valid_from is null or sr.valid_from <= gov.start_date)
				and (sr.valid_to is null or sr.valid_to >= gov.start_date)
			group by 1`);
		const byRegion = Object.fromEntries(regions.map((r) => [r.region, r]));
		expect(Object.fromEntries(regions.map((r) => [r.region, r.states]))).toEqual({
			EEA: 21,
			AP: 18,
			CNAC: 11,
			SEEECA: 10,
			SAM: 7,
			MENA: 4,
			WCA: 4,
			EHA: 3,
			SAF: 2,
			none: 4
		});
		// The printed shares of Figure 2's text that can hold, over 84 governments.
		const printed = { EEA: '25.0', AP: '21.4', CNAC: '13.1', SEEECA: '11.9', MENA: '4.8', WCA: '4.8', EHA: '3.6', SAF: '2.4' };
		for (const [region, share] of Object.entries(printed)) expect(byRegion[region].share, region).toBe(share);
		// "EEA and Switzerland had the highest number of states and participants among all regions."
		const representatives = await rows<{ region: string; n: number }>(sql`
			select coalesce(sr.region_code, 'none') as region, count(*)::int as n
			from registrations r join events e on e.id = r.event_id
			left join state_regions sr on sr.state_id = r.state_id and ${onEventDay(sql`sr.valid_from`, sql`sr.valid_to`)}
			where r.event_id = ${session} and r.category = 'government'
			group by 1 order by 2 desc`);
		expect(representatives[0].region).toBe('EEA');
		expect(representatives.reduce((sum, r) => sum + r.n, 0)).toBe(190);
	});

	it('count 147 partner representatives of 101 organisations, typed 47 / 20 / 18 / 9 / 6 / 1 (46.5 / 19.8 / 17.8 / 8.9 / 5.9 / 1.0 %)', async () => {
		const partners = await one(sql`
			select count(*)::int as representatives, count(distinct r.organisation_id)::int as organisations,
				count(*) filter (where r.organisation_type is distinct from o.type)::int as wrong_type
			from registrations r join organisations o on o.id = r.organisation_id
			where r.event_id = ${session} and r.category = 'partner'`);
		expect(partners).toEqual({ representatives: 147, organisations: 101, wrong_type: 0 });
		const byType = await rows<{ type: string; organisations: number; share: string }>(sql`
			select o.type, count(distinct o.id)::int as organisations,
				round(100.0 * count(distinct o.id) / 101, 1)::text as share
			from registrations r join organisations o on o.id = r.organisation_id
			where r.event_id = ${session} and r.category = 'partner'
			group by o.type`);
		expect(Object.fromEntries(byType.map((t) => [t.type, [t.organisations, t.share]]))).toEqual({
			'international-organisation': [47, '46.5'],
			'un-entity': [20, '19.8'],
			'civil-society': [18, '17.8'],
			'private-sector': [9, '8.9'],
			'academia-research': [6, '5.9'],
			'local-authority': [1, '1.0']
		});
		// Organisations seed 000 credits are the directory's records; the others say they are unnamed.
		const named = await rows<{ name: string }>(sql`
			select distinct o.name from registrations r join organisations o on o.id = r.organisation_id
			where r.event_id = ${session} and r.category = 'partner' and o.name not like '%(not named in the seed)'
			order by 1`);
		expect(named.map((o) => o.name)).toContain('City of Monrovia');
		expect(named).toHaveLength(9);
	});

	it('were attended by 250 people in the room at least once, 119 of them also online, and 89 online only', async () => {
		const presence = await one(sql`
			with per_person as (
				select r.id,
					coalesce(bool_or(a.mode = 'in-room'), false) as room,
					coalesce(bool_or(a.mode = 'online'), false) as online
				from registrations r left join attendance a on a.registration_id = r.id
				where r.event_id = ${session}
				group by r.id
			)
			select count(*) filter (where room)::int as in_room,
				count(*) filter (where online)::int as online,
				count(*) filter (where room and online)::int as both,
				count(*) filter (where online and not room)::int as online_only,
				count(*) filter (where not room and not online)::int as absent
			from per_person`);
		expect(presence).toEqual({ in_room: 250, online: 208, both: 119, online_only: 89, absent: 19 });
		const records = await one(sql`
			select count(*)::int as records,
				count(*) filter (where a.day < e.start_date or a.day > e.end_date)::int as outside_event,
				count(*) filter (where a.event_id <> r.event_id)::int as wrong_event,
				count(distinct a.day)::int as days
			from attendance a join registrations r on r.id = a.registration_id join events e on e.id = a.event_id
			where a.event_id = ${session}`);
		expect(records).toMatchObject({ outside_event: 0, wrong_event: 0, days: 2 });
		// The places in the room are the people who came to it.
		const places = await one(sql`
			select s.places_taken as places,
				(select count(*)::int from registrations where event_id = ${session} and mode <> 'online') as in_room_mode
			from registration_settings s where s.event_id = ${session}`);
		expect(places).toEqual({ places: 250, in_room_mode: 250 });
	});

	it('hold no personal data: the session is past its retention period and every record is erased', async () => {
		const personal = await one(sql`
			select count(*) filter (where given_name is not null or family_name is not null or email is not null
				or honorific is not null or affiliation is not null or position is not null or country_id is not null
				or phone is not null or user_id is not null or person_id is not null or nominated_by_user_id is not null
				or answers <> '{}'::jsonb)::int as with_personal_data,
				count(*) filter (where erased_at is null)::int as not_erased,
				count(*) filter (where gender <> 'undisclosed')::int as with_gender
			from registrations where event_id = ${session}`);
		expect(personal).toEqual({ with_personal_data: 0, not_erased: 0, with_gender: 0 });
		const retention = await one(sql`
			select s.retention_months as months, s.personal_data_erased_at is not null as erased,
				(e.end_date + make_interval(months => s.retention_months)) < current_date as expired
			from registration_settings s join events e on e.id = s.event_id where s.event_id = ${session}`);
		expect(retention).toEqual({ months: 24, erased: true, expired: true });
		// The platform's own erasure finds nothing left to erase.
		expect(await eraseExpired(database.db)).toBe(0);
	});

	it('are loaded once: a second run for the event adds nothing', async () => {
		expect(await demo.isEmpty(database.db)).toBe(false);
		await loadDemoParticipation({ db: database.db, actor: systemActor('demo-data') }, 'idm-2024-session-1-new-york', session, new Map());
		const counts = await one(sql`
			select (select count(*)::int from registrations where event_id = ${session}) as registrations,
				(select count(*)::int from organisations where name like '%(not named in the seed)') as unnamed`);
		expect(counts).toEqual({ registrations: 358, unnamed: 92 });
	});
});
