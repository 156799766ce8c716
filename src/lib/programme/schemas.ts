import { z } from 'zod';
import { isoDate, localizedText, optionalText, uuid } from '$lib/validation';
import { endsAfterStart, minutesOf } from '$lib/domain/programme';
import { PROGRAMME_ITEM_KINDS, SPEAKER_ROLES } from './types';

/** A local time of day, "09:30" (seconds, when a browser sends them, are dropped). */
const timeOfDay = z
	.string()
	.trim()
	.refine((v) => minutesOf(v) !== null, { error: 'programme.errors.timeFormat' })
	.transform((v) => v.slice(0, 5));

/** One speaker of an item: a person of the directory, their role, and what they held at the event. */
export const SpeakerSchema = z.object({
	personId: uuid,
	role: z.enum(SPEAKER_ROLES, { error: 'validation.choice' }).default('speaker'),
	titleAtEvent: optionalText(200),
	organisationId: uuid.optional()
});
export type SpeakerInput = z.output<typeof SpeakerSchema>;

/**
 * The speakers of an item in order. A null row is an empty row of the form (so messages keep the
 * row numbers the form shows) and is dropped; a person may appear once.
 */
const speakerList = z
	.array(SpeakerSchema.nullable())
	.max(60)
	.superRefine((rows, ctx) => {
		const seen = new Set<string>();
		rows.forEach((s, i) => {
			if (!s) return;
			if (seen.has(s.personId)) ctx.addIssue({ code: 'custom', message: 'programme.errors.duplicateSpeaker', path: [i, 'personId'] });
			seen.add(s.personId);
		});
	})
	.transform((rows) => rows.filter((s): s is SpeakerInput => s !== null))
	.default([]);

/**
 * One programme item: the JSON API and the secretariat's form take exactly this. Checks that need
 * no data (times in order, a day for timed items) are here; the day within the event and the
 * room free at that time are checked by the operation.
 */
export const ProgrammeItemSchema = z
	.object({
		kind: z.enum(PROGRAMME_ITEM_KINDS, { error: 'validation.choice' }),
		titles: localizedText(300),
		descriptions: localizedText(5000).optional(),
		day: isoDate.optional(),
		startsAt: timeOfDay.optional(),
		endsAt: timeOfDay.optional(),
		room: optionalText(100),
		speakers: speakerList
	})
	.superRefine((item, ctx) => {
		if (item.endsAt && !item.startsAt) ctx.addIssue({ code: 'custom', message: 'programme.errors.endWithoutStart', path: ['startsAt'] });
		if (item.startsAt && !item.day) ctx.addIssue({ code: 'custom', message: 'programme.errors.timeNeedsDay', path: ['day'] });
		if (!endsAfterStart(item.startsAt, item.endsAt))
			ctx.addIssue({ code: 'custom', message: 'programme.errors.endBeforeStart', path: ['endsAt'] });
	});
export type ProgrammeItemInput = z.output<typeof ProgrammeItemSchema>;

/** The editor's form for an existing item names it. */
export const ProgrammeItemEditSchema = ProgrammeItemSchema.safeExtend({ itemId: uuid });

/**
 * The form sends speaker rows as speakers.0.personId ...; the schema (shared with the API) wants a
 * list. Rows left wholly empty are dropped (that is how a speaker is removed).
 */
export function prepareItemForm(raw: Record<string, unknown>): Record<string, unknown> {
	const { speakers, ...rest } = raw;
	const rows =
		speakers && typeof speakers === 'object'
			? Object.entries(speakers as Record<string, Record<string, unknown>>)
					.sort(([a], [b]) => Number(a) - Number(b))
					.map(([, row]) => row)
			: [];
	return { ...rest, speakers: rows.map((row) => (row.personId || row.titleAtEvent || row.organisationId ? row : null)) };
}
