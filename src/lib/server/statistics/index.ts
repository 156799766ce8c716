/**
 * The participation statistics annex of an event, computed from its records every time it is
 * asked (never typed in, never cached stale): the public figures, and for the secretariat the
 * registrations behind a figure.
 */
import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { share, type DrillDown, type Statistics } from '$lib/domain/statistics';
import { GENDERS } from '$lib/directory/types';
import { SPEAKER_ROLES } from '$lib/programme/types';
import { REGISTRATION_CATEGORIES, REGISTRATION_STATUSES } from '$lib/registration/types';
import type { Ctx } from '../core/actor';
import { requireRoleIn } from '../core/guards';
import type { Db } from '../db/client';
import { findEventSummary } from '../dialogues';
import { organisations } from '../directory/schema';
import { registrations } from '../registration/schema';
import { states } from '../reference/schema';
import type { Language } from '$lib/i18n';
import type { AnnexView } from '$lib/statistics/types';
import { annexView } from './annex';
import { barChart } from './charts';
import * as queries from './queries';

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The annex of an event, or null for an unknown (or malformed) event id. Public: no personal data. */
export async function forEvent(db: Db, eventId: string): Promise<Statistics | null> {
	const event = await findEventSummary(db, eventId);
	if (!event) return null;
	const asOf = event.startDate;
	// Two independent statements: on PostgreSQL they run side by side on the pool's connections.
	const [figures, speakerRows] = await Promise.all([queries.registrationFigures(db, event.id, asOf), queries.speakers(db, event.id, asOf)]);
	const { byStatus, regions: regionRows, partners: partnerRows, attendance: present } = figures;

	const byState = zeros(REGISTRATION_STATUSES);
	const byCategory = zeros(REGISTRATION_CATEGORIES);
	for (const row of byStatus) {
		byState[row.status] += row.registrations;
		if (row.status === 'approved') byCategory[row.category] += row.registrations;
	}
	const total = byState.approved;

	const all = regionRows.find((r) => r.total);
	const governments = {
		representatives: byCategory.government,
		count: all?.states ?? 0,
		memberStates: all?.memberStates ?? 0,
		observerStates: all?.observerStates ?? 0,
		nonMemberStates: all?.nonMemberStates ?? 0,
		gcmChampions: all?.gcmChampions ?? 0
	};
	const regions = regionRows
		.filter((r) => !r.total)
		.map((r) => ({
			region: r.region,
			names: r.names,
			states: r.states,
			shareOfStates: share(r.states, governments.count),
			representatives: r.representatives,
			shareOfRepresentatives: share(r.representatives, all?.representatives ?? 0)
		}));

	const partnerTotal = partnerRows.find((r) => r.total);
	const organisationCount = partnerTotal?.organisations ?? 0;
	const byType = partnerRows
		.filter((r) => !r.total)
		.map((r) => ({
			type: r.type,
			organisations: r.organisations,
			representatives: r.representatives,
			share: share(r.organisations, organisationCount)
		}));

	const speakerTotal = speakerRows.find((r) => r.by === 'total')?.speakers ?? 0;
	const speakersBy = (by: queries.SpeakerRow['by']) => speakerRows.filter((r) => r.by === by);
	const counted = (rows: queries.SpeakerRow[], key: string) => rows.find((r) => r.key === key)?.speakers ?? 0;
	const roleRows = speakersBy('role');
	const genderRows = speakersBy('gender');

	return {
		event: { id: event.id, startDate: event.startDate, endDate: event.endDate },
		asOf,
		registrations: { total, byState, byCategory },
		governments,
		iom: { representatives: byCategory.iom },
		partners: { representatives: byCategory.partner, organisations: organisationCount, byType },
		attendance: present,
		regions,
		speakers: {
			total: speakerTotal,
			// Every role and gender is listed, with zero where nobody is: a missing row would read as unknown.
			byRole: SPEAKER_ROLES.map((role) => ({
				role,
				speakers: counted(roleRows, role),
				share: share(counted(roleRows, role), speakerTotal)
			})),
			byGender: GENDERS.map((gender) => ({
				gender,
				speakers: counted(genderRows, gender),
				share: share(counted(genderRows, gender), speakerTotal)
			})),
			byRegion: speakersBy('region').map((r) => ({
				region: r.key,
				names: r.names,
				speakers: r.speakers,
				share: share(r.speakers, speakerTotal)
			})),
			bySector: speakersBy('sector').map((r) => ({
				sector: r.key as Statistics['speakers']['bySector'][number]['sector'],
				speakers: r.speakers,
				share: share(r.speakers, speakerTotal)
			}))
		}
	};
}

/** Which approved registrations make up a figure. */
function drillDownCondition(figure: DrillDown, asOf: string): SQL {
	const government = eq(registrations.category, 'government');
	switch (figure) {
		case 'registrations.total':
			return sql`true`;
		case 'governments.representatives':
			return government;
		case 'governments.memberStates':
			return and(government, eq(registrations.membership, 'member'))!;
		case 'governments.observerStates':
			return and(government, eq(registrations.membership, 'observer'))!;
		case 'governments.nonMemberStates':
			return and(government, or(eq(registrations.membership, 'non-member'), isNull(registrations.membership)))!;
		case 'governments.gcmChampions':
			return and(
				government,
				inArray(
					registrations.stateId,
					sql`(select id from ${states} where gcm_champion and (gcm_champion_since is null or gcm_champion_since <= ${asOf}::date)
						and (gcm_champion_until is null or gcm_champion_until >= ${asOf}::date))`
				)
			)!;
		case 'iom.representatives':
			return eq(registrations.category, 'iom');
		case 'partners.representatives':
			return eq(registrations.category, 'partner');
		// The flags the attendance triggers keep (migration 0004), as the figures count them.
		case 'attendance.inRoom':
			return eq(registrations.attendedInRoom, true);
		case 'attendance.online':
			return eq(registrations.attendedOnline, true);
		case 'attendance.both':
			return and(eq(registrations.attendedInRoom, true), eq(registrations.attendedOnline, true))!;
	}
}

export const DRILL_DOWN_PAGE = 100;

/**
 * The secretariat's drill-down: the approved registrations behind a figure, by participant
 * number, a page at a time. Erased registrations are listed by number (their names are gone).
 */
export async function registrationsBehind(ctx: Ctx, eventId: string, figure: DrillDown, page = 1) {
	requireRoleIn(ctx.actor, 'secretariat');
	const event = await findEventSummary(ctx.db, eventId);
	if (!event) return null;
	const where = and(eq(registrations.eventId, event.id), eq(registrations.status, 'approved'), drillDownCondition(figure, event.startDate));
	const [rows, [{ total }]] = await Promise.all([
		ctx.db
			.select({
				id: registrations.id,
				number: registrations.number,
				givenName: registrations.givenName,
				familyName: registrations.familyName,
				honorific: registrations.honorific,
				erasedAt: registrations.erasedAt,
				category: registrations.category,
				stateId: registrations.stateId,
				stateNames: states.names,
				membership: registrations.membership,
				organisation: organisations.name,
				organisationType: registrations.organisationType,
				status: registrations.status
			})
			.from(registrations)
			.leftJoin(states, eq(states.id, registrations.stateId))
			.leftJoin(organisations, eq(organisations.id, registrations.organisationId))
			.where(where)
			.orderBy(asc(registrations.number))
			.limit(DRILL_DOWN_PAGE)
			.offset((Math.max(1, page) - 1) * DRILL_DOWN_PAGE),
		ctx.db.select({ total: count() }).from(registrations).where(where)
	]);
	return { event, rows, total, page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / DRILL_DOWN_PAGE)) };
}

/** The annex in a language, every table with its chart drawn. */
export function withCharts(stats: Statistics, lang: Language): AnnexView {
	const view = annexView(stats, lang);
	return { ...view, tables: view.tables.map((table) => ({ ...table, svg: barChart(table) })) };
}

export { annexView, tableView } from './annex';
export { tableCsv } from './csv';
export { horizontalBars } from './charts';
