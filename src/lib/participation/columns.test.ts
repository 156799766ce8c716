import { describe, expect, it } from 'vitest';
import { autoMapping, checkMapping, registrationState } from './columns';
import { cellValue, checkAttendance, checkRegistrant, isoDateTime } from './rows';
import { csvSafe, isFormulaLike } from './formula';

const lookups = { state: (v: string) => ({ can: 'CAN', canada: 'CAN', fra: 'FRA' })[v.toLowerCase()] ?? null };

describe('column mapping', () => {
	it('maps our keys whatever their case, and Indico’s registrant export headers', () => {
		expect(autoMapping('registrants', ['EMAIL', 'First_Name', 'participation mode'])).toEqual([
			'email',
			'first_name',
			'participation_mode'
		]);
		expect(
			autoMapping('registrants', [
				'First Name',
				'Last Name',
				'Email Address',
				'Title',
				'Phone Number',
				'Registration state',
				'Checked in',
				'Check-in date',
				'Tags'
			])
		).toEqual(['first_name', 'last_name', 'email', 'honorific', 'phone', 'state', 'checked_in', 'checked_in_at', 'ignore']);
		expect(autoMapping('attendance', ['E-mail', 'Date', 'Mode', 'Room'])).toEqual(['email', 'date', 'mode', null]);
	});

	it('refuses unknown columns, a missing e-mail column and a key mapped twice', () => {
		expect(checkMapping('registrants', ['email', 'shoe size'], ['email', null])).toEqual({
			key: 'participation.errors.unknownColumns',
			params: { columns: 'shoe size' }
		});
		expect(checkMapping('registrants', ['email', 'shoe size'], ['email', 'ignore'])).toBeNull();
		expect(checkMapping('registrants', ['name'], ['first_name'])).toMatchObject({ key: 'participation.errors.missingColumn' });
		expect(checkMapping('registrants', ['a', 'b'], ['email', 'email'])).toMatchObject({ key: 'participation.errors.mappedTwice' });
		expect(checkMapping('attendance', ['email', 'date'], ['email', 'date'])).toMatchObject({ params: { column: 'mode' } });
	});

	it('reads Indico’s Completed as approved', () => {
		expect(registrationState('Completed')).toBe('approved');
		expect(registrationState('WITHDRAWN')).toBe('withdrawn');
		expect(registrationState('maybe')).toBeNull();
	});
});

describe('row validation', () => {
	it('turns a good registrant row into typed values', () => {
		const checked = checkRegistrant(
			{
				email: ' Amal@Example.org ',
				first_name: 'Amal',
				category: 'Government',
				delegation: 'can',
				country: 'Canada',
				participation_mode: 'in room',
				sponsored: 'yes',
				registered_at: '2024-04-01 09:30'
			},
			lookups
		);
		expect(checked).toEqual({
			ok: true,
			values: {
				email: 'amal@example.org',
				givenName: 'Amal',
				category: 'government',
				stateId: 'CAN',
				countryId: 'CAN',
				mode: 'in-room',
				sponsored: true,
				registeredAt: new Date('2024-04-01T09:30:00Z')
			}
		});
	});

	it('names each bad cell: e-mail, State, category against delegation, choices, dates, flags', () => {
		const errors = (cells: Record<string, string>) => {
			const c = checkRegistrant(cells, lookups);
			return c.ok ? [] : c.errors.map((e) => e.key);
		};
		expect(errors({})).toEqual(['participation.errors.emailMissing']);
		expect(errors({ email: 'a@b' })).toEqual(['participation.errors.emailMalformed']);
		expect(errors({ email: 'a@b.org', delegation: 'XYZ' })).toEqual(['participation.errors.unknownState']);
		expect(errors({ email: 'a@b.org', category: 'government' })).toEqual(['participation.errors.governmentWithoutState']);
		expect(errors({ email: 'a@b.org', category: 'iom', delegation: 'FRA' })).toEqual(['participation.errors.stateWithoutGovernment']);
		expect(errors({ email: 'a@b.org', gender: 'x', registered_at: '01/04/2024', sponsored: 'perhaps' })).toEqual([
			'participation.errors.choice',
			'participation.errors.dateTime',
			'participation.errors.flag'
		]);
		expect(isoDateTime('2024-02-30')).toBeNull();
	});

	it('checks attendance rows', () => {
		expect(checkAttendance({ email: 'A@b.org', date: '2024-05-21', mode: 'Online' })).toEqual({
			ok: true,
			values: { email: 'a@b.org', day: '2024-05-21', mode: 'online' }
		});
		const bad = checkAttendance({ email: '', date: '21.05.2024', mode: 'both' });
		expect(bad.ok ? [] : bad.errors.map((e) => e.column)).toEqual(['email', 'date', 'mode']);
	});
});

describe('formula guard', () => {
	it('neutralises what a spreadsheet would run, and leaves phone numbers and signed numbers alone', () => {
		for (const v of ['=1+1', '=HYPERLINK("http://x","y")', '+SUM(A1)', '-2+3*cmd|calc!A0', '@SUM(A1)', '\t=1', '\r=1'])
			expect([v, isFormulaLike(v)]).toEqual([v, true]);
		for (const v of ['+41 22 717 91 11', '+1 (212) 963-1234', '-12.5', 'Amal', 'a=b', ''])
			expect([v, isFormulaLike(v)]).toEqual([v, false]);
		expect(csvSafe('=1+1')).toBe("'=1+1");
		expect(csvSafe('+41 22 717 91 11')).toBe('+41 22 717 91 11');
	});

	it('the import takes the apostrophe off again, so an export re-imports unchanged', () => {
		expect(cellValue(csvSafe('=1+1'))).toBe('=1+1');
		expect(cellValue("'quoted")).toBe("'quoted");
	});

	it('a text that itself starts with an apostrophe before = + - @ keeps it through export and import', () => {
		for (const v of ["'-ism and its critics", "'=1+1", "''=x", "'+41 22", "'@home", "'quoted", '-12.5', '=1+1'])
			expect([v, cellValue(csvSafe(v))]).toEqual([v, v]);
		expect(csvSafe("'-ism")).toBe("''-ism");
	});
});
