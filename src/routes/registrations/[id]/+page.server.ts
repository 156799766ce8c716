import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import * as dialogues from '$lib/server/dialogues';
import * as registration from '$lib/server/registration';
import { DomainError } from '$lib/server/core/errors';
import { checkInUrl, qrSvg } from '$lib/server/attendance/qr';
import { isUuid } from '$lib/server/web/params';
import { mailContext } from '$lib/server/web/registration-form';

/** The confirmation mail's link carries the registration's key, for registrants without an account. */
const keyOf = (url: URL) => url.searchParams.get('key');

async function viewable(locals: App.Locals, url: URL, id: string) {
	if (!isUuid(id)) error(404, { message: 'Not found', code: 'errors.notFound' });
	try {
		return await registration.getViewable(locals.ctx, id, keyOf(url));
	} catch (e) {
		if (e instanceof DomainError && e.status === 401) redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
		if (e instanceof DomainError) error(e.status, { message: 'Forbidden', code: e.code });
		throw e;
	}
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { registration: r, definition, formVersion } = await viewable(locals, url, params.id);
	const found = await dialogues.getEvent(locals.ctx.db, r.eventId);
	const { checkInToken, ...shown } = r;
	return {
		registration: shown,
		definition,
		formVersion,
		event: found!.event,
		key: keyOf(url),
		registered: url.searchParams.has('registered'),
		canManage: registration.canManageOwn(locals.actor, r, keyOf(url)),
		waitlistPosition: r.status === 'waitlisted' ? await registration.waitlistPosition(locals.ctx.db, r) : null,
		// The QR code only for an approved registration: it is the entrance ticket.
		qr: r.status === 'approved' && !r.erasedAt ? await qrSvg(checkInUrl(url.origin, r.eventId, checkInToken)) : null
	};
};

export const actions: Actions = {
	withdraw: async (event) => {
		await registration.withdraw(event.locals.ctx, event.params.id, { key: keyOf(event.url), mail: mailContext(event) });
		return { withdrawn: true };
	},
	erase: async (event) => {
		await registration.eraseOwn(event.locals.ctx, event.params.id, keyOf(event.url));
		return { erased: true };
	}
};
