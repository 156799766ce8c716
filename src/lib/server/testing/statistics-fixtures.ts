import crypto from 'node:crypto';
import type { Gender, MembershipStatus, OrganisationType } from '$lib/directory/types';
import type { SpeakerRole } from '$lib/programme/types';
import type { ParticipationMode, RegistrationCategory, RegistrationStatus } from '$lib/registration/types';
import type { Db } from '../db/client';
import { attendance } from '../attendance/schema';
import { organisations, people } from '../directory/schema';
import { programmeItems, programmeSpeakers } from '../programme/schema';
import { iomRegions, stateMemberships, stateRegions, states } from '../reference/schema';
import { registrations } from '../registration/schema';
import { openTestEvent } from './events';

/**
 * Records for the statistics tests, written straight into the tables: the statistics only read
 * what the registration, attendance and programme capabilities keep, whatever wrote it.
 */
export async function statisticsEvent(db: Db, dates: { startDate: string; endDate: string }) {
	const { event, form } = await openTestEvent(db, {
		label: 'Statistics',
		kind: 'session',
		startDate: dates.startDate,
		endDate: dates.endDate
	});
	let number = 0;
	let position = 0;
	return {
		event,
		async register(r: {
			category: RegistrationCategory;
			stateId?: string;
			membership?: MembershipStatus;
			organisation?: { id: string; type: OrganisationType };
			status?: RegistrationStatus;
			mode?: ParticipationMode;
			erased?: boolean;
		}) {
			number += 1;
			const erased = r.erased ?? false;
			const [row] = await db
				.insert(registrations)
				.values({
					eventId: event.id,
					number,
					formId: form.id,
					givenName: erased ? null : `Given${number}`,
					familyName: erased ? null : `Family${number}`,
					email: erased ? null : `person${number}.${crypto.randomUUID().slice(0, 6)}@example.org`,
					category: r.category,
					stateId: r.stateId ?? null,
					membership: r.membership ?? null,
					organisationId: r.organisation?.id ?? null,
					organisationType: r.organisation?.type ?? null,
					status: r.status ?? 'approved',
					mode: r.mode ?? 'in-room',
					consentedAt: new Date(),
					checkInToken: crypto.randomBytes(16).toString('base64url'),
					erasedAt: erased ? new Date() : null
				})
				.returning();
			return row;
		},
		async attended(registrationId: string, day: string, mode: 'in-room' | 'online') {
			await db.insert(attendance).values({ eventId: event.id, registrationId, day, mode, source: 'manual', recordedBy: 'test' });
		},
		async item(day: string, startsAt: string) {
			const [row] = await db
				.insert(programmeItems)
				.values({ eventId: event.id, kind: 'panel', titles: { en: `Panel ${position + 1}` }, day, startsAt, position: ++position })
				.returning();
			return row;
		},
		async speaker(itemId: string, personId: string, role: SpeakerRole, organisationId: string | null, place = 1) {
			await db.insert(programmeSpeakers).values({ itemId, personId, role, organisationId, position: place });
		}
	};
}

/** A State of the tests' own (user-assigned codes), with its membership, region and GCM flag. */
export async function testState(
	db: Db,
	id: string,
	facts: {
		membership?: 'member' | 'observer';
		regions?: { code: string; validFrom?: string; validTo?: string }[];
		champion?: { since?: string; until?: string };
	}
) {
	await db.insert(states).values({
		id,
		names: { en: `State ${id}` },
		gcmChampion: facts.champion !== undefined,
		gcmChampionSince: facts.champion?.since ?? null,
		gcmChampionUntil: facts.champion?.until ?? null
	});
	if (facts.membership) await db.insert(stateMemberships).values({ stateId: id, status: facts.membership, validFrom: '1990-01-01' });
	for (const r of facts.regions ?? []) {
		await db.insert(stateRegions).values({ stateId: id, regionCode: r.code, validFrom: r.validFrom ?? null, validTo: r.validTo ?? null });
	}
}

export async function testRegion(db: Db, code: string, validity: { validFrom?: string; validTo?: string } = {}) {
	await db.insert(iomRegions).values({
		code,
		names: { en: `Region ${code}`, fr: `Région ${code}` },
		validFrom: validity.validFrom ?? null,
		validTo: validity.validTo ?? null
	});
}

export async function testOrganisation(db: Db, name: string, type: OrganisationType, countryId: string | null = null) {
	const [row] = await db.insert(organisations).values({ name, type, countryId }).returning();
	return { id: row.id, type };
}

export async function testPerson(db: Db, givenName: string, gender: Gender) {
	const [row] = await db.insert(people).values({ givenName, familyName: 'Speaker', gender }).returning();
	return row;
}
