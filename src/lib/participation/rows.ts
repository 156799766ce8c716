/**
 * One row of a participation file, checked and turned into typed values: pure, no database. What
 * a row needs from the database (is this a State? which organisation has this name?) comes in
 * through `Lookups`, loaded once per import.
 */
import { z } from 'zod';
import type { Gender, OrganisationType } from '../directory/types';
import type { ParticipationMode, RegistrationCategory, RegistrationStatus } from '../registration/types';
import type { AttendanceMode } from '../attendance/types';
import type { MessageKey, Params } from '../i18n';
import { ENUMS, registrationState } from './columns';
import { ESCAPED_START } from './formula';

export interface RowError {
	/** Our column key the problem is in, or `_row` for the row as a whole. */
	column: string;
	key: MessageKey;
	params?: Params;
}

export interface Lookups {
	/** A State's id from an alpha-3 code or a name in any language, case-insensitive. */
	state(value: string): string | null;
}

export interface RegistrantValues {
	email: string;
	givenName?: string;
	familyName?: string;
	honorific?: string;
	gender?: Gender;
	position?: string;
	category?: RegistrationCategory;
	stateId?: string;
	organisation?: string;
	organisationType?: OrganisationType;
	affiliation?: string;
	countryId?: string;
	phone?: string;
	mode?: ParticipationMode;
	status?: RegistrationStatus;
	registeredAt?: Date;
	sponsored?: boolean;
	checkedIn?: boolean;
	/** The check-in day, YYYY-MM-DD. */
	checkedInOn?: string;
}

export interface AttendanceValues {
	email: string;
	day: string;
	mode: AttendanceMode;
}

export type Checked<T> = { ok: true; values: T } | { ok: false; errors: RowError[] };

/**
 * A cell as the file holds it, trimmed, with the apostrophe our CSV export puts before a value that
 * a spreadsheet would read as a formula taken off again (so an export re-imports unchanged).
 */
export function cellValue(raw: string | undefined): string {
	const v = (raw ?? '').trim();
	// `'=…` is an apostrophe we (or a spreadsheet user) put before a formula; `''-…` one we put before a text's own `'-…`.
	return ESCAPED_START.test(v) ? v.slice(1) : v;
}

const Email = z.email();
export const isEmail = (value: string) => Email.safeParse(value).success;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** An ISO 8601 date (YYYY-MM-DD) that exists in the calendar. */
export function isoDate(value: string): string | null {
	const m = ISO_DATE.exec(value);
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
	return month >= 1 && month <= 12 && day >= 1 && day <= days ? value : null;
}

/** An ISO 8601 date or date-time (UTC when no offset is given); Indico writes `2024-05-21 09:03:00`. */
export function isoDateTime(value: string): Date | null {
	if (isoDate(value)) return new Date(`${value}T00:00:00Z`);
	const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
	if (!m || !isoDate(m[1])) return null;
	const d = new Date(`${m[1]}T${m[2]}${m[3] ?? 'Z'}`);
	return Number.isNaN(d.getTime()) ? null : d;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'oui', 'sí', 'si']);
const FALSE = new Set(['false', 'no', 'n', '0', 'non']);
function flag(value: string): boolean | null {
	const v = value.toLowerCase();
	return TRUE.has(v) ? true : FALSE.has(v) ? false : null;
}

function choice<T extends string>(list: readonly T[], value: string): T | null {
	const v = value.toLowerCase().replace(/[\s_]+/g, '-');
	return (list as readonly string[]).includes(v) ? (v as T) : null;
}

const MAX_TEXT = 300;

/** Checks a registrant row (cells keyed by our column keys) and returns its values or its problems. */
export function checkRegistrant(cells: Record<string, string>, lookups: Lookups): Checked<RegistrantValues> {
	const errors: RowError[] = [];
	const get = (key: string) => cellValue(cells[key]);
	const email = get('email').toLowerCase();
	if (!email) errors.push({ column: 'email', key: 'participation.errors.emailMissing' });
	else if (!isEmail(email)) errors.push({ column: 'email', key: 'participation.errors.emailMalformed', params: { value: email } });
	const values: RegistrantValues = { email };

	const text = (key: string, into: 'givenName' | 'familyName' | 'honorific' | 'position' | 'organisation' | 'affiliation' | 'phone') => {
		const v = get(key);
		if (!v) return;
		if (v.length > MAX_TEXT) errors.push({ column: key, key: 'participation.errors.tooLong', params: { max: MAX_TEXT } });
		else values[into] = v;
	};
	text('first_name', 'givenName');
	text('last_name', 'familyName');
	text('honorific', 'honorific');
	text('position', 'position');
	text('organisation', 'organisation');
	text('affiliation', 'affiliation');
	text('phone', 'phone');

	const pick = <T extends string>(key: keyof typeof ENUMS, assign: (v: T) => void) => {
		const raw = get(key);
		if (!raw) return;
		const v = choice(ENUMS[key] as unknown as readonly T[], raw);
		if (v) assign(v);
		else errors.push({ column: key, key: 'participation.errors.choice', params: { value: raw, choices: ENUMS[key].join(', ') } });
	};
	pick<Gender>('gender', (v) => (values.gender = v));
	pick<RegistrationCategory>('category', (v) => (values.category = v));
	pick<OrganisationType>('organisation_type', (v) => (values.organisationType = v));
	pick<ParticipationMode>('participation_mode', (v) => (values.mode = v));

	const state = get('state');
	if (state) {
		const s = registrationState(state);
		if (s) values.status = s;
		else errors.push({ column: 'state', key: 'participation.errors.choice', params: { value: state, choices: ENUMS.state.join(', ') } });
	}

	const delegation = get('delegation');
	if (delegation) {
		const id = /^[A-Za-z]{3}$/.test(delegation) ? lookups.state(delegation) : null;
		if (id) values.stateId = id;
		else errors.push({ column: 'delegation', key: 'participation.errors.unknownState', params: { value: delegation } });
	}
	const country = get('country');
	if (country) {
		const id = lookups.state(country);
		if (id) values.countryId = id;
		else errors.push({ column: 'country', key: 'participation.errors.unknownCountry', params: { value: country } });
	}
	// A delegation makes a government row; a government row needs its State, and only it has one.
	if (!values.category && values.stateId) values.category = 'government';
	if (values.category === 'government' && !delegation)
		errors.push({ column: 'delegation', key: 'participation.errors.governmentWithoutState' });
	if (values.category && values.category !== 'government' && delegation)
		errors.push({ column: 'delegation', key: 'participation.errors.stateWithoutGovernment', params: { category: values.category } });

	const registeredAt = get('registered_at');
	if (registeredAt) {
		const d = isoDateTime(registeredAt);
		if (d) values.registeredAt = d;
		else errors.push({ column: 'registered_at', key: 'participation.errors.dateTime', params: { value: registeredAt } });
	}
	for (const [key, into] of [
		['sponsored', 'sponsored'],
		['checked_in', 'checkedIn']
	] as const) {
		const raw = get(key);
		if (!raw) continue;
		const v = flag(raw);
		if (v === null) errors.push({ column: key, key: 'participation.errors.flag', params: { value: raw } });
		else values[into] = v;
	}
	const checkedInAt = get('checked_in_at');
	if (checkedInAt) {
		const d = isoDate(checkedInAt) ?? isoDateTime(checkedInAt)?.toISOString().slice(0, 10);
		if (d) {
			values.checkedInOn = d;
			values.checkedIn ??= true;
		} else errors.push({ column: 'checked_in_at', key: 'participation.errors.dateTime', params: { value: checkedInAt } });
	}
	return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** Checks an attendance row: an e-mail, an ISO date, a mode. */
export function checkAttendance(cells: Record<string, string>): Checked<AttendanceValues> {
	const errors: RowError[] = [];
	const email = cellValue(cells.email).toLowerCase();
	if (!email) errors.push({ column: 'email', key: 'participation.errors.emailMissing' });
	else if (!isEmail(email)) errors.push({ column: 'email', key: 'participation.errors.emailMalformed', params: { value: email } });
	const rawDate = cellValue(cells.date);
	const day = isoDate(rawDate) ?? (isoDateTime(rawDate) ? rawDate.slice(0, 10) : null);
	if (!day) errors.push({ column: 'date', key: 'participation.errors.date', params: { value: rawDate } });
	const rawMode = cellValue(cells.mode);
	const mode = choice(ENUMS.mode, rawMode);
	if (!mode)
		errors.push({ column: 'mode', key: 'participation.errors.choice', params: { value: rawMode, choices: ENUMS.mode.join(', ') } });
	return errors.length ? { ok: false, errors } : { ok: true, values: { email, day: day!, mode: mode! } };
}
