import crypto from 'node:crypto';
import type { QuestionInput } from '$lib/surveys/schemas';
import type { QuestionKind } from '$lib/surveys/types';
import type { Ctx } from '../core/actor';
import type { Db } from '../db/client';
import { users } from '../auth/schema';
import { registrations } from '../registration/schema';
import * as surveys from '../surveys';
import { ctxAs } from './actors';
import { openTestEvent } from './events';

/** An event with a helper that makes accounts registered (approved) for it, as survey audiences. */
export async function surveyEvent(db: Db, label = 'Surveys') {
	const { event, form } = await openTestEvent(db, { label, kind: 'session', startDate: '2024-05-21', endDate: '2024-05-22' });
	let number = 0;
	return {
		event,
		/** A participant with an account and an approved registration; `attended` marks them present. */
		async participant(options: { attended?: boolean; status?: 'approved' | 'pending' } = {}): Promise<Ctx> {
			number += 1;
			const email = `survey${number}.${crypto.randomUUID().slice(0, 8)}@example.org`;
			const [user] = await db
				.insert(users)
				.values({ email, displayName: `Participant ${number}`, passwordHash: 'not-a-hash' })
				.returning({ id: users.id });
			await db.insert(registrations).values({
				eventId: event.id,
				number,
				formId: form.id,
				userId: user.id,
				givenName: 'Given',
				familyName: `Family${number}`,
				email,
				category: 'other',
				status: options.status ?? 'approved',
				mode: 'in-room',
				consentedAt: new Date(),
				checkInToken: crypto.randomBytes(16).toString('base64url'),
				attendedInRoom: options.attended ?? false
			});
			return ctxAs(db, 'participant', { userId: user.id });
		}
	};
}

/** Lines per language from English labels only. */
export const english = (labels: string[]) => ({ en: labels, fr: [], es: [], ar: [] });

/** A question input with defaults, for tests and the demo. */
export function question(sectionId: string, kind: QuestionKind, title: string, extra: Partial<QuestionInput> = {}): QuestionInput {
	return {
		sectionId,
		kind,
		titles: { en: title },
		required: false,
		allowOther: false,
		choices: english([]),
		items: english([]),
		...extra
	};
}

const DAY = 86_400_000;

/** An open survey of the event with one section; returns the survey and the section's id. */
export async function openSurvey(
	db: Db,
	owner: string | { cycleId: string },
	settings: Partial<Parameters<typeof surveys.createSurvey>[2]> = {}
) {
	const secretariat = ctxAs(db, 'secretariat');
	const survey = await surveys.createSurvey(secretariat, typeof owner === 'string' ? { eventId: owner } : owner, {
		titles: { en: 'Participant survey' },
		audience: 'registrants',
		anonymous: true,
		editableAfterSubmit: false,
		opensAt: new Date(Date.now() - DAY),
		closesAt: new Date(Date.now() + 7 * DAY),
		resultsVisibility: 'secretariat',
		...settings
	});
	const section = await surveys.addSection(secretariat, survey.id, { titles: { en: 'Your views' } });
	return { survey, sectionId: section.id, secretariat };
}
