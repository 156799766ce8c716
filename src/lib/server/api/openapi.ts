import { z } from 'zod';
import { EventSchema } from '$lib/dialogues/schemas';
import { RegistrationSchema } from '$lib/registration/schemas';
import { REGISTRATION_STATUSES } from '$lib/registration/types';
import { StatisticsOut } from '$lib/api/statistics';
import { CycleOut, DialogueOut, EventOut, OrganisationOut, Page, Problem, StateOut } from '$lib/api/resources';

type Schema = z.ZodType;
interface Operation {
	method: 'get' | 'post';
	path: string;
	summary: string;
	response: Schema;
	request?: Schema;
	role?: string;
	parameters?: { name: string; in: 'path' | 'query'; description: string }[];
}

const idParam = (name: string, description: string) => ({ name, in: 'path' as const, description });

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
	{ method: 'get', path: '/cycles', summary: 'List cycles of all dialogues', response: Page(CycleOut) },
	{ method: 'get', path: '/cycles/{id}', summary: 'Get a cycle', response: CycleOut, parameters: [idParam('id', 'Cycle id')] },
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
		method: 'get',
		path: '/events/{id}/statistics',
		summary:
			'The participation statistics annex of an event: registrations, governments, IOM, partners, attendance, regions and speakers, computed from the records when asked (public, no personal data)',
		response: StatisticsOut,
		parameters: [idParam('id', 'Event id')]
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
			responses: {
				[op.method === 'post' ? '201' : '200']: {
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
