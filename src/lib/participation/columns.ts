/**
 * The columns of participation files (registrants, attendance): our stable keys, shared by the
 * import, the export and the API, and the headers of other tools (Indico's registrant export)
 * that map to them automatically. Browser-safe: the mapping step of the import page uses it.
 */
import { GENDERS, ORGANISATION_TYPES } from '../directory/types';
import { PARTICIPATION_MODES, REGISTRATION_CATEGORIES, REGISTRATION_STATUSES } from '../registration/types';
import { ATTENDANCE_MODES } from '../attendance/types';

export const IMPORT_KINDS = ['registrants', 'attendance'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Registrant columns, in the order the export writes them. */
export const REGISTRANT_KEYS = [
	'number',
	'first_name',
	'last_name',
	'email',
	'honorific',
	'gender',
	'position',
	'category',
	'delegation',
	'organisation',
	'organisation_type',
	'affiliation',
	'country',
	'phone',
	'participation_mode',
	'state',
	'registered_at',
	'sponsored',
	// Indico's check-in columns: an in-room attendance record on the check-in day.
	'checked_in',
	'checked_in_at'
] as const;
export type RegistrantKey = (typeof REGISTRANT_KEYS)[number];

export const ATTENDANCE_KEYS = ['email', 'date', 'mode'] as const;
export type AttendanceKey = (typeof ATTENDANCE_KEYS)[number];

/** What a column of an uploaded file becomes: one of our keys, or nothing (ignored on purpose). */
export const IGNORE = 'ignore' as const;

export function keysOf(kind: ImportKind): readonly string[] {
	return kind === 'registrants' ? REGISTRANT_KEYS : ATTENDANCE_KEYS;
}

/** Keys a file must map (the e-mail always; the date and mode of an attendance record). */
export function requiredKeys(kind: ImportKind): readonly string[] {
	return kind === 'registrants' ? ['email'] : ATTENDANCE_KEYS;
}

/**
 * Indico's registrant export headers (lower-cased). `Tags` has no equivalent (Indico's free labels):
 * it maps to nothing and the import page says so; `Checked in` / `Check-in date` make an in-room
 * attendance record on that day.
 */
const INDICO_HEADERS: Record<string, RegistrantKey | typeof IGNORE> = {
	'first name': 'first_name',
	'last name': 'last_name',
	'email address': 'email',
	title: 'honorific',
	affiliation: 'affiliation',
	position: 'position',
	country: 'country',
	'phone number': 'phone',
	'registration date': 'registered_at',
	'registration state': 'state',
	'checked in': 'checked_in',
	'check-in date': 'checked_in_at',
	tags: IGNORE,
	id: IGNORE,
	'registration id': IGNORE
};

const normalise = (header: string) =>
	header
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase();

/** The key a header maps to without help, or null when the secretariat has to say (an unknown column). */
export function autoMap(kind: ImportKind, header: string): string | null {
	const h = normalise(header);
	const ours = keysOf(kind).find((k) => k === h || k === h.replace(/[\s-]+/g, '_'));
	if (ours) return ours;
	if (kind === 'registrants') {
		if (h === 'e-mail' || h === 'email') return 'email';
		return INDICO_HEADERS[h] ?? null;
	}
	if (h === 'e-mail' || h === 'email address') return 'email';
	if (h === 'day') return 'date';
	return null;
}

export type Mapping = (string | typeof IGNORE)[];

/** The automatic mapping of a header row, null for each column nobody recognised. */
export function autoMapping(kind: ImportKind, headers: string[]): (string | null)[] {
	return headers.map((h) => autoMap(kind, h));
}

export type MappingProblem =
	| { key: 'participation.errors.unknownColumns'; params: { columns: string } }
	| { key: 'participation.errors.missingColumn'; params: { column: string } }
	| { key: 'participation.errors.mappedTwice'; params: { column: string } };

/** Checks a mapping: every column mapped or ignored, required keys present, no key twice. */
export function checkMapping(kind: ImportKind, headers: string[], mapping: (string | null)[]): MappingProblem | null {
	const unknown = headers.filter((_, i) => !mapping[i]);
	if (unknown.length) return { key: 'participation.errors.unknownColumns', params: { columns: unknown.join(', ') } };
	const allowed = new Set<string>([...keysOf(kind), IGNORE]);
	const bad = headers.filter((_, i) => !allowed.has(mapping[i]!));
	if (bad.length) return { key: 'participation.errors.unknownColumns', params: { columns: bad.join(', ') } };
	const seen = new Set<string>();
	for (const key of mapping) {
		if (key === IGNORE) continue;
		if (seen.has(key!)) return { key: 'participation.errors.mappedTwice', params: { column: key! } };
		seen.add(key!);
	}
	const missing = requiredKeys(kind).find((k) => !seen.has(k));
	return missing ? { key: 'participation.errors.missingColumn', params: { column: missing } } : null;
}

export const ENUMS = {
	gender: GENDERS,
	category: REGISTRATION_CATEGORIES,
	organisation_type: ORGANISATION_TYPES,
	participation_mode: PARTICIPATION_MODES,
	state: REGISTRATION_STATUSES,
	mode: ATTENDANCE_MODES
} as const;

/** Registration states of other tools, and their meaning here (Indico's `Completed` is an approved registration). */
const STATE_SYNONYMS: Record<string, (typeof REGISTRATION_STATUSES)[number]> = {
	completed: 'approved',
	complete: 'approved',
	unpaid: 'pending',
	'pending approval': 'pending',
	'awaiting approval': 'pending',
	'waiting list': 'waitlisted',
	withdrawn: 'withdrawn',
	cancelled: 'withdrawn',
	canceled: 'withdrawn'
};

export function registrationState(value: string): (typeof REGISTRATION_STATUSES)[number] | null {
	const v = value.trim().toLowerCase();
	if ((REGISTRATION_STATUSES as readonly string[]).includes(v)) return v as (typeof REGISTRATION_STATUSES)[number];
	return STATE_SYNONYMS[v] ?? null;
}
