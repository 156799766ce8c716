import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { FollowUpStatusSchema } from '$lib/reports/schemas';
import * as dialogues from '$lib/server/dialogues';
import * as reports from '$lib/server/reports';
import { requireRole } from '$lib/server/web/guards';
import { handleForm, readForm, toFailure } from '$lib/server/web/forms';
import { isUuid } from '$lib/server/web/params';

/** The dialogue's follow-up statuses (define, change, remove) and every recommendation of its reports, each linking to its follow-up. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const dialogue = isUuid(params.id) ? await dialogues.getDialogueById(locals.ctx.db, params.id) : null;
	if (!dialogue) error(404, { message: 'Not found', code: 'errors.notFound' });
	const [statuses, recommendations] = await Promise.all([
		reports.listStatuses(locals.ctx.db, dialogue.id),
		reports.dialogueRecommendations(locals.ctx.db, dialogue.id)
	]);
	// `?edit=<key>` fills the form with a status to change (saving its key again changes it).
	const editing = statuses.find((s) => s.key === url.searchParams.get('edit'));
	return {
		dialogue: { id: dialogue.id, slug: dialogue.slug, names: dialogue.names },
		statuses: statuses.map((s) => ({ key: s.key, labels: s.labels, progress: s.progress })),
		editing: editing ? { key: editing.key, labels: editing.labels, progress: editing.progress } : null,
		recommendations: recommendations.map((r) => ({
			id: r.id,
			year: r.year,
			headlines: r.headlines,
			texts: r.texts,
			reports: r.reports,
			progress: r.progress
		}))
	};
};

export const actions: Actions = {
	defineStatus: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, FollowUpStatusSchema, (input) =>
			reports.defineStatus(event.locals.ctx, event.params.id, input)
		);
		return 'key' in result
			? { action: 'defineStatus', saved: result.key }
			: fail(result.status, { action: 'defineStatus', ...result.data });
	},
	removeStatus: async (event) => {
		requireRole(event, 'secretariat');
		const key = String((await readForm(event.request)).get('key') ?? '');
		try {
			await reports.removeStatus(event.locals.ctx, event.params.id, key);
			return { action: 'removeStatus', removed: key };
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			// The message ("actions use this status") goes beside the status it is about.
			return fail(failure.status, { action: `remove-${key}`, values: {}, errors: failure.errors });
		}
	}
};
