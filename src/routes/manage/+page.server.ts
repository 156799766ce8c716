import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals }) => {
	const [cycles, all] = await Promise.all([dialogues.listCycles(locals.ctx.db), dialogues.listDialogues(locals.ctx.db)]);
	return { cycles, dialogues: all.map((d) => d.dialogue) };
};
