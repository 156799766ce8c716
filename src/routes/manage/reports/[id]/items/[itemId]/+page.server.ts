import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pick } from '$lib/i18n';
import { ItemSchema } from '$lib/reports/schemas';
import { formToObject, parseWith, version } from '$lib/validation';
import * as reports from '$lib/server/reports';
import { formOptions } from '$lib/server/practices/review-index';
import { directoryFormOptions } from '$lib/server/web/form-options';
import { readForm, toFailure } from '$lib/server/web/forms';
import { requireRole } from '$lib/server/web/guards';

/** Fields sent as several checkboxes or a multi-select. */
const ARRAYS = ['gcmObjectives', 'principles', 'areas', 'stages', 'targetGroups', 'facts', 'organisations'];

const notFound = () => error(404, { message: 'Not found', code: 'errors.notFound' });

/** One item of a report, with its tags and links, for the secretariat; reached through a report that lists it. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { db } = event.locals.ctx;
	const { id, itemId } = event.params;
	if (!(await reports.reportListsItem(db, id, itemId))) notFound();
	const lang = event.locals.lang;
	const [report, view, tags, facts, directory] = await Promise.all([
		reports.reportRow(db, id),
		reports.itemView(db, itemId),
		formOptions(db, lang),
		reports.factOptions(db),
		directoryFormOptions(db, lang)
	]);
	const { item } = view;
	return {
		report: { id: report.id, titles: report.titles },
		item: { id: item.id, kind: item.kind, headlines: item.headlines, texts: item.texts, version: item.version },
		linked: view.practices,
		values: {
			kind: item.kind,
			level: item.level ?? '',
			headlines: item.headlines ?? {},
			texts: item.texts,
			gcmObjectives: item.gcmObjectives.map(String),
			principles: item.principles,
			areas: item.areas,
			stages: item.stages,
			targetGroups: item.targetGroups,
			practices: view.practices.map((p) => p.slug).join('\n'),
			facts: view.facts,
			states: view.states.join(', '),
			organisations: view.organisations
		},
		options: {
			gcm: tags.gcm,
			principles: tags.principles,
			areas: tags.areas,
			stages: tags.stages,
			targetGroups: tags.targetGroups,
			facts: facts.map((f) => ({ value: f.id, label: `${pick(f.statements, lang)}${f.year ? ` (${f.year})` : ''} – ${f.source}` })),
			organisations: directory.organisations
		}
	};
};

const lines = (v: unknown) =>
	typeof v === 'string'
		? v
				.split(/\r?\n/)
				.map((s) => s.trim())
				.filter(Boolean)
		: [];
const codes = (v: unknown) =>
	typeof v === 'string'
		? v
				.split(/[\s,;]+/)
				.map((s) => s.trim())
				.filter(Boolean)
		: [];

export const actions: Actions = {
	default: async (event) => {
		requireRole(event, 'secretariat');
		const { db } = event.locals.ctx;
		const { id, itemId } = event.params;
		if (!(await reports.reportListsItem(db, id, itemId))) notFound();
		// The values as typed go back to the form; the operation gets the lists and the practices' ids.
		const values = formToObject(await readForm(event.request), ARRAYS);
		const input = { ...values, states: codes(values.states), practices: [] as string[] };
		const resolved = await reports.practiceIdsOfSlugs(db, lines(values.practices));
		if (!resolved.ok) {
			// Check the rest too, so every problem shows at once; nothing is written.
			const parsed = parseWith(ItemSchema.safeExtend({ version }), input);
			return fail(400, { values, errors: { ...(parsed.ok ? {} : parsed.errors), ...resolved.errors } });
		}
		try {
			await reports.updateItem(event.locals.ctx, itemId, { ...input, practices: resolved.ids });
		} catch (e) {
			const failure = toFailure(e);
			if (!failure) throw e;
			return fail(failure.status, { values, errors: failure.errors });
		}
		redirect(303, `/manage/reports/${id}/items/${itemId}?done=saved`);
	}
};
