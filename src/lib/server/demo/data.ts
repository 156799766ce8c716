/**
 * Demo data taken from the five seed documents in `shared/seeds/` (pure data, no database code).
 *
 *   seed 000  IDM 2024 first session: key findings and statistics annex
 *   seed 001  IC/2013/4, informal consultations of 21 October 2013 (IDM 2013 and 2014)
 *   seed 002  IOM's contribution to the High-level Dialogue (c. 2005) + the Migration Week
 *             side event concept note, Marrakesh, 9 December 2018
 *   seed 003  IC/2007/1, informal consultations of 2 March 2007 (IDM 2006 and 2007)
 *   seed 004  a copy of the side-event concept note of seed 002 (same text)
 *
 * Rules kept here:
 * - Nothing invented. A field the seeds do not give is left out (no venue, no guessed
 *   dates of office, no translations the seeds do not print).
 * - Event statuses are those of the latest seed that describes the event (e.g. the 2007
 *   workshops are "planned ... subject to available funding" in IC/2007/1), never assumed.
 * - Gender is set only where the seed makes it clear (a pronoun), plus Ellen Sauerbrey, whom
 *   the brief of this task names as clear; everyone else is 'undisclosed'.
 * - A position's title and organisation are those the seed gives at the date of the event;
 *   `from`/`to` are left out because the seeds never date a term of office.
 * - `source` is "seed NNN §n" (numbered paragraph) or "seed NNN <heading>" where the
 *   document has no paragraph numbers.
 * - Country codes are ISO 3166 alpha-3, given only where the seed states or plainly implies
 *   the country.
 * - Format is 'in-person' for every event before 2024: the seeds never mention remote
 *   attendance for them; the 2024 session is 'hybrid' because its annex counts online
 *   participants.
 */
import type { Role } from '../../auth/roles';
import type { OrganisationType, Gender } from '../../directory/types';
import type { EventKind, EventFormat, EventStatus, CycleStatus } from '../../dialogues/types';
import type { LocalizedText } from '../../i18n/localized';

export interface DemoOrganisation {
	key: string;
	name: string;
	acronym?: string;
	type: OrganisationType;
	/** ISO 3166 alpha-3 */
	country?: string;
	parentKey?: string;
}

export interface DemoPosition {
	title: string;
	organisationKey?: string;
	from?: string;
	to?: string;
	source: string;
}

export interface DemoPerson {
	key: string;
	honorific?: string;
	givenName: string;
	familyName: string;
	gender: Gender;
	positions: DemoPosition[];
}

export type DemoPanelKind = 'opening' | 'keynote' | 'panel' | 'year-in-review' | 'luncheon' | 'closing' | 'side-meeting';

export type DemoSpeakerRole = 'keynote' | 'moderator' | 'panellist' | 'speaker' | 'chair' | 'rapporteur' | 'goodwill-ambassador';

export interface DemoPanel {
	kind: DemoPanelKind;
	title: string;
	day?: string;
	speakers: { personKey: string; role: DemoSpeakerRole }[];
}

export interface DemoEvent {
	key: string;
	kind: EventKind;
	titles: LocalizedText;
	subtitles?: LocalizedText;
	summaries?: LocalizedText;
	startDate: string;
	endDate: string;
	venue?: string;
	city?: string;
	country?: string;
	format: EventFormat;
	status: EventStatus;
	expectedOutcomes: LocalizedText[];
	documentSymbol?: string;
	organiserKeys: string[];
	source: string;
	panels?: DemoPanel[];
}

export interface DemoCycle {
	year: number;
	themes: LocalizedText;
	summaries?: LocalizedText;
	status: CycleStatus;
	events: DemoEvent[];
	source: string;
}

export interface DemoDialogue {
	slug: string;
	acronym: string;
	names: LocalizedText;
	descriptions: LocalizedText;
	languages: string[];
	secretariatKey: string;
	cycles: DemoCycle[];
}

export interface DemoAccount {
	role: Role;
	email: string;
	displayName: string;
	/** ISO alpha-3 of the State a state focal point acts for */
	stateId?: string;
	/** the organisation a partner focal point acts for */
	organisationKey?: string;
}

// ─────────────────────────────────────────────────────────────────────────────
// Organisations
// ─────────────────────────────────────────────────────────────────────────────

export const organisations: DemoOrganisation[] = [
	// IOM and its bodies (seed 001 header; seed 003 §5, §6 and footnote 3)
	{ key: 'iom', name: 'International Organization for Migration', acronym: 'IOM', type: 'iom' },
	{
		// "the IOM Director General's Business Advisory Board (BAB)", formed in 2005 (seed 003 fn 3)
		key: 'iom-business-advisory-board',
		name: "IOM Director General's Business Advisory Board",
		acronym: 'BAB',
		type: 'iom',
		parentKey: 'iom'
	},

	// UN system and other GMG / IMDI agencies (seed 003 §4, §6)
	{ key: 'ilo', name: 'International Labour Organization', acronym: 'ILO', type: 'un-entity' },
	{
		key: 'unctad',
		name: 'United Nations Conference on Trade and Development',
		acronym: 'UNCTAD',
		type: 'un-entity'
	},
	{
		key: 'undp',
		name: 'United Nations Development Programme',
		acronym: 'UNDP',
		type: 'un-entity'
	},
	{ key: 'unfpa', name: 'United Nations Population Fund', acronym: 'UNFPA', type: 'un-entity' },
	{
		key: 'ohchr',
		name: 'Office of the United Nations High Commissioner for Human Rights',
		acronym: 'OHCHR',
		type: 'un-entity'
	},
	{
		key: 'unhcr',
		name: 'Office of the United Nations High Commissioner for Refugees',
		acronym: 'UNHCR',
		type: 'un-entity'
	},
	// A multilateral development bank: the annex's "Multilateral Cooperation Agency" sector.
	{ key: 'world-bank', name: 'World Bank', type: 'multilateral-cooperation-agency' },
	{
		// Inter-agency group (UN entities, IOM, World Bank), so neither one UN entity nor
		// intergovernmental; Guterres spoke "as then Chair of the GMG" (seed 003 §4).
		key: 'global-migration-group',
		name: 'Global Migration Group',
		acronym: 'GMG',
		type: 'international-organisation'
	},

	// Regional and intergovernmental bodies
	{ key: 'european-commission', name: 'European Commission', type: 'intergovernmental' },
	{
		// seed 003 §7
		key: 'ec-dg-justice-freedom-security',
		name: 'Directorate-General for Justice, Freedom and Security',
		type: 'intergovernmental',
		parentKey: 'european-commission'
	},
	{
		// seed 003 §7
		key: 'segib',
		name: 'Ibero-American Secretariat',
		acronym: 'SEGIB',
		type: 'intergovernmental'
	},
	{
		// Regional consultative process running the CIOP, example three of the 2018 side event
		// (seed 002 "Example Three")
		key: 'abu-dhabi-dialogue',
		name: 'Abu Dhabi Dialogue',
		acronym: 'ADD',
		type: 'intergovernmental'
	},

	// National governments (one organisation per named government body)
	{
		// "Labour and Employment Secretary from the Philippines" (seed 003 §5); no ministry named
		key: 'phl-government',
		name: 'Government of the Philippines',
		type: 'national-government',
		country: 'PHL'
	},
	{
		key: 'rus-federal-migration-service',
		name: 'Federal Migration Service',
		type: 'national-government',
		country: 'RUS'
	},
	{
		key: 'mus-office-of-the-prime-minister',
		name: 'Office of the Prime Minister',
		type: 'national-government',
		country: 'MUS'
	},
	{
		key: 'irl-department-of-justice',
		name: 'Department of Justice, Equality and Law Reform',
		type: 'national-government',
		country: 'IRL'
	},
	{
		key: 'irl-national-immigration-service',
		name: 'Irish National Immigration Service',
		type: 'national-government',
		country: 'IRL',
		parentKey: 'irl-department-of-justice'
	},
	{
		key: 'bel-fps-foreign-affairs',
		name: 'Federal Public Service for Foreign Affairs',
		type: 'national-government',
		country: 'BEL'
	},
	{
		key: 'usa-department-of-state',
		name: 'US Department of State',
		type: 'national-government',
		country: 'USA'
	},
	{
		key: 'usa-prm',
		name: 'Bureau of Population, Refugees, and Migration',
		acronym: 'PRM',
		type: 'national-government',
		country: 'USA',
		parentKey: 'usa-department-of-state'
	},
	{
		// "Department of Immigration, Nassau, Bahamas" (seed 003 §8)
		key: 'bhs-department-of-immigration',
		name: 'Department of Immigration',
		type: 'national-government',
		country: 'BHS'
	},
	{
		// organiser of the 2018 side event (seed 002)
		key: 'can-ircc',
		name: 'Immigration, Refugees and Citizenship Canada',
		acronym: 'IRCC',
		type: 'national-government',
		country: 'CAN'
	},
	{
		// funds IOM's Family Assistance Programme, example two of the 2018 side event (seed 002)
		key: 'deu-federal-foreign-office',
		name: 'German Federal Foreign Office',
		type: 'national-government',
		country: 'DEU'
	},

	// Private sector, employers (seed 003 §5, §6)
	{ key: 'manpower', name: 'Manpower', type: 'private-sector' },
	{
		key: 'fragomen',
		name: 'Fragomen, Del Rey, Bernsen & Loewy, LLP',
		type: 'private-sector'
	},
	{
		// Employers' organisation: grouped with the private sector (trade unions are the
		// workers' side).
		key: 'ioe',
		name: 'International Organization of Employers',
		acronym: 'IOE',
		type: 'private-sector'
	},

	// Diaspora and migrant associations (seed 003 §5)
	{
		// "a social cooperative started by Ghanaian migrants living in Italy which involves the
		// diaspora in development both in Italy and Ghana"
		key: 'ghanacoop',
		name: 'GhanaCoop',
		type: 'diaspora',
		country: 'ITA'
	},
	{
		// "the agri-food production firm of GhanaCoop, located in Ghana"
		key: 'migrants-for-ghanafrica',
		name: 'Migrants for GhanAfrica',
		type: 'private-sector',
		country: 'GHA',
		parentKey: 'ghanacoop'
	},
	{
		key: 'federacion-clubes-zacatecanos-sur-california',
		name: 'Federación de Clubes Zacatecanos del Sur de California',
		type: 'diaspora',
		country: 'USA'
	},

	// Organisations the 2024 key findings credit with a presentation or statement (seed 000 §1–2)
	{ key: 'meta', name: 'Meta', type: 'private-sector' },
	{
		key: 'tent-partnership-for-refugees',
		name: 'Tent Partnership for Refugees',
		type: 'private-sector'
	},
	{ key: 'quizzr', name: 'QUIZZR', type: 'private-sector' },
	{
		key: 'france-canada-chamber-of-commerce',
		name: 'France Canada Chamber of Commerce',
		type: 'private-sector'
	},
	{ key: 'african-diaspora-network', name: 'African Diaspora Network', acronym: 'ADN', type: 'diaspora' },
	{
		// "Pontes, Tunisian Diaspora Organization in Italy"
		key: 'pontes',
		name: 'Pontes',
		type: 'diaspora',
		country: 'ITA'
	},
	{
		// "a youth organization" in the United Kingdom
		key: 'migration-youth-and-children-platform',
		name: 'Migration Youth and Children Platform',
		type: 'civil-society',
		country: 'GBR'
	},
	{ key: 'un-women', name: 'UN Women', type: 'un-entity' },
	{
		key: 'eclac',
		name: 'Economic Commission for Latin America and the Caribbean',
		acronym: 'ECLAC',
		type: 'un-entity'
	},
	{ key: 'cornell-university', name: 'Cornell University', type: 'academia-research' },
	{
		// "In Monrovia, the capital of Liberia, which was presented as good practice of local
		// migration management"
		key: 'monrovia-city',
		name: 'City of Monrovia',
		type: 'local-authority',
		country: 'LBR'
	}
];

// ─────────────────────────────────────────────────────────────────────────────
// People: all named in seed 003 (IDM 2006 at the 92nd Council session)
// ─────────────────────────────────────────────────────────────────────────────

const S3 = 'seed 003';

export const people: DemoPerson[] = [
	{
		key: 'brunson-mckinley',
		givenName: 'Brunson',
		familyName: 'McKinley',
		gender: 'undisclosed',
		positions: [{ title: 'Director General', organisationKey: 'iom', source: `${S3} §4` }]
	},
	{
		key: 'antonio-guterres',
		givenName: 'António',
		familyName: 'Guterres',
		gender: 'male', // "in his capacity as then Chair of the GMG"
		positions: [
			{
				title: 'United Nations High Commissioner for Refugees',
				organisationKey: 'unhcr',
				source: `${S3} §4`
			},
			{ title: 'Chair', organisationKey: 'global-migration-group', source: `${S3} §4` }
		]
	},
	{
		key: 'ibrahim-awad',
		givenName: 'Ibrahim',
		familyName: 'Awad',
		gender: 'undisclosed',
		positions: [{ title: 'Chief, International Migrant Branch', organisationKey: 'ilo', source: `${S3} §4` }]
	},
	{
		key: 'lakshmi-puri',
		givenName: 'Lakshmi',
		familyName: 'Puri',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Director, Division on International Trade in Goods and Services, and Commodities',
				organisationKey: 'unctad',
				source: `${S3} §4`
			}
		]
	},
	{
		key: 'odile-sorgho-moulinier',
		givenName: 'Odile',
		familyName: 'Sorgho-Moulinier',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Director, Office of the United Nations Development Programme in Geneva',
				organisationKey: 'undp',
				source: `${S3} §4`
			}
		]
	},
	{
		key: 'mari-simonen',
		givenName: 'Mari',
		familyName: 'Simonen',
		gender: 'undisclosed',
		positions: [{ title: 'Deputy Executive Director', organisationKey: 'unfpa', source: `${S3} §4` }]
	},
	{
		key: 'bacre-ndiaye',
		givenName: 'Bacre',
		familyName: 'Ndiaye',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Director, Human Rights Procedure Division',
				organisationKey: 'ohchr',
				source: `${S3} §4`
			}
		]
	},
	{
		key: 'luca-barbone',
		givenName: 'Luca',
		familyName: 'Barbone',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Sector Director, Poverty Reduction Group',
				organisationKey: 'world-bank',
				source: `${S3} §4, §6`
			}
		]
	},
	{
		key: 'michele-klein-solomon',
		givenName: 'Michele',
		familyName: 'Klein Solomon',
		gender: 'female', // "She also described the work done to date" (§6)
		positions: [
			{
				title: 'Director, Migration Policy, Research and Communications (MPRC)',
				organisationKey: 'iom',
				source: `${S3} §5, §6`
			}
		]
	},
	{
		key: 'arturo-brion',
		givenName: 'Arturo',
		familyName: 'Brion',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Labour and Employment Secretary',
				organisationKey: 'phl-government',
				source: `${S3} §5`
			}
		]
	},
	{
		key: 'david-arkless',
		givenName: 'David',
		familyName: 'Arkless',
		gender: 'undisclosed',
		positions: [
			{ title: 'Executive Board Member', organisationKey: 'manpower', source: `${S3} §5` },
			{
				title: 'Member',
				organisationKey: 'iom-business-advisory-board',
				source: `${S3} §5`
			}
		]
	},
	{
		key: 'thomas-mccarthy',
		givenName: 'Thomas',
		familyName: 'McCarthy',
		gender: 'undisclosed',
		positions: [{ title: 'President', organisationKey: 'ghanacoop', source: `${S3} §5` }]
	},
	{
		key: 'jerry-oware',
		givenName: 'Jerry',
		familyName: 'Oware',
		gender: 'undisclosed',
		positions: [{ title: 'Manager', organisationKey: 'migrants-for-ghanafrica', source: `${S3} §5` }]
	},
	{
		key: 'rafael-hurtado',
		givenName: 'Rafael',
		familyName: 'Hurtado',
		gender: 'undisclosed',
		positions: [
			{
				title: 'President',
				organisationKey: 'federacion-clubes-zacatecanos-sur-california',
				source: `${S3} §5`
			}
		]
	},
	{
		key: 'imogen-foulkes',
		givenName: 'Imogen',
		familyName: 'Foulkes',
		gender: 'undisclosed',
		// "moderated by journalist Imogen Foulkes": no organisation given
		positions: [{ title: 'Journalist', source: `${S3} §5` }]
	},
	{
		key: 'konstantin-romodanovskiy',
		givenName: 'Konstantin O.',
		familyName: 'Romodanovskiy',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Director',
				organisationKey: 'rus-federal-migration-service',
				source: `${S3} §6`
			}
		]
	},
	{
		// Printed "Kan Oye Fong Weng-Poorun"; the split into given and family name is ours.
		key: 'kan-oye-fong-weng-poorun',
		givenName: 'Kan Oye',
		familyName: 'Fong Weng-Poorun',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Permanent Secretary',
				organisationKey: 'mus-office-of-the-prime-minister',
				source: `${S3} §6`
			}
		]
	},
	{
		key: 'antonio-penalosa',
		givenName: 'Antonio',
		familyName: 'Peñalosa',
		gender: 'undisclosed',
		positions: [{ title: 'Secretary General', organisationKey: 'ioe', source: `${S3} §6` }]
	},
	{
		key: 'austin-t-fragomen-jr',
		givenName: 'Austin T.',
		familyName: 'Fragomen, Jr.',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Chairman of the Board for the Executive Committee',
				organisationKey: 'fragomen',
				source: `${S3} §6`
			}
		]
	},
	{
		key: 'kevin-osullivan',
		givenName: 'Kevin',
		familyName: "O'Sullivan",
		gender: 'undisclosed',
		positions: [
			{
				title: 'Director of Immigration Policy',
				organisationKey: 'irl-national-immigration-service',
				source: `${S3} §7`
			}
		]
	},
	{
		key: 'maria-elisa-berenguer',
		honorific: 'Ambassador',
		givenName: 'Maria Elisa',
		familyName: 'Berenguer',
		gender: 'undisclosed',
		positions: [{ title: 'Deputy Secretary General', organisationKey: 'segib', source: `${S3} §7` }]
	},
	{
		key: 'regine-de-clercq',
		givenName: 'Régine',
		familyName: 'de Clercq',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Ambassador for Migration and Asylum Policies',
				organisationKey: 'bel-fps-foreign-affairs',
				source: `${S3} §7`
			}
		]
	},
	{
		key: 'peter-bosch',
		givenName: 'Peter',
		familyName: 'Bosch',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Head of the Immigration and Asylum Unit',
				organisationKey: 'ec-dg-justice-freedom-security',
				source: `${S3} §7`
			}
		]
	},
	{
		key: 'ellen-sauerbrey',
		givenName: 'Ellen',
		familyName: 'Sauerbrey',
		gender: 'female', // named as clear in the brief of this task; the seed has no pronoun
		positions: [{ title: 'Assistant Secretary of State', organisationKey: 'usa-prm', source: `${S3} §8` }]
	},
	{
		key: 'kelly-ryan',
		givenName: 'Kelly',
		familyName: 'Ryan',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Deputy Assistant Secretary of State',
				organisationKey: 'usa-prm',
				source: `${S3} §8`
			}
		]
	},
	{
		key: 'vernon-burrows',
		givenName: 'Vernon',
		familyName: 'Burrows',
		gender: 'undisclosed',
		positions: [
			{
				title: 'Director',
				organisationKey: 'bhs-department-of-immigration',
				source: `${S3} §8`
			}
		]
	},
	{
		key: 'richard-danziger',
		givenName: 'Richard',
		familyName: 'Danziger',
		gender: 'undisclosed',
		positions: [{ title: 'Head of Counter-Trafficking', organisationKey: 'iom', source: `${S3} §8` }]
	}
];

// ─────────────────────────────────────────────────────────────────────────────
// IDM 2006 and 2007 (seed 003, IC/2007/1)
// ─────────────────────────────────────────────────────────────────────────────

const idm2006: DemoCycle = {
	year: 2006,
	themes: { en: 'Partnerships in Migration: Engaging Business and Civil Society' },
	summaries: {
		en: 'IDM 2006 was dedicated to the role and responsibility of non-governmental stakeholders, primarily the private sector and civil society, in migration management.'
	},
	// IC/2007/1 reports the whole year in the past tense and introduces IDM 2007.
	status: 'closed',
	source: `${S3} §2–8`,
	events: [
		{
			// Further detail in IC/2006/4 (22 June 2006), per seed 003 footnote 1; no venue given.
			key: 'idm-2006-workshop-health',
			kind: 'workshop',
			titles: { en: 'Migration and Human Resources for Health: from Awareness to Action' },
			startDate: '2006-03-23',
			endDate: '2006-03-24',
			format: 'in-person',
			status: 'held',
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S3} §3`
		},
		{
			// Further detail in IC/2006/8 (19 October 2006), per seed 003 footnote 1; no venue given.
			key: 'idm-2006-workshop-host-society',
			kind: 'workshop',
			titles: { en: 'Migrants and the Host Society: Partnerships for Success' },
			startDate: '2006-07-12',
			endDate: '2006-07-13',
			format: 'in-person',
			status: 'held',
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S3} §3`
		},
		{
			key: 'idm-2006-council-92',
			kind: 'council-session',
			titles: { en: 'IDM at the 92nd Session of the IOM Council' },
			summaries: {
				en: 'The four IDM panel discussions at the 92nd Session of the IOM Council, held in Geneva on 28 and 29 November 2006, explored many different types of partnerships on migration issues.'
			},
			startDate: '2006-11-28',
			endDate: '2006-11-29',
			city: 'Geneva',
			country: 'CHE',
			format: 'in-person',
			status: 'held',
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S3} §4–8`,
			// The seed gives no day or order within the two days; panels follow the seed's order.
			panels: [
				{
					// seed 003 §4
					kind: 'panel',
					title: 'Global Migration Group (GMG)',
					speakers: [
						{ personKey: 'brunson-mckinley', role: 'chair' },
						{ personKey: 'antonio-guterres', role: 'speaker' }, // briefed as Chair of the GMG
						{ personKey: 'ibrahim-awad', role: 'panellist' },
						{ personKey: 'lakshmi-puri', role: 'panellist' },
						{ personKey: 'odile-sorgho-moulinier', role: 'panellist' },
						{ personKey: 'mari-simonen', role: 'panellist' },
						{ personKey: 'bacre-ndiaye', role: 'panellist' },
						{ personKey: 'luca-barbone', role: 'panellist' }
					]
				},
				{
					// seed 003 §5: opening presentation introducing the IDM theme, then panellists
					kind: 'panel',
					title: 'Partnerships in Migration: Engaging Business and Civil Society',
					speakers: [
						{ personKey: 'michele-klein-solomon', role: 'speaker' },
						{ personKey: 'arturo-brion', role: 'panellist' },
						{ personKey: 'david-arkless', role: 'panellist' },
						{ personKey: 'thomas-mccarthy', role: 'panellist' },
						{ personKey: 'jerry-oware', role: 'panellist' },
						{ personKey: 'rafael-hurtado', role: 'panellist' },
						{ personKey: 'imogen-foulkes', role: 'moderator' }
					]
				},
				{
					// seed 003 §6: introductory presentation, panellists, then questions answered by
					// the Director General, Michele Klein Solomon and the panellists
					kind: 'panel',
					title: 'International Migration and Development Initiative: Labour Mobility for Development (IMDI)',
					speakers: [
						{ personKey: 'michele-klein-solomon', role: 'speaker' },
						{ personKey: 'konstantin-romodanovskiy', role: 'panellist' },
						{ personKey: 'kan-oye-fong-weng-poorun', role: 'panellist' },
						{ personKey: 'antonio-penalosa', role: 'panellist' },
						{ personKey: 'austin-t-fragomen-jr', role: 'panellist' },
						{ personKey: 'luca-barbone', role: 'panellist' },
						{ personKey: 'brunson-mckinley', role: 'speaker' }
					]
				},
				{
					// seed 003 §7
					kind: 'year-in-review',
					title: 'Year in Review',
					speakers: [
						{ personKey: 'kevin-osullivan', role: 'speaker' },
						{ personKey: 'maria-elisa-berenguer', role: 'speaker' },
						{ personKey: 'brunson-mckinley', role: 'speaker' },
						{ personKey: 'regine-de-clercq', role: 'speaker' },
						{ personKey: 'peter-bosch', role: 'moderator' }
					]
				},
				{
					// seed 003 §8: co-sponsored by PRM and IOM
					kind: 'luncheon',
					title: 'Launch of the IOM Counter-Trafficking Training Modules',
					speakers: [
						{ personKey: 'ellen-sauerbrey', role: 'speaker' },
						{ personKey: 'kelly-ryan', role: 'speaker' },
						{ personKey: 'vernon-burrows', role: 'speaker' },
						{ personKey: 'richard-danziger', role: 'speaker' }
					]
				}
			]
		}
	]
};

const idm2007: DemoCycle = {
	year: 2007,
	themes: { en: 'Migration Management in the Evolving Global Economy' },
	summaries: {
		en: 'Based on the informal consultations with the membership held on 19 October 2006 and a follow-up survey, in 2007 the IDM will have the overarching theme of "Migration Management in the Evolving Global Economy".'
	},
	// As of IC/2007/1 (2 March 2007) the workshops are still to come.
	status: 'active',
	source: `${S3} §9–16`,
	events: [
		{
			key: 'idm-2007-seminar-environment-bangkok',
			kind: 'seminar',
			titles: { en: 'Migration and the Environment: Expert Seminar' },
			summaries: {
				en: 'The purpose of the seminar is to move towards closing the knowledge gap between migration and environmental issues and to begin to examine the nexus between the two by promoting discussion among experts from both communities.'
			},
			startDate: '2007-02-22',
			endDate: '2007-02-23',
			city: 'Bangkok',
			country: 'THA',
			format: 'in-person',
			// "is being held" in a note dated 21 February 2007
			status: 'confirmed',
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S3} §9`
		},
		{
			key: 'idm-2007-workshop-labour-mobility',
			kind: 'workshop',
			titles: { en: 'Making Global Labour Mobility a Catalyst for Development' },
			summaries: {
				en: 'The workshop will look into what is currently done and what could be done to more reliably assess present and future gaps in the emerging international labour market.'
			},
			startDate: '2007-05-24',
			endDate: '2007-05-25',
			format: 'in-person',
			status: 'planned', // "planned to be held in 2007, subject to available funding" (§13)
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S3} §13–14`
		},
		{
			key: 'idm-2007-workshop-free-movement',
			kind: 'workshop',
			titles: { en: 'Free Movement of Persons in Regional Integration Processes' },
			summaries: {
				en: 'This capacity building workshop will bring together representatives of governments and regional institutions to share experiences with regard to the operation of existing or nascent regional integration processes and discuss various ways in which they provide for freedom of movement of persons.'
			},
			startDate: '2007-10-08',
			endDate: '2007-10-09',
			format: 'in-person',
			status: 'planned',
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S3} §13, §15–16`
		}
		// Not an event: a "Migration and the Environment" workshop, envisaged for 2006 but
		// unfunded, again hoped for in 2007 "should funding be secured" (§9–10); no dates given.
	]
};

// ─────────────────────────────────────────────────────────────────────────────
// IDM 2013 and 2014 (seed 001, IC/2013/4)
// ─────────────────────────────────────────────────────────────────────────────

const S1 = 'seed 001';

const idm2013: DemoCycle = {
	year: 2013,
	themes: { en: 'Diasporas and Development: Bridging Societies and States' },
	summaries: {
		en: 'In response to the fast-growing interest of governments in diaspora issues, in 2013 IOM replaced the usual two IDM workshops with one high-level event, the Diaspora Ministerial Conference.'
	},
	// Its one event is over and IC/2013/4 turns to 2014.
	status: 'closed',
	source: `${S1} §2–9`,
	events: [
		{
			key: 'idm-2013-diaspora-ministerial-conference',
			kind: 'conference',
			titles: { en: 'Diaspora Ministerial Conference' },
			subtitles: { en: 'Diasporas and Development: Bridging Societies and States' },
			summaries: {
				en: 'This was the first ever global conference of ministers and high-level officials in charge of diaspora policies and was held in Geneva on 18 and 19 June 2013.'
			},
			startDate: '2013-06-18',
			endDate: '2013-06-19',
			city: 'Geneva',
			country: 'CHE',
			format: 'in-person', // not stated; "more than 600 participants ... attended" (§3)
			status: 'held',
			expectedOutcomes: [],
			organiserKeys: ['iom'],
			source: `${S1} §2–3`
		}
	]
};

const idm2014: DemoCycle = {
	year: 2014,
	themes: { en: 'Human mobility and development: emerging trends and new opportunities for partnerships' },
	summaries: {
		en: 'Two topics are to be selected for the IDM intersessional workshops to be convened in 2014.'
	},
	// IC/2013/4 asks the membership to choose the workshop topics: no workshop exists yet.
	status: 'planning',
	source: `${S1} §10–24`,
	events: []
};

// ─────────────────────────────────────────────────────────────────────────────
// IDM 2024 (seed 000, key findings of the first session)
// ─────────────────────────────────────────────────────────────────────────────

const S0 = 'seed 000';

const idm2024Theme = 'Facilitating Regular Pathways to a better future: Harnessing the power of migration';

const idm2024: DemoCycle = {
	year: 2024,
	// Seed 000 gives this as the topic of the first session; no other 2024 session is described.
	themes: { en: idm2024Theme },
	// "First session" implies the cycle continues after it.
	status: 'active',
	source: `${S0} title, §I–III`,
	events: [
		{
			key: 'idm-2024-session-1-new-york',
			kind: 'session',
			titles: { en: 'First Session of the International Dialogue on Migration 2024' },
			subtitles: { en: idm2024Theme },
			summaries: {
				en: 'The International Dialogue on Migration Spring session at UN Headquarters in New York brought States and diverse partners together to explore how to create more and better opportunities for people to move in a regular and beneficial way as part of a comprehensive approach to human mobility.'
			},
			startDate: '2024-05-21',
			endDate: '2024-05-22',
			venue: 'Economic and Social Council ECOSOC Chamber, United Nations Headquarters',
			city: 'New York',
			country: 'USA',
			// The annex counts 250 in the room, 89 online and 119 online and in person.
			format: 'hybrid',
			status: 'held',
			expectedOutcomes: [
				{
					en: "An evidence and foresight-based understanding of the challenges and opportunities for migration today and tomorrow's future generations, including geopolitical crises and scaling-up of solutions, as well as ways to address gaps in current knowledge."
				},
				{
					en: 'Identifying innovative, cutting-edge and forward-looking solutions that governments at local, national, and regional levels have already put in place or could develop in the future, to harness the potential of regular pathways for migration.'
				},
				{
					en: 'Unpacking how multilateral action and the role of community on regular and safe pathways for migration, contributes to the response to some of the most distressing crises in the world, supporting integration and the transition to peace and prosperity.'
				},
				{
					en: 'Understanding how to achieve more accessible, responsive, and socio-economically inclusive regular pathways, including creating and enhancing skills mobility initiatives for labour migration.'
				}
			],
			organiserKeys: ['iom'],
			source: `${S0} title, §III, Annex`
			// No panels: the key findings name no panel, and of the 30 speakers the annex counts
			// only two are named ("Phillipe Polio", Assistant Secretary General for Youth Affairs,
			// and "Commissioner Johannsson", no given name), both in opening remarks; a
			// programme built from them would misstate the annex's speaker figures.
		}
	]
};

// ─────────────────────────────────────────────────────────────────────────────
// The dialogues
// ─────────────────────────────────────────────────────────────────────────────

/*
 * The Marrakesh side event (seeds 002 and 004) is NOT put in an IDM 2018 cycle: its concept
 * note calls it a "Migration Week Side Event" around the Intergovernmental Conference that
 * adopted the GCM, organised by IRCC and IOM, and never mentions the IDM; the seeds say
 * nothing of an IDM 2018 theme. It gets a dialogue of its own, run on the platform by IOM
 * (the co-organiser that hosts the platform), in English, the only language of the note.
 */
const S2 = 'seed 002 (also seed 004)';

const marrakesh2018: DemoEvent = {
	key: 'gcm-2018-side-event-regular-pathways',
	kind: 'side-event',
	titles: { en: 'Innovative Solutions to Enhancing Pathways for Regular Migration' },
	subtitles: { en: 'Migration Week Side Event' },
	summaries: {
		en: 'Increasing and strengthening regular migration pathways is the guiding theme of this side event, as it seeks to highlight informative and innovative ways for States to enhance their migration management capacities, while assisting migrants throughout all stages of their journey.'
	},
	startDate: '2018-12-09',
	endDate: '2018-12-09',
	city: 'Marrakesh',
	country: 'MAR',
	format: 'in-person', // not stated; no online element in the note
	status: 'confirmed', // a concept note written ahead of the event
	expectedOutcomes: [
		{
			en: 'Showcase among stakeholders and Member State representatives, examples of key components that make up a well-managed national migration system, with a view to increasing the capacity of states to strengthen their migration management, including by enhancing the availability and flexibility of pathways for regular migration.'
		},
		{
			en: "Generate evidence-based good practices for inclusion in the capacity building mechanism's Global Knowledge Platform, to assist in GCM implementation."
		},
		{
			en: "Provide a forum for UN partners, Member States and non-state stakeholders to discuss and improve their and other attendees' understanding of the benefits of strengthening national migration systems, including by offering concrete examples of innovative solutions for diverse regular migration pathways, which can be applied in a range of national contexts."
		},
		{
			en: 'Mobilize technical, financial and human resources at global, regional and national levels to support capacity building in this area.'
		}
	],
	organiserKeys: ['can-ircc', 'iom'],
	source: `${S2} header, §2 Expected Outcomes`,
	// The four examples, "presented by representatives from relevant ministries" (not named).
	panels: [
		{
			kind: 'panel',
			title:
				'Example One – Provision of effective support to migrants at the pre-departure stage by capitalizing on current technology and mobilization of partners in countries of origin and destination communities - Canada',
			speakers: []
		},
		{
			kind: 'panel',
			title: 'Example Two – Enhanced visa processing in support of family reunification to Germany',
			speakers: []
		},
		{
			kind: 'panel',
			title:
				'Example Three - Strengthening common responses by aligning support at pre-departure and post-arrival stage across countries of origin and of destination – United Arab Emirates',
			speakers: []
		},
		{
			kind: 'panel',
			title:
				'Example Four - The development, benefits and implementation of a Human Mobility Law to facilitate regular migration pathways – Ecuador',
			speakers: []
		}
	]
};

export const dialogues: DemoDialogue[] = [
	{
		slug: 'idm',
		acronym: 'IDM',
		names: {
			en: 'International Dialogue on Migration',
			fr: 'Dialogue international sur la migration',
			es: 'Diálogo Internacional sobre la Migración'
		},
		// Composed from seed 003 §1–3, §13 and seed 001 §1, §11: theme, workshops, Council session.
		descriptions: {
			en: "IOM's International Dialogue on Migration: each year an overarching theme endorsed by the Member States in informal consultations, intersessional workshops on topics the membership selects, and IDM sessions, including at the IOM Council."
		},
		languages: ['en', 'fr', 'es', 'ar'],
		secretariatKey: 'iom',
		cycles: [idm2006, idm2007, idm2013, idm2014, idm2024]
	},
	{
		slug: 'gcm-side-events',
		acronym: 'IMW',
		names: {
			en: 'International Migration Week / GCM Intergovernmental Conference side events'
		},
		descriptions: {
			en: 'Side events of Migration Week around the Intergovernmental Conference in Marrakech that adopted the Global Compact for Safe, Orderly and Regular Migration (GCM), December 2018.'
		},
		languages: ['en'],
		secretariatKey: 'iom',
		cycles: [
			{
				year: 2018,
				// The guiding theme its one event states (seed 002 §1)
				themes: { en: 'Increasing and strengthening regular migration pathways' },
				summaries: {
					en: 'Implementation of the Compact will begin following its adoption at the Intergovernmental Conference in Marrakech.'
				},
				status: 'active',
				source: `${S2} §1`,
				events: [marrakesh2018]
			}
		]
	}
];

// ─────────────────────────────────────────────────────────────────────────────
// Demo sign-in accounts, one per role (passwords are generated when the demo is loaded)
// ─────────────────────────────────────────────────────────────────────────────

export const demoAccounts: DemoAccount[] = [
	{ role: 'admin', email: 'admin@demo.idm.test', displayName: 'Demo Administrator' },
	{ role: 'secretariat', email: 'secretariat@demo.idm.test', displayName: 'Demo IDM Secretariat' },
	{
		// Canada: IRCC co-organised the 2018 side event (seed 002)
		role: 'state-focal-point',
		email: 'focal-point.can@demo.idm.test',
		displayName: 'Demo Focal Point, Canada',
		stateId: 'CAN'
	},
	{
		role: 'partner-focal-point',
		email: 'focal-point.ghanacoop@demo.idm.test',
		displayName: 'Demo Focal Point, GhanaCoop',
		organisationKey: 'ghanacoop'
	},
	{ role: 'reviewer', email: 'reviewer@demo.idm.test', displayName: 'Demo Practice Reviewer' },
	{ role: 'participant', email: 'participant@demo.idm.test', displayName: 'Demo Participant' }
];
