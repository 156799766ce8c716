import { describe, expect, it } from 'vitest';
import {
	ACCENTED,
	PLAIN,
	chooseDay,
	codeFromScan,
	defaultDay,
	eventDays,
	isEventDay,
	joinLogColumn,
	parseJoinTime,
	searchable
} from './attendance';

describe('attendance rules', () => {
	it('lists the days of an event, across a month end', () => {
		expect(eventDays('2024-05-30', '2024-06-02')).toEqual(['2024-05-30', '2024-05-31', '2024-06-01', '2024-06-02']);
		expect(eventDays('2024-05-21', '2024-05-21')).toEqual(['2024-05-21']);
	});

	it('knows whether a day is within the event and opens the check-in on today or the first day', () => {
		expect(isEventDay('2024-05-22', '2024-05-21', '2024-05-22')).toBe(true);
		expect(isEventDay('2024-05-23', '2024-05-21', '2024-05-22')).toBe(false);
		expect(isEventDay('not a day', '2024-05-21', '2024-05-22')).toBe(false);
		expect(defaultDay('2024-05-22', '2024-05-21', '2024-05-22')).toBe('2024-05-22');
		expect(defaultDay('2025-01-01', '2024-05-21', '2024-05-22')).toBe('2024-05-21');
	});

	it('opens on the day asked for when it is a day of the event, otherwise on the fallback', () => {
		const days = ['2024-05-21', '2024-05-22'];
		expect(chooseDay('2024-05-22', days, '2024-05-21')).toBe('2024-05-22');
		expect(chooseDay('2024-05-23', days, '2024-05-21')).toBe('2024-05-21');
		expect(chooseDay(null, days, '2024-05-21')).toBe('2024-05-21');
		expect(chooseDay('nonsense', days, null)).toBeNull();
	});

	it('reads join times with an offset, as local times of the event, and in the US style of Zoom', () => {
		expect(parseJoinTime('2024-05-21T13:05:00Z', 'Europe/Zurich')?.toISOString()).toBe('2024-05-21T13:05:00.000Z');
		expect(parseJoinTime('2024-05-21 09:05', 'America/New_York')?.toISOString()).toBe('2024-05-21T13:05:00.000Z');
		expect(parseJoinTime('2024-05-21T09:05:30', 'Europe/Zurich')?.toISOString()).toBe('2024-05-21T07:05:30.000Z');
		expect(parseJoinTime('05/21/2024 09:05:12 PM', 'America/New_York')?.toISOString()).toBe('2024-05-22T01:05:12.000Z');
		expect(parseJoinTime('2024-01-15 10:00', 'Europe/Zurich')?.toISOString()).toBe('2024-01-15T09:00:00.000Z');
	});

	it('refuses join times it cannot read rather than guessing', () => {
		for (const bad of ['', 'yesterday', '2024-02-30 10:00', '2024-05-21 25:00', '13/13/2024 10:00', '2024-05-21T10:00+99:99']) {
			expect(parseJoinTime(bad, 'Europe/Zurich'), bad).toBeNull();
		}
	});

	it('recognises the columns of a join log whatever the tool calls them', () => {
		expect(['email', 'E-mail', 'User Email', 'Email address', 'Courriel'].map(joinLogColumn)).toEqual(Array(5).fill('email'));
		expect(['join time', 'Joined at', 'Join Time', 'timestamp'].map(joinLogColumn)).toEqual(Array(4).fill('joinTime'));
		expect(['Leave Time', 'Name (Original Name)', 'Duration (Minutes)'].map(joinLogColumn)).toEqual([null, null, null]);
	});

	it('compares names without case or accents, in JavaScript as in SQL', () => {
		expect(searchable(' Gómez Müller ')).toBe('gomez muller');
		expect(ACCENTED.length).toBe(PLAIN.length);
		for (let i = 0; i < ACCENTED.length; i++) if (ACCENTED[i] !== 'ø') expect(searchable(ACCENTED[i])).toBe(PLAIN[i]);
	});

	it('takes the code out of a scanned check-in URL, or the scanned text itself', () => {
		expect(codeFromScan('https://dialogue.example.org/manage/events/x/check-in?code=abc123')).toBe('abc123');
		expect(codeFromScan(' abc123 ')).toBe('abc123');
	});
});
