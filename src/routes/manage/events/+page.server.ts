import type { PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';

export const load: PageServerLoad = async ({ locals }) => ({ events: await dialogues.listEvents(locals.ctx.db) });
