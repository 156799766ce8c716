/**
 * Demo programme of the IDM 2024 first session (seed 000) and the time zones of the demo events.
 *
 * What the seed gives: the session ran on 21–22 May 2024 in the ECOSOC Chamber, UN Headquarters,
 * New York; opening remarks by the IOM Director General, "the Assistant Secretary General for
 * Youth Affairs' Phillipe Polio" and "the Commissioner Johannsson" (§2.2, §4); a statement by the
 * President of the General Assembly (§4); the thematic panels whose findings make up §2.2 (five
 * headings, and the annex counts five moderators); "30 speakers, including 6 keynote speakers,
 * 5 moderators, 18 speakers and 1 Goodwill Ambassador", with "an equal division of female and
 * male speakers" (Annex, Statistics of Speakers).
 *
 * What it does not give, and how it is filled:
 * - Names of 28 of the 30 speakers. They are NOT invented: each is a record labelled with its
 *   role and number and the family name "(not named in the seed)". The Director General and the
 *   President of the General Assembly are such records with the title the seed gives them.
 * - Genders: the annex gives only the totals (15 and 15), so the unnamed records get genders that
 *   make those totals. The two named speakers follow the public record of the offices (the EU
 *   Commissioner for Home Affairs and the UN Assistant Secretary-General for Youth Affairs in May
 *   2024); the seed itself uses no pronoun for them.
 * - Times, rooms and the split of the panels over the two days: not in the seed; illustrative
 *   (a UN day of 10:00–13:00 and 15:00–18:00), all in the ECOSOC Chamber the seed names.
 * - Which panel each speaker sat on: not in the seed; the 18 speakers are spread 4-4-4-3-3.
 * The names are printed as the seed prints them ("Phillipe Polio", "Johannsson").
 */
import type { Gender } from '../../directory/types';
import type { ProgrammeItemKind, SpeakerRole } from '../../programme/types';
import type { Ctx } from '../core/actor';
import * as peopleOps from '../directory/people';
import * as programme from '../programme';

/** IANA zones of the demo events away from Geneva (the default); keys are the events' demo keys. */
export const eventTimeZones: Record<string, string> = {
	'idm-2024-session-1-new-york': 'America/New_York',
	'gcm-2018-side-event-regular-pathways': 'Africa/Casablanca'
};

const UNNAMED = '(not named in the seed)';

interface DemoSpeaker {
	key: string;
	honorific?: string;
	givenName: string;
	familyName: string;
	gender: Gender;
	role: SpeakerRole;
	title?: string;
	organisationKey?: string;
}

const unnamed = (key: string, label: string, gender: Gender, role: SpeakerRole, title?: string, organisationKey?: string): DemoSpeaker => ({
	key,
	givenName: label,
	familyName: UNNAMED,
	gender,
	role,
	title,
	organisationKey
});

const moderator = (n: number, gender: Gender) => unnamed(`moderator-${n}`, `Moderator ${n}`, gender, 'moderator');
const speaker = (n: number, gender: Gender) => unnamed(`speaker-${n}`, `Speaker ${n}`, gender, 'speaker');

interface DemoItem {
	kind: ProgrammeItemKind;
	title: string;
	description?: string;
	day: string;
	startsAt: string;
	endsAt: string;
	speakers: DemoSpeaker[];
}

const ROOM = 'ECOSOC Chamber';
const DAY1 = '2024-05-21';
const DAY2 = '2024-05-22';

export const idm2024Programme: DemoItem[] = [
	{
		kind: 'opening',
		title: 'Opening remarks',
		description:
			'Opening remarks by the IOM Director General, the President of the General Assembly, the European Commissioner and the Assistant Secretary General for Youth Affairs (seed 000, §2.2 and §4).',
		day: DAY1,
		startsAt: '10:00',
		endsAt: '10:45',
		speakers: [
			unnamed('keynote-1', 'Keynote speaker 1', 'female', 'keynote', 'Director General', 'iom'),
			unnamed('keynote-2', 'Keynote speaker 2', 'male', 'keynote', 'President of the General Assembly'),
			{
				key: 'commissioner-johannsson',
				honorific: 'Commissioner',
				givenName: '(given name not in the seed)',
				familyName: 'Johannsson',
				gender: 'female',
				role: 'keynote',
				title: 'Commissioner',
				organisationKey: 'european-commission'
			},
			{
				key: 'phillipe-polio',
				givenName: 'Phillipe',
				familyName: 'Polio',
				gender: 'male',
				role: 'keynote',
				title: 'Assistant Secretary General for Youth Affairs'
			}
		]
	},
	{
		kind: 'keynote',
		title: 'What do we know? Evidence-based findings on regular pathways',
		description: 'Evidence on where and how people migrate, and with what outcomes (seed 000, Section 1).',
		day: DAY1,
		startsAt: '10:45',
		endsAt: '11:30',
		speakers: [unnamed('keynote-3', 'Keynote speaker 3', 'female', 'keynote'), unnamed('keynote-4', 'Keynote speaker 4', 'male', 'keynote')]
	},
	{
		kind: 'panel',
		title: 'Innovative policy and programmes for regular pathways at the national level',
		day: DAY1,
		startsAt: '11:30',
		endsAt: '13:00',
		speakers: [moderator(1, 'female'), speaker(1, 'female'), speaker(2, 'male'), speaker(3, 'female'), speaker(4, 'male')]
	},
	{
		kind: 'panel',
		title: 'Innovative policies and programmes at the local and community level',
		day: DAY1,
		startsAt: '15:00',
		endsAt: '16:30',
		speakers: [moderator(2, 'male'), speaker(5, 'female'), speaker(6, 'male'), speaker(7, 'female'), speaker(8, 'male')]
	},
	{
		kind: 'panel',
		title: "Innovative multi-stakeholders' policies and programmes",
		day: DAY1,
		startsAt: '16:30',
		endsAt: '18:00',
		speakers: [moderator(3, 'female'), speaker(9, 'male'), speaker(10, 'female'), speaker(11, 'male'), speaker(12, 'female')]
	},
	{
		kind: 'panel',
		title: "Diasporas and private sector's contributions",
		day: DAY2,
		startsAt: '10:00',
		endsAt: '11:30',
		speakers: [moderator(4, 'male'), speaker(13, 'female'), speaker(14, 'male'), speaker(15, 'female')]
	},
	{
		kind: 'panel',
		title: 'Cutting-edge solutions in innovation, technology, skills building and transfer',
		day: DAY2,
		startsAt: '11:30',
		endsAt: '13:00',
		speakers: [moderator(5, 'female'), speaker(16, 'male'), speaker(17, 'female'), speaker(18, 'male')]
	},
	{
		kind: 'closing',
		title: 'Closing',
		day: DAY2,
		startsAt: '15:00',
		endsAt: '15:30',
		speakers: [unnamed('goodwill-ambassador', 'Goodwill Ambassador', 'male', 'goodwill-ambassador')]
	}
];

/** The demo programmes by event key (events whose programme is not in data.ts's `panels`). */
const programmes: Record<string, { source: string; items: DemoItem[] }> = {
	'idm-2024-session-1-new-york': { source: 'seed 000', items: idm2024Programme }
};

/**
 * Loads an event's demo programme, creating its speakers as people, through the secretariat's
 * operations (validated, audited). Does nothing for an event without one here.
 */
export async function loadDemoProgramme(ctx: Ctx, eventKey: string, eventId: string, orgIds: Map<string, string>): Promise<void> {
	const demo = programmes[eventKey];
	if (!demo) return;
	const personIds = new Map<string, string>();
	for (const item of demo.items) {
		for (const s of item.speakers) {
			if (personIds.has(s.key)) continue;
			const organisationId = s.organisationKey ? orgIds.get(s.organisationKey) : undefined;
			const person = await peopleOps.create(
				ctx,
				{ honorific: s.honorific, givenName: s.givenName, familyName: s.familyName, gender: s.gender },
				s.title ? [{ title: s.title, organisationId, validFrom: item.day, validTo: item.day }] : []
			);
			personIds.set(s.key, person.id);
		}
		await programme.createItem(ctx, eventId, {
			kind: item.kind,
			titles: { en: item.title },
			descriptions: item.description ? { en: item.description } : undefined,
			day: item.day,
			startsAt: item.startsAt,
			endsAt: item.endsAt,
			room: ROOM,
			speakers: item.speakers.map((s) => ({
				personId: personIds.get(s.key)!,
				role: s.role,
				titleAtEvent: s.title,
				organisationId: s.organisationKey ? orgIds.get(s.organisationKey) : undefined
			}))
		});
	}
}
