import { fail, type RequestEvent } from '@sveltejs/kit';
import { MAX_ATTACHMENT_BYTES, readFormFile } from '../files/attachments';
import { toFailure, readForm } from '../web/forms';
import { addAttachment, removeAttachment } from './attachments';

/**
 * The `attach` and `detach` form actions of the pages that manage a practice's files (the
 * submitter's draft page, the secretariat's page): the operations check who may; a refused file
 * comes back as a message on the `file` field with nothing stored.
 */
export async function attachAction(event: RequestEvent & { params: { id: string } }) {
	// A body that says it is larger than any file we keep is refused before it is read into memory.
	if (Number(event.request.headers.get('content-length') ?? 0) > MAX_ATTACHMENT_BYTES + 64 * 1024)
		return fail(413, { form: 'attach' as const, values: {}, errors: { file: { key: 'practices.attachments.errors.tooLarge' as const } } });
	const { file } = await readFormFile(event.request);
	try {
		await addAttachment(event.locals.ctx, event.params.id, file);
		return { done: 'attached' as const };
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { form: 'attach' as const, values: {}, errors: failure.errors });
	}
}

export async function detachAction(event: RequestEvent & { params: { id: string } }) {
	const form = await readForm(event.request);
	try {
		await removeAttachment(event.locals.ctx, event.params.id, String(form.get('attachmentId') ?? ''));
		return { done: 'detached' as const };
	} catch (e) {
		const failure = toFailure(e);
		if (!failure) throw e;
		return fail(failure.status, { form: 'attach' as const, values: {}, errors: failure.errors });
	}
}
