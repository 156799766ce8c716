import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ProgrammeItemEditSchema, ProgrammeItemSchema, prepareItemForm } from '$lib/programme/schemas';
import * as dialogues from '$lib/server/dialogues';
import * as programme from '$lib/server/programme';
import { people } from '$lib/server/directory';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, toFailure, readForm } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { locals, params, url } = event;
	const found = isUuid(params.id) ? await dialogues.getEvent(locals.ctx.db, params.id) : null;
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	const [items, personOptions, directory] = await Promise.all([
		programme.forEvent(locals.ctx.db, found.event.id),
		people.options(locals.ctx),
		directoryFormOptions(locals.ctx.db, locals.lang)
	]);
	const editId = url.searchParams.get('edit');
	const editing = editId ? (items.find((i) => i.id === editId) ?? null) : null;
	return {
		event: found.event,
		items,
		editing,
		done: url.searchParams.get('done'),
		options: { people: personOptions, organisations: directory.organisations }
	};
};

const back = (id: string, done: string) => redirect(303, `/manage/events/${id}/programme?done=${done}`);

/** The item a button names; a malformed id is a 404. */
function itemIdOf(form: FormData): string {
	const itemId = String(form.get('itemId') ?? '');
	if (!isUuid(itemId)) error(404, { message: 'Not found', code: 'errors.notFound' });
	return itemId;
}

export const actions: Actions = {
	create: async (event) => {
		requireRole(event, 'secretariat');
		const id = event.params.id;
		const result = await handleForm(
			event.request,
			ProgrammeItemSchema,
			(input) => programme.createItem(event.locals.ctx, id, input, { lang: event.locals.lang }),
			{
				prepare: prepareItemForm
			}
		);
		if ('id' in result) back(id, 'created');
		return result;
	},
	update: async (event) => {
		requireRole(event, 'secretariat');
		const id = event.params.id;
		const result = await handleForm(
			event.request,
			ProgrammeItemEditSchema,
			({ itemId, ...input }) => programme.updateItem(event.locals.ctx, id, itemId, input, { lang: event.locals.lang }),
			{ prepare: prepareItemForm }
		);
		if ('id' in result) back(id, 'saved');
		return result;
	},
	delete: async (event) => {
		requireRole(event, 'secretariat');
		const itemId = itemIdOf(await readForm(event.request));
		try {
			await programme.deleteItem(event.locals.ctx, event.params.id, itemId);
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { values: {}, errors: failure.errors });
		}
		back(event.params.id, 'deleted');
	},
	move: async (event) => {
		requireRole(event, 'secretariat');
		const form = await readForm(event.request);
		const itemId = itemIdOf(form);
		try {
			await programme.moveItem(event.locals.ctx, event.params.id, itemId, form.get('direction') === 'up' ? 'up' : 'down');
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { values: {}, errors: failure.errors });
		}
		back(event.params.id, 'reordered');
	}
};
