import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { pick } from '$lib/i18n';
import * as dialogues from '$lib/server/dialogues';
import * as reports from '$lib/server/reports';
import { handleForm } from '$lib/server/web/forms';
import { requireRole } from '$lib/server/web/guards';

/** Every report's working copy, and the form that starts a new one for an event or a whole cycle. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'secretariat');
	const { db } = event.locals.ctx;
	const lang = event.locals.lang;
	const [list, events, cycles] = await Promise.all([reports.listWorkingCopies(db), dialogues.listEvents(db), dialogues.listCycles(db)]);
	return {
		reports: list,
		options: {
			events: events.map((e) => ({ value: e.id, label: `${pick(e.titles, lang)} (${e.dialogueSlug.toUpperCase()} ${e.year})` })),
			cycles: cycles.map((c) => ({ value: c.id, label: `${pick(c.dialogueNames, lang)} ${c.year}: ${pick(c.themes, lang)}` }))
		}
	};
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(event, 'secretariat');
		// The operation validates (ReportSchema) and names the field of each problem.
		const result = await handleForm(event.request, z.unknown(), (raw) => reports.createReport(event.locals.ctx, raw));
		if ('id' in result) redirect(303, `/manage/reports/${result.id}?done=created`);
		return result;
	}
};
