import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as funding from '$lib/server/funding';

/** Public: each budgeted cycle's budget, pledged, received and share funded, across the dialogue's years. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const found = await dialogues.getDialogue(locals.ctx.db, params.slug);
	if (!found) error(404, { message: 'Not found', code: 'errors.notFound' });
	return {
		dialogue: { slug: found.dialogue.slug, names: found.dialogue.names },
		rows: await funding.dialogueFundingSummary(locals.ctx.db, found.dialogue.id)
	};
};
