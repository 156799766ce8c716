/**
 * The participation statistics annex of an event: what each figure is, what it is a share of, and
 * how shares are printed. Pure rules; the counting itself is SQL (src/lib/server/statistics).
 */
import type { LocalizedText } from '../i18n/localized';
import type { Gender, OrganisationType } from '../directory/types';
import type { SpeakerRole } from '../programme/types';
import type { RegistrationCategory, RegistrationStatus } from '../registration/types';

/**
 * A share as a percentage with one decimal, as the annex prints them (47 of 101 is 46.5), rounded
 * half up; null when there is nothing to share (a share of zero is not 0 %, it does not exist).
 * part * 1000 / whole is exact at the halves (k + 0.5 is a binary fraction), so no float surprise.
 */
export function share(part: number, whole: number): number | null {
	if (whole <= 0) return null;
	return Math.round((part * 1000) / whole) / 10;
}

/** A share in the reader's language with its one decimal: "53.1%", "53,1 %". */
export function formatShare(value: number | null, locale: string): string {
	if (value === null) return '–';
	return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100);
}

export interface RegionCount {
	/** IOM region code in force on the event's first day; null for a State without one then. */
	region: string | null;
	names: LocalizedText | null;
}

export interface Statistics {
	event: { id: string; startDate: string; endDate: string };
	/** The date regions, memberships and GCM champion flags are read on: the event's first day. */
	asOf: string;
	registrations: {
		total: number;
		byState: Record<RegistrationStatus, number>;
		byCategory: Record<RegistrationCategory, number>;
	};
	governments: {
		representatives: number;
		count: number;
		memberStates: number;
		observerStates: number;
		nonMemberStates: number;
		gcmChampions: number;
	};
	iom: { representatives: number };
	partners: {
		representatives: number;
		organisations: number;
		byType: { type: OrganisationType | null; organisations: number; representatives: number; share: number | null }[];
	};
	attendance: { inRoom: number; online: number; both: number; either: number };
	regions: (RegionCount & {
		states: number;
		shareOfStates: number | null;
		representatives: number;
		shareOfRepresentatives: number | null;
	})[];
	speakers: {
		total: number;
		byRole: { role: SpeakerRole; speakers: number; share: number | null }[];
		byGender: { gender: Gender; speakers: number; share: number | null }[];
		byRegion: (RegionCount & { speakers: number; share: number | null })[];
		bySector: { sector: OrganisationType | null; speakers: number; share: number | null }[];
	};
}

/**
 * The single figures of the annex, each with the figure it is a share of (null: a plain count).
 * Their definitions are the messages `statistics.definition.<figure>`.
 */
export const FIGURES = {
	'registrations.total': null,
	'governments.representatives': 'registrations.total',
	'governments.count': null,
	'governments.memberStates': 'governments.count',
	'governments.gcmChampions': 'governments.count',
	'governments.observerStates': 'governments.count',
	'governments.nonMemberStates': 'governments.count',
	'iom.representatives': 'registrations.total',
	'partners.representatives': 'registrations.total',
	'partners.organisations': null,
	'attendance.inRoom': 'registrations.total',
	'attendance.online': 'registrations.total',
	'attendance.both': 'registrations.total',
	'speakers.total': null
} as const satisfies Record<string, string | null>;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];

export function isFigureKey(value: string): value is FigureKey {
	return Object.hasOwn(FIGURES, value);
}

export interface Figure {
	key: FigureKey;
	value: number;
	/** The figure this one is a share of, with its value; null for a plain count. */
	denominator: { key: FigureKey; value: number } | null;
	share: number | null;
}

/** The value of a figure, read from the statistics by its dotted key. */
export function valueOf(stats: Statistics, key: FigureKey): number {
	const [group, name] = key.split('.') as [keyof Statistics, string];
	return (stats[group] as unknown as Record<string, number>)[name];
}

/** Every single figure with its denominator and share, in the annex's order. */
export function figures(stats: Statistics): Figure[] {
	return FIGURE_KEYS.map((key) => {
		const value = valueOf(stats, key);
		const over: FigureKey | null = FIGURES[key];
		if (over === null) return { key, value, denominator: null, share: null };
		const whole = valueOf(stats, over);
		return { key, value, denominator: { key: over, value: whole }, share: share(value, whole) };
	});
}

/**
 * The tables of the annex (each drawn as a chart beside its data, each downloadable as CSV), with
 * the figure its shares are taken of.
 */
export const TABLES = {
	registrations: 'registrations.total',
	attendance: 'registrations.total',
	governments: 'governments.count',
	regions: 'governments.count',
	'partner-types': 'partners.organisations',
	'speakers-by-role': 'speakers.total',
	'speakers-by-gender': 'speakers.total',
	'speakers-by-region': 'speakers.total',
	'speakers-by-sector': 'speakers.total'
} as const satisfies Record<string, FigureKey>;

export type TableKey = keyof typeof TABLES;
export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

export function isTableKey(value: string): value is TableKey {
	return Object.hasOwn(TABLES, value);
}

/**
 * The registrations behind a figure, for the secretariat's drill-down: which approved
 * registrations (or which attendance) make it. Speaker and count-of-States figures name people too.
 */
export const DRILL_DOWNS = [
	'registrations.total',
	'governments.representatives',
	'governments.memberStates',
	'governments.observerStates',
	'governments.nonMemberStates',
	'governments.gcmChampions',
	'iom.representatives',
	'partners.representatives',
	'attendance.inRoom',
	'attendance.online',
	'attendance.both'
] as const satisfies readonly FigureKey[];

export type DrillDown = (typeof DRILL_DOWNS)[number];

export function isDrillDown(value: string): value is DrillDown {
	return (DRILL_DOWNS as readonly string[]).includes(value);
}
