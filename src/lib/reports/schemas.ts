/** What the report forms and the API accept (issue 8); the operations check what needs the database. */
import { z } from 'zod';
import { isoDate, localizedText, uuid, version } from '$lib/validation';
import { TARGET_GROUPS } from '$lib/practices/types';
import { ITEM_KINDS, ITEM_LEVELS, REVIEW_DECISIONS, SECTION_KINDS } from './types';

const list = <T extends z.ZodType>(item: T, max = 60) => z.array(item).max(max).default([]);
const slug = z
	.string()
	.trim()
	.max(120)
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'reports.errors.slug' });
const iso3 = z
	.string()
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{3}$/, { error: 'reports.errors.iso3' });
/** A blank select means "none". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const ReportSchema = z
	.object({
		slug: optional(slug),
		/** A report of an event; without one, of the cycle. */
		eventId: optional(uuid),
		cycleId: optional(uuid),
		titles: localizedText(300),
		summaries: localizedText(2000).optional()
	})
	.refine((r) => r.eventId || r.cycleId, { error: 'reports.errors.eventOrCycle', path: ['eventId'] });
export type ReportInput = z.output<typeof ReportSchema>;

export const ReportEditSchema = z.object({ titles: localizedText(300), summaries: localizedText(2000).optional(), version });
export type ReportEditInput = z.output<typeof ReportEditSchema>;

export const SectionSchema = z.object({
	kind: z.enum(SECTION_KINDS, { error: 'reports.errors.sectionKind' }).default('text'),
	titles: localizedText(300),
	bodies: localizedText(20000).optional()
});
export type SectionInput = z.output<typeof SectionSchema>;

/** An item with its tags and links; links name records by id (States by ISO code), checked to exist by the database. */
export const ItemSchema = z.object({
	kind: z.enum(ITEM_KINDS, { error: 'reports.errors.itemKind' }),
	level: optional(z.enum(ITEM_LEVELS, { error: 'reports.errors.itemLevel' })),
	headlines: localizedText(300).optional(),
	texts: localizedText(8000),
	gcmObjectives: list(z.coerce.number({ error: 'validation.number' }).int().min(1, 'reports.errors.gcm').max(23, 'reports.errors.gcm'), 23),
	principles: list(
		z
			.string()
			.trim()
			.regex(/^[a-j]$/, { error: 'reports.errors.principle' }),
		10
	),
	areas: list(z.string().trim().min(1).max(60)),
	stages: list(z.string().trim().min(1).max(60)),
	targetGroups: list(z.enum(TARGET_GROUPS, { error: 'reports.errors.targetGroup' })),
	practices: list(uuid, 100),
	facts: list(uuid, 100),
	states: list(iso3, 250),
	organisations: list(uuid, 100)
});
export type ItemInput = z.output<typeof ItemSchema>;

/** The editor's search for an existing item to add to a section (a GET form): a kind, words; both may be left out. */
export const ItemSearchSchema = z.object({
	kind: optional(z.enum(ITEM_KINDS, { error: 'reports.errors.itemKind' })),
	q: optional(z.string().trim().max(200))
});

export const ReviewSchema = z.object({
	decision: z.enum(REVIEW_DECISIONS, { error: 'reports.errors.decision' }),
	comment: z.string().trim().max(4000).optional()
});

/** Publishing: from the second version on, a note says what the correction changes. */
export const PublishSchema = z.object({ notes: localizedText(2000).optional(), version });

export const FollowUpStatusSchema = z.object({
	key: z
		.string()
		.trim()
		.max(40)
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'reports.errors.statusKey' }),
	labels: localizedText(100),
	progress: z.coerce
		.number({ error: 'reports.errors.progress' })
		.int({ error: 'reports.errors.progress' })
		.min(0, { error: 'reports.errors.progress' })
		.max(100, { error: 'reports.errors.progress' })
});
export type FollowUpStatusInput = z.output<typeof FollowUpStatusSchema>;

export const ActionSchema = z
	.object({
		ownerStateId: optional(iso3),
		ownerOrganisationId: optional(uuid),
		descriptions: localizedText(4000),
		status: z.string().trim().min(1, { error: 'reports.errors.unknownStatus' }).max(40),
		dueDate: optional(isoDate)
	})
	.refine((a) => !a.ownerStateId !== !a.ownerOrganisationId, { error: 'reports.errors.oneOwner', path: ['ownerStateId'] });
export type ActionInput = z.output<typeof ActionSchema>;

export const EntrySchema = z.object({ on: isoDate, texts: localizedText(4000), status: z.string().trim().min(1).max(40) });
export type EntryInput = z.output<typeof EntrySchema>;
