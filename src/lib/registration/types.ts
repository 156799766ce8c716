import type { LocalizedText } from '../i18n/localized';

/** The states of a registration (DESIGN.md); transitions are in `$lib/domain/registration`. */
export const REGISTRATION_STATUSES = ['pending', 'approved', 'waitlisted', 'rejected', 'withdrawn'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Who a participant comes for; a government delegation names its State, a partner its organisation. */
export const REGISTRATION_CATEGORIES = ['government', 'iom', 'partner', 'media', 'other'] as const;
export type RegistrationCategory = (typeof REGISTRATION_CATEGORIES)[number];

/** How a participant takes part in a hybrid event. Only the room has a capacity. */
export const PARTICIPATION_MODES = ['in-room', 'online', 'both'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

/** The modes an event offers: an in-person event has no online participation, an online one no room. */
export function offeredModes(format: 'in-person' | 'online' | 'hybrid'): readonly ParticipationMode[] {
	return format === 'in-person' ? ['in-room'] : format === 'online' ? ['online'] : PARTICIPATION_MODES;
}

/** Personal fields every form has; first name, last name and e-mail are always required. */
export const PERSONAL_FIELDS = ['honorific', 'gender', 'affiliation', 'position', 'country', 'phone'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export const PERSONAL_FIELD_USES = ['required', 'optional', 'hidden'] as const;
export type PersonalFieldUse = (typeof PERSONAL_FIELD_USES)[number];

/** Types of the custom questions an event adds to its form. */
export const CUSTOM_FIELD_TYPES = [
	'text',
	'long-text',
	'number',
	'date',
	'checkbox',
	'single-choice',
	'multiple-choice',
	'country',
	'email',
	'phone'
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface FormChoice {
	/** Stable key: answers store it, so a relabelled choice keeps its meaning. */
	key: string;
	labels: LocalizedText;
	/** Places for this choice (a workshop, a site visit); null means unlimited. */
	capacity: number | null;
}

export interface CustomField {
	/** Stable key: answers store it; a new question gets a new key. */
	key: string;
	type: CustomFieldType;
	labels: LocalizedText;
	required: boolean;
	choices: FormChoice[];
}

/** One version of an event's registration form; a change makes a new version, old answers keep theirs. */
export interface FormDefinition {
	personal: Record<PersonalField, PersonalFieldUse>;
	fields: CustomField[];
}

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;
