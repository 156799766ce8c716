import crypto from 'node:crypto';
import { count } from 'drizzle-orm';
import { systemActor, type Ctx } from '../core/actor';
import type { Db } from '../db/client';
import * as auth from '../auth';
import * as organisationsOps from '../directory/organisations';
import * as peopleOps from '../directory/people';
import { dialogues } from '../dialogues/schema';
import { createCycle, createDialogue, createEvent } from '../dialogues';
import * as programme from '../programme';
import { eventTimeZones, loadDemoProgramme } from './programme-data';
import { loadDemoRegistration } from './registration-data';
import { loadDemoParticipation } from './participation-data';
import { loadDemoAgenda } from './agenda-data';
import { loadDemoFunding } from './funding-data';
import { loadDemoPractices } from './practices-data';
import { loadDemoSurveys } from './survey-data';
import { loadDemoReviews } from './practice-review-data';
import { loadDemoReports } from './report-data';
import type { DialogueInput } from '$lib/dialogues/schemas';
import { demoAccounts, dialogues as demoDialogues, organisations as demoOrganisations, people as demoPeople } from './data';

/** The demo data goes only into a database that has no dialogue yet. */
export async function isEmpty(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: count() }).from(dialogues);
	return row.n === 0;
}

export interface DemoAccountCredentials {
	role: string;
	email: string;
	password: string;
}

/** A readable random password: four groups of letters and digits. */
function demoPassword(): string {
	return Array.from({ length: 4 }, () => crypto.randomBytes(4).toString('base64url').slice(0, 5)).join('-');
}

/**
 * Loads the seeds' dialogues, cycles, events, organisations and people through the same operations
 * the secretariat uses (so they are validated and audited), and one account per role with a
 * freshly generated password.
 */
export async function load(db: Db): Promise<DemoAccountCredentials[]> {
	const ctx: Ctx = { db, actor: systemActor('demo-data') };
	const orgIds = new Map<string, string>();
	// Parents first: an organisation may name a parent defined later in the list.
	const pending = [...demoOrganisations];
	while (pending.length) {
		const index = pending.findIndex((o) => !o.parentKey || orgIds.has(o.parentKey));
		if (index < 0) throw new Error('demo data: organisation parents form a cycle');
		const [org] = pending.splice(index, 1);
		const row = await organisationsOps.create(ctx, {
			name: org.name,
			acronym: org.acronym,
			type: org.type,
			countryId: org.country,
			parentId: org.parentKey ? orgIds.get(org.parentKey) : undefined
		});
		orgIds.set(org.key, row.id);
	}
	const personIds = new Map<string, string>();
	const eventIds = new Map<string, string>();
	for (const person of demoPeople) {
		const row = await peopleOps.create(
			ctx,
			{ honorific: person.honorific, givenName: person.givenName, familyName: person.familyName, gender: person.gender },
			person.positions.map((p) => ({
				title: p.title,
				organisationId: p.organisationKey ? orgIds.get(p.organisationKey) : undefined,
				validFrom: p.from,
				validTo: p.to
			}))
		);
		personIds.set(person.key, row.id);
	}
	for (const d of demoDialogues) {
		const dialogue = await createDialogue(ctx, {
			slug: d.slug,
			acronym: d.acronym,
			names: d.names,
			descriptions: d.descriptions,
			languages: d.languages as DialogueInput['languages'],
			secretariatId: orgIds.get(d.secretariatKey)
		});
		if (d.slug === 'idm') await loadDemoRegistration(ctx, dialogue.id, [orgIds.get(d.secretariatKey)!].filter(Boolean));
		for (const c of d.cycles) {
			const cycle = await createCycle(ctx, {
				dialogueId: dialogue.id,
				year: c.year,
				themes: c.themes,
				summaries: c.summaries,
				status: c.status
			});
			for (const e of c.events) {
				const event = await createEvent(ctx, {
					cycleId: cycle.id,
					kind: e.kind,
					titles: e.titles,
					subtitles: e.subtitles,
					summaries: e.summaries,
					startDate: e.startDate,
					endDate: e.endDate,
					venue: e.venue,
					city: e.city,
					countryId: e.country,
					format: e.format,
					status: e.status,
					expectedOutcomes: e.expectedOutcomes,
					documentSymbol: e.documentSymbol,
					timeZone: eventTimeZones[e.key],
					organiserIds: e.organiserKeys.map((k) => orgIds.get(k)!).filter(Boolean)
				});
				eventIds.set(e.key, event.id);
				await loadDemoProgramme(ctx, e.key, event.id, orgIds);
				await loadDemoParticipation(ctx, e.key, event.id, orgIds);
				for (const panel of e.panels ?? []) {
					await programme.createItem(ctx, event.id, {
						kind: panel.kind,
						titles: { en: panel.title },
						day: panel.day,
						speakers: panel.speakers.map((speaker) => {
							// The seeds give each person the one title they held at these events.
							const held = demoPeople.find((p) => p.key === speaker.personKey)?.positions[0];
							return {
								personId: personIds.get(speaker.personKey)!,
								role: speaker.role,
								titleAtEvent: held?.title,
								organisationId: held?.organisationKey ? orgIds.get(held.organisationKey) : undefined
							};
						})
					});
				}
			}
		}
	}
	await loadDemoAgenda(ctx, eventIds);
	await loadDemoFunding(ctx, orgIds);
	const factIds = await loadDemoPractices(ctx, eventIds);
	await loadDemoSurveys(ctx, eventIds);
	const credentials: DemoAccountCredentials[] = [];
	for (const account of demoAccounts) {
		const password = demoPassword();
		const grant = {
			role: account.role,
			stateId: account.stateId ?? null,
			organisationId: account.organisationKey ? (orgIds.get(account.organisationKey) ?? null) : null
		};
		await auth.signUp(
			ctx,
			{ email: account.email, displayName: account.displayName, password },
			account.role === 'participant' ? [] : [grant]
		);
		credentials.push({ role: account.role, email: account.email, password });
	}
	// Practices on their way through review need the accounts that write and review them.
	await loadDemoReviews(db, eventIds);
	// Last: the 2024 report's annex is computed at its publication from the registrations, attendance and survey above.
	await loadDemoReports(ctx, eventIds, orgIds, factIds);
	return credentials;
}

export function describeAccounts(accounts: DemoAccountCredentials[]): string {
	const width = Math.max(...accounts.map((a) => a.email.length));
	return [
		'',
		'Demo data loaded. Demo accounts (for demonstration only; shown once, not stored in clear):',
		...accounts.map((a) => `  ${a.role.padEnd(20)} ${a.email.padEnd(width)}  ${a.password}`),
		''
	].join('\n');
}
