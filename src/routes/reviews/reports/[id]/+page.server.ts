import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as reports from '$lib/server/reports';
import { DomainError } from '$lib/server/core/errors';
import { formToObject } from '$lib/validation';
import { readForm, toFailure } from '$lib/server/web/forms';
import { requireAnyRole } from '$lib/server/web/guards';

// Read like the public page it previews (forms work without JavaScript): no hydration of the whole report.
export const csr = false;

/**
 * A reviewer's page of one report: its working copy drawn as the public will read it, marked as a
 * preview, and the review form. Reviewers open it while the report waits for review; the
 * secretariat at any time (the editor's "Preview" link).
 */
export const load: PageServerLoad = async (event) => {
	requireAnyRole(event, 'reviewer', 'secretariat');
	const preview = await reports.previewPage(event.locals.ctx, event.params.id, event.locals.lang).catch((e: unknown) => {
		toFailure(e);
		throw e;
	});
	// Not public: never kept by a cache, never indexed (the page says noindex too).
	event.setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' });
	return { preview };
};

export const actions: Actions = {
	review: async (event) => {
		requireAnyRole(event, 'reviewer', 'secretariat');
		const values = formToObject(await readForm(event.request));
		try {
			await reports.review(event.locals.ctx, event.params.id, values);
		} catch (e) {
			// The four-eyes rules refuse with 403: a message beside the form, not an error page (the reader may review, just not this).
			if (e instanceof DomainError && e.status === 403 && /^(reports|reportReview)\.errors\./.test(e.code))
				return fail(403, { values, errors: { _form: { key: e.code, params: e.params } } });
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { values, errors: failure.errors });
		}
		redirect(303, `/reviews?done=${values.decision === 'approve' ? 'approved' : 'changes'}`);
	}
};
