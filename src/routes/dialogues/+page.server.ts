import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals }) => ({ dialogues: await dialogues.listDialogues(locals.ctx.db) });
