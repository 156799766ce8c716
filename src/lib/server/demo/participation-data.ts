/**
 * Registrations and attendance of the IDM 2024 first session (seed 000, "Annex: Statistics"), as
 * records in the real tables, so that the statistics computation reproduces the annex from them.
 *
 * What the annex gives, and what this file builds from it:
 * - "358 Registrations. Including: 190 representatives from 84 governments, 21 representatives
 *   from IOM, 147 representatives from 101 organizations"; "84 national governments, comprising
 *   80 IOM Member States including 17 GCM Champion countries, and 4 Non-members States". All are
 *   approved registrations: the annex counts only the people who took part.
 * - Partner types as shares of the 101 organisations: 46.5 / 19.8 / 17.8 / 8.9 / 6 / 1 %, that is
 *   47 international organisations, 20 UN system, 18 civil society, 9 private sector, 6 academia
 *   and research, 1 local authority (each count over 101 rounds to the printed share).
 * - States by IOM region (Figure 2), see `STATES_BY_REGION` for why they add up to 78, not 84.
 * - Attendance ("250 in the room, 89 Online participation, 119 Online and in person"), see
 *   `ATTENDANCE` for the one reading under which these fit 358 registrations.
 *
 * What the seed does not give, and how it is filled:
 * - Which States: the seed gives counts, not names. The States are chosen from the reference data
 *   by rule, sorted by ISO code (`chooseStates`), on the event's first day: IOM membership then,
 *   the GCM Champion flag, the IOM region in force then (the nine-office structure; "Americas"
 *   only starts in 2025).
 * - People: the seed names no participant and none is invented. The session is long past its
 *   retention period (24 months after its last day), so the records are created as the platform's
 *   own erasure leaves them (privacy.ts): personal fields empty, `erasedAt` set, shown as
 *   "Participant #n"; category, State, membership, organisation and its type, mode and status
 *   stay. Gender is not in the seed for participants: "undisclosed".
 * - Partner organisations: the annex names none. Those that seed 000's key findings credit with a
 *   presentation or a statement, and whose type is one of the annex's six, are the demo directory's
 *   records (`CREDITED_PARTNERS`); the other organisations of the directory come from the 2006 and
 *   2018 seeds and are not claimed as 2024 participants. The rest are records labelled with their
 *   type, a number and "(not named in the seed)", as programme-data.ts labels unnamed speakers.
 * - Registration dates, representatives per government and per organisation, who attended which
 *   day: not in the seed; spread by the deterministic rules below.
 */
import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { OrganisationType } from '$lib/directory/types';
import type { AttendanceMode } from '$lib/attendance/types';
import type { ParticipationMode } from '$lib/registration/types';
import { holdsOn, membershipOn, validOn, type MembershipStatus } from '$lib/domain/validity';
import type { Ctx } from '../core/actor';
import { inTransaction } from '../core/transaction';
import * as audit from '../audit';
import { organisations } from '../directory/schema';
import { events } from '../dialogues/schema';
import { stateMemberships, stateRegions, states } from '../reference/schema';
import { attendance } from '../attendance/schema';
import { delegations, registrationForms, registrations, registrationSettings } from '../registration/schema';
import * as registration from '../registration';

export const IDM_2024_SESSION = 'idm-2024-session-1-new-york';

const UNNAMED = '(not named in the seed)';

export const GOVERNMENTS = { states: 84, representatives: 190, members: 80, gcmChampions: 17, nonMembers: 4 } as const;
export const IOM_REPRESENTATIVES = 21;
export const PARTNER_REPRESENTATIVES = 147;

/** The annex's partner types (Figure 3) as organisation counts, in the order it lists them. */
export const PARTNER_ORGANISATIONS_BY_TYPE: [OrganisationType, number][] = [
	['international-organisation', 47],
	['un-entity', 20],
	['civil-society', 18],
	['private-sector', 9],
	['academia-research', 6],
	['local-authority', 1]
];

/** How the unnamed organisations of each type are labelled. */
const TYPE_LABELS: Partial<Record<OrganisationType, string>> = {
	'international-organisation': 'International organisation',
	'un-entity': 'UN system entity',
	'civil-society': 'Civil society organisation',
	'private-sector': 'Private sector company',
	'academia-research': 'Academic or research institution',
	'local-authority': 'Local authority'
};

/** Demo directory organisations that seed 000 §1–2 credits with a presentation or statement. */
const CREDITED_PARTNERS = [
	'un-women',
	'eclac',
	'migration-youth-and-children-platform',
	'meta',
	'tent-partnership-for-refugees',
	'quizzr',
	'france-canada-chamber-of-commerce',
	'cornell-university',
	'monrovia-city'
];

/**
 * Governments per IOM region (Figure 2). The text prints shares of the 84 governments: 25% EEA and
 * Switzerland (21), 21.4% Asia and the Pacific (18), 13.1% Central America, North America and the
 * Caribbean (11), 11.9% South-Eastern Europe, Eastern Europe and Central Asia (10), 5.9% South
 * America (5), 4.8% Middle East and North Africa (4), 4.8% West and Central Africa (4), 3.6% East
 * and Horn of Africa (3), 2.4% Southern Africa (2): 78 States, not 84. The seed does not say where
 * the other 6 are. Over 84, every count but one is the only integer that rounds to its printed
 * share, so any of the 6 put in one of these regions breaks that region's share. Hence:
 * - 4 of them are the only States of the reference data that are in no IOM region and are a member
 *   or a non-member (San Marino, the one other, is an observer, which the annex does not count):
 *   the Holy See (member), Andorra, Monaco and the State of Palestine (non-members). They change
 *   no printed share; the statistics show them as "no IOM region".
 * - 2 go to South America, whose printed 5.9% cannot hold anyway: no count over 84 rounds to it
 *   (5 gives 5.95 → 6.0%). South America then has 7 States, 8.3%, which keeps the ranking the text
 *   gives (below 11.9%, above 4.8%). The eight other printed shares hold exactly.
 */
export const STATES_BY_REGION: [string, number][] = [
	['EEA', 21],
	['AP', 18],
	['CNAC', 11],
	['SEEECA', 10],
	['SAM', 7],
	['MENA', 4],
	['WCA', 4],
	['EHA', 3],
	['SAF', 2]
];
export const STATES_WITHOUT_REGION = ['AND', 'MCO', 'PSE', 'VAT'];

/**
 * Attendance ("Number of Attendance": 250 in the room, 89 online participation, 119 online and in
 * person). Read as three disjoint groups they make 458 people, more than the 358 registered; so
 * the 119 are read as part of the 250: 250 people were in the room at least once, 119 of them
 * also joined online on another day, and 89 took part online only. That is 339 people; the other
 * 19 registered online and never joined. The statistics therefore show 250 in the room at least
 * once, 208 online at least once (119 + 89) and 119 both. The 250 are the registrations holding a
 * place in the room (modes in-room and both), so every place taken was used.
 */
export const ATTENDANCE = { roomOnly: 131, both: 119, onlineOnly: 89, absent: 19 } as const;

interface ReferenceState {
	id: string;
	region: string | null;
	membership: MembershipStatus;
	gcmChampion: boolean;
}

export interface ChosenState extends ReferenceState {
	representatives: number;
}

/**
 * The 84 governments, chosen from the reference data by rule (the seed gives counts, not names):
 * the States of `STATES_WITHOUT_REGION`; one more non-member, the first by code that has a region
 * and is not flagged GCM Champion; the 17 GCM Champions: the first by code among the members so
 * flagged, within the room left in their region; then, per region, the first members by code that
 * are not flagged. Throws if the reference data no longer allows the annex's counts.
 */
export function chooseStates(reference: ReferenceState[]): ChosenState[] {
	const sorted = [...reference].sort((a, b) => a.id.localeCompare(b.id));
	const room = new Map(STATES_BY_REGION);
	const chosen: ReferenceState[] = [];
	const take = (s: ReferenceState) => {
		chosen.push(s);
		if (s.region) room.set(s.region, room.get(s.region)! - 1);
	};
	const hasRoom = (s: ReferenceState) => s.region !== null && (room.get(s.region) ?? 0) > 0;
	const byId = new Map(sorted.map((s) => [s.id, s]));
	for (const id of STATES_WITHOUT_REGION) {
		const s = byId.get(id);
		if (!s || s.region !== null || s.membership === 'observer')
			throw new Error(`demo data: ${id} is no longer a State without an IOM region`);
		take(s);
	}
	const nonMembers = () => chosen.filter((s) => s.membership === 'non-member').length;
	for (const s of sorted) {
		if (nonMembers() >= GOVERNMENTS.nonMembers) break;
		if (s.membership === 'non-member' && !s.gcmChampion && hasRoom(s) && !chosen.includes(s)) take(s);
	}
	let champions = 0;
	for (const s of sorted) {
		if (champions >= GOVERNMENTS.gcmChampions) break;
		if (s.membership === 'member' && s.gcmChampion && hasRoom(s)) {
			take(s);
			champions++;
		}
	}
	for (const [region] of STATES_BY_REGION)
		for (const s of sorted)
			if (s.region === region && s.membership === 'member' && !s.gcmChampion && hasRoom(s) && !chosen.includes(s)) take(s);

	const members = chosen.filter((s) => s.membership === 'member');
	const fits =
		chosen.length === GOVERNMENTS.states &&
		members.length === GOVERNMENTS.members &&
		members.filter((s) => s.gcmChampion).length === GOVERNMENTS.gcmChampions &&
		nonMembers() === GOVERNMENTS.nonMembers &&
		[...room.values()].every((n) => n === 0);
	if (!fits) throw new Error('demo data: the reference data no longer has the States the 2024 annex counts');

	// Two representatives per government and a third for the first 22 in the order of Figure 2
	// (regions as the text lists them, then by code), which keeps the text's "EEA and Switzerland
	// had the highest number of states and participants".
	const order = (s: ReferenceState) => (s.region ? STATES_BY_REGION.findIndex(([r]) => r === s.region) : STATES_BY_REGION.length);
	const ordered = chosen.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
	const extra = GOVERNMENTS.representatives - 2 * GOVERNMENTS.states;
	return ordered.map((s, i) => ({ ...s, representatives: i < extra ? 3 : 2 }));
}

/** Spreads `extra` items evenly over `n` slots: whether slot i gets one. */
const spreads = (i: number, n: number, extra: number) => Math.floor(((i + 1) * extra) / n) > Math.floor((i * extra) / n);

type AttendanceGroup = keyof typeof ATTENDANCE;

/** The attendance groups in registration order, each spread evenly over the numbers. */
function attendanceGroups(total: number): AttendanceGroup[] {
	const groups = Object.keys(ATTENDANCE) as AttendanceGroup[];
	const given = new Map(groups.map((g) => [g, 0]));
	return Array.from({ length: total }, (_, i) => {
		const behind = (g: AttendanceGroup) => (ATTENDANCE[g] * (i + 1)) / total - given.get(g)!;
		const group = groups.reduce((best, g) => (behind(g) > behind(best) ? g : best));
		given.set(group, given.get(group)! + 1);
		return group;
	});
}

const MODE_OF_GROUP: Record<AttendanceGroup, ParticipationMode> = {
	roomOnly: 'in-room',
	both: 'both',
	onlineOnly: 'online',
	absent: 'online'
};

/**
 * Days and modes a registration of a group attended (k: its rank in the group). People in the
 * room only came on day 1, both days or day 2 in turn; "both" people were in the room one day and
 * online the other; online-only people likewise joined one or both days.
 */
function attendedDays(group: AttendanceGroup, k: number, [day1, day2]: [string, string]): [string, AttendanceMode][] {
	const turn = (mode: AttendanceMode): [string, AttendanceMode][] =>
		[
			[[day1, mode]],
			[
				[day1, mode],
				[day2, mode]
			],
			[[day2, mode]]
		][k % 3] as [string, AttendanceMode][];
	if (group === 'roomOnly') return turn('in-room');
	if (group === 'onlineOnly') return turn('online');
	if (group === 'both')
		return k % 2 === 0
			? [
					[day1, 'in-room'],
					[day2, 'online']
				]
			: [
					[day1, 'online'],
					[day2, 'in-room']
				];
	return [];
}

const chunked = <T>(rows: T[], size = 200): T[][] =>
	Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** The reference facts `chooseStates` needs, as they were on a date. */
async function referenceOn(ctx: Ctx, date: string): Promise<ReferenceState[]> {
	const [stateRows, membershipRows, regionRows] = await Promise.all([
		ctx.db
			.select({ id: states.id, champion: states.gcmChampion, since: states.gcmChampionSince, until: states.gcmChampionUntil })
			.from(states),
		ctx.db.select().from(stateMemberships),
		ctx.db.select().from(stateRegions)
	]);
	return stateRows.map((s) => ({
		id: s.id,
		region:
			validOn(
				regionRows.filter((r) => r.stateId === s.id),
				date
			)?.regionCode ?? null,
		membership: membershipOn(
			membershipRows.filter((m) => m.stateId === s.id),
			date
		),
		gcmChampion: s.champion && holdsOn({ validFrom: s.since, validTo: s.until }, date)
	}));
}

/**
 * Loads the 2024 session's registrations and attendance (does nothing for another event, or when
 * the event already has registration settings). The settings go through the secretariat's
 * operation; the 358 registrations, their attendance, delegations and the unnamed organisations
 * are multi-row inserts in one audited transaction, so the demo loads fast.
 */
export async function loadDemoParticipation(ctx: Ctx, eventKey: string, eventId: string, orgIds: Map<string, string>): Promise<void> {
	if (eventKey !== IDM_2024_SESSION) return;
	const [existing] = await ctx.db.select().from(registrationSettings).where(eq(registrationSettings.eventId, eventId));
	if (existing) return;
	const [event] = await ctx.db.select({ startDate: events.startDate, endDate: events.endDate }).from(events).where(eq(events.id, eventId));
	const days: [string, string] = [event.startDate, event.endDate];
	const chosenStates = chooseStates(await referenceOn(ctx, event.startDate));

	await registration.configure(ctx, eventId, {
		open: false,
		retentionMonths: 24,
		privacyNotices: {
			en: 'IOM processed registration data to organize this session and to count participation in its statistics. Personal data was erased 24 months after the session; counts without names are kept.',
			fr: 'L’OIM a traité les données d’inscription pour organiser cette session et compter la participation dans ses statistiques. Les données personnelles ont été effacées 24 mois après la session ; les décomptes sans nom sont conservés.',
			es: 'La OIM trató los datos de inscripción para organizar esta sesión y contar la participación en sus estadísticas. Los datos personales se borraron 24 meses después de la sesión; se conservan los recuentos sin nombres.'
		}
	});

	await inTransaction(ctx.db, async (tx) => {
		const [form] = await tx.select({ id: registrationForms.id }).from(registrationForms).where(eq(registrationForms.eventId, eventId));
		const now = new Date();

		// Partner organisations: the credited directory records first, then the unnamed ones.
		const credited = CREDITED_PARTNERS.map((key) => orgIds.get(key)).filter((id): id is string => Boolean(id));
		const creditedRows = credited.length
			? await tx.select({ id: organisations.id, type: organisations.type }).from(organisations).where(inArray(organisations.id, credited))
			: [];
		const partners: { id: string; type: OrganisationType }[] = [];
		const unnamed: (typeof organisations.$inferInsert)[] = [];
		for (const [type, count] of PARTNER_ORGANISATIONS_BY_TYPE) {
			const known = credited.map((id) => creditedRows.find((r) => r.id === id)!).filter((r) => r.type === type);
			partners.push(...known.slice(0, count));
			for (let n = 1; n <= count - Math.min(known.length, count); n++) {
				const row = { id: crypto.randomUUID(), name: `${TYPE_LABELS[type]} ${n} ${UNNAMED}`, type };
				unnamed.push(row);
				partners.push(row);
			}
		}
		for (const chunk of chunked(unnamed)) await tx.insert(organisations).values(chunk);
		await audit.recordMany(
			tx,
			unnamed.map((o) => ({ actor: ctx.actor, action: 'organisation.create', entityType: 'organisation', entityId: o.id!, after: o }))
		);

		// Registrations: governments (by Figure 2's order), IOM, partners; numbered from 1.
		type Seat = Pick<typeof registrations.$inferInsert, 'category' | 'stateId' | 'membership' | 'organisationId' | 'organisationType'>;
		const seats: Seat[] = [
			...chosenStates.flatMap((s) =>
				Array.from({ length: s.representatives }, (): Seat => ({ category: 'government', stateId: s.id, membership: s.membership }))
			),
			...Array.from({ length: IOM_REPRESENTATIVES }, (): Seat => ({
				category: 'iom',
				organisationId: orgIds.get('iom')!,
				organisationType: 'iom'
			})),
			...partners.flatMap((o, i) =>
				Array.from({ length: spreads(i, partners.length, PARTNER_REPRESENTATIVES - partners.length) ? 2 : 1 }, (): Seat => ({
					category: 'partner',
					organisationId: o.id,
					organisationType: o.type
				}))
			)
		];
		const groups = attendanceGroups(seats.length);
		// The seed gives no registration dates: every record carries the session's opening morning
		// (09:00 in New York) rather than an invented date.
		const opening = new Date(`${event.startDate}T13:00:00Z`);
		const rank = new Map<AttendanceGroup, number>();
		const registrationRows: (typeof registrations.$inferInsert)[] = [];
		const attendanceRows: (typeof attendance.$inferInsert)[] = [];
		seats.forEach((seat, i) => {
			const id = crypto.randomUUID();
			const group = groups[i];
			const k = rank.get(group) ?? 0;
			rank.set(group, k + 1);
			registrationRows.push({
				id,
				eventId,
				number: i + 1,
				formId: form.id,
				gender: 'undisclosed',
				...seat,
				status: 'approved',
				mode: MODE_OF_GROUP[group],
				consentedAt: opening,
				decidedAt: opening,
				checkInToken: crypto.randomBytes(18).toString('base64url'),
				erasedAt: now,
				createdAt: opening
			});
			for (const [day, mode] of attendedDays(group, k, days)) {
				// 10:00 in New York, the session's first sitting.
				const at = new Date(`${day}T14:00:00Z`);
				attendanceRows.push({
					eventId,
					registrationId: id,
					day,
					mode,
					source: mode === 'online' ? 'online-join' : 'qr-scan',
					joinedAt: mode === 'online' ? at : null,
					recordedAt: at,
					recordedBy: ctx.actor.label
				});
			}
		});
		for (const chunk of chunked(registrationRows)) await tx.insert(registrations).values(chunk);
		for (const chunk of chunked(attendanceRows, 500)) await tx.insert(attendance).values(chunk);

		const inRoom = (r: (typeof registrationRows)[number]) => r.mode !== 'online';
		await tx.insert(delegations).values(
			chosenStates.map((s) => ({
				eventId,
				stateId: s.id,
				quota: null,
				seatsTaken: registrationRows.filter((r) => r.stateId === s.id && inRoom(r)).length
			}))
		);
		await tx
			.update(registrationSettings)
			.set({ lastNumber: registrationRows.length, placesTaken: registrationRows.filter(inRoom).length, personalDataErasedAt: now })
			.where(eq(registrationSettings.eventId, eventId));
		await audit.record(tx, ctx.actor, {
			action: 'registration.demo-load',
			entityType: 'event',
			entityId: eventId,
			after: { registrations: registrationRows.length, attendance: attendanceRows.length, source: 'seed 000, Annex: Statistics' }
		});
	});
}
