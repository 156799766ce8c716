/**
 * Pure rules of attendance: event days, join-log headers and times, name matching.
 * No I/O: the server's attendance operations build on these.
 */
import { zonedToUtc } from './time-zones';

const DAY_MS = 86_400_000;

/** Every calendar day of an event, first to last, as ISO dates. */
export function eventDays(startDate: string, endDate: string): string[] {
	const days: string[] = [];
	const end = Date.parse(`${endDate}T00:00:00Z`);
	for (let d = Date.parse(`${startDate}T00:00:00Z`); d <= end && days.length < 366; d += DAY_MS) {
		days.push(new Date(d).toISOString().slice(0, 10));
	}
	return days;
}

export function isEventDay(day: string, startDate: string, endDate: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= startDate && day <= endDate;
}

/** The check-in page opens on today when the event is on, otherwise on its first day. */
export function defaultDay(today: string, startDate: string, endDate: string): string {
	return isEventDay(today, startDate, endDate) ? today : startDate;
}

/** The day a page asked for (?day=) when it is one of the event's days, otherwise the fallback. */
export function chooseDay<T extends string | null>(asked: string | null | undefined, days: readonly string[], fallback: T): string | T {
	return asked && days.includes(asked) ? asked : fallback;
}

interface Parts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/**
 * A join time as meeting tools export it: ISO 8601 with an offset (an instant), or a local time of
 * the event's time zone: `2024-05-21 09:05[:12]`, or the US style of Zoom reports,
 * `05/21/2024 09:05:12 AM`. Null when it cannot be read.
 */
export function parseJoinTime(text: string, timeZone: string): Date | null {
	const value = text.trim();
	if (!value) return null;
	const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
	if (iso) {
		const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
		const parts = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s };
		if (!validParts(parts)) return null;
		if (zone) {
			const instant = new Date(value.replace(' ', 'T'));
			return Number.isNaN(instant.getTime()) ? null : instant;
		}
		return instantOf(parts, timeZone);
	}
	const us = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i);
	if (us) {
		const [, mo, d, y, h = '0', mi = '0', s = '0', ampm] = us;
		let hour = +h;
		if (ampm) {
			if (hour < 1 || hour > 12) return null;
			hour = (hour % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
		}
		const parts = { year: +y, month: +mo, day: +d, hour, minute: +mi, second: +s };
		return validParts(parts) ? instantOf(parts, timeZone) : null;
	}
	return null;
}

function instantOf(p: Parts, timeZone: string): Date {
	const two = (n: number) => String(n).padStart(2, '0');
	return zonedToUtc(`${p.year}-${two(p.month)}-${two(p.day)}`, `${two(p.hour)}:${two(p.minute)}:${two(p.second)}`, timeZone);
}

function validParts(p: Parts): boolean {
	if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
	const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
	return date.getUTCDate() === p.day && date.getUTCMonth() === p.month - 1;
}

export type JoinLogColumn = 'email' | 'joinTime';

/** Which column of a join log a header names: "E-mail", "User Email", "Join time", "Joined at"... */
export function joinLogColumn(header: string): JoinLogColumn | null {
	const h = header
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
	if (h.includes('email') || h === 'mail' || h === 'courriel' || h === 'correo') return 'email';
	if ((h.includes('join') || h.includes('arriv') || h === 'time' || h === 'timestamp') && !h.includes('leave')) return 'joinTime';
	return null;
}

/** A name as search compares it: lower case, without accents ("Gómez" finds "gomez"). */
export function searchable(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Accented letters and their plain forms, for the same comparison in SQL (translate()). */
export const ACCENTED = 'áàâäãåāăąçćčďéèêëēėęěíìîïīįñńňóòôöõøōőŕřśšşťúùûüūůűųýÿźżž';
export const PLAIN = 'aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooorrssstuuuuuuuuyyzzz';

/** The code a scanned QR carries: the `code` of a check-in URL, or the text itself. */
export function codeFromScan(text: string): string {
	const value = text.trim();
	try {
		const url = new URL(value);
		return url.searchParams.get('code') ?? value;
	} catch {
		return value;
	}
}
