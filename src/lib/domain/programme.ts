/**
 * Pure rules of an event's programme: times are local wall-clock times ("HH:MM") in the event's
 * time zone, days are ISO dates. No I/O here.
 */

/** "09:30" or "09:30:00" to minutes after midnight; null when not a valid time of day. */
export function minutesOf(time: string | null | undefined): number | null {
	const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time ?? '');
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** A stored time ("09:30:00") as the programme prints it ("09:30"). */
export function shortTime(time: string | null | undefined): string {
	return time ? time.slice(0, 5) : '';
}

/** An item ends after it starts (an item without both times cannot be out of order). */
export function endsAfterStart(startsAt: string | null | undefined, endsAt: string | null | undefined): boolean {
	const start = minutesOf(startsAt);
	const end = minutesOf(endsAt);
	return start === null || end === null || end > start;
}

/** A day lies within the event's first and last day (ISO dates compare as strings). */
export function dayWithinEvent(day: string, event: { startDate: string; endDate: string }): boolean {
	return day >= event.startDate && day <= event.endDate;
}

export interface Slot {
	id?: string;
	day: string | null;
	startsAt: string | null;
	endsAt: string | null;
	room: string | null;
}

/** Rooms are compared without case or surrounding spaces: "Room XVII" and "room xvii " are one room. */
export function sameRoom(a: string | null, b: string | null): boolean {
	return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Two items overlap when they are on the same day in the same room and their times intersect;
 * one ending at 11:00 and the next starting at 11:00 do not overlap. Items without a day, a room or
 * both times never overlap anything.
 */
export function overlaps(a: Slot, b: Slot): boolean {
	if (!a.day || a.day !== b.day || !sameRoom(a.room, b.room)) return false;
	const [as, ae, bs, be] = [minutesOf(a.startsAt), minutesOf(a.endsAt), minutesOf(b.startsAt), minutesOf(b.endsAt)];
	if (as === null || ae === null || bs === null || be === null) return false;
	return as < be && bs < ae;
}

/** The first other item (not the same id) that the slot overlaps, if any. */
export function findOverlap<T extends Slot>(slot: Slot, others: T[]): T | undefined {
	return others.find((other) => (slot.id === undefined || other.id !== slot.id) && overlaps(slot, other));
}

/** Programme order within a day: by start time, untimed items last, then by position. */
export function compareItems(
	a: { day: string | null; startsAt: string | null; position: number },
	b: { day: string | null; startsAt: string | null; position: number }
): number {
	const day = (a.day ?? '9999').localeCompare(b.day ?? '9999');
	if (day) return day;
	const time = (a.startsAt ?? '99').localeCompare(b.startsAt ?? '99');
	return time || a.position - b.position;
}

/** Items grouped by day in programme order; items without a day come last under `null`. */
export function groupByDay<T extends { day: string | null; startsAt: string | null; position: number }>(
	items: T[]
): { day: string | null; items: T[] }[] {
	const groups: { day: string | null; items: T[] }[] = [];
	for (const item of [...items].sort(compareItems)) {
		const last = groups[groups.length - 1];
		if (last && last.day === item.day) last.items.push(item);
		else groups.push({ day: item.day, items: [item] });
	}
	return groups;
}

/** A new order of ids is a permutation of the current ids: nothing added, nothing lost. */
export function isPermutation(current: string[], proposed: string[]): boolean {
	if (current.length !== proposed.length) return false;
	const wanted = new Set(proposed);
	return wanted.size === proposed.length && current.every((id) => wanted.has(id));
}

/**
 * Names the platform accepts that the IANA database does not have, with the zone whose clock they
 * follow: the events' default "Europe/Geneva" keeps the time of Europe/Zurich (Switzerland's one
 * zone). The name itself is kept (and is the TZID of feeds); only the rules come from the alias.
 */
const ZONE_ALIASES: Record<string, string> = { 'Europe/Geneva': 'Europe/Zurich' };

/** The IANA zone whose rules a zone name follows. */
export function ruleZone(zone: string): string {
	return ZONE_ALIASES[zone] ?? zone;
}

/** Whether a string names a time zone the runtime knows (IANA, e.g. America/New_York, or Europe/Geneva). */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: ruleZone(zone) });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at an instant, e.g. 120 for Geneva in summer. */
export function offsetMinutes(zone: string, at: Date): number {
	let fmt = offsetFormats.get(zone);
	if (!fmt) {
		fmt = new Intl.DateTimeFormat('en-US', { timeZone: ruleZone(zone), timeZoneName: 'longOffset' });
		offsetFormats.set(zone, fmt);
	}
	const name = fmt.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
	const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
	if (!match) return 0;
	return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * The instant of a local wall-clock time in a zone: "2024-01-10" "10:00" in Europe/Geneva is
 * 09:00Z. A time skipped by a clock change moves forward with the clock.
 */
export function zonedToUtc(day: string, time: string, zone: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	const minutes = minutesOf(time) ?? 0;
	const asUtc = Date.UTC(y, m - 1, d, Math.floor(minutes / 60), minutes % 60);
	let guess = asUtc - offsetMinutes(zone, new Date(asUtc)) * 60_000;
	// A second pass settles times near a change of offset.
	guess = asUtc - offsetMinutes(zone, new Date(guess)) * 60_000;
	return new Date(guess);
}

export interface ZoneTransition {
	/** the instant of the change */
	at: Date;
	from: number;
	to: number;
}

/** Changes of a zone's UTC offset between two instants, found day by day then to the minute. */
export function zoneTransitions(zone: string, from: Date, to: Date): ZoneTransition[] {
	const day = 86_400_000;
	const found: ZoneTransition[] = [];
	let previous = offsetMinutes(zone, from);
	for (let t = from.getTime() + day; t <= to.getTime() + day; t += day) {
		const now = offsetMinutes(zone, new Date(t));
		if (now === previous) continue;
		let lo = t - day;
		let hi = t;
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
			if (offsetMinutes(zone, new Date(mid)) === previous) lo = mid;
			else hi = mid;
		}
		found.push({ at: new Date(hi), from: previous, to: now });
		previous = now;
	}
	return found;
}
