import ical, { type ICalCalendar } from 'ical-generator';
import { asc, eq, inArray } from 'drizzle-orm';
import { pick, translator, type Language } from '$lib/i18n';
import { personName } from '$lib/directory/names';
import { groupBy } from '$lib/domain/group-by';
import { offsetMinutes, zoneTransitions } from '$lib/domain/time-zones';
import type { Db } from '../db/client';
import { events } from '../dialogues/schema';
import * as registration from '../registration';
import { isUuid } from '../web/params';
import { notFound } from '../core/errors';
import * as programme from '../programme';
import { plainDate, plainDateTime } from './temporal';

/**
 * iCalendar (RFC 5545) feeds of programmes. Programme times are local times in the event's zone:
 * each VEVENT names it (DTSTART;TZID=Europe/Zurich:20240110T100000) and the feed carries a
 * VTIMEZONE for it, computed from the runtime's zone data for the years the feed spans.
 */

type EventRow = typeof events.$inferSelect;
type Item = programme.ProgrammeEntry;

const PRODUCT = '-//Migration Dialogue Platform//Programme//EN';

function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function localStamp(utc: Date, offset: number): string {
	return new Date(utc.getTime() + offset * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

// Finding a zone's clock changes takes hundreds of offset look-ups; a zone's past does not change.
const vtimezones = new Map<string, string>();

/**
 * A VTIMEZONE for a zone over the given years: one observance per change of offset (with its
 * exact date, no rules to get wrong), after one for the offset the period starts with.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
	const key = `${zone} ${fromYear} ${toYear}`;
	let text = vtimezones.get(key);
	if (!text) {
		text = computeVtimezone(zone, fromYear, toYear);
		vtimezones.set(key, text);
	}
	return text;
}

function computeVtimezone(zone: string, fromYear: number, toYear: number): string {
	const from = new Date(Date.UTC(fromYear, 0, 1));
	const to = new Date(Date.UTC(toYear, 11, 31, 23));
	const initial = offsetMinutes(zone, from);
	const transitions = zoneTransitions(zone, from, to);
	const standard = Math.min(initial, ...transitions.map((t) => t.to));
	const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
	const observance = (start: string, fromOffset: number, toOffset: number) => {
		const kind = toOffset > standard ? 'DAYLIGHT' : 'STANDARD';
		lines.push(
			`BEGIN:${kind}`,
			`DTSTART:${start}`,
			`TZOFFSETFROM:${offsetText(fromOffset)}`,
			`TZOFFSETTO:${offsetText(toOffset)}`,
			`END:${kind}`
		);
	};
	observance('19700101T000000', initial, initial);
	for (const t of transitions) observance(localStamp(t.at, t.from), t.from, t.to);
	lines.push('END:VTIMEZONE');
	return lines.join('\r\n');
}

function newCalendar(name: string, zones: Map<string, { from: number; to: number }>): ICalCalendar {
	return ical({
		prodId: PRODUCT,
		name,
		timezone: {
			name: null,
			generator: (zone) => {
				const years = zones.get(zone);
				return years ? vtimezone(zone, years.from - 1, years.to + 1) : null;
			}
		}
	});
}

function describe(item: Item, lang: Language): string {
	const t = translator(lang);
	const lines = [t(`programme.kind.${item.kind}`)];
	if (item.descriptions) lines.push(pick(item.descriptions, lang));
	if (item.speakers.length) {
		lines.push(`${t('programme.calendar.speakers')}:`);
		for (const s of item.speakers) {
			lines.push(`- ${[personName(s), s.titleAtEvent, s.organisation].filter(Boolean).join(', ')} (${t(`programme.role.${s.role}`)})`);
		}
	}
	return lines.join('\n');
}

function place(event: EventRow, room?: string | null): string | null {
	return [room, event.venue, event.city].filter(Boolean).join(', ') || null;
}

const isTimed = (item: Item): item is Item & { day: string; startsAt: string } => !!item.day && !!item.startsAt;

/** Adds one event's programme to a calendar: its timed items, or the whole event as all-day. */
function addEvent(calendar: ICalCalendar, event: EventRow, items: Item[], lang: Language, origin: string) {
	const timed = items.filter(isTimed);
	const url = origin ? `${origin}/events/${event.id}/programme` : undefined;
	if (!timed.length) {
		// DTEND of an all-day event is the day after its last day (RFC 5545 §3.6.1).
		const end = new Date(`${event.endDate}T00:00:00Z`);
		end.setUTCDate(end.getUTCDate() + 1);
		calendar.createEvent({
			id: `event-${event.id}@migration-dialogue`,
			start: plainDate(event.startDate) as never,
			end: plainDate(end.toISOString().slice(0, 10)) as never,
			allDay: true,
			summary: pick(event.titles, lang),
			description: event.summaries ? pick(event.summaries, lang) : null,
			location: place(event),
			url
		});
		return;
	}
	for (const item of timed) {
		const end = item.endsAt ?? item.startsAt;
		calendar.createEvent({
			id: `item-${item.id}@migration-dialogue`,
			start: plainDateTime(item.day, item.startsAt) as never,
			end: plainDateTime(item.day, end) as never,
			timezone: event.timeZone,
			summary: `${pick(item.titles, lang)} – ${pick(event.titles, lang)}`,
			description: describe(item, lang),
			location: place(event, item.room),
			url,
			lastModified: item.updatedAt
		});
	}
}

function zoneYears(events: EventRow[]) {
	const zones = new Map<string, { from: number; to: number }>();
	for (const event of events) {
		const from = Number(event.startDate.slice(0, 4));
		const to = Number(event.endDate.slice(0, 4));
		const known = zones.get(event.timeZone);
		zones.set(event.timeZone, { from: Math.min(from, known?.from ?? from), to: Math.max(to, known?.to ?? to) });
	}
	return zones;
}

export interface CalendarOptions {
	/** the site's address, for links back to the programme (e.g. https://dialogue.example.org) */
	origin?: string;
	lang?: Language;
}

/**
 * The whole event as iCalendar: one VEVENT per timed programme item, in the event's time zone,
 * or one all-day VEVENT spanning the event's dates when no item has a time. An unknown event (or an
 * id that is not one) is not found (404).
 */
export async function eventCalendar(db: Db, eventId: string, options: CalendarOptions = {}): Promise<string> {
	const [event] = isUuid(eventId) ? await db.select().from(events).where(eq(events.id, eventId)) : [];
	if (!event) throw notFound();
	const lang = options.lang ?? 'en';
	const items = await programme.forEvent(db, eventId);
	const calendar = newCalendar(pick(event.titles, lang), zoneYears([event]));
	addEvent(calendar, event, items, lang, options.origin ?? '');
	return calendar.toString();
}

/**
 * A participant's own agenda: the programmes of every event they are registered for and approved
 * (each event whole-day when it has no timed item), in event order.
 */
export async function agendaCalendar(db: Db, userId: string, options: CalendarOptions = {}): Promise<string> {
	const lang = options.lang ?? 'en';
	const ids = await registration.approvedEventIds(db, userId);
	const rows = ids.length
		? await db.select().from(events).where(inArray(events.id, ids)).orderBy(asc(events.startDate), asc(events.id))
		: [];
	const itemsOf = groupBy(await programme.forEvents(db, ids), (item) => item.eventId);
	const calendar = newCalendar(translator(lang)('programme.calendar.agenda'), zoneYears(rows));
	for (const event of rows) addEvent(calendar, event, itemsOf.get(event.id) ?? [], lang, options.origin ?? '');
	return calendar.toString();
}
