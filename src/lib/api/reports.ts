import { z } from 'zod';
import { ITEM_KINDS, ITEM_LEVELS, SECTION_KINDS } from '$lib/reports/types';
import { Localized } from './resources';

/** Published reports as the JSON API and report.json return them (issue 8); the OpenAPI document is generated from these. */

const LocalizedOrNull = Localized.nullable();

export const ReportSummaryOut = z
	.object({
		slug: z.string(),
		titles: Localized,
		summaries: LocalizedOrNull,
		year: z.number().int(),
		event: z.object({ id: z.uuid(), titles: Localized }).nullable(),
		version: z.number().int().min(1),
		publishedAt: z.iso.datetime(),
		url: z.url(),
		json: z.url()
	})
	.meta({ id: 'ReportSummary' });

export const ReportItemOut = z
	.object({
		id: z.uuid(),
		kind: z.enum(ITEM_KINDS),
		level: z.enum(ITEM_LEVELS).nullable(),
		headlines: LocalizedOrNull,
		texts: Localized.describe('In the note format: **bold**, *italic*, "- " lists, blank lines between paragraphs'),
		gcmObjectives: z.array(z.number().int()),
		principles: z.array(z.string()),
		areas: z.array(z.string()),
		stages: z.array(z.string()),
		targetGroups: z.array(z.string()),
		practices: z.array(z.object({ id: z.uuid(), slug: z.string(), titles: Localized })),
		facts: z.array(
			z.object({
				id: z.uuid(),
				statements: Localized,
				value: z.string().nullable(),
				unit: z.string().nullable(),
				year: z.number().int().nullable(),
				source: z.string()
			})
		),
		states: z.array(z.object({ id: z.string().length(3), names: Localized })),
		organisations: z.array(z.object({ id: z.uuid(), name: z.string(), acronym: z.string().nullable() }))
	})
	.meta({ id: 'ReportItem' });

const ProgressOut = z.object({
	percent: z.number().nullable().describe('Mean progress in percent, one decimal; null when there is nothing to average'),
	of: z.number().int().describe('How many values were averaged')
});

export const ReportOpenDataOut = z
	.object({
		slug: z.string(),
		url: z.url().describe('The page of this version (stable)'),
		json: z.url().describe('This document at its stable address'),
		pdf: z.url(),
		version: z.number().int().min(1),
		latestVersion: z.number().int().min(1),
		publishedAt: z.iso.datetime(),
		notes: LocalizedOrNull.describe('What this version corrects (null for version 1)'),
		versions: z.array(
			z.object({ number: z.number().int(), publishedAt: z.iso.datetime(), notes: LocalizedOrNull, url: z.url(), json: z.url() })
		),
		content: z
			.object({
				report: z.object({ id: z.uuid(), slug: z.string(), titles: Localized, summaries: LocalizedOrNull }),
				dialogue: z.object({ id: z.uuid(), slug: z.string(), names: Localized }),
				cycle: z.object({ id: z.uuid(), year: z.number().int(), themes: Localized }),
				event: z
					.object({
						id: z.uuid(),
						titles: Localized,
						subtitles: LocalizedOrNull,
						startDate: z.iso.date(),
						endDate: z.iso.date(),
						venue: z.string().nullable(),
						city: z.string().nullable()
					})
					.nullable(),
				languages: z.array(z.string()),
				sections: z.array(
					z.object({
						id: z.uuid(),
						kind: z.enum(SECTION_KINDS),
						titles: Localized,
						bodies: LocalizedOrNull,
						items: z.array(z.uuid()).describe('Item ids in order (the items are in `items`)')
					})
				),
				items: z.record(z.string(), ReportItemOut),
				outcomes: z.array(z.object({ texts: Localized, items: z.array(z.uuid()) })),
				annex: z
					.object({ statistics: z.record(z.string(), z.unknown()), surveys: z.array(z.record(z.string(), z.unknown())) })
					.nullable()
					.describe('Participation statistics and public survey results of the event, computed at publication')
			})
			.describe('The version exactly as it was frozen at publication'),
		followUp: z
			.object({
				definition: z.string(),
				page: z.url(),
				report: ProgressOut.extend({ withoutActions: z.number().int() }),
				recommendations: z.array(ProgressOut.extend({ itemId: z.uuid() })),
				actions: z.array(
					z.object({
						id: z.uuid(),
						itemId: z.uuid(),
						owner: z.object({ kind: z.enum(['state', 'organisation']), id: z.string(), names: Localized, acronym: z.string().nullable() }),
						descriptions: Localized,
						status: z.object({ key: z.string(), labels: Localized, progress: z.number().int() }),
						dueDate: z.iso.date().nullable(),
						timeline: z.array(z.object({ on: z.iso.date(), texts: Localized, status: z.object({ key: z.string(), labels: Localized }) }))
					})
				)
			})
			.describe('Read live: follow-up moves on after publication')
	})
	.meta({ id: 'ReportOpenData' });
