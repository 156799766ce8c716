import { z } from 'zod';
import { uuid, isoDate, optionalText, shortText, version } from '$lib/validation';
import { GENDERS, ORGANISATION_TYPES } from './types';

const stateId = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, { error: 'directory.errors.stateCode' });

export const OrganisationSchema = z.object({
	name: shortText(200),
	acronym: z.string().trim().max(30).optional(),
	type: z.enum(ORGANISATION_TYPES, { error: 'validation.choice' }),
	countryId: stateId.optional(),
	parentId: uuid.optional(),
	website: z
		.url({ error: 'validation.url', protocol: /^https?$/ })
		.max(300)
		.optional()
});
export type OrganisationInput = z.output<typeof OrganisationSchema>;

export const OrganisationEditSchema = OrganisationSchema.extend({ version });

export const MergeSchema = z.object({
	sourceId: uuid,
	targetId: uuid
});

export const PositionSchema = z
	.object({
		title: shortText(200),
		organisationId: uuid.optional(),
		validFrom: isoDate.optional(),
		validTo: isoDate.optional()
	})
	.refine((p) => !p.validFrom || !p.validTo || p.validTo >= p.validFrom, {
		error: 'validation.dateOrder',
		path: ['validTo']
	});

export const PersonSchema = z.object({
	honorific: z.string().trim().max(40).optional(),
	givenName: shortText(100),
	familyName: shortText(100),
	gender: z.enum(GENDERS, { error: 'validation.choice' }).default('undisclosed'),
	email: z.email({ error: 'validation.email' }).max(254).optional()
});
export type PersonInput = z.output<typeof PersonSchema>;
export const PersonEditSchema = PersonSchema.extend({ version });

export const DirectoryQuerySchema = z.object({
	q: optionalText(100),
	type: z.enum(ORGANISATION_TYPES).optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
