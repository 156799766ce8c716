import { z } from 'zod';
import { FIGURE_KEYS } from '$lib/domain/statistics';
import { GENDERS, ORGANISATION_TYPES } from '$lib/directory/types';
import { SPEAKER_ROLES } from '$lib/programme/types';
import { REGISTRATION_CATEGORIES, REGISTRATION_STATUSES } from '$lib/registration/types';
import { Localized } from './resources';

/** What GET /api/v1/events/{id}/statistics returns: the annex's figures under documented keys. */
const Count = z.number().int().min(0);
const Share = z.number().min(0).max(100).nullable().describe('Percentage with one decimal; null when the denominator is 0');
const counts = <K extends readonly [string, ...string[]]>(keys: K, description: string) =>
	z.object(Object.fromEntries(keys.map((k) => [k, Count])) as Record<K[number], typeof Count>).describe(description);

export const StatisticsOut = z
	.object({
		event: z.object({ id: z.uuid(), startDate: z.iso.date(), endDate: z.iso.date() }),
		asOf: z.iso.date().describe('The date IOM regions, memberships and GCM champion flags are read on: the event’s first day'),
		registrations: z.object({
			total: Count.describe('Approved registrations'),
			byState: counts(REGISTRATION_STATUSES, 'Registrations of every status (only approved ones count elsewhere)'),
			byCategory: counts(REGISTRATION_CATEGORIES, 'Approved registrations by category')
		}),
		governments: z.object({
			representatives: Count.describe('Approved registrations of government delegations'),
			count: Count.describe('Distinct States of those delegations'),
			memberStates: Count.describe('Of those States, IOM member States on the event’s first day'),
			observerStates: Count.describe('Of those States, IOM observer States on the event’s first day'),
			nonMemberStates: Count.describe('Of those States, neither member nor observer on the event’s first day'),
			gcmChampions: Count.describe('Of those States, GCM champion countries on the event’s first day')
		}),
		iom: z.object({ representatives: Count.describe('Approved registrations of IOM staff') }),
		partners: z.object({
			representatives: Count.describe('Approved registrations of partner organisations'),
			organisations: Count.describe('Distinct organisations of those registrations'),
			byType: z
				.array(
					z.object({
						type: z.enum(ORGANISATION_TYPES).nullable(),
						organisations: Count,
						representatives: Count,
						share: Share.describe('Share of partners.organisations')
					})
				)
				.describe('Partner organisations by type, largest first')
		}),
		attendance: z.object({
			inRoom: Count.describe('Approved participants recorded in the room at least once'),
			online: Count.describe('Approved participants recorded online at least once'),
			both: Count.describe('Approved participants recorded both in the room and online (on any days)'),
			either: Count.describe('Approved participants recorded at least once in either mode')
		}),
		regions: z
			.array(
				z.object({
					region: z.string().nullable().describe('IOM region code in force on asOf; null for States without one'),
					names: Localized.nullable(),
					states: Count,
					shareOfStates: Share.describe('Share of governments.count'),
					representatives: Count,
					shareOfRepresentatives: Share.describe('Share of the government representatives with a State')
				})
			)
			.describe('Governments and their representatives by IOM region, most States first'),
		speakers: z.object({
			total: Count.describe('Distinct people speaking in the programme; each counted once, with their first appearance'),
			byRole: z.array(z.object({ role: z.enum(SPEAKER_ROLES), speakers: Count, share: Share })),
			byGender: z.array(z.object({ gender: z.enum(GENDERS), speakers: Count, share: Share })),
			byRegion: z.array(z.object({ region: z.string().nullable(), names: Localized.nullable(), speakers: Count, share: Share })),
			bySector: z.array(z.object({ sector: z.enum(ORGANISATION_TYPES).nullable(), speakers: Count, share: Share }))
		}),
		figures: z
			.array(
				z.object({
					key: z.enum(FIGURE_KEYS as [string, ...string[]]),
					value: Count,
					denominator: z.object({ key: z.string(), value: Count }).nullable(),
					share: Share,
					definition: z.string().describe('What the figure counts, in the language asked for')
				})
			)
			.describe('Every single figure with its definition and denominator, in the annex’s order')
	})
	.meta({ id: 'Statistics' });
