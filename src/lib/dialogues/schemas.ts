import { z } from 'zod';
import { uuid, isoDate, localizedText, optionalText, version } from '$lib/validation';
import { isTimeZone } from '$lib/domain/time-zones';
import { CYCLE_STATUSES, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from './types';

export const CycleSchema = z.object({
	dialogueId: uuid,
	year: z.coerce.number({ error: 'validation.format' }).int().min(1990).max(2100),
	themes: localizedText(300),
	summaries: localizedText(5000).optional(),
	status: z.enum(CYCLE_STATUSES, { error: 'validation.choice' }).default('planning')
});
export type CycleInput = z.output<typeof CycleSchema>;
export const CycleEditSchema = CycleSchema.extend({ version });

const DatePair = z.object({ startDate: isoDate, endDate: isoDate });
const datesAreValid = (value: unknown) => DatePair.safeParse(value).success;

/** One event: the JSON API and the secretariat's form take exactly this. */
export const EventSchema = z
	.object({
		cycleId: uuid,
		kind: z.enum(EVENT_KINDS, { error: 'validation.choice' }),
		titles: localizedText(300),
		subtitles: localizedText(300).optional(),
		summaries: localizedText(5000).optional(),
		startDate: isoDate,
		endDate: isoDate,
		venue: optionalText(200),
		city: optionalText(100),
		countryId: z
			.string()
			.trim()
			.toUpperCase()
			.regex(/^[A-Z]{3}$/, { error: 'directory.errors.stateCode' })
			.optional(),
		/** IANA zone of the venue (programme times are local there); left out, a new event is in Europe/Zurich and an edit keeps its zone. */
		timeZone: z.string().trim().refine(isTimeZone, { error: 'programme.errors.timeZone' }).optional(),
		format: z.enum(EVENT_FORMATS, { error: 'validation.choice' }).default('in-person'),
		status: z.enum(EVENT_STATUSES, { error: 'validation.choice' }).default('planned'),
		/** Why the event is postponed; needed with status `postponed` (an edit that leaves it out keeps the one recorded). */
		postponementReasons: localizedText(1000).optional(),
		expectedOutcomes: z.array(localizedText(1000)).max(20).default([]),
		documentSymbol: optionalText(40),
		organiserIds: z.array(uuid).max(20).default([])
	})
	.refine((e) => e.endDate >= e.startDate, {
		error: 'validation.dateOrder',
		path: ['endDate'],
		// Check the order as soon as both dates are valid, even when other fields are wrong too.
		when: ({ value }) => datesAreValid(value)
	});
export type EventInput = z.output<typeof EventSchema>;
export const EventEditSchema = EventSchema.safeExtend({ version });

/** Expected outcomes are typed one per line in the form; the API sends them as a list. */
export function outcomesFromLines(text: string | undefined): { en: string }[] {
	return (text ?? '')
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((en) => ({ en }));
}

export const DialogueSchema = z.object({
	slug: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'dialogues.errors.slug' })
		.max(60),
	acronym: z.string().trim().max(20).optional(),
	names: localizedText(200),
	descriptions: localizedText(5000).optional(),
	languages: z
		.array(z.enum(['en', 'fr', 'es', 'ar'], { error: 'validation.unknownLanguage' }))
		.min(1)
		.default(['en']),
	secretariatId: uuid.optional()
});
export type DialogueInput = z.output<typeof DialogueSchema>;
export const DialogueEditSchema = DialogueSchema.extend({ version });

/** Postponing an event (for example for lack of funding): the reason is kept and shown on its page. */
export const PostponeSchema = z.object({ reasons: localizedText(1000), version });
export type PostponeInput = z.output<typeof PostponeSchema>;
