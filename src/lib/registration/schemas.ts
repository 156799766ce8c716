import { z } from 'zod';
import { email, localizedText, optionalText, shortText, uuid, version } from '$lib/validation';
import { GENDERS } from '$lib/directory/types';
import {
	CUSTOM_FIELD_TYPES,
	PARTICIPATION_MODES,
	PERSONAL_FIELD_USES,
	PERSONAL_FIELDS,
	REGISTRATION_CATEGORIES,
	type PersonalField,
	type PersonalFieldUse
} from './types';

const stateCode = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, { error: 'directory.errors.stateCode' });

const wholeNumber = (min: number, max: number) => z.coerce.number({ error: 'validation.number' }).int().min(min).max(max);

/**
 * A registration as the form and the API send it. The answers to the custom questions are checked
 * separately against the form version named by `formVersion` ($lib/domain/registration).
 */
export const RegistrationSchema = z
	.object({
		formVersion: wholeNumber(1, 100000),
		givenName: shortText(100),
		familyName: shortText(100),
		email,
		honorific: optionalText(40),
		gender: z.enum(GENDERS, { error: 'validation.choice' }).optional(),
		affiliation: optionalText(200),
		position: optionalText(200),
		countryId: stateCode.optional(),
		phone: z
			.string()
			.trim()
			.regex(/^\+?[0-9 ()./-]{6,20}$/, { error: 'validation.phone' })
			.optional(),
		category: z.enum(REGISTRATION_CATEGORIES, { error: 'validation.choice' }),
		stateId: stateCode.optional(),
		organisationId: uuid.optional(),
		mode: z.enum(PARTICIPATION_MODES, { error: 'validation.choice' }),
		answers: z.record(z.string(), z.unknown()).default({}),
		consent: z.literal(['on', 'true', true], { error: 'registration.errors.consent' })
	})
	.refine((r) => r.category !== 'government' || r.stateId, { error: 'registration.errors.stateRequired', path: ['stateId'] })
	.refine((r) => r.category !== 'partner' || r.organisationId, {
		error: 'registration.errors.organisationRequired',
		path: ['organisationId']
	});
export type RegistrationInput = z.output<typeof RegistrationSchema>;

/** How an event takes registrations (the secretariat's settings form). */
export const SettingsSchema = z.object({
	open: z
		.union([z.boolean(), z.literal(['on', 'true', 'false'])])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true'),
	closesAt: z.iso.datetime({ local: true, offset: true, error: 'registration.errors.deadlineFormat' }).optional(),
	capacity: wholeNumber(0, 100000).optional(),
	requiresFocalPointApproval: z
		.union([z.boolean(), z.literal(['on', 'true', 'false'])])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true'),
	delegationQuota: wholeNumber(1, 1000).optional(),
	retentionMonths: wholeNumber(1, 240).optional(),
	privacyNotices: localizedText(5000),
	version: version.optional()
});
export type SettingsInput = z.output<typeof SettingsSchema>;

const key = z
	.string()
	.trim()
	.regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'registration.errors.key' });

export const ChoiceSchema = z.object({
	key,
	labels: localizedText(200),
	capacity: wholeNumber(0, 100000).nullable().default(null)
});

export const CustomFieldSchema = z
	.object({
		key,
		type: z.enum(CUSTOM_FIELD_TYPES, { error: 'validation.choice' }),
		labels: localizedText(300),
		required: z.boolean().default(false),
		choices: z.array(ChoiceSchema).max(50).default([])
	})
	.refine((f) => !f.type.endsWith('-choice') || f.choices.length > 0, { error: 'registration.errors.choicesNeeded', path: ['choices'] })
	.refine((f) => new Set(f.choices.map((c) => c.key)).size === f.choices.length, {
		error: 'registration.errors.duplicateKey',
		path: ['choices']
	});

const personalUse = z.enum(PERSONAL_FIELD_USES, { error: 'validation.choice' });

/** A whole form version. Keys are unique so that answers say unambiguously what they answer. */
export const FormDefinitionSchema = z
	.object({
		personal: z.object(
			Object.fromEntries(PERSONAL_FIELDS.map((f) => [f, personalUse.default('optional')])) as Record<
				PersonalField,
				z.ZodDefault<z.ZodEnum<{ [K in PersonalFieldUse]: K }>>
			>
		),
		fields: z.array(CustomFieldSchema).max(60).default([])
	})
	.refine((d) => new Set(d.fields.map((f) => f.key)).size === d.fields.length, {
		error: 'registration.errors.duplicateKey',
		path: ['fields']
	});
export type FormDefinitionInput = z.output<typeof FormDefinitionSchema>;

/** The secretariat's and focal points' decisions on a registration. */
export const DecisionSchema = z.object({
	decision: z.enum(['approve', 'reject'], { error: 'validation.choice' }),
	version
});
