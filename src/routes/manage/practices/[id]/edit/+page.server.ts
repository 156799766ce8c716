import { error, isActionFailure, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import * as review from '$lib/server/practices/review-index';
import { handleForm } from '$lib/server/web/forms';
import { requireRole } from '$lib/server/web/guards';
import { isUuid } from '$lib/server/web/params';
import { practices } from '$lib/server/practices/schema';

/** The secretariat's change to a published practice: published at once, kept as a new version. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const [practice] = isUuid(event.params.id)
		? await event.locals.ctx.db.select().from(practices).where(eq(practices.id, event.params.id))
		: [];
	if (!practice || practice.publicationStatus !== 'published') error(404, { message: 'Not found', code: 'errors.notFound' });
	return { practice, values: review.formValues(practice), options: await review.formOptions(event.locals.ctx.db, event.locals.lang) };
};

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const result = await handleForm(event.request, z.unknown(), (raw) => review.editPublished(event.locals.ctx, event.params.id, raw), {
			arrays: review.FORM_ARRAYS,
			prepare: review.prepareForm
		});
		if (isActionFailure(result)) return result;
		redirect(303, `/manage/practices/${event.params.id}/edit?done=saved`);
	}
};
