import type { PageServerLoad } from './$types';
import * as mail from '$lib/server/mail';

export const load: PageServerLoad = async ({ locals }) => ({ mails: await mail.listOutbox(locals.ctx) });
