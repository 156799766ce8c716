import { describe, expect, it } from 'vitest';
import { plainDateTime } from './temporal';

const instant = (day: string, time: string, zone: string) =>
	new Date(plainDateTime(day, time).toZonedDateTime(zone).toInstant().epochMilliseconds).toISOString();

describe('the calendar’s local date-times', () => {
	it('are the right instant near a clock change, as the time-zone module converts them', () => {
		// 01:30 on the night Geneva's clocks go forward (at 02:00) is still winter time: 00:30Z.
		expect(instant('2024-03-31', '01:30', 'Europe/Zurich')).toBe('2024-03-31T00:30:00.000Z');
		expect(instant('2024-03-31', '03:30', 'Europe/Zurich')).toBe('2024-03-31T01:30:00.000Z');
		// The repeated hour of the autumn change is the earlier one.
		expect(instant('2024-10-27', '02:30', 'Europe/Zurich')).toBe('2024-10-27T00:30:00.000Z');
		expect(instant('2024-01-10', '10:00:00', 'Europe/Zurich')).toBe('2024-01-10T09:00:00.000Z');
	});
});
