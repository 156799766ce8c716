import { z } from 'zod';
import { CYCLE_STATUSES, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from '$lib/dialogues/types';
import { MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from '$lib/directory/types';

/** What the JSON API returns; the OpenAPI document is generated from these and the input schemas. */
export const Localized = z
	.object({ en: z.string(), fr: z.string().optional(), es: z.string().optional(), ar: z.string().optional() })
	.meta({ id: 'LocalizedText' });

export const DialogueOut = z
	.object({
		id: z.uuid(),
		slug: z.string(),
		acronym: z.string().nullable(),
		names: Localized,
		languages: z.array(z.string()),
		cycles: z.number().int()
	})
	.meta({ id: 'Dialogue' });

export const CycleOut = z
	.object({ id: z.uuid(), dialogue: z.string(), year: z.number().int(), themes: Localized, status: z.enum(CYCLE_STATUSES) })
	.meta({ id: 'Cycle' });

export const EventOut = z
	.object({
		id: z.uuid(),
		cycleId: z.uuid(),
		kind: z.enum(EVENT_KINDS),
		titles: Localized,
		startDate: z.iso.date(),
		endDate: z.iso.date(),
		venue: z.string().nullable().optional(),
		city: z.string().nullable(),
		countryId: z.string().nullable(),
		format: z.enum(EVENT_FORMATS),
		status: z.enum(EVENT_STATUSES),
		expectedOutcomes: z.array(Localized).optional(),
		organisers: z.array(z.object({ id: z.uuid(), name: z.string() })).optional()
	})
	.meta({ id: 'Event' });

export const StateOut = z
	.object({
		id: z.string().length(3),
		name: z.string(),
		membership: z.enum(MEMBERSHIP_STATUSES),
		regionCode: z.string().nullable(),
		gcmChampion: z.boolean()
	})
	.meta({ id: 'State' });

export const OrganisationOut = z
	.object({
		id: z.uuid(),
		name: z.string(),
		acronym: z.string().nullable(),
		type: z.enum(ORGANISATION_TYPES),
		countryId: z.string().nullable()
	})
	.meta({ id: 'Organisation' });

export const Problem = z
	.object({
		type: z.string(),
		title: z.string(),
		status: z.number().int(),
		detail: z.string().optional(),
		errors: z.array(z.object({ field: z.string(), code: z.string(), detail: z.string() })).optional()
	})
	.meta({ id: 'Problem', description: 'RFC 9457 problem document' });

export const Page = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), total: z.number().int().optional() });

export const ImportReportOut = z
	.object({
		dryRun: z.boolean(),
		rows: z.number().int().meta({ description: 'Data rows read (the header not counted)' }),
		created: z.number().int(),
		updated: z.number().int(),
		unchanged: z.number().int(),
		rejected: z.number().int().meta({ description: 'Rows with at least one error; any makes the import write nothing' }),
		errors: z
			.array(
				z.object({
					row: z.number().int().meta({ description: 'Line in the file, the header being 1' }),
					column: z.string(),
					code: z.string(),
					detail: z.string()
				})
			)
			.meta({ description: 'The first 200 errors' }),
		fileError: z.object({ code: z.string(), detail: z.string() }).optional()
	})
	.meta({ id: 'ImportReport' });
