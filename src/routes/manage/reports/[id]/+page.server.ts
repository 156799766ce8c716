import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as reports from '$lib/server/reports';
import { ItemSearchSchema } from '$lib/reports/schemas';
import { formToObject, parseWith, type FieldErrors } from '$lib/validation';
import { readForm, toFailure } from '$lib/server/web/forms';
import { requireRole } from '$lib/server/web/guards';
import { isUuid } from '$lib/server/web/params';
import { DomainError } from '$lib/server/core/errors';

/** The secretariat's editor of one report: its text, sections, items, outcomes, review and publication. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const view = await reports.editorView(event.locals.ctx.db, event.params.id).catch((e: unknown) => {
		toFailure(e);
		throw e;
	});
	const { url } = event;
	const actor = event.locals.actor;
	return {
		view,
		find: await findFor(event),
		me: actor.kind === 'user' ? actor.userId : null,
		editing: url.searchParams.get('edit'),
		deleting: url.searchParams.get('delete'),
		done: url.searchParams.get('done')
	};
};

type Editor = RequestEvent<{ id: string }>;

/** The address's names of the "add existing item" search: the section it is for, the kind, the words. */
const FIND = { section: 'find', kind: 'findKind', words: 'findText' } as const;

/**
 * The "add existing item" search of one section, read from the address: a GET form, so it works
 * without JavaScript and the results survive the redirect after adding one. A malformed kind or
 * over-long words are said by the fields and nothing is searched; a section that is not the
 * report's is no search at all.
 */
async function findFor(event: Editor) {
	const params = event.url.searchParams;
	const sectionId = params.get(FIND.section);
	if (!sectionId) return null;
	const values = { kind: params.get(FIND.kind) ?? '', q: params.get(FIND.words) ?? '' };
	const parsed = parseWith(ItemSearchSchema, values);
	if (!parsed.ok) return { sectionId, values, errors: parsed.errors, result: null };
	const result = await reports.attachCandidates(event.locals.ctx.db, event.params.id, sectionId, parsed.data);
	return result && { sectionId, values, errors: {} as FieldErrors, result };
}

/** The search an "add" button came from (it posts to an address that carries it), to go back to after adding. */
function findQuery(event: Editor): string {
	const kept = new URLSearchParams();
	for (const name of Object.values(FIND)) {
		const value = event.url.searchParams.get(name);
		if (value) kept.set(name, value);
	}
	return kept.size ? `${kept}&` : '';
}

/** Names a form of the page, and which of its kind (a section, an outcome), so its errors show beside it. */
interface Target {
	form: string;
	target?: string;
}

/**
 * One form post: the operation (which validates and checks the role again), then back to the page
 * (PRG) at the form's place, or the typed values with the messages next to the form that sent them.
 */
async function run(
	event: Editor,
	which: (values: Record<string, unknown>) => Target,
	operation: (values: Record<string, unknown>) => Promise<unknown>,
	done: string,
	options: { arrays?: string[]; anchor?: (values: Record<string, unknown>) => string; query?: string } = {}
) {
	requireRole(event, 'secretariat');
	const values = formToObject(await readForm(event.request), options.arrays);
	try {
		await operation(values);
	} catch (e) {
		// A rule of the workflow refused with 403 (one's own review or edit) is a message by the form, not a page:
		// the secretariat may review, just not this report.
		if (e instanceof DomainError && e.status === 403 && /^(reports|reportReview)\.errors\./.test(e.code))
			return fail(403, { ...which(values), values, errors: { _form: { key: e.code, params: e.params } } });
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { ...which(values), values, errors: failure.errors });
	}
	const anchor = options.anchor?.(values);
	redirect(303, `/manage/reports/${event.params.id}?${options.query ?? ''}done=${done}${anchor ? `#${anchor}` : ''}`);
}

const notFound = () => error(404, { message: 'Not found', code: 'errors.notFound' });

/** An id a button sends; a malformed one is a 404 (the page never sends one). */
function idOf(values: Record<string, unknown>, name: string): string {
	const id = String(values[name] ?? '');
	if (!isUuid(id)) notFound();
	return id;
}

/** The section a button names, which must be this report's (a 404 otherwise, like any unknown address). */
async function sectionOf(event: Editor, values: Record<string, unknown>): Promise<string> {
	const sectionId = idOf(values, 'sectionId');
	if (!(await reports.sectionInReport(event.locals.ctx.db, event.params.id, sectionId))) notFound();
	return sectionId;
}

const direction = (values: Record<string, unknown>) => (values.direction === 'up' ? 'up' : 'down');
const section = (values: Record<string, unknown>) => `section-${String(values.sectionId ?? '')}`;

export const actions: Actions = {
	report: (event) =>
		run(
			event,
			() => ({ form: 'report' }),
			(values) => reports.updateReport(event.locals.ctx, event.params.id, values),
			'saved'
		),
	addSection: (event) =>
		run(
			event,
			() => ({ form: 'addSection' }),
			(values) => reports.addSection(event.locals.ctx, event.params.id, values),
			'sectionAdded',
			{ anchor: () => 'sections' }
		),
	updateSection: (event) =>
		run(
			event,
			(values) => ({ form: 'section', target: String(values.sectionId ?? '') }),
			async ({ sectionId, ...values }) => reports.updateSection(event.locals.ctx, await sectionOf(event, { sectionId }), values),
			'sectionSaved',
			{ anchor: section }
		),
	moveSection: (event) =>
		run(
			event,
			() => ({ form: 'sections' }),
			async (values) => reports.moveSection(event.locals.ctx, await sectionOf(event, values), direction(values)),
			'moved',
			{ anchor: section }
		),
	deleteSection: (event) =>
		run(
			event,
			() => ({ form: 'sections' }),
			async (values) => reports.deleteSection(event.locals.ctx, await sectionOf(event, values)),
			'sectionDeleted',
			{ anchor: () => 'sections' }
		),
	createItem: (event) =>
		run(
			event,
			(values) => ({ form: 'createItem', target: String(values.sectionId ?? '') }),
			async ({ sectionId, ...values }) => reports.createItem(event.locals.ctx, await sectionOf(event, { sectionId }), values),
			'itemCreated',
			{ anchor: section }
		),
	attachItem: (event) =>
		run(
			event,
			(values) => ({ form: 'attachItem', target: String(values.sectionId ?? '') }),
			async (values) => reports.attachItem(event.locals.ctx, await sectionOf(event, values), String(values.itemId ?? '')),
			'itemAttached',
			{ anchor: section, query: findQuery(event) }
		),
	detachItem: (event) =>
		run(
			event,
			(values) => ({ form: 'items', target: String(values.sectionId ?? '') }),
			async (values) => reports.detachItem(event.locals.ctx, await sectionOf(event, values), idOf(values, 'itemId')),
			'itemDetached',
			{ anchor: section }
		),
	moveItem: (event) =>
		run(
			event,
			(values) => ({ form: 'items', target: String(values.sectionId ?? '') }),
			async (values) => reports.moveItem(event.locals.ctx, await sectionOf(event, values), idOf(values, 'itemId'), direction(values)),
			'moved',
			{ anchor: section }
		),
	outcome: (event) =>
		run(
			event,
			(values) => ({ form: 'outcome', target: String(values.outcome ?? '') }),
			(values) =>
				reports.setOutcomeItems(event.locals.ctx, event.params.id, Number(values.outcome), (values.items as string[] | undefined) ?? []),
			'outcomeSaved',
			{ arrays: ['items'], anchor: (values) => `outcome-${String(values.outcome ?? '')}` }
		),
	submit: (event) =>
		run(
			event,
			() => ({ form: 'workflow' }),
			(values) => reports.submitForReview(event.locals.ctx, event.params.id, values),
			'submitted',
			{ anchor: () => 'workflow' }
		),
	review: async (event) => {
		// Reviewing is the secretariat's here: /manage is theirs (the operation also lets a reviewer).
		return run(
			event,
			() => ({ form: 'workflow' }),
			(values) => reports.review(event.locals.ctx, event.params.id, values),
			'reviewed',
			{ anchor: () => 'workflow' }
		);
	},
	publish: (event) =>
		run(
			event,
			() => ({ form: 'workflow' }),
			(values) => reports.publish(event.locals.ctx, event.params.id, values),
			'published',
			{ anchor: () => 'workflow' }
		)
};
