import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { ActionSchema, EntrySchema } from '$lib/reports/schemas';
import { version } from '$lib/validation';
import * as dialogues from '$lib/server/dialogues';
import * as reports from '$lib/server/reports';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, readForm } from '$lib/server/web/forms';
import { directoryFormOptions } from '$lib/server/web/form-options';

/** One recommendation: its text, its actions with their timelines, and the forms to add and change them. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const rec = await reports.managedRecommendation(locals.ctx.db, params.itemId);
	if (!rec) error(404, { message: 'Not found', code: 'errors.notFound' });
	const [dialogue, statuses, options] = await Promise.all([
		dialogues.getDialogueById(locals.ctx.db, rec.dialogueId),
		reports.listStatuses(locals.ctx.db, rec.dialogueId),
		directoryFormOptions(locals.ctx.db, locals.lang)
	]);
	return {
		recommendation: rec,
		dialogue: { id: dialogue!.id, slug: dialogue!.slug, names: dialogue!.names },
		statuses: statuses.map((s) => ({ key: s.key, labels: s.labels, progress: s.progress })),
		states: options.countries,
		organisations: options.organisations
	};
};

/** Each form's failure names its action (and the action it is about), so the page shows the messages beside the right form. */
const named = <T extends object>(action: string, result: T) =>
	'status' in result && 'data' in result ? fail(result.status as number, { action, ...(result.data as object) }) : result;

/** The action a form is about: one of this recommendation's, else 404 (a stale or forged id). */
async function actionOf(event: RequestEvent<{ itemId: string }>): Promise<string> {
	// readForm: a malformed body is a 400, not a 500.
	const actionId = String((await readForm(event.request.clone())).get('actionId') ?? '');
	const rec = await reports.managedRecommendation(event.locals.ctx.db, event.params.itemId);
	if (!rec || !rec.actions.some((a) => a.id === actionId)) error(404, { message: 'Not found', code: 'errors.notFound' });
	return actionId;
}

export const actions: Actions = {
	addAction: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, ActionSchema, (input) =>
			reports.createAction(event.locals.ctx, event.params.itemId, input)
		);
		return 'id' in result ? { action: 'addAction', saved: 'actionAdded' } : named('addAction', result);
	},
	updateAction: async (event) => {
		requireRole(event, 'secretariat');
		const actionId = await actionOf(event);
		const result = await handleForm(event.request, ActionSchema.safeExtend({ version }), (input) =>
			reports.updateAction(event.locals.ctx, actionId, input)
		);
		return 'id' in result ? { action: `edit-${actionId}`, saved: 'actionSaved' } : named(`edit-${actionId}`, result);
	},
	addEntry: async (event) => {
		requireRole(event, 'secretariat');
		const actionId = await actionOf(event);
		const result = await handleForm(event.request, EntrySchema, (input) => reports.addEntry(event.locals.ctx, actionId, input));
		return 'id' in result ? { action: `entry-${actionId}`, saved: 'entryAdded' } : named(`entry-${actionId}`, result);
	}
};
