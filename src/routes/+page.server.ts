import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals }) => {
	const [all, latest] = await Promise.all([dialogues.listDialogues(locals.ctx.db), dialogues.listEvents(locals.ctx.db, { limit: 6 })]);
	return { dialogues: all, latest };
};
