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

/**
 * An item's time as the programme prints it: "10:00–10:45" (through the page's translator), "10:00"
 * without an end, "" without a start.
 */
export function timeRange(
	item: { startsAt: string | null; endsAt: string | null },
	t: (key: 'programme.timeRange', params: { start: string; end: string }) => string
): string {
	if (!item.startsAt) return '';
	return item.endsAt
		? t('programme.timeRange', { start: shortTime(item.startsAt), end: shortTime(item.endsAt) })
		: shortTime(item.startsAt);
}

/** An item ends after it starts (an item without both times cannot be out of order). */
export function endsAfterStart(startsAt: string | null | undefined, endsAt: string | null | undefined): boolean {
	const start = minutesOf(startsAt);
	const end = minutesOf(endsAt);
	return start === null || end === null || end > start;
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

/**
 * The item a Move up/down button swaps places with: the neighbour in programme order, and only
 * when it is on the same day at the same start time. Elsewhere the day and time decide the place,
 * so a swap would change nothing visible: there is no neighbour to swap with (undefined).
 */
export function swapNeighbour<T extends { id: string; day: string | null; startsAt: string | null; position: number }>(
	items: T[],
	id: string,
	direction: 'up' | 'down'
): T | undefined {
	const sorted = [...items].sort(compareItems);
	const at = sorted.findIndex((item) => item.id === id);
	if (at < 0) return undefined;
	const other = sorted[direction === 'up' ? at - 1 : at + 1];
	return other && other.day === sorted[at].day && other.startsAt === sorted[at].startsAt ? other : undefined;
}
