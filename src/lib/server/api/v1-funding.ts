import type { RequestEvent } from '@sveltejs/kit';
import { PledgeSchema } from '$lib/funding/schemas';
import { translator } from '$lib/i18n';
import { DomainError } from '../core/errors';
import * as funding from '../funding';
import { isUuid } from '../web/params';
import { json, readJson } from './http';

const notFound = () => new DomainError('errors.notFound', 404);

/**
 * GET /api/v1/cycles/{id}/funding: the budget against pledges and receipts, by line (with each
 * line's computed status) and by donor. Public: donors are States and organisations, and the
 * secretariat's internal references are left out.
 */
export async function cycleFunding(event: RequestEvent) {
	const id = event.params.id ?? '';
	const view = isUuid(id) ? await funding.forCycle(event.locals.ctx.db, id) : null;
	if (!view) throw notFound();
	const t = translator(event.locals.lang);
	const rule = [
		t('funding.rule.earmarks'),
		t('funding.rule.need'),
		t('funding.rule.share'),
		t('funding.rule.excluded'),
		t('funding.rule.status')
	].join(' ');
	return json({ ...view, rule });
}

/** POST /api/v1/cycles/{id}/pledges: records a pledge (secretariat), the same schema as the form. */
export async function addPledge(event: RequestEvent) {
	const id = event.params.id ?? '';
	if (!isUuid(id)) throw notFound();
	const input = await readJson(event, PledgeSchema);
	const pledge = await funding.addPledge(event.locals.ctx, id, input);
	return json({ id: pledge.id }, 201, { location: `/api/v1/cycles/${id}/funding` });
}
