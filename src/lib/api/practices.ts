import { z } from 'zod';
import { FACETS } from '$lib/practices/types';
import { PracticeSchema } from '$lib/practices/schemas';
import { Localized } from './resources';

/**
 * A practice's text in the languages it was written in: one submitted through the platform needs
 * only one of en, fr, es, ar (decision 015), so none is sure to be there.
 */
const AnyLocalized = z
	.object({ en: z.string().optional(), fr: z.string().optional(), es: z.string().optional(), ar: z.string().optional() })
	.meta({ id: 'PracticeText' });

/** What the practices endpoints return (the OpenAPI document is generated from these). */
const Tags = {
	implementingStates: z.array(z.string()),
	implementingOrganisations: z.array(z.string()),
	organisationTypes: z.array(z.string()),
	partners: z.array(z.string()),
	countries: z.array(z.string()).describe('ISO 3166-1 alpha-3'),
	regions: z.array(z.string()).describe('IOM region codes'),
	m49Regions: z.array(z.string()).describe('UN M49 region codes (three digits, e.g. "419" Latin America and the Caribbean)'),
	stages: z.array(z.string()).describe('Migration-cycle stage keys'),
	gcmObjectives: z.array(z.number().int().min(1).max(23)),
	principles: z.array(z.string()).describe('GCM guiding principle letters a–j'),
	areas: z.array(z.string()).describe('IOM migration management area keys'),
	targetGroups: z.array(z.string())
};

export const EvidenceOut = z.object({
	id: z.uuid(),
	statements: Localized,
	value: z.string().nullable().describe('Exact decimal, as a string'),
	unit: z.string().nullable(),
	year: z.number().int().nullable(),
	source: z.string(),
	sourceUrl: z.string().nullable(),
	sourceEventId: z.uuid().nullable(),
	countries: z.array(z.string()),
	regions: z.array(z.string()),
	stages: z.array(z.string()),
	gcmObjectives: z.array(z.number().int()),
	areas: z.array(z.string()),
	targetGroups: z.array(z.string())
});

/** A fact found by GET /api/v1/evidence?q=…: its statement in the reader's language with the words in <mark>. */
export const EvidenceHitOut = EvidenceOut.extend({
	snippet: z
		.string()
		.describe('The statement in the language of Accept-Language (English if it has none), HTML-escaped, matching words in <mark>'),
	snippetLang: z.string().describe('The language of snippet')
});

export const PracticeOut = z.object({
	id: z.uuid().describe('Permanent id'),
	slug: z.string(),
	url: z.string().describe('Permanent address of the practice’s page'),
	titles: AnyLocalized,
	summaries: AnyLocalized,
	descriptions: AnyLocalized.nullable(),
	outcomes: AnyLocalized.nullable(),
	lessons: AnyLocalized.nullable(),
	innovation: AnyLocalized.nullable(),
	scope: z.string(),
	status: z.string(),
	periodStart: z.number().int().nullable(),
	periodEnd: z.number().int().nullable(),
	...Tags,
	languages: z.array(z.string()),
	contact: z.string().nullable(),
	links: z.array(z.object({ url: z.string(), label: z.string().optional() })),
	sourceEventId: z.uuid().nullable(),
	sourceReference: z.string().nullable(),
	publishedAt: z.string().nullable(),
	lastChanged: z.string()
});

export const PracticeDetailOut = PracticeOut.extend({
	event: z.object({ id: z.uuid(), titles: Localized, startDate: z.string() }).nullable(),
	evidence: z.array(EvidenceOut),
	attachments: z
		.array(z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), url: z.string() }))
		.describe('Files of the practice; url is the stable download address')
});

const FacetCounts = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const PracticeSearchOut = z.object({
	total: z.number().int(),
	page: z.number().int(),
	pages: z.number().int(),
	data: z.array(
		z.object({
			id: z.uuid(),
			slug: z.string(),
			url: z.string(),
			titles: AnyLocalized,
			snippet: z.string().describe('Summary as HTML: the text escaped, the matching words in <mark>…</mark>'),
			snippetLang: z.string().describe('The language of snippet (the summary in the requested language, or English)'),
			scope: z.string(),
			status: z.string(),
			periodStart: z.number().int().nullable(),
			periodEnd: z.number().int().nullable(),
			gcmObjectives: z.array(z.number().int()),
			countries: z.array(z.string())
		})
	),
	facets: z.object(Object.fromEntries(FACETS.map((f) => [f, FacetCounts])) as Record<(typeof FACETS)[number], typeof FacetCounts>)
});

export const PracticeImportIn = z.array(PracticeSchema);

export const PracticeImportOut = z.object({
	dryRun: z.boolean(),
	committed: z.boolean(),
	total: z.number().int(),
	valid: z.number().int(),
	created: z.array(z.object({ id: z.uuid(), slug: z.string() })),
	message: z.string().optional(),
	errors: z.array(
		z.object({
			row: z.number().int(),
			title: z.string().nullable(),
			fields: z.array(z.object({ field: z.string(), code: z.string(), detail: z.string() }))
		})
	)
});
