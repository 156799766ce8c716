import type { RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { isLanguage } from '$lib/i18n';
import { EventSchema } from '$lib/dialogues/schemas';
import { DomainError } from '../core/errors';
import { requireRoleIn } from '../core/guards';
import * as dialogues from '../dialogues';
import { organisations, states } from '../directory';
import * as registration from '../registration';
import { isUuid } from '../web/params';
import { json, readJson } from './http';

/** The handlers of /api/v1, one function per operation of the OpenAPI document. */

const notFound = () => new DomainError('errors.notFound', 404);

function language(event: RequestEvent) {
	const lang = event.url.searchParams.get('lang');
	if (lang === null) return event.locals.lang;
	if (!isLanguage(lang)) throw new DomainError('validation.unknownLanguage', 400, 'lang');
	return lang;
}

export async function listDialogues(event: RequestEvent) {
	const rows = await dialogues.listDialogues(event.locals.ctx.db);
	return json({
		data: rows.map(({ dialogue: d, cycles }) => ({
			id: d.id,
			slug: d.slug,
			acronym: d.acronym,
			names: d.names,
			languages: d.languages,
			cycles
		}))
	});
}

export async function getDialogue(event: RequestEvent) {
	const found = await dialogues.getDialogue(event.locals.ctx.db, event.params.slug ?? '');
	if (!found) throw notFound();
	const d = found.dialogue;
	return json({ id: d.id, slug: d.slug, acronym: d.acronym, names: d.names, languages: d.languages, cycles: found.cycles.length });
}

const cycleOut = (c: Awaited<ReturnType<typeof dialogues.listCycles>>[number]) => ({
	id: c.id,
	dialogue: c.dialogueSlug,
	year: c.year,
	themes: c.themes,
	status: c.status
});

export async function listCycles(event: RequestEvent) {
	return json({ data: (await dialogues.listCycles(event.locals.ctx.db)).map(cycleOut) });
}

export async function getCycle(event: RequestEvent) {
	const id = event.params.id ?? '';
	const [cycle] = isUuid(id) ? await dialogues.listCycles(event.locals.ctx.db, { id }) : [];
	if (!cycle) throw notFound();
	return json(cycleOut(cycle));
}

export async function listEvents(event: RequestEvent) {
	const rows = await dialogues.listEvents(event.locals.ctx.db);
	return json({
		data: rows.map((e) => ({
			id: e.id,
			cycleId: e.cycleId,
			kind: e.kind,
			titles: e.titles,
			startDate: e.startDate,
			endDate: e.endDate,
			city: e.city,
			countryId: e.countryId,
			format: e.format,
			status: e.status
		}))
	});
}

export async function getEvent(event: RequestEvent) {
	const id = event.params.id ?? '';
	const found = isUuid(id) ? await dialogues.getEvent(event.locals.ctx.db, id) : null;
	if (!found) throw notFound();
	const e = found.event;
	return json({
		id: e.id,
		cycleId: e.cycleId,
		kind: e.kind,
		titles: e.titles,
		startDate: e.startDate,
		endDate: e.endDate,
		venue: e.venue,
		city: e.city,
		countryId: e.countryId,
		format: e.format,
		status: e.status,
		expectedOutcomes: e.expectedOutcomes,
		organisers: found.organisers.map((o) => ({ id: o.id, name: o.name }))
	});
}

export async function createEvent(event: RequestEvent) {
	const input = await readJson(event, EventSchema);
	const created = await dialogues.createEvent(event.locals.ctx, input);
	return json({ id: created.id }, 201, { location: `/api/v1/events/${created.id}` });
}

/** Registers a person for an event: the participant themself, a focal point's delegate, or anyone for the secretariat. */
export async function register(event: RequestEvent) {
	const eventId = event.params.id ?? '';
	if (!isUuid(eventId)) throw notFound();
	const body = await readJson(event, z.record(z.string(), z.unknown()));
	const { registration: r } = await registration.register(event.locals.ctx, eventId, body, {
		mail: { origin: event.url.origin, lang: event.locals.lang }
	});
	return json({ id: r.id, number: r.number, status: r.status }, 201, { location: `/registrations/${r.id}` });
}

/** How many registrations an event has by status, its places and its form version (the secretariat's view). */
export async function registrationSummary(event: RequestEvent) {
	const eventId = event.params.id ?? '';
	if (!isUuid(eventId)) throw notFound();
	requireRoleIn(event.locals.actor, 'secretariat');
	const setup = await registration.getSetup(event.locals.ctx.db, eventId);
	if (!setup) throw notFound();
	const summary = await registration.summary(event.locals.ctx.db, eventId);
	return json({ ...summary, formVersion: setup.form?.version ?? null, open: registration.openState(setup.settings, setup.form).open });
}

export async function listStates(event: RequestEvent) {
	const on = event.url.searchParams.get('on') ?? undefined;
	if (on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(on)) throw new DomainError('validation.date', 400, 'on');
	const rows = await states.listStates(event.locals.ctx.db, language(event), { q: event.url.searchParams.get('q') ?? undefined, on });
	return json({ data: rows.map(({ regionName: _ignored, ...s }) => s) });
}

export async function getState(event: RequestEvent) {
	const id = (event.params.id ?? '').toUpperCase();
	const row = /^[A-Z]{3}$/.test(id)
		? (await states.listStates(event.locals.ctx.db, language(event), { q: id })).find((s) => s.id === id)
		: undefined;
	if (!row) throw notFound();
	const { regionName: _ignored, ...s } = row;
	return json(s);
}

export async function listOrganisations(event: RequestEvent) {
	const page = Math.max(1, Number(event.url.searchParams.get('page')) || 1);
	const result = await organisations.list(event.locals.ctx.db, { q: event.url.searchParams.get('q')?.slice(0, 100) || undefined, page });
	return json({
		data: result.rows.map((o) => ({ id: o.id, name: o.name, acronym: o.acronym, type: o.type, countryId: o.countryId })),
		total: result.total
	});
}

export async function getOrganisation(event: RequestEvent) {
	const id = event.params.id ?? '';
	const org = isUuid(id) ? await organisations.get(event.locals.ctx.db, id) : null;
	if (!org || org.mergedIntoId) throw notFound();
	return json({ id: org.id, name: org.name, acronym: org.acronym, type: org.type, countryId: org.countryId });
}
