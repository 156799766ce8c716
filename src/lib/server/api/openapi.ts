import { z } from 'zod';
import { EventSchema } from '$lib/dialogues/schemas';
import { RegistrationSchema } from '$lib/registration/schemas';
import { REGISTRATION_STATUSES } from '$lib/registration/types';
import { StatisticsOut } from '$lib/api/statistics';
import { BallotOut, ConsultationOut, ProposalOut, ResponseOut, ResultsOut } from '$lib/api/agenda';
import { ResponseSchema } from '$lib/agenda/schemas';
import { FundingOut } from '$lib/api/funding';
import { RecommendationsOut } from '$lib/api/follow-up';
import { PledgeSchema } from '$lib/funding/schemas';
import {
	EvidenceHitOut,
	EvidenceOut,
	PracticeDetailOut,
	PracticeImportIn,
	PracticeImportOut,
	PracticeOut,
	PracticeSearchOut
} from '$lib/api/practices';
import { FACETS } from '$lib/practices/types';
import { PracticeReviewOut } from '$lib/api/practice-review';
import { ReportOpenDataOut, ReportSummaryOut } from '$lib/api/reports';
import { SurveyOut, SurveyQuestionsOut, SurveyResultsOut } from '$lib/api/surveys';
import { CycleOut, DialogueOut, EventOut, ImportReportOut, OrganisationOut, Page, Problem, StateOut } from '$lib/api/resources';

type Schema = z.ZodType;
interface Operation {
	method: 'get' | 'post' | 'put';
	path: string;
	summary: string;
	response: Schema;
	request?: Schema;
	/** A request body that is a file (CSV, XLSX) rather than JSON: its media types. */
	requestFile?: string[];
	role?: string;
	parameters?: { name: string; in: 'path' | 'query'; description: string }[];
}

const idParam = (name: string, description: string) => ({ name, in: 'path' as const, description });

/** The parameters of a practice search, shared by the page's address, the API and the exports. */
function searchParameters() {
	return [
		{ name: 'q', in: 'query' as const, description: 'Words or "a phrase" in any of the four languages (at most 200 characters)' },
		...FACETS.map((f) => ({ name: f, in: 'query' as const, description: `Facet filter (repeatable): ${f}` })),
		{ name: 'sort', in: 'query' as const, description: 'relevance, newest or title' },
		{ name: 'page', in: 'query' as const, description: 'Page number, 20 results a page' }
	];
}

/** Every endpoint of /api/v1; the document below is generated from this list and the zod schemas. */
export const OPERATIONS: Operation[] = [
	{ method: 'get', path: '/dialogues', summary: 'List dialogues', response: Page(DialogueOut) },
	{
		method: 'get',
		path: '/dialogues/{slug}',
		summary: 'Get a dialogue',
		response: DialogueOut,
		parameters: [idParam('slug', 'Dialogue slug, e.g. idm')]
	},
	{
		method: 'get',
		path: '/dialogues/{slug}/recommendations',
		summary:
			'The recommendations of the dialogue’s published reports across years, newest year first, each with the reports listing it, its follow-up actions (owner, status, due date, timeline) and its progress; with the counts and mean progress of those returned (see `definition`). Filters take one value each, as the follow-up page offers them; a value it does not offer is refused (400). Public.',
		response: RecommendationsOut,
		parameters: [
			idParam('slug', 'Dialogue slug, e.g. idm'),
			{ name: 'gcm', in: 'query', description: 'GCM objective number, 1 to 23' },
			{ name: 'area', in: 'query', description: 'Migration management area key' },
			{ name: 'stage', in: 'query', description: 'Migration-cycle stage key' },
			{ name: 'target', in: 'query', description: 'Target group key' },
			{ name: 'owner', in: 'query', description: 'An action owner: State ISO 3166 alpha-3 code or organisation id' },
			{ name: 'year', in: 'query', description: 'Year of the recommendation' },
			{ name: 'status', in: 'query', description: 'Follow-up status key: recommendations with an action in that status' }
		]
	},
	{ method: 'get', path: '/cycles', summary: 'List cycles of all dialogues', response: Page(CycleOut) },
	{ method: 'get', path: '/cycles/{id}', summary: 'Get a cycle', response: CycleOut, parameters: [idParam('id', 'Cycle id')] },
	{
		method: 'get',
		path: '/cycles/{id}/funding',
		summary:
			'The funding of a cycle, computed from its budget and pledges when asked: totals, each budget line with its funding status (earmarks first, then a fair share of unearmarked money in proportion to the lines’ remaining needs; see `rule`) and totals by donor (States and organisations). Amounts are exact decimal strings in the budget’s currency. Public.',
		response: FundingOut,
		parameters: [idParam('id', 'Cycle id')]
	},
	{
		method: 'post',
		path: '/cycles/{id}/pledges',
		summary:
			'Record a pledge or contribution: a donor State (donorStateId) or organisation (donorOrganisationId), amount as a decimal string, ISO 4217 currency, the rate to the budget’s currency when it differs, optionally earmarked to an event of the cycle (eventId). Bad input is refused with a problem document and nothing is written.',
		request: PledgeSchema,
		response: z.object({ id: z.uuid() }),
		role: 'secretariat',
		parameters: [idParam('id', 'Cycle id')]
	},
	{ method: 'get', path: '/events', summary: 'List events, newest first', response: Page(EventOut) },
	{
		method: 'post',
		path: '/events',
		summary: 'Create an event',
		request: EventSchema,
		response: z.object({ id: z.uuid() }),
		role: 'secretariat'
	},
	{ method: 'get', path: '/events/{id}', summary: 'Get an event', response: EventOut, parameters: [idParam('id', 'Event id')] },
	{
		method: 'get',
		path: '/events/{id}/registrations',
		summary: 'Registrations of an event counted by status, with places taken, capacity and the current form version',
		response: z.object({
			counts: z.record(z.enum(REGISTRATION_STATUSES), z.number().int()),
			placesTaken: z.number().int(),
			capacity: z.number().int().nullable(),
			formVersion: z.number().int().nullable(),
			open: z.boolean()
		}),
		role: 'secretariat',
		parameters: [idParam('id', 'Event id')]
	},
	{
		method: 'post',
		path: '/events/{id}/registrations',
		summary: 'Register for an event (answers are checked against the form version named by formVersion)',
		request: RegistrationSchema,
		response: z.object({ id: z.uuid(), number: z.number().int(), status: z.enum(REGISTRATION_STATUSES) }),
		role: 'participant',
		parameters: [idParam('id', 'Event id')]
	},
	{
		method: 'post',
		path: '/events/{id}/registrations/import',
		summary:
			'Import registrants from a CSV (or XLSX) body with a header row in our column keys (first_name, last_name, email, honorific, gender, position, category, delegation, organisation, organisation_type, affiliation, country, phone, participation_mode, state, registered_at, sponsored; Indico export headers are recognised). A row updates the registration with the same e-mail address or creates one. All rows are written or none (422 with the errors per row); at most 40 MB; one import at a time per event (409).',
		requestFile: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		response: ImportReportOut,
		role: 'secretariat',
		parameters: [idParam('id', 'Event id'), { name: 'dryRun', in: 'query', description: 'true: check and count, write nothing' }]
	},
	{
		method: 'post',
		path: '/events/{id}/attendance/import',
		summary:
			'Import attendance from a CSV (or XLSX) body with the columns email, date (YYYY-MM-DD) and mode (in-room, online): one record per approved registration, day and mode. All or nothing, like the registrant import.',
		requestFile: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
		response: ImportReportOut,
		role: 'secretariat',
		parameters: [idParam('id', 'Event id'), { name: 'dryRun', in: 'query', description: 'true: check and count, write nothing' }]
	},
	{
		method: 'get',
		path: '/events/{id}/registrations.csv',
		summary:
			'Export the registrants as CSV in the import’s column keys (also registrations.xlsx, attendance.csv, attendance.xlsx). Values a spreadsheet would run as formulas get a leading apostrophe; telephone numbers keep their +. Audited.',
		response: z.string(),
		role: 'secretariat',
		parameters: [idParam('id', 'Event id')]
	},
	{
		method: 'get',
		path: '/events/{id}/statistics',
		summary:
			'The participation statistics annex of an event: registrations, governments, IOM, partners, attendance, regions and speakers, computed from the records when asked (public, no personal data)',
		response: StatisticsOut,
		parameters: [idParam('id', 'Event id')]
	},
	{
		method: 'get',
		path: '/consultations',
		summary: 'List consultations (informal consultations of each cycle, with their document symbols), oldest first',
		response: Page(ConsultationOut),
		parameters: [{ name: 'cycle', in: 'query', description: 'Only the consultations of this cycle (id)' }]
	},
	{
		method: 'get',
		path: '/consultations/{id}',
		summary: 'Get a consultation with its discussion note, decision and attachments',
		response: ConsultationOut,
		parameters: [idParam('id', 'Consultation id')]
	},
	{
		method: 'get',
		path: '/proposals',
		summary:
			'List proposals (themes, workshop topics) with what became of them: merged into another, selected (with its event), not selected, deferred',
		response: Page(ProposalOut),
		parameters: [{ name: 'consultation', in: 'query', description: 'Only the proposals of this consultation (id)' }]
	},
	{ method: 'get', path: '/proposals/{id}', summary: 'Get a proposal', response: ProposalOut, parameters: [idParam('id', 'Proposal id')] },
	{
		method: 'get',
		path: '/ballots',
		summary: 'List ballots: rule, proposals, opening and closing, who may answer',
		response: Page(BallotOut),
		parameters: [{ name: 'consultation', in: 'query', description: 'Only the ballots of this consultation (id)' }]
	},
	{ method: 'get', path: '/ballots/{id}', summary: 'Get a ballot', response: BallotOut, parameters: [idParam('id', 'Ballot id')] },
	{
		method: 'get',
		path: '/ballots/{id}/results',
		summary:
			'Results of a ballot, counted from the recorded responses when asked: per proposal the votes and the shares of responses and of eligible States, and the turnout. Public after the close when the ballot publishes them; the secretariat sees them at any time (403 otherwise).',
		response: ResultsOut,
		parameters: [idParam('id', 'Ballot id')]
	},
	{
		method: 'get',
		path: '/events/{id}/surveys',
		summary: 'The surveys of an event: audience, anonymity, opening and closing, who sees the results',
		response: z.object({ items: z.array(SurveyOut) }),
		parameters: [idParam('id', 'Event id')]
	},
	{
		method: 'get',
		path: '/surveys/{id}',
		summary: 'A survey with its sections and questions (kind, choices or scale, grid items, condition); hidden questions are left out',
		response: SurveyQuestionsOut,
		parameters: [idParam('id', 'Survey id')]
	},
	{
		method: 'get',
		path: '/surveys/{id}/results',
		summary:
			'Results of a survey, counted from the submitted responses when asked: per question the respondents who answered it (the denominator of its shares), each choice counted (a multiple choice counts each choice), the mean of a scale (first point = 1), a grid per item, and the open answers (`q` searches them). Visible to the secretariat, to signed-in participants or to everyone as the survey publishes them (401 / 403 otherwise).',
		response: SurveyResultsOut,
		parameters: [idParam('id', 'Survey id'), { name: 'q', in: 'query', description: 'Words to find in the open answers' }]
	},
	{
		method: 'put',
		path: '/ballots/{id}/responses/{state}',
		summary:
			'Cast or change the response of a State, as one of its focal points, while the ballot is open. One response per State: a PUT replaces the State’s response (idempotent). Send chosen (choose rule: at most maxChoices proposal ids), choices (yes-no-abstain: an answer for every proposal) or ranks (rank: distinct ranks from 1). Refused with 409 outside the opening period, 403 for another State, 400 for a response the rule does not allow.',
		request: ResponseSchema,
		response: ResponseOut,
		role: 'state-focal-point',
		parameters: [idParam('id', 'Ballot id'), idParam('state', 'ISO 3166 alpha-3 code of the State')]
	},
	{
		method: 'get',
		path: '/ballots/{id}/responses/{state}',
		summary: 'The current response of a State, for its focal points',
		response: ResponseOut,
		role: 'state-focal-point',
		parameters: [idParam('id', 'Ballot id'), idParam('state', 'ISO 3166 alpha-3 code of the State')]
	},
	{
		method: 'get',
		path: '/states',
		summary: 'List States with IOM membership and region on a date',
		response: Page(StateOut),
		parameters: [
			{ name: 'q', in: 'query', description: 'Name or ISO code' },
			{ name: 'on', in: 'query', description: 'ISO date for membership and region (default today)' },
			{ name: 'lang', in: 'query', description: 'en, fr, es or ar' }
		]
	},
	{ method: 'get', path: '/states/{id}', summary: 'Get a State', response: StateOut, parameters: [idParam('id', 'ISO 3166 alpha-3')] },
	{
		method: 'get',
		path: '/practices',
		summary:
			'Search published good practices: full text in English, French, Spanish and Arabic (typo tolerant on titles), ranked, with highlighted snippets in the language of Accept-Language, and the count of every facet value among all the results. Facet parameters repeat and narrow (AND). A q longer than 200 characters is refused with a problem document.',
		response: PracticeSearchOut,
		parameters: searchParameters()
	},
	{
		method: 'get',
		path: '/practices/{id}',
		summary: 'A published practice by its permanent id, with the event where it was presented and the evidence tagged to it',
		response: PracticeDetailOut,
		parameters: [idParam('id', 'Practice id')]
	},
	{
		method: 'get',
		path: '/practices/{id}/review',
		summary:
			'Where a submitted practice stands in its review: status, round, what the reviews of the round decide, the reviewers’ comments (without their names), the secretariat’s note and the kept versions. For the submitter (403 for anyone else) and the secretariat.',
		response: PracticeReviewOut,
		role: 'submitter (a focal point) or the secretariat',
		parameters: [idParam('id', 'Practice id')]
	},
	{
		method: 'get',
		path: '/practices/export.json',
		summary: 'Every practice of a search (same parameters as /practices, without page), up to 5,000; `truncated` says when more matched',
		response: z.object({ data: z.array(PracticeOut), total: z.number().int(), truncated: z.boolean() }),
		parameters: searchParameters()
	},
	{
		method: 'get',
		path: '/practices/export.csv',
		summary:
			'The same as CSV (text/csv): one column per language of each text (title_en, title_fr…), lists separated by “;”. The columns are those the import reads, so an export can be edited and imported back.',
		response: z.string(),
		parameters: searchParameters()
	},
	{
		method: 'post',
		path: '/practices/import',
		summary:
			'Bulk import of practices (already reviewed: they are published): a JSON array (this schema) or a CSV file with the export’s columns. A dry run unless ?commit=true. Every row is validated (fields, tags against the reference lists: an unknown GCM objective is refused by name); with one bad row nothing is written (422 with the errors per row).',
		request: PracticeImportIn,
		response: PracticeImportOut,
		role: 'secretariat',
		parameters: [{ name: 'commit', in: 'query', description: 'true to write; anything else is a dry run' }]
	},
	{
		method: 'get',
		path: '/evidence',
		summary:
			'Every cited fact (statement per language, value, unit, year, source) with its tags; with q (words in any of the four languages) or facet filters (gcm, region, country, area, stage, target, year: the fact’s year), the matching facts, ranked, at most 50, each with a highlighted snippet. A q longer than 200 characters, and a practice filter a fact does not carry (principle, orgType, language), are refused with a problem document (400).',
		response: z.object({ data: z.array(z.union([EvidenceHitOut, EvidenceOut])), total: z.number().int() }),
		parameters: [
			{ name: 'q', in: 'query', description: 'Words or "a phrase" in any of the four languages (at most 200 characters)' },
			...(['gcm', 'region', 'country', 'area', 'stage', 'target', 'year'] as const).map((f) => ({
				name: f,
				in: 'query' as const,
				description: `Facet filter (repeatable): ${f}`
			}))
		]
	},
	{
		method: 'get',
		path: '/reports',
		summary: 'Published key-findings reports, newest cycle first, each at its newest version',
		response: z.object({ data: z.array(ReportSummaryOut), total: z.number().int() })
	},
	{
		method: 'get',
		path: '/reports/{slug}',
		summary:
			'A published report at its newest version, as open data (the same document as /reports/{slug}/report.json): the version as frozen at publication, every version with its correction note, and the live follow-up of its recommendations (progress with its denominator, actions with owner, status, due date and timeline)',
		response: ReportOpenDataOut,
		parameters: [idParam('slug', 'The report’s address, e.g. idm-2024-first-session-key-findings')]
	},
	{
		method: 'get',
		path: '/reports/{slug}/versions/{n}',
		summary:
			'One published version of a report (same document). A published version never changes: PUT, PATCH and DELETE here answer 405 with a problem document saying to publish a correction as a new version.',
		response: ReportOpenDataOut,
		parameters: [idParam('slug', 'The report’s address'), idParam('n', 'Version number, from 1')]
	},
	{
		method: 'get',
		path: '/organisations',
		summary: 'List organisations',
		response: Page(OrganisationOut),
		parameters: [{ name: 'q', in: 'query', description: 'Name or acronym' }]
	},
	{
		method: 'get',
		path: '/organisations/{id}',
		summary: 'Get an organisation',
		response: OrganisationOut,
		parameters: [idParam('id', 'Organisation id')]
	}
];

function toJsonSchema(schema: Schema, io: 'input' | 'output') {
	const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' }) as Record<
		string,
		unknown
	>;
	return rest;
}

export function openApiDocument() {
	const problemResponse = { description: 'Problem', content: { 'application/problem+json': { schema: toJsonSchema(Problem, 'output') } } };
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of OPERATIONS) {
		paths[op.path] ??= {};
		paths[op.path][op.method] = {
			summary: op.summary,
			...(op.role ? { security: [{ bearer: [] }], description: `Requires the ${op.role} role.` } : {}),
			parameters: (op.parameters ?? []).map((p) => ({ ...p, required: p.in === 'path', schema: { type: 'string' } })),
			...(op.request
				? { requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(op.request, 'input') } } } }
				: {}),
			...(op.requestFile
				? {
						requestBody: {
							required: true,
							content: Object.fromEntries(op.requestFile.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]))
						}
					}
				: {}),
			responses: {
				[op.method === 'post' && !op.requestFile ? '201' : '200']: {
					description: 'OK',
					content: { 'application/json': { schema: toJsonSchema(op.response, 'output') } }
				},
				'400': problemResponse,
				...(op.role ? { '401': problemResponse, '403': problemResponse } : {}),
				'404': problemResponse
			}
		};
	}
	return {
		openapi: '3.0.3',
		info: {
			title: 'Migration Dialogue Platform API',
			version: '1.0.0',
			description: 'Errors are RFC 9457 problem documents. Authenticate with Authorization: Bearer <token> (npm run api-token).'
		},
		servers: [{ url: '/api/v1' }],
		components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
		paths
	};
}
