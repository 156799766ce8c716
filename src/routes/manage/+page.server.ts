import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals }) => ({ cycles: await dialogues.listCycles(locals.ctx.db) });
