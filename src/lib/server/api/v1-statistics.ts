import type { RequestEvent } from '@sveltejs/kit';
import { figures } from '$lib/domain/statistics';
import { translator } from '$lib/i18n';
import { DomainError } from '../core/errors';
import * as statistics from '../statistics';
import { json } from './http';

/**
 * GET /api/v1/events/{id}/statistics: the annex's figures, public (they hold no personal data),
 * each single figure also listed with its denominator and its definition in the client's language.
 */
export async function eventStatistics(event: RequestEvent) {
	const stats = await statistics.forEvent(event.locals.ctx.db, event.params.id ?? '');
	if (!stats) throw new DomainError('errors.notFound', 404);
	const t = translator(event.locals.lang);
	return json({ ...stats, figures: figures(stats).map((f) => ({ ...f, definition: t(`statistics.definition.${f.key}`) })) }, 200, {
		'cache-control': 'no-store'
	});
}
