import type { RequestEvent } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import type { FieldErrors } from '$lib/validation';
import { DomainError, ValidationError } from '../core/errors';
import * as dialogues from '../dialogues';
import * as reports from '../reports';
import { json } from './http';

/**
 * GET /api/v1/dialogues/{slug}/recommendations: the follow-up page as data, with the same filters.
 * A filter value the page would set aside is refused here (400), so a program never mistakes a
 * typo for "no recommendations".
 */
export async function dialogueRecommendations(event: RequestEvent) {
	const found = await dialogues.getDialogue(event.locals.ctx.db, event.params.slug ?? '');
	if (!found) throw new DomainError('errors.notFound', 404);
	const view = await reports.followUpView(event.locals.ctx.db, found.dialogue.id, event.url.searchParams);
	if (view.unknown.length) {
		const errors: FieldErrors = {};
		for (const u of view.unknown) errors[u.filter] = { key: 'followUp.errors.unknownFilter', params: { value: u.value } };
		throw new ValidationError(errors);
	}
	return json({
		dialogue: found.dialogue.slug,
		filters: view.filters,
		counts: view.counts,
		progress: view.progress,
		definition: translator(event.locals.lang)('followUp.page.definition'),
		data: view.years.flatMap((group) =>
			group.recommendations.map((rec) => ({
				id: rec.item.id,
				year: rec.year,
				level: rec.item.level,
				headlines: rec.item.headlines,
				texts: rec.item.texts,
				gcmObjectives: rec.item.gcmObjectives,
				principles: rec.item.principles,
				areas: rec.item.areas,
				stages: rec.item.stages,
				targetGroups: rec.item.targetGroups,
				reports: rec.reports.map((r) => ({ slug: r.slug, titles: r.titles, year: r.year, url: `/reports/${r.slug}` })),
				progress: rec.progress,
				actions: rec.actions.map((a) => ({
					id: a.id,
					owner: a.owner,
					descriptions: a.descriptions,
					status: a.status,
					dueDate: a.dueDate,
					timeline: a.timeline.map((e) => ({ on: e.on, texts: e.texts, status: e.status }))
				}))
			}))
		)
	});
}
