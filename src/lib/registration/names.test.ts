import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { registrantName, registrantNameParam } from './names';

const named = { number: 2, honorific: 'H.E.', givenName: 'Amina', familyName: 'Diallo', erasedAt: null };
const erased = { number: 2, honorific: null, givenName: null, familyName: null, erasedAt: new Date('2025-01-01') };

describe('the name of a registrant', () => {
	it('is their honorific, given and family name while they have one', () => {
		expect(registrantName(named, translator('en'))).toBe('H.E. Amina Diallo');
		expect(registrantName({ ...named, honorific: null, familyName: null }, translator('ar'))).toBe('Amina');
	});

	it('is "Participant #n" in the reader\u2019s language once their personal data is erased, or when no name was given', () => {
		expect(registrantName(erased, translator('en'))).toBe('Participant #2');
		expect(registrantName(erased, translator('es'))).toBe('Participante n.º 2');
		expect(registrantName(erased, translator('ar'))).toBe('المشارك رقم 2');
		expect(registrantName({ ...named, givenName: null, familyName: null }, translator('fr'))).toBe('Participant no 2');
	});

	it('as a message parameter, is translated with the message that carries it', () => {
		const t = translator('en');
		expect(t('attendance.errors.alreadyCheckedIn', { name: registrantNameParam(named), time: '09:30' })).toBe(
			'H.E. Amina Diallo is already checked in: at 09:30.'
		);
		expect(t('registration.confirmation.qrAlt', { name: registrantNameParam(erased) })).toBe('Check-in code for Participant #2');
	});
});
