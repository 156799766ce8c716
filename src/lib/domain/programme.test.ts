import { describe, expect, it } from 'vitest';
import { isEventDay } from './attendance';
import { endsAfterStart, findOverlap, groupByDay, minutesOf, swapNeighbour, overlaps, timeRange } from './programme';

const slot = (startsAt: string, endsAt: string, room: string | null = 'ECOSOC Chamber', day: string | null = '2024-05-21') => ({
	day,
	startsAt,
	endsAt,
	room
});

describe('programme times', () => {
	it('reads times of day with or without seconds and refuses others', () => {
		expect(minutesOf('09:30')).toBe(570);
		expect(minutesOf('09:30:00')).toBe(570);
		expect(minutesOf('24:00')).toBeNull();
		expect(minutesOf('9:30')).toBeNull();
		expect(minutesOf(null)).toBeNull();
	});

	it('an item must end after it starts; an item without both times is not out of order', () => {
		expect(endsAfterStart('10:00', '11:00')).toBe(true);
		expect(endsAfterStart('11:00', '10:00')).toBe(false);
		expect(endsAfterStart('10:00', '10:00')).toBe(false);
		expect(endsAfterStart('10:00', undefined)).toBe(true);
	});

	it('a day belongs to the event between its first and last day inclusive', () => {
		const event = { startDate: '2024-05-21', endDate: '2024-05-22' };
		expect(isEventDay('2024-05-21', event.startDate, event.endDate)).toBe(true);
		expect(isEventDay('2024-05-22', event.startDate, event.endDate)).toBe(true);
		expect(isEventDay('2024-05-23', event.startDate, event.endDate)).toBe(false);
		expect(isEventDay('2024-05-20', event.startDate, event.endDate)).toBe(false);
	});
});

describe('overlapping items', () => {
	it('items in the same room on the same day overlap when their times intersect', () => {
		expect(overlaps(slot('10:00', '11:00'), slot('10:30', '11:30'))).toBe(true);
		expect(overlaps(slot('10:00', '12:00'), slot('10:30', '11:00'))).toBe(true);
	});

	it('back-to-back items do not overlap', () => {
		expect(overlaps(slot('10:00', '11:00'), slot('11:00', '12:00'))).toBe(false);
	});

	it('other rooms, other days and untimed items never overlap; rooms compare without case', () => {
		expect(overlaps(slot('10:00', '11:00'), slot('10:00', '11:00', 'Room XVII'))).toBe(false);
		expect(overlaps(slot('10:00', '11:00'), slot('10:00', '11:00', 'ECOSOC Chamber', '2024-05-22'))).toBe(false);
		expect(overlaps(slot('10:00', '11:00', null), slot('10:00', '11:00', null))).toBe(false);
		expect(overlaps(slot('10:00', '11:00', ' ecosoc chamber'), slot('10:30', '11:00'))).toBe(true);
	});

	it('an item does not clash with itself when it is edited', () => {
		const others = [{ id: 'a', ...slot('10:00', '11:00') }];
		expect(findOverlap({ id: 'a', ...slot('10:15', '11:15') }, others)).toBeUndefined();
		expect(findOverlap({ id: 'b', ...slot('10:15', '11:15') }, others)?.id).toBe('a');
	});
});

describe('programme order', () => {
	it('groups items by day, by start time within a day, untimed and undated last', () => {
		const items = [
			{ id: 'c', day: '2024-05-22', startsAt: '10:00:00', position: 1 },
			{ id: 'x', day: null, startsAt: null, position: 2 },
			{ id: 'b', day: '2024-05-21', startsAt: '15:00:00', position: 3 },
			{ id: 'a', day: '2024-05-21', startsAt: '10:00:00', position: 4 },
			{ id: 'u', day: '2024-05-21', startsAt: null, position: 0 }
		];
		expect(groupByDay(items).map((g) => [g.day, g.items.map((i) => i.id)])).toEqual([
			['2024-05-21', ['a', 'b', 'u']],
			['2024-05-22', ['c']],
			[null, ['x']]
		]);
	});

	it('an item swaps only with its neighbour on the same day at the same start time', () => {
		const items = [
			{ id: 'late', day: '2024-05-21', startsAt: '11:00:00', position: 1 },
			{ id: 'b', day: '2024-05-21', startsAt: '10:00:00', position: 3 },
			{ id: 'a', day: '2024-05-21', startsAt: '10:00:00', position: 2 },
			{ id: 'next-day', day: '2024-05-22', startsAt: '10:00:00', position: 4 },
			{ id: 'u1', day: null, startsAt: null, position: 5 },
			{ id: 'u2', day: null, startsAt: null, position: 6 }
		];
		expect(swapNeighbour(items, 'a', 'down')?.id).toBe('b');
		expect(swapNeighbour(items, 'b', 'up')?.id).toBe('a');
		expect(swapNeighbour(items, 'a', 'up')).toBeUndefined();
		// shown after b by its later time, though stored first: moving it would change nothing
		expect(swapNeighbour(items, 'b', 'down')).toBeUndefined();
		expect(swapNeighbour(items, 'late', 'up')).toBeUndefined();
		expect(swapNeighbour(items, 'next-day', 'up')).toBeUndefined();
		expect(swapNeighbour(items, 'u2', 'up')?.id).toBe('u1');
		expect(swapNeighbour(items, 'missing', 'up')).toBeUndefined();
	});
});

describe('time range', () => {
	it('prints start and end through the translator, the start alone without an end, nothing without a start', () => {
		const t = (_key: 'programme.timeRange', p: { start: string; end: string }) => `${p.start} to ${p.end}`;
		expect(timeRange({ startsAt: '10:00:00', endsAt: '10:45:00' }, t)).toBe('10:00 to 10:45');
		expect(timeRange({ startsAt: '10:00:00', endsAt: null }, t)).toBe('10:00');
		expect(timeRange({ startsAt: null, endsAt: null }, t)).toBe('');
	});
});
