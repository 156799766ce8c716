/**
 * Time zones of event venues (IANA names, e.g. Europe/Zurich for Geneva, America/New_York): local
 * wall-clock times to instants and back, offsets and clock changes. One place for the programme,
 * the calendar feeds, registration deadlines and attendance. No I/O.
 */

/** The zone the secretariat works in unless told otherwise (Geneva): consultations and events default to it. */
export const DEFAULT_TIME_ZONE = 'Europe/Zurich';

/** Whether a string names an IANA zone the runtime knows ("Area/City", or UTC). */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

// Building an Intl formatter costs far more than using one: keep one per zone.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const partFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions) {
	let fmt = cache.get(zone);
	if (!fmt) {
		fmt = new Intl.DateTimeFormat('en-US', { ...options, timeZone: zone });
		cache.set(zone, fmt);
	}
	return fmt;
}

/** The zone's offset from UTC in minutes at an instant, e.g. 120 for Geneva in summer. */
export function offsetMinutes(zone: string, at: Date): number {
	const name = cached(offsetFormats, zone, { timeZoneName: 'longOffset' })
		.formatToParts(at)
		.find((p) => p.type === 'timeZoneName')?.value;
	const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
	if (!match) return 0;
	return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * The instant of a local wall-clock time in a zone: "2024-01-10" "10:00" in Europe/Zurich is
 * 09:00Z. `time` is HH:MM or HH:MM:SS. A time skipped by a clock change moves forward with the
 * clock; a repeated one is the earlier.
 */
export function zonedToUtc(day: string, time: string, zone: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	const [h = 0, mi = 0, s = 0] = time.split(':').map(Number);
	// Not Date.UTC(y, …): it reads a year below 100 as 19xx.
	const asUtc = new Date(0).setUTCFullYear(y, m - 1, d) + ((h * 60 + mi) * 60 + s) * 1000;
	// The offsets half a day either side; clocks change at most once in between.
	const before = offsetMinutes(zone, new Date(asUtc - 43_200_000));
	const after = offsetMinutes(zone, new Date(asUtc + 43_200_000));
	const valid = [before, after]
		.map((offset) => asUtc - offset * 60_000)
		.filter((t, i) => offsetMinutes(zone, new Date(t)) === [before, after][i]);
	// Two readings: the hour repeated, take the earlier. None: the hour skipped, the clock before it runs on.
	return new Date(valid.length ? Math.min(...valid) : asUtc - before * 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

function partsIn(instant: Date, zone: string): Record<string, number> {
	const fmt = cached(partFormats, zone, {
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	});
	const out: Record<string, number> = {};
	for (const p of fmt.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
	return out;
}

/** The calendar day an instant falls on in a zone, e.g. 2024-05-21 in America/New_York. */
export function dayIn(instant: Date, zone: string): string {
	const p = partsIn(instant, zone);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The wall-clock time of an instant in a zone, HH:MM. */
export function timeIn(instant: Date, zone: string): string {
	const p = partsIn(instant, zone);
	return `${pad(p.hour)}:${pad(p.minute)}`;
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
