/**
 * The rules of a registration's life, with no I/O: which states hold a place in the room, a seat in
 * the delegation's quota or a place in a limited choice, which moves are allowed, and how answers
 * are checked against the form version they answer.
 */
import type {
	Answers,
	AnswerValue,
	FormDefinition,
	ParticipationMode,
	RegistrationCategory,
	RegistrationStatus
} from '../registration/types';
import type { FieldErrors } from '../validation';

export interface PlaceHolder {
	status: RegistrationStatus;
	mode: ParticipationMode;
	category: RegistrationCategory;
}

/** Pending and approved registrations hold a place in the room; online-only ones never need one. */
export function holdsPlace(r: Pick<PlaceHolder, 'status' | 'mode'>): boolean {
	return (r.status === 'pending' || r.status === 'approved') && r.mode !== 'online';
}

/** A delegation's quota counts its approved members in the room. */
export function holdsDelegationSeat(r: PlaceHolder): boolean {
	return r.category === 'government' && r.status === 'approved' && r.mode !== 'online';
}

/** A limited choice (a workshop) stays held while the registration is alive, waiting list included. */
export function holdsChoices(r: Pick<PlaceHolder, 'status'>): boolean {
	return r.status !== 'rejected' && r.status !== 'withdrawn';
}

const MOVES: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
	pending: ['approved', 'rejected', 'withdrawn'],
	waitlisted: ['pending', 'approved', 'rejected', 'withdrawn'],
	approved: ['rejected', 'withdrawn'],
	rejected: ['approved'],
	withdrawn: []
};

export function canMove(from: RegistrationStatus, to: RegistrationStatus): boolean {
	return MOVES[from].includes(to);
}

/**
 * The status a registration gets when it is made or promoted: waitlisted without a place, pending
 * while a focal point has to approve a government delegate, approved otherwise.
 */
export function admittedStatus(options: { placeGranted: boolean; needsFocalPointApproval: boolean }): RegistrationStatus {
	if (!options.placeGranted) return 'waitlisted';
	return options.needsFocalPointApproval ? 'pending' : 'approved';
}

/** The (field, choice) pairs an answer set selects; `limitedOnly` keeps those with a capacity (they have a counter). */
export function selectedChoices(
	definition: FormDefinition,
	answers: Answers,
	options: { limitedOnly?: boolean } = {}
): { fieldKey: string; choiceKey: string }[] {
	const out: { fieldKey: string; choiceKey: string }[] = [];
	for (const field of definition.fields) {
		if (field.type !== 'single-choice' && field.type !== 'multiple-choice') continue;
		const value = answers[field.key];
		const keys = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
		for (const choiceKey of keys) {
			const limited = field.choices.find((c) => c.key === choiceKey)?.capacity != null;
			if (!options.limitedOnly || limited) out.push({ fieldKey: field.key, choiceKey });
		}
	}
	return out;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{6,20}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function asList(raw: unknown): string[] {
	if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
	return typeof raw === 'string' && raw.trim() !== '' ? [raw] : [];
}

/**
 * Checks raw answers (strings from a form, or JSON values from the API) against a form version and
 * returns them typed. Unknown keys are dropped: a field removed from the form cannot be answered.
 */
export function checkAnswers(
	definition: FormDefinition,
	raw: Record<string, unknown>,
	isCountry: (id: string) => boolean
): { answers: Answers; errors: FieldErrors } {
	const answers: Answers = {};
	const errors: FieldErrors = {};
	for (const field of definition.fields) {
		const path = `answers.${field.key}`;
		const input = raw[field.key];
		const empty = input === undefined || input === null || input === '' || (Array.isArray(input) && input.length === 0);
		if (field.type === 'checkbox') {
			const checked = input === true || input === 'on' || input === 'true' || input === 'yes';
			if (field.required && !checked) errors[path] = { key: 'validation.required' };
			answers[field.key] = checked;
			continue;
		}
		if (empty) {
			if (field.required) errors[path] = { key: 'validation.required' };
			continue;
		}
		const choiceKeys = new Set(field.choices.map((c) => c.key));
		let value: AnswerValue | undefined;
		const text = typeof input === 'string' ? input.trim() : typeof input === 'number' ? String(input) : undefined;
		switch (field.type) {
			case 'number': {
				const n = typeof input === 'number' ? input : Number(text);
				if (text === undefined || !Number.isFinite(n)) errors[path] = { key: 'validation.number' };
				else value = n;
				break;
			}
			case 'date':
				if (!text || !DATE.test(text) || Number.isNaN(Date.parse(text))) errors[path] = { key: 'validation.date' };
				else value = text;
				break;
			case 'email':
				if (!text || !EMAIL.test(text)) errors[path] = { key: 'validation.email' };
				else value = text;
				break;
			case 'phone':
				if (!text || !PHONE.test(text)) errors[path] = { key: 'validation.phone' };
				else value = text;
				break;
			case 'country':
				if (!text || !isCountry(text)) errors[path] = { key: 'validation.choice' };
				else value = text;
				break;
			case 'single-choice':
				if (!text || !choiceKeys.has(text)) errors[path] = { key: 'validation.choice' };
				else value = text;
				break;
			case 'multiple-choice': {
				const list = asList(input);
				if (list.some((k) => !choiceKeys.has(k))) errors[path] = { key: 'validation.choice' };
				else if (field.required && list.length === 0) errors[path] = { key: 'validation.required' };
				else value = [...new Set(list)];
				break;
			}
			case 'text':
			case 'long-text': {
				const max = field.type === 'text' ? 500 : 5000;
				if (text === undefined) errors[path] = { key: 'validation.format' };
				else if (text.length > max) errors[path] = { key: 'validation.tooLong', params: { max } };
				else value = text;
				break;
			}
		}
		if (value !== undefined) answers[field.key] = value;
	}
	return { answers, errors };
}
