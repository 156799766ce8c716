import { describe, expect, it } from 'vitest';
import { dayIn, isTimeZone, offsetMinutes, timeIn, zonedToUtc, zoneTransitions } from './time-zones';

describe('time zones', () => {
	it('knows IANA zones and refuses others', () => {
		expect(isTimeZone('Europe/Zurich')).toBe(true);
		// Not an IANA name, though it reads like one.
		expect(isTimeZone('Europe/Geneva')).toBe(false);
		expect(isTimeZone('America/New_York')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('CET')).toBe(false);
	});

	it('turns local times near a clock change into the right instant: a skipped time moves forward, a repeated one is the earlier', () => {
		expect(zonedToUtc('2024-03-31', '01:30', 'Europe/Zurich').toISOString()).toBe('2024-03-31T00:30:00.000Z');
		expect(zonedToUtc('2024-03-31', '02:30', 'Europe/Zurich').toISOString()).toBe('2024-03-31T01:30:00.000Z');
		expect(zonedToUtc('2024-03-31', '03:30', 'Europe/Zurich').toISOString()).toBe('2024-03-31T01:30:00.000Z');
		expect(zonedToUtc('2024-10-27', '02:30', 'Europe/Zurich').toISOString()).toBe('2024-10-27T00:30:00.000Z');
		expect(zonedToUtc('2024-10-27', '03:30', 'Europe/Zurich').toISOString()).toBe('2024-10-27T02:30:00.000Z');
		expect(zonedToUtc('2024-11-03', '01:30', 'America/New_York').toISOString()).toBe('2024-11-03T05:30:00.000Z');
	});

	it('turns a local time into an instant: 10:00 in Geneva (Europe/Zurich) is 09:00Z in winter and 08:00Z in summer', () => {
		expect(zonedToUtc('2024-01-10', '10:00', 'Europe/Zurich').toISOString()).toBe('2024-01-10T09:00:00.000Z');
		expect(zonedToUtc('2024-07-10', '10:00', 'Europe/Zurich').toISOString()).toBe('2024-07-10T08:00:00.000Z');
		expect(zonedToUtc('2024-05-21', '10:00', 'America/New_York').toISOString()).toBe('2024-05-21T14:00:00.000Z');
		expect(offsetMinutes('Asia/Kolkata', new Date('2024-01-01T00:00:00Z'))).toBe(330);
		expect(zonedToUtc('2024-05-21', '09:05:30', 'Europe/Zurich').toISOString()).toBe('2024-05-21T07:05:30.000Z');
	});

	it('finds the clock changes of a year to the minute', () => {
		const changes = zoneTransitions('Europe/Zurich', new Date('2024-01-01T00:00:00Z'), new Date('2024-12-31T00:00:00Z'));
		expect(changes.map((c) => [c.at.toISOString(), c.from, c.to])).toEqual([
			['2024-03-31T01:00:00.000Z', 60, 120],
			['2024-10-27T01:00:00.000Z', 120, 60]
		]);
		expect(zoneTransitions('Asia/Tokyo', new Date('2024-01-01T00:00:00Z'), new Date('2024-12-31T00:00:00Z'))).toEqual([]);
	});

	it('takes the day and the time of an instant in a zone', () => {
		const late = new Date('2024-05-22T02:30:00Z');
		expect(dayIn(late, 'America/New_York')).toBe('2024-05-21');
		expect(dayIn(late, 'Europe/Zurich')).toBe('2024-05-22');
		expect(timeIn(late, 'America/New_York')).toBe('22:30');
		expect(timeIn(late, 'Europe/Zurich')).toBe('04:30');
	});

	it('reads a year below 100 as that year, not as 19xx', () => {
		expect(zonedToUtc('0024-03-01', '12:00', 'UTC').toISOString()).toBe('0024-03-01T12:00:00.000Z');
		expect(zonedToUtc('2024-03-01', '12:00', 'UTC').toISOString()).toBe('2024-03-01T12:00:00.000Z');
	});
});
