import { shortTime } from '$lib/domain/programme';
import { zonedToUtc } from '$lib/domain/time-zones';

/**
 * The few Temporal objects ical-generator takes (PlainDate, PlainDateTime, ZonedDateTime), stubbed
 * until the runtime has Temporal: local times of an event written as they are, with its TZID.
 */

/** A local date-time as ical-generator's Temporal PlainDateTime stub: written as is, with the event's TZID. */
export function plainDateTime(day: string, time: string) {
	const [year, month, dayOfMonth] = day.split('-').map(Number);
	const [hour, minute] = time.split(':').map(Number);
	const text = `${day}T${shortTime(time)}:00`;
	const plain = {
		year,
		month,
		day: dayOfMonth,
		hour,
		minute,
		second: 0,
		toJSON: () => text,
		toString: () => text,
		toPlainDate: () => plainDate(day),
		toZonedDateTime: (timeZoneId: string) => {
			const zoned = {
				year,
				month,
				day: dayOfMonth,
				hour,
				minute,
				second: 0,
				timeZoneId,
				toJSON: () => `${text}[${timeZoneId}]`,
				toString: () => `${text}[${timeZoneId}]`,
				toPlainDateTime: () => plain,
				withTimeZone: () => zoned,
				toInstant: () => {
					const ms = zonedToUtc(day, shortTime(time), timeZoneId).getTime();
					return { epochMilliseconds: ms, toJSON: () => new Date(ms).toISOString(), toString: () => new Date(ms).toISOString() };
				}
			};
			return zoned;
		}
	};
	return plain;
}

/** A calendar day as ical-generator's Temporal PlainDate stub (all-day events: VALUE=DATE). */
export function plainDate(day: string) {
	const [year, month, dayOfMonth] = day.split('-').map(Number);
	return {
		year,
		month,
		day: dayOfMonth,
		toJSON: () => day,
		toString: () => day,
		toPlainDateTime: () => plainDateTime(day, '00:00')
	};
}
