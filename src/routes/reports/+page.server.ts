import type { PageServerLoad } from './$types';
import * as reports from '$lib/server/reports';

export const load: PageServerLoad = async ({ locals }) => ({ reports: await reports.listing(locals.ctx.db) });
