/**
 * Demo key-findings reports and their follow-up (issue 8): pure data, no database code; the
 * reports loader reads this shape.
 *
 * FROM THE SEEDS:
 * - The IDM 2024 report is seed 000 (first session, New York, 21–22 May 2024, "Key Findings"):
 *   each bullet of its sections 1, 2.1, 2.2 (five sub-headings), 3 and 4 is one item, its text the
 *   seed's words in the note format of `$lib/domain/note` (the seed's bold kept as **bold**). Only
 *   obvious slips are fixed: "T Governments" → "Governments", "This was call was made clear" →
 *   "This call was made clear", "regularly migration" → "regular migration", "Prêt a travailler"
 *   → "Prêt à travailler"; the escaped "\$" and the "✓" marks of section 4 are dropped and the
 *   trailing ";" of the first numbered point of section 3 made a full stop. Bullets the seed
 *   splits across a page break are joined. The bodies of sections I–IV, 3 and 4 are the seed's
 *   paragraphs. `headline` is the first phrase the seed sets in bold in that bullet (punctuation
 *   at its end removed), or null: it can be a fragment, as the seed's bold is.
 * - The 2013 report is seed 001 (IC/2013/4) §2–7 on the Diaspora Ministerial Conference
 *   (Geneva, 18–19 June 2013): the introduction is §2–3 verbatim; the conclusions are §3 (IOM's
 *   3E approach) and §4–7, one item per finding, in the seed's words with the subject named
 *   ("The Conference", "The participants"); the recommendations restate, as "should" sentences,
 *   what those conclusions call for and nothing more. Seed 001 sets nothing in bold, so these
 *   items have no headline. The seed gives no statistics for the Conference, so the report has
 *   no annex; the event has no expected outcomes, so `outcomes` is empty.
 *
 * INVENTED (a specialist's reading; the seeds give none of it):
 * - Every item's tags (level, GCM objectives, guiding principles, management areas, stages,
 *   target groups) and its links to demo practices and evidence facts. `level` is set only where
 *   the bullet or its heading makes it clear (the 2.2 national and local headings; a national, EU,
 *   regional or global scheme named in the bullet; "global" for section 4); otherwise null. States and
 *   organisations are only those the bullet names, organisations only those in the demo
 *   directory (`./data`). For 2024, the items beside each takeaway in `outcomes` (2–5 evidence and
 *   solution items per expected outcome) are our choice; the takeaway itself is the seed's.
 * - The follow-up: illustrative follow-up, not from the seeds. Owners, descriptions, statuses,
 *   dates and timeline entries are made up to show the feature; they record no real commitment
 *   of any State or organisation. The status list and its progress values are ours too.
 * - The French, Spanish and Arabic titles of reports, sections and statuses are the platform's
 *   own unofficial translations, not IOM's. Item texts and bodies are English only.
 */
import { inArray } from 'drizzle-orm';
import type { LocalizedText } from '$lib/i18n';
import type { Ctx } from '../core/actor';
import { practices } from '../practices/schema';
import * as reportsOps from '../reports';
import { dialogues as demoDialogues, organisations as demoOrganisations } from './data';

export type DemoItemKind = 'evidence' | 'challenge' | 'solution' | 'takeaway' | 'recommendation';
export type DemoItemLevel = 'local' | 'national' | 'regional' | 'global';

export interface DemoReportItem {
	/** Unique in this file, kebab-case, prefixed by its report ('idm2024-', 'dmc2013-'). */
	key: string;
	kind: DemoItemKind;
	/** The level of action it concerns, when the seed makes it clear. */
	level: DemoItemLevel | null;
	/** The seed's first bold phrase in the bullet (without **), or null. */
	headline: string | null;
	/** The item's full text as in the seed (English), in note format (**bold**, *italic*). */
	text: string;
	/** GCM objective numbers 1–23. */
	gcmObjectives: number[];
	/** GCM guiding principle letters a–j. */
	principles: string[];
	/** IOM migration management model area keys (reference data management-model.json). */
	areas: string[];
	/** Migration-cycle stage keys (reference data migration-cycle-stages.json). */
	stages: string[];
	/** TARGET_GROUPS of `$lib/practices/types`. */
	targetGroups: string[];
	/** ISO 3166-1 alpha-3 of the States the item names. */
	states: string[];
	/** Organisation names exactly as the demo directory (`./data`) has them. */
	organisations: string[];
	/** Keys of demo practices (`./practices-data`, demoPractices[].key) the item describes. */
	practices: string[];
	/** Keys of demo evidence facts (`./practices-data`, demoFacts[].key) the item states. */
	facts: string[];
}

export interface DemoReportSection {
	/** en plus fr, es, ar translations of the section title. */
	titles: LocalizedText;
	/** 'outcomes' = the expected outcomes with the findings addressing each; 'annex' = generated statistics annex (no body, no items). */
	kind: 'text' | 'outcomes' | 'annex';
	/** Introductory text in note format (paragraphs separated by a blank line), English. */
	body: string | null;
	/** Item keys in order. */
	items: string[];
}

export interface DemoReport {
	/** Stable URL part. */
	slug: string;
	/** How to find the demo event: the cycle of that year in `./data`, the event whose English title includes this. */
	event: { year: number; titleIncludes: string };
	titles: LocalizedText;
	summaries: LocalizedText;
	sections: DemoReportSection[];
	/** For each expected outcome of the event (1-based, in the event's order), the item keys that address it. */
	outcomes: { outcome: number; items: string[] }[];
}

export interface DemoFollowUpStatus {
	key: string;
	labels: LocalizedText;
	progress: number;
}

export interface DemoFollowUpAction {
	/** Key of a recommendation item. */
	item: string;
	/** ISO alpha-3 of a State, or an organisation name as in `./data`. */
	owner: { state: string } | { organisation: string };
	/** What the owner does (en). */
	descriptions: LocalizedText;
	/** A DemoFollowUpStatus key. */
	status: string;
	/** YYYY-MM-DD */
	due: string | null;
	/** Dated entries (YYYY-MM-DD), oldest first; the last entry's status is the action's status. */
	timeline: { on: string; text: string; status: string }[];
}

export const followUpStatuses: DemoFollowUpStatus[] = [
	{ key: 'not-started', labels: { en: 'Not started', fr: 'Non commencé', es: 'No iniciado', ar: 'لم يبدأ' }, progress: 0 },
	{ key: 'planned', labels: { en: 'Planned', fr: 'Prévu', es: 'Previsto', ar: 'مخطط له' }, progress: 10 },
	{ key: 'in-progress', labels: { en: 'In progress', fr: 'En cours', es: 'En curso', ar: 'قيد التنفيذ' }, progress: 50 },
	{ key: 'advanced', labels: { en: 'Well advanced', fr: 'Bien avancé', es: 'Muy avanzado', ar: 'في مرحلة متقدمة' }, progress: 75 },
	{ key: 'completed', labels: { en: 'Completed', fr: 'Terminé', es: 'Completado', ar: 'مكتمل' }, progress: 100 }
];

export const reportItems: DemoReportItem[] = [
	// seed 000, Section 1: What do we know? Evidence-based findings on regular pathways (21 bullets)
	{
		key: 'idm2024-pathways-crucial',
		kind: 'evidence',
		level: null,
		headline: 'Regular migration pathways are crucial for addressing global challenges',
		text: "**Regular migration pathways are crucial for addressing global challenges**, as they determine where and how people migrate and with what outcomes. These pathways encompass visas, regional and bilateral mobility agreements, and other mechanisms that allow people to move safely and regularly. However, current options are insufficient for today's complex contexts, necessitating strengthened pathways to prevent deepening divides and exacerbating inequalities.",
		gcmObjectives: [5],
		principles: ['b', 'e'],
		areas: ['facilitating-migration'],
		stages: ['pre-migration', 'admission'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-longitudinal-data',
		kind: 'evidence',
		level: null,
		headline: 'Analysis of longitudinal data reveals the importance of these pathways',
		text: '**Analysis of longitudinal data reveals the importance of these pathways.** In the absence of safe pathways, it is critical to recognize the dangers of irregular migration along perilous routes, which result in loss of life and rights abuses.',
		gcmObjectives: [1, 5, 8],
		principles: ['f'],
		areas: ['facilitating-migration', 'regulating-migration'],
		stages: ['pre-migration', 'admission'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-demographics-displacement',
		kind: 'evidence',
		level: null,
		headline: 'changing demographics',
		text: 'The need to foster conversations and work on regular pathways is driven by several key factors. Firstly, **changing demographics** around the world are creating significant labor market imbalances. Many countries face aging populations and labor shortages, while others have surplus labor. This mismatch necessitates effective migration policies to match willing workers with available jobs across international borders, preventing the rise of irregular migration. Secondly, it is important to seek novel **regular pathways to manage displacement crises**, such as the Temporary Protection Directive (TPD) in Europe, which provides a legal framework for people displaced by crises. Similar efforts have been seen in Latin America, the Caribbean, and Africa.',
		gcmObjectives: [5, 6],
		principles: [],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: ['admission', 'stay'],
		targetGroups: ['migrant-workers', 'refugees-displaced'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-hdi-migration',
		kind: 'evidence',
		level: null,
		headline: 'importance of policies that facilitate migration from less developed regions',
		text: 'As highlighted in the latest World Migration Report, long-term migration data reveal that most international migrants (60%) move from and to countries with high or very high Human Development Index (HDI) rankings. There is very little, and reduced migration since 1995, from countries that ranked low or medium on the HDI. This trend underscores the **importance of policies that facilitate migration from less developed regions**.',
		gcmObjectives: [1, 5],
		principles: ['e'],
		areas: ['migration-and-development', 'facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: ['hdi-60']
	},
	{
		key: 'idm2024-policies-shape-patterns',
		kind: 'evidence',
		level: null,
		headline: 'Policies play a significant role in shaping migration patterns',
		text: '**Policies play a significant role in shaping migration patterns.** Visa restrictions create long-term barriers, while regional free movement agreements provide straightforward options for regular migration. These agreements reduce irregular migration allowing people to move freely and safely.',
		gcmObjectives: [5, 23],
		principles: ['b'],
		areas: ['facilitating-migration', 'regulating-migration'],
		stages: ['admission'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-remittances-vital',
		kind: 'evidence',
		level: null,
		headline: 'international remittances are vital for the development of low and middle-income countries',
		text: 'Economically, **international remittances are vital for the development of low and middle-income countries.** Remittances have increased from $128 billion in 2000, to reach $831 billion in 2022, surpassing foreign direct investment and official development assistance. Migration contributes significantly to global development, providing much more than just financial remittances; the broader contributions of migrants to societies needs to be recognized.',
		gcmObjectives: [19, 20],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['migrant-workers', 'diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: ['remittances-2000', 'remittances-2022']
	},
	{
		key: 'idm2024-successful-pathways',
		kind: 'evidence',
		level: null,
		headline: 'Examples of successful regular migration pathways',
		text: '**Examples of successful regular migration pathways**, such as the TPD in Europe and various regional responses in Latin America and Africa demonstrate that with thoughtful policy design and international cooperation it is possible to create legal pathways that manage migration effectively, reducing the risks associated with irregular migration and ensuring that people can move safely and with dignity.',
		gcmObjectives: [5, 23],
		principles: ['b'],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: [],
		targetGroups: ['refugees-displaced'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-context-specific',
		kind: 'evidence',
		level: null,
		headline: 'Context-specific approaches are needed',
		text: '**Context-specific approaches are needed.** The World Migration Report provides valuable insights into different types of regular pathways. However, **context is crucial.** For instance, applying the Schengen concept of free movement in Africa requires adaptation to local conditions, including conflict, security issues, and other needs. Efforts are underway to improve migration data, with organizations like IOM and ILO strengthening statistical data collection and analysis.',
		gcmObjectives: [1, 5],
		principles: [],
		areas: ['facilitating-migration', 'cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: ['International Organization for Migration', 'International Labour Organization'],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-africa-mixed-migration',
		kind: 'evidence',
		level: 'regional',
		headline: 'mixed migration patterns',
		text: 'Africa experiences **mixed migration patterns**, that include people moving due to conflict, climate change, livelihood strategies, and labor migration. The African Union and the East African Community are working to create frameworks that guide member states in establishing regular pathways that cater to all migrants, including low-skilled workers who play a key role in development.',
		gcmObjectives: [2, 5],
		principles: [],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: [],
		targetGroups: ['low-skilled-workers', 'migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-evolving-process',
		kind: 'evidence',
		level: null,
		headline: 'Creating regular pathways is an evolving process',
		text: '**Creating regular pathways is an evolving process** that requires constant adjustments based on evidence and research. The Global Compact for Migration (GCM) and regional instruments and frameworks provide guidance in shaping these pathways.',
		gcmObjectives: [1, 5, 23],
		principles: ['b'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-brain-drain-return',
		kind: 'evidence',
		level: null,
		headline: 'return migration cycle',
		text: 'It is important to balance between creating pathways that might drain resources from home countries and understanding why people choose to leave. There is concern about "brain drain," the loss of skilled individuals from their home countries, and "brain waste," where these individuals\' skills are underutilized in their destination countries. It is also important to consider the **return migration cycle**, and assess whether home countries can effectively reintegrate returning skilled individuals.',
		gcmObjectives: [2, 18, 21],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['pre-migration', 'return', 'reintegration'],
		targetGroups: ['skilled-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-skills-recognition',
		kind: 'evidence',
		level: null,
		headline: 'Skills recognition',
		text: "**Skills recognition**, at all levels, is important, and can be promoted through frameworks such as the African Union's continental framework and regional economic communities' qualifications frameworks. These should acknowledge both formal qualifications and skills acquired through experience and on-the-job training.",
		gcmObjectives: [18],
		principles: [],
		areas: ['migration-and-development', 'facilitating-migration'],
		stages: ['pre-migration', 'stay'],
		targetGroups: ['skilled-workers', 'migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-holistic-approach',
		kind: 'evidence',
		level: null,
		headline: 'A holistic approach to migration is advocated',
		text: '**A holistic approach to migration is advocated**, considering the entire migration cycle, including aspects of brain drain, brain waste, and the return of skilled migrants. Regular pathways should be integrated with broader development goals and investments to ensure sustainable and beneficial migration outcomes for both sending and receiving countries.',
		gcmObjectives: [18, 19, 21],
		principles: ['e', 'i'],
		areas: ['migration-and-development'],
		stages: ['pre-migration', 'admission', 'stay', 'exit', 'return', 'reintegration', 'onward-migration'],
		targetGroups: ['skilled-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-multi-stakeholder-collaboration',
		kind: 'evidence',
		level: null,
		headline: "Multi-stakeholders' collaboration",
		text: "**Multi-stakeholders' collaboration** including government officials, researchers, academics, CSOs, and migrants themselves is essential. **Migrants are crucial in testing policy frameworks** and providing feedback on what works and what doesn't. Their voices need to be amplified and involved in policies.",
		gcmObjectives: [23],
		principles: ['a', 'j'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-meta-data-for-good',
		kind: 'evidence',
		level: null,
		headline: "Meta's Data for Good",
		text: "As the humanitarian sector identified a critical need for reliable and timely information on human migration and displacement, especially during crises, programs like **Meta's Data for Good**, in cooperation with organizations such as UNHCR and IOM have been key in providing real-time insights into large-scale displacement events. For example, during the Ukrainian crisis, data revealed significant variations in the demographics of displaced individuals. While most people knew that women and children made up the majority of those displaced by the war, the extent varied greatly depending on the destination country. In Italy, over 80% of the displaced population were women, whereas in Turkey, this figure was closer to 50%.",
		gcmObjectives: [1],
		principles: [],
		areas: ['forced-migration', 'cross-cutting'],
		stages: [],
		targetGroups: ['women', 'children', 'refugees-displaced'],
		states: ['UKR', 'ITA', 'TUR'],
		organisations: ['Meta', 'Office of the United Nations High Commissioner for Refugees', 'International Organization for Migration'],
		practices: ['meta-data-for-good'],
		facts: ['ukraine-italy-women-80']
	},
	{
		key: 'idm2024-friendship-data',
		kind: 'evidence',
		level: null,
		headline: 'potential of friendship data',
		text: "One of the most intriguing findings from Meta's data is the **potential of friendship data**, particularly through the Social Connectedness Index. This index, developed in collaboration with the European Commission, IOM, and Harvard, leverages Meta's vast social networking data to map international friendships. With over 3 billion users, Meta provides a granular and accurate view of global friendships, which can serve as a proxy for diaspora communities. These friendship ties are strong predictors of future migration patterns, even in the absence of official diaspora statistics.",
		gcmObjectives: [1, 19],
		principles: [],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: ['Meta', 'European Commission', 'International Organization for Migration'],
		practices: ['meta-data-for-good'],
		facts: []
	},
	{
		key: 'idm2024-meta-flows-dataset',
		kind: 'evidence',
		level: null,
		headline: null,
		text: 'Meta continues refining these methodologies in collaboration with partners like IOM and other organisations, working on a new dataset on international migration flows in 2025.',
		gcmObjectives: [1],
		principles: [],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: ['Meta', 'International Organization for Migration'],
		practices: ['meta-data-for-good'],
		facts: []
	},
	{
		key: 'idm2024-data-collaboration',
		kind: 'evidence',
		level: null,
		headline:
			'The importance of ongoing collaboration with governments, multilateral institutions, universities, and nonprofits to enhance the datasets',
		text: '**The importance of ongoing collaboration with governments, multilateral institutions, universities, and nonprofits to enhance the datasets** and ensure they are as impactful as possible, and the innovative use of non-traditional data sources like social media that can significantly augment traditional migration statistics, offering a more comprehensive and timely understanding of global migration dynamics, were emphasized.',
		gcmObjectives: [1, 23],
		principles: ['j'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-usa-entrepreneurs',
		kind: 'evidence',
		level: null,
		headline: null,
		text: "The United States benefits daily from migration, with 3.2 million foreign-born entrepreneurs. Nearly half of today's Fortune 500 companies were founded by immigrants or their children, including well-known companies like Apple, Google, Amazon, and Costco. Engaging the diaspora can catalyze development, innovation, and skills building. The diaspora's experiences can aid in better integrating immigrant communities and transferring skills to countries in need.",
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['entrepreneurs', 'diaspora'],
		states: ['USA'],
		organisations: [],
		practices: [],
		facts: ['usa-entrepreneurs-3m']
	},
	{
		key: 'idm2024-regularization-research',
		kind: 'evidence',
		level: null,
		headline: null,
		text: "Research indicates that regularization of migrants' status has reduced vulnerability and promoted development historically, however this has not necessarily translated into expanded migration pathways (as reported by Cornell university).",
		gcmObjectives: [5, 7],
		principles: [],
		areas: ['regulating-migration'],
		stages: ['stay'],
		targetGroups: [],
		states: [],
		organisations: ['Cornell University'],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-sdg-contributions',
		kind: 'evidence',
		level: null,
		headline: null,
		text: 'Data shows that migrants are making substantial contributions to SDGs in addition to cultural and social contributions. However, these may be undermined by mass inflows and lack of regulation, as reported by ECLAC.',
		gcmObjectives: [19],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: ['Economic Commission for Latin America and the Caribbean'],
		practices: [],
		facts: []
	},
	// seed 000, 2.1 Challenges
	{
		key: 'idm2024-unprecedented-migration',
		kind: 'challenge',
		level: null,
		headline: null,
		text: 'The 21st century is witnessing unprecedented levels of migration driven by a combination of war, violence, human rights violations, economic hardship, climate change, and food scarcity. Migrants, particularly those involved in irregular migration, face significant vulnerabilities, including exploitation, violence, abuse, and discrimination. This dire situation underscores the urgent need for focused international dialogue and action on migration.',
		gcmObjectives: [2, 7],
		principles: ['f'],
		areas: ['forced-migration', 'cross-cutting'],
		stages: ['pre-migration', 'admission'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-journey-risks',
		kind: 'challenge',
		level: null,
		headline: null,
		text: 'Migrants from developing countries and fragile states are more likely to face abuse, exploitation, and death on their journeys.',
		gcmObjectives: [7, 8],
		principles: ['f'],
		areas: ['forced-migration', 'regulating-migration'],
		stages: ['pre-migration', 'admission'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-understanding-drivers',
		kind: 'challenge',
		level: null,
		headline: null,
		text: 'The complexities of migration journeys and the importance of understanding the underlying factors driving migration are essential for designing effective policies and programmes.',
		gcmObjectives: [1, 2],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['pre-migration'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-inadequate-mechanisms',
		kind: 'challenge',
		level: null,
		headline: null,
		text: 'Current mechanisms for ensuring safe and orderly migration are inadequate, leading to increased risk of rights abuse, and missed opportunities for harnessing the power of migration for development and prosperity for all.',
		gcmObjectives: [5, 7],
		principles: ['e', 'f'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-youth-misinformation',
		kind: 'challenge',
		level: null,
		headline: 'a responsible and evidence-based narrative on migration',
		text: 'The dangers that young people face on their migration journeys, often influenced by misleading information on social media, are significant. A call was made for **a responsible and evidence-based narrative on migration** to help young people make informed decisions. Civil society organizations are crucial in promoting this narrative to safeguard young migrants.',
		gcmObjectives: [3, 17],
		principles: ['j'],
		areas: ['cross-cutting'],
		stages: ['pre-migration'],
		targetGroups: ['youth'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-visa-access',
		kind: 'challenge',
		level: null,
		headline: 'increasing difficulty in accessing regular channels, such as visas',
		text: 'The ongoing discussions frequently highlight the plight of youth in the Mediterranean, operations in Libya, and other transit countries, reflecting the **increasing difficulty in accessing regular channels, such as visas**. Obtaining visas has become increasingly challenging, with numerous obstacles emerging over the years. This results in uncertainty for visa applicants. Many young people, including those with higher education and qualifications, face disappointment when denied visas, prompting them to pursue irregular migration routes. Some countries noted specifically the need to reassess how visa regimes are implemented as they discourage accessibility and at times transparency of criteria.',
		gcmObjectives: [5, 12],
		principles: [],
		areas: ['facilitating-migration', 'regulating-migration'],
		stages: ['pre-migration', 'admission'],
		targetGroups: ['youth', 'skilled-workers'],
		states: ['LBY'],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-south-north-dialogue',
		kind: 'challenge',
		level: 'global',
		headline: 'Dialogue and cooperation between the Global South and North are vital',
		text: 'Addressing drivers of irregular migration and ensuring responsible and orderly migration processes are essential to prevent further tragedies and promote development. **Dialogue and cooperation between the Global South and North are vital**. A platform, potentially facilitated by the IOM, would be necessary to bring together host countries, countries of origin, and transit countries. This platform would coordinate migration efforts and improve visa access.',
		gcmObjectives: [2, 23],
		principles: ['b'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: ['International Organization for Migration'],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-diaspora-startups',
		kind: 'challenge',
		level: null,
		headline: null,
		text: "Diasporas' investments in new businesses may have significant impact on creating economic and job opportunities. However, challenges exist in financing African startups, noting the significant gap between remittance flows and investment in startups. The perception of risk in Africa deters investment, but diaspora members often have a better understanding of these risks.",
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora', 'entrepreneurs'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-job-market-transformation',
		kind: 'challenge',
		level: null,
		headline: null,
		text: 'The job market is undergoing significant transformations, primarily driven by technological advancements, which affect the demand for various skills and occupations. There is a need to understand how demand markets for skills and jobs are evolving and identify the trends that are influencing these changes. This is key to forward-looking planning.',
		gcmObjectives: [1, 18],
		principles: [],
		areas: ['migration-and-development', 'facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-administrative-data',
		kind: 'challenge',
		level: null,
		headline: 'traditional public administrative data',
		text: 'Enhanced data and technology can bridge the existing labour market supply-demand gap, uncover hidden talent, and identify new soft skills, fostering a more inclusive and dynamic labour market that benefits both employers and workers. However, **traditional public administrative data**, while useful for macroeconomic analysis, lack the necessary granularity and timeliness. Modern data innovations help overcome these limitations by incorporating detailed and real-time information, which is crucial for making informed decisions and aligning educational programmes with market needs.',
		gcmObjectives: [1, 18],
		principles: [],
		areas: ['migration-and-development', 'cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	// seed 000, 2.2 Solutions: at the national level
	{
		key: 'idm2024-spain-policy',
		kind: 'solution',
		level: 'national',
		headline: "Spain's experience with migration",
		text: "**Spain's experience with migration**, both as a country of origin and destination, has led to a constructive migration policy emphasizing human rights and socio-economic benefits for migrants. Since the EU faces labour shortages and an aging population, migration is essential for filling talent gaps and ensuring economic growth. Spain's policies support family migration and circular migration, particularly benefiting women. Programmes aim to promote gender-focused economic empowerment. Spain has introduced an additional pathway for migrants under international protection, focusing on employability. This includes partnerships with Spanish companies and international cooperation with countries such as US, and Canada, and organizations like IOM.",
		gcmObjectives: [5, 6, 16],
		principles: ['f', 'g'],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: ['admission', 'stay'],
		targetGroups: ['families', 'women', 'refugees-displaced'],
		states: ['ESP', 'USA', 'CAN'],
		organisations: ['International Organization for Migration'],
		practices: ['spain-employability-pathway-protection'],
		facts: []
	},
	{
		key: 'idm2024-eu-talent-pool',
		kind: 'solution',
		level: 'regional',
		headline: 'Since youth play a critical role in addressing the challenges posed by an aging continent',
		text: '**Since youth play a critical role in addressing the challenges posed by an aging continent**, emphasis is placed on matching the needs of young migrants with employers in European markets, as addressed in the **EU Talent Pool initiative**. A digitalized system for recognizing qualifications has been developed, marking a significant step forward, although it is still a work in progress.',
		gcmObjectives: [5, 18],
		principles: [],
		areas: ['facilitating-migration'],
		stages: ['pre-migration', 'admission'],
		targetGroups: ['youth'],
		states: [],
		organisations: [],
		practices: ['eu-talent-pool'],
		facts: []
	},
	{
		key: 'idm2024-spain-migrasafe',
		kind: 'solution',
		level: 'national',
		headline: "Spain's Migrasafe programme",
		text: "The EU single permit is an innovative step towards streamlining processes. **Spain's Migrasafe programme**, which provides information and capacity building to African countries is a successful example. There is a need for alignment between public and private sector timelines and adaptability of models to specific country circumstances.",
		gcmObjectives: [3, 5, 23],
		principles: ['b'],
		areas: ['facilitating-migration'],
		stages: ['pre-migration'],
		targetGroups: [],
		states: ['ESP'],
		organisations: [],
		practices: ['spain-migrasafe'],
		facts: []
	},
	{
		key: 'idm2024-brazil-three-axes',
		kind: 'solution',
		level: 'national',
		headline: null,
		text: 'Brazil has received a significant number of migrants, particularly in the northern region, which has created immense pressure on local resources and services. Three axes of response include: 1. addressing basic health needs of arriving migrants, both adults and children; 2. Providing shelter and basic necessities to those in need; 3. offering regularization options for migrants, including a two-year residence permit.',
		gcmObjectives: [4, 7, 15],
		principles: ['f', 'h'],
		areas: ['forced-migration', 'regulating-migration'],
		stages: ['admission', 'stay'],
		targetGroups: ['children', 'refugees-displaced'],
		states: ['BRA'],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-brazil-triage-registration',
		kind: 'solution',
		level: 'national',
		headline: 'identifying and triaging migrants',
		text: 'Emphasis is placed on **identifying and triaging migrants** to determine if they are staying in Brazil or in transit, in order to facilitate the registration process. **Registration** helps identify vulnerable populations, allowing for targeted policy interventions based on empirical data and local needs. Upon arrival at the northern border, migrants are informed about regular migration pathways and can request inclusion in integration programmes. Through initiatives like the Quito process, Brazil has achieved a low rate of undocumented migrants (less than 2%).',
		gcmObjectives: [1, 3, 4, 12],
		principles: [],
		areas: ['regulating-migration'],
		stages: ['admission'],
		targetGroups: [],
		states: ['BRA'],
		organisations: [],
		practices: ['brazil-registration-biometric-id'],
		facts: ['brazil-undocumented-2']
	},
	{
		key: 'idm2024-brazil-biometric-id',
		kind: 'solution',
		level: 'national',
		headline: 'Biometric data',
		text: "**Biometric data** is used to register migrants, ensuring they can access public policies and programs. Specific identity cards are issued for migrants. These cards include security features and enable online registration, facilitating migrants' access to banking, and social services.",
		gcmObjectives: [4, 15, 20],
		principles: [],
		areas: ['regulating-migration'],
		stages: ['admission', 'stay'],
		targetGroups: [],
		states: ['BRA'],
		organisations: [],
		practices: ['brazil-registration-biometric-id'],
		facts: []
	},
	{
		key: 'idm2024-brazil-voluntary-relocation',
		kind: 'solution',
		level: 'national',
		headline: 'voluntary relocation programme',
		text: 'One key initiative is the **voluntary relocation programme**, which facilitates the movement of migrants from the northern to other regions of the country. This programme allows migrants to travel freely within Brazil and choose their destinations. Safety and security, especially during family reunification, are prioritized. Thousands of people have been included in these programmes, with one-fifth of Brazilian cities receiving migrants voluntarily, showcasing the solidarity of the Brazilian people. The government has also made efforts to raise awareness among the business community about the benefits of these programs, emphasizing social inclusion and the involvement of all sectors.',
		gcmObjectives: [15, 16],
		principles: [],
		areas: ['forced-migration'],
		stages: ['stay'],
		targetGroups: ['families', 'local-communities'],
		states: ['BRA'],
		organisations: [],
		practices: ['brazil-voluntary-relocation'],
		facts: ['brazil-cities-fifth']
	},
	{
		key: 'idm2024-brazil-national-policy',
		kind: 'solution',
		level: 'national',
		headline: 'national policy for migration, refugees, and asylum',
		text: "Another significant initiative in Brazil is the development of a **national policy for migration, refugees, and asylum**. This policy aims to address both migration flows linked to emergencies and existing migrant needs through coordinated national efforts, involving states and municipalities. Over 5,000 municipalities participated in consultations to discuss challenges and needs, resulting in comprehensive recommendations sent to the central government. Brazil's asylum and migration system is designed to ensure human rights are protected in a safe and orderly manner, with a focus on social and fiscal responsibility.",
		gcmObjectives: [15, 23],
		principles: ['f', 'i'],
		areas: ['forced-migration', 'cross-cutting'],
		stages: [],
		targetGroups: [],
		states: ['BRA'],
		organisations: [],
		practices: ['brazil-national-policy-migration-refugees-asylum'],
		facts: ['brazil-municipalities-5000']
	},
	{
		key: 'idm2024-argentina-visas',
		kind: 'solution',
		level: 'national',
		headline: 'innovative visa for digital nomads',
		text: 'Argentina has introduced an **innovative visa for digital nomads** allowing them to stay for up to 180 days, and a special **humanitarian visa programme** for nationals and residents of Mexico and the Caribbean displaced by natural disasters.',
		gcmObjectives: [2, 5],
		principles: [],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: ['admission'],
		targetGroups: ['refugees-displaced'],
		states: ['ARG', 'MEX'],
		organisations: [],
		practices: ['argentina-digital-nomad-visa', 'argentina-humanitarian-visa-disasters'],
		facts: []
	},
	{
		key: 'idm2024-philippines-whole-of-society',
		kind: 'solution',
		level: 'national',
		headline: 'safe migration pathways through a whole-of-society approach',
		text: 'The Philippines reported policies to enhance **safe migration pathways through a whole-of-society approach**, including a dedicated migrant workers ministry and electronic apostille services.',
		gcmObjectives: [3, 6],
		principles: ['j'],
		areas: ['facilitating-migration'],
		stages: ['pre-migration'],
		targetGroups: ['migrant-workers'],
		states: ['PHL'],
		organisations: [],
		practices: ['philippines-migrant-workers-ministry'],
		facts: []
	},
	{
		key: 'idm2024-mgi-tools',
		kind: 'solution',
		level: 'national',
		headline: null,
		text: "Many other government representatives made reference to relevant policies and programs happening at the national level around migration management and emphasized the importance of IOM's tools, such as the MGI, supporting these efforts.",
		gcmObjectives: [1, 23],
		principles: [],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: ['International Organization for Migration'],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-national-examples',
		kind: 'solution',
		level: 'national',
		headline: null,
		text: "Examples include Lebanon's legislation enhancing rights of domestic workers; China's national system for migrant integration including regional migrant service centers, and online information resource sites provided in all UN languages; successful wide-scale provision of temporary protection status to migrants in Colombia illustrating opportunities for ensuring dignity of migrants; and the Colombian experience in the area of Temporary Protection and regularization to promote migrants' dignity.",
		gcmObjectives: [6, 7, 15, 16],
		principles: ['f'],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: ['stay'],
		targetGroups: ['migrant-workers', 'refugees-displaced'],
		states: ['LBN', 'CHN', 'COL'],
		organisations: [],
		practices: ['lebanon-domestic-workers-rights', 'colombia-temporary-protection'],
		facts: []
	},
	// seed 000, 2.2 Solutions: at the local and community level
	{
		key: 'idm2024-local-governments-urban',
		kind: 'solution',
		level: 'local',
		headline: null,
		text: "As mentioned by the Assistant Secretary General for Youth Affairs' Phillipe Polio in the opening remarks, local government have central roles in managing migration, especially in urban areas",
		gcmObjectives: [15, 16, 23],
		principles: ['j'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: ['local-communities'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-community-collaboration',
		kind: 'solution',
		level: 'local',
		headline: null,
		text: 'Many underscored the importance of community and stakeholder collaboration to support vulnerable migrant populations, emphasizing collective responsibility to ensure their successful integration and well-being.',
		gcmObjectives: [7, 16],
		principles: ['j'],
		areas: ['cross-cutting'],
		stages: ['stay'],
		targetGroups: ['local-communities'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-monrovia-inclusive-services',
		kind: 'solution',
		level: 'local',
		headline:
			'In Monrovia, the capital of Liberia, which was presented as good practice of local migration management, migrants have equal access',
		text: "**In Monrovia, the capital of Liberia, which was presented as good practice of local migration management, migrants have equal access** to government-funded health services and education, regardless of their status. This inclusive approach ensures no discrimination based on race or status.\n\nThe city engages with various migrant communities, recognizing their skills and fostering partnerships for mutual benefit. Monrovia collaborates with organizations and countries to manage migration effectively; as a result, **migrants significantly contribute to Monrovia's economy.**",
		gcmObjectives: [15, 16, 19],
		principles: ['f'],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['local-communities'],
		states: ['LBR'],
		organisations: ['City of Monrovia'],
		practices: ['monrovia-inclusive-services'],
		facts: []
	},
	{
		key: 'idm2024-local-governments-in-policy',
		kind: 'solution',
		level: 'local',
		headline: 'It is important to include local governments in national migration policy development',
		text: '**It is important to include local governments in national migration policy development.** While national governments handle visa issuance, local communities are where migrants settle, making community-level intervention crucial. Policies need to be adapted to local contexts.',
		gcmObjectives: [16, 23],
		principles: ['i'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: ['local-communities'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-flanders-integration',
		kind: 'solution',
		level: 'local',
		headline:
			'integration programme aimed at supporting migrants in becoming socially and economically independent while contributing to society',
		text: 'Regions of Belgium, such as Flanders, have implemented an **integration programme aimed at supporting migrants in becoming socially and economically independent while contributing to society.** This programme is mandatory for non-EU migrants and available to those within the EU. The components include: Dutch language training, social orientation course, vocational training, participation and social networking, emphasizing the importance of interaction with long-term residents to enhance social. By equipping migrants with language skills, social understanding, and job opportunities, the program aims to strengthen both the individual and society as a whole.',
		gcmObjectives: [16, 18],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: [],
		states: ['BEL'],
		organisations: [],
		practices: ['flanders-integration-programme'],
		facts: []
	},
	{
		key: 'idm2024-brazil-migrant-leadership-forum',
		kind: 'solution',
		level: 'local',
		headline: 'forum for migrant leadership',
		text: "Brazil is enhancing governance by establishing a **forum for migrant leadership**, involving over 100 influential individuals from migrant communities. This forum aims to empower migrants to voice their needs and demands across governmental levels. Efforts are being made to create local committees at city and state levels to ensure migrants' and refugees' rights and access to public policies.",
		gcmObjectives: [16],
		principles: ['a', 'j'],
		areas: ['cross-cutting'],
		stages: ['stay'],
		targetGroups: ['refugees-displaced'],
		states: ['BRA'],
		organisations: [],
		practices: ['brazil-forum-migrant-leadership'],
		facts: []
	},
	{
		key: 'idm2024-canada-rural-matching',
		kind: 'solution',
		level: 'local',
		headline: null,
		text: 'In Canada, policies targeting rural communities and economies have been shown to breathe new life into these areas, and labour “matching” programs support economic growth, and foster community development while partnering with local communities and organizations to promote ethical recruitment practices.',
		gcmObjectives: [6, 16, 18],
		principles: [],
		areas: ['facilitating-migration'],
		stages: ['stay'],
		targetGroups: ['migrant-workers', 'local-communities'],
		states: ['CAN'],
		organisations: [],
		practices: ['canada-rural-community-matching'],
		facts: []
	},
	// seed 000, 2.2 Solutions: multi-stakeholders' policies and programmes
	{
		key: 'idm2024-eu-pact-talent-partnership',
		kind: 'solution',
		level: 'regional',
		headline: 'As highlighted by the Commissioner Johannsson in the opening remarks',
		text: '**As highlighted by the Commissioner Johannsson in the opening remarks,** Europe is undertaking significant efforts to manage migration through the European Pact on Migration and Asylum and it has launched a new talent partnership to facilitate safe and regular migration to Europe, emphasizing the importance of international cooperation to manage migration and reduce irregular migration.',
		gcmObjectives: [5, 23],
		principles: ['b'],
		areas: ['facilitating-migration', 'regulating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: ['European Commission'],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-safe-mobility-initiative',
		kind: 'solution',
		level: 'regional',
		headline: 'The US has launched the Safe Mobility Initiative',
		text: '**The US has launched the Safe Mobility Initiative** in partnership with Colombia, Costa Rica, Guatemala, and Ecuador. This platform aims to provide services directly to migrants, focusing on lawful pathways and refugee resettlement, enabling migrants to get information and support through a phone call, bypassing the need for intermediaries. To reach migrants in various locations, mobile teams are deployed to communicate about the program, ensuring wider accessibility. The initiative emphasizes creating interoperable migration systems across countries and regions, facilitating a more coordinated and efficient approach to migration management. The **initiative encourages collaboration** across private sector companies, labor organizations, NGOs, civil society, and various levels of government to address migration holistically. Also, in this framework, the **integration of technology within safe mobility offices** is being considered to increase the efficiency gained through digital signatures and the use of social media to engage and inform people about migration opportunities. Influencers are being leveraged to **spread accurate information** about migration. Efforts are being made for keeping families together during migration.',
		gcmObjectives: [3, 5, 23],
		principles: ['b', 'j'],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: ['pre-migration'],
		targetGroups: ['refugees-displaced', 'families'],
		states: ['USA', 'COL', 'CRI', 'GTM', 'ECU'],
		organisations: [],
		practices: ['safe-mobility-initiative'],
		facts: []
	},
	{
		key: 'idm2024-direct-access-model',
		kind: 'solution',
		level: null,
		headline: 'The direct access model',
		text: '**The direct access model**, which uses technology to engage with potential migrants and understand their needs, is being used. Tailoring programs to the diverse backgrounds and experiences of migrants, using both technology and traditional methods, is essential.',
		gcmObjectives: [3, 5],
		principles: [],
		areas: ['facilitating-migration'],
		stages: ['pre-migration'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-responsible-migration',
		kind: 'solution',
		level: null,
		headline: null,
		text: 'Various countries have been implementing initiatives to make migration more responsible.',
		gcmObjectives: [5],
		principles: [],
		areas: [],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-benin-vocational-visas',
		kind: 'solution',
		level: 'national',
		headline: "Benin's strategy focuses on vocational training",
		text: "Benin, traditionally a country of emigration within West Africa, has seen a shift with more citizens attempting to reach Europe. **Benin's strategy focuses on vocational training**, directing 70% of its youth towards this pathway rather than general education, which often leads to unemployment. This strategy is central to Benin's development, emphasizing tourism as a key asset. **Simplifying visa access is also crucial**. Benin has made it easier for Africans and many Europeans to visit without a visa. However, broader international dialogue is needed to address the systemic barriers and ensure fair and accessible visa processes.",
		gcmObjectives: [2, 5, 18],
		principles: [],
		areas: ['migration-and-development', 'facilitating-migration'],
		stages: ['pre-migration'],
		targetGroups: ['youth'],
		states: ['BEN'],
		organisations: [],
		practices: ['benin-vocational-training-visa-access'],
		facts: ['benin-vocational-70']
	},
	{
		key: 'idm2024-migration-youth-children-platform',
		kind: 'solution',
		level: 'national',
		headline: 'Migration Youth and Children Platform',
		text: 'The **Migration Youth and Children Platform** in the United Kingdom is a youth organization with thousands of members, promoting positive and welcoming experiences for young migrants. It emphasizes the importance of social inclusion and a supportive environment, particularly through education. Additionally, the organization advocates for further support for migrant students and families, long-term solutions like naturalization, and opportunities for youth migrants to use their skills productively.',
		gcmObjectives: [16],
		principles: ['h', 'j'],
		areas: ['cross-cutting'],
		stages: ['stay'],
		targetGroups: ['youth', 'children', 'students', 'families'],
		states: ['GBR'],
		organisations: ['Migration Youth and Children Platform'],
		practices: ['migration-youth-children-platform'],
		facts: []
	},
	{
		key: 'idm2024-cartagena-plus-40',
		kind: 'solution',
		level: 'regional',
		headline: 'Cartagena+40 process',
		text: 'The Latin American Caribbean region, led by Chile, is engaging in the **Cartagena+40 process**, which reassesses and plans coordinated responses to migration flows every ten years. Countries in the region face unique challenges as they serve as origins, transit points, destinations, and return locations for migrants. This multifaceted role requires diverse and tailored governmental responses.',
		gcmObjectives: [23],
		principles: ['b'],
		areas: ['forced-migration'],
		stages: [],
		targetGroups: ['refugees-displaced'],
		states: ['CHL'],
		organisations: [],
		practices: ['cartagena-plus-40'],
		facts: []
	},
	{
		key: 'idm2024-states-io-coordination',
		kind: 'solution',
		level: 'global',
		headline: null,
		text: 'States must work in coordination with international organizations to protect migrants in all stages of the migration cycle, the GCM remains a key tool for promoting orderly and safe migration, as recommended by Mexico.',
		gcmObjectives: [23],
		principles: ['b'],
		areas: ['cross-cutting'],
		stages: ['pre-migration', 'admission', 'stay', 'exit', 'return', 'reintegration', 'onward-migration'],
		targetGroups: [],
		states: ['MEX'],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-bilateral-regional-cooperation',
		kind: 'solution',
		level: 'regional',
		headline: 'bilateral and regional cooperation',
		text: 'Many other examples of **bilateral and regional cooperation** in support of regular pathways were mentioned, such as the Regional Ministerial Forum for Migration from East Africa bringing together regional decision makers for collaborative efforts, and pathway agreements between Chile and Colombia for protection of child migrants, as well as agreements with Argentina and Ecuador, Regional pathway agreements such as Mercosur, Portuguese language country agreements (PTL), and US agreements with Americas partners; and the Cartagena agreement on refugees.',
		gcmObjectives: [5, 23],
		principles: ['b', 'h'],
		areas: ['facilitating-migration', 'forced-migration'],
		stages: [],
		targetGroups: ['children', 'refugees-displaced'],
		states: ['CHL', 'COL', 'ARG', 'ECU', 'USA'],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-los-angeles-declaration',
		kind: 'solution',
		level: 'regional',
		headline: null,
		text: "Other examples in the Americas include the Los Angeles Declaration which focuses on promoting shared responsibility across countries of origin, transit, destination, and return for migrants, with a human rights approach. It aims to uphold the positive contributions of migration to development and includes commitments such as increasing labor mobility opportunities and ensuring data protection for migrants. This declaration is part of Mexico's broader efforts to manage migratory flows and expand work opportunities for migrants within its territory, as well as other regional initiatives such as the Cardona Declaration on refugees.",
		gcmObjectives: [1, 5, 23],
		principles: ['b', 'f'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: ['MEX'],
		organisations: [],
		practices: [],
		facts: []
	},
	// seed 000, 2.2 Solutions: diasporas and private sector's contributions
	{
		key: 'idm2024-adn-strategic-plan',
		kind: 'solution',
		level: null,
		headline: 'African Diaspora Network (ADN)',
		text: "The **African Diaspora Network (ADN)** launched a five-year strategic plan focusing on aggregating efforts across Africa's 54 countries. **Partnerships** can lead to a cohesive approach to migration and economic development. ADN who has learned from the Irish and Indian diasporas, hosts an annual meeting in Silicon Valley to connect African entrepreneurs with US companies to foster learning and success",
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora', 'entrepreneurs'],
		states: ['USA'],
		organisations: ['African Diaspora Network'],
		practices: ['builders-of-africa'],
		facts: []
	},
	{
		key: 'idm2024-builders-of-africa',
		kind: 'solution',
		level: null,
		headline: 'Builders of Africa',
		text: 'Programs like "**Builders of Africa**" bring African entrepreneurs to the US to learn business basics. Over 70% of participants in entrepreneurship programs are migrants, highlighting diasporas\' significant role.',
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora', 'entrepreneurs'],
		states: ['USA'],
		organisations: [],
		practices: ['builders-of-africa'],
		facts: ['entrepreneurship-migrants-70']
	},
	{
		key: 'idm2024-global-diaspora-policy-alliance',
		kind: 'solution',
		level: 'global',
		headline: 'Frameworks like the Global Diaspora Policy Alliance are essential to this work',
		text: 'Governments and the private sector increasingly recognize the importance of diaspora engagement. **Frameworks like the Global Diaspora Policy Alliance are essential to this work.**',
		gcmObjectives: [19, 23],
		principles: ['b'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-returning-diaspora',
		kind: 'solution',
		level: null,
		headline: null,
		text: 'The role of returning diaspora Africans in entrepreneurship and investment in Africa is key.',
		gcmObjectives: [19, 21],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['return', 'reintegration'],
		targetGroups: ['diaspora', 'entrepreneurs'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-africa-innovation-challenge',
		kind: 'solution',
		level: null,
		headline: null,
		text: 'Other programs like the Africa Innovation Challenge help to support African entrepreneurs and address local challenges with local solutions.',
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['entrepreneurs'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-pontes-integration',
		kind: 'solution',
		level: null,
		headline: 'upgrading skills for migrant workers to improve employability',
		text: "Diaspora organizations, like Pontes, Tunisian Diaspora Organization in Italy, actively supports young migrants, unaccompanied minors, and women arriving through family reunification in Italy, aiding their integration into society and the workplace. Emphasizing the necessity of **upgrading skills for migrant workers to improve employability** and ensure their well-being, the organization notes the private sector's interest in supporting these efforts. Additionally, the organization collaborates with local institutions, businesses, and private sector representatives to address workforce demands, particularly for low-skilled workers, and advocates for an intercultural approach to integration, recognizing migration's broad impact on all areas of life.",
		gcmObjectives: [16, 18],
		principles: ['g', 'h'],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['youth', 'children', 'women', 'families', 'low-skilled-workers', 'diaspora'],
		states: ['ITA', 'TUN'],
		organisations: ['Pontes'],
		practices: ['pontes-integration-italy'],
		facts: []
	},
	{
		key: 'idm2024-pontes-toolkits',
		kind: 'solution',
		level: null,
		headline: 'toolkits to help young people and women understand different working cultures and plan their migration journey',
		text: "To facilitate this integration, the organization has developed **toolkits to help young people and women understand different working cultures and plan their migration journey**. Practical initiatives, such as providing Italian lessons to help women obtain driver's licenses, enhance mobility and empowerment.",
		gcmObjectives: [3, 16],
		principles: ['g'],
		areas: ['migration-and-development'],
		stages: ['pre-migration', 'stay'],
		targetGroups: ['youth', 'women'],
		states: ['ITA'],
		organisations: ['Pontes'],
		practices: ['pontes-integration-italy'],
		facts: []
	},
	{
		key: 'idm2024-canada-local-experience',
		kind: 'solution',
		level: null,
		headline: null,
		text: 'Initiatives like "PREDATOR VALUE" in Canada help immigrants gain local experience and certification to improve their job prospects. The program is planned to be scaled up through a partnership with IOM to address the global talent gap.',
		gcmObjectives: [18],
		principles: [],
		areas: ['facilitating-migration'],
		stages: ['stay'],
		targetGroups: ['migrant-workers'],
		states: ['CAN'],
		organisations: ['International Organization for Migration'],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-linkedin-diaspora-skills',
		kind: 'solution',
		level: null,
		headline:
			'Partnerships with platforms like LinkedIn allow the leveraging of the African diaspora for economic development and skill exchange',
		text: '**Partnerships with platforms like LinkedIn allow the leveraging of the African diaspora for economic development and skill exchange**. The goal is to create a comprehensive database of diaspora skills to facilitate the exchange of ideas and enhance foreign ownership and economic development in Africa.',
		gcmObjectives: [18, 19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora', 'skilled-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-pret-a-travailler',
		kind: 'solution',
		level: null,
		headline: 'the France Canada Chamber of Commerce "Prêt à travailler" (ready to work) initiative',
		text: 'Diaspora groups are well placed to respond to the diversity, equity, and inclusion priorities for companies today, to recognize where talent lies and where it is needed and connect these. For example, **the France Canada Chamber of Commerce "Prêt à travailler" (ready to work) initiative** provides opportunities for migrants to establish professional portfolios and thus have access to wider employment opportunities.',
		gcmObjectives: [16, 18],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['diaspora', 'migrant-workers'],
		states: [],
		organisations: ['France Canada Chamber of Commerce'],
		practices: ['pret-a-travailler'],
		facts: []
	},
	{
		key: 'idm2024-project-starfish',
		kind: 'solution',
		level: null,
		headline: 'The "Project Starfish" initiative',
		text: 'A call to action emphasizes the importance of policy support, citing examples like Canada\'s startup visa, which facilitates entrepreneurship. **The "Project Starfish" initiative** aims to provide dignity, economic opportunities, and equality for migrants through community and corporate partnerships.',
		gcmObjectives: [16, 19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['entrepreneurs'],
		states: ['CAN'],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-diaspora-diplomacy',
		kind: 'solution',
		level: null,
		headline: 'diaspora diplomacy',
		text: "Migration has the power to drive global change, and diaspora communities play a significant role in this transformation. The influence of the diaspora is evident in several examples like Intel's decision to expand to Ireland, swayed by the talent pool available through the diaspora. This highlights the importance of **diaspora diplomacy**, where governments actively engage diaspora communities for national benefit.",
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: ['IRL'],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-diaspora-philanthropy',
		kind: 'solution',
		level: null,
		headline: 'intergenerational wealth transfer',
		text: 'Furthermore, the significant **intergenerational wealth transfer** within diaspora communities presents a unique opportunity. Leveraging this can have profound impacts, and **diaspora philanthropy** is predicted to be a key driver in future diaspora engagement. This underscores the critical role that diaspora communities will play in shaping economic and social landscapes in the coming years.',
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-skills-integration-support',
		kind: 'solution',
		level: null,
		headline: null,
		text: "Skill development and integration support are crucial for migrants' success. The private sector and diaspora communities facilitate this process, while collaborative efforts among governments, communities, and businesses are essential. Diaspora diplomacy and philanthropy can enhance migration benefits. Practical initiatives should bridge the gap between migrants' skills and job market demands, enabling access to jobs that support sustainable livelihoods and integration. Technology plays a vital role in making skill development more accessible and effective.",
		gcmObjectives: [16, 18],
		principles: ['j'],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['migrant-workers', 'diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	// seed 000, 2.2 Solutions: innovation, technology, skills building and transfer
	{
		key: 'idm2024-new-data-labour-market',
		kind: 'solution',
		level: null,
		headline: 'New data sources and technologies',
		text: '**New data sources and technologies** are revolutionizing the labour market by providing granular, timely, and actionable insights. This transformation enables a **better understanding of job demand trends, skill requirements, and career trajectories**, thus enhancing the ability to match job opportunities with the right talents.',
		gcmObjectives: [1, 18],
		principles: [],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-tent-coalition',
		kind: 'solution',
		level: null,
		headline: null,
		text: "Tent Partnership for Refugees is a coalition of over 400 major companies, including Pfizer, Coca Cola, FedEx, and Hilton, committed to supporting the economic integration of refugees and migrants. Tent's mission is to help forcibly displaced individuals find access to opportunities in their new countries. Tent supports companies in understanding the benefits of hiring refugees, such as longer job retention rates, and provides data to back these claims. They also conduct studies on consumer perceptions, showing positive responses to companies that hire refugees.",
		gcmObjectives: [6, 16],
		principles: [],
		areas: ['forced-migration'],
		stages: ['stay'],
		targetGroups: ['refugees-displaced'],
		states: [],
		organisations: ['Tent Partnership for Refugees'],
		practices: ['tent-partnership-for-refugees'],
		facts: ['tent-400-companies']
	},
	{
		key: 'idm2024-tent-matching',
		kind: 'solution',
		level: null,
		headline: null,
		text: "Tent faces challenges in matching refugees' skills with employers' needs, often dealing with the issue of legality and the right to work. They address these by directly connecting employers with candidates, particularly those under humanitarian parole, through a low-code logistical solution. This approach has resulted in hundreds of successful job placements and is being considered for expansion to other countries. Tent also emphasizes the need for regulatory support to streamline the hiring process.",
		gcmObjectives: [5, 6],
		principles: [],
		areas: ['forced-migration', 'facilitating-migration'],
		stages: ['stay'],
		targetGroups: ['refugees-displaced'],
		states: [],
		organisations: ['Tent Partnership for Refugees'],
		practices: ['tent-partnership-for-refugees'],
		facts: []
	},
	{
		key: 'idm2024-quizzr-dashboard',
		kind: 'solution',
		level: null,
		headline: 'the benefits and business case of investing in people',
		text: 'QUIZZR emphasizes the critical role of data transparency in supporting various stakeholders, including governments, companies, and suppliers. By sharing a powerful dashboard among stakeholders, they enable these groups to understand **the benefits and business case of investing in people**. This shared data allows for improvements in global supply chains to be built upon collectively. QUIZZR highlights that using this evidence is fundamental to influencing and accelerating policy changes, ensuring that all stakeholders are on the same page regarding the benefits of their investments.',
		gcmObjectives: [1, 6],
		principles: [],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers'],
		states: [],
		organisations: ['QUIZZR'],
		practices: ['quizzr-supply-chain-dashboard'],
		facts: []
	},
	{
		key: 'idm2024-ai-job-skills',
		kind: 'solution',
		level: null,
		headline: null,
		text: "AI has become relatable and is being integrated into numerous activities, although some sectors are slower to adapt. While AI's potential and risks are widely recognized, its full impact on job skills and the employment market is still unfolding, prompting a need for a deeper understanding of these changes.",
		gcmObjectives: [18],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-ai-education',
		kind: 'solution',
		level: null,
		headline: null,
		text: 'It is important to distinguish between the "how" and "what" of AI, especially in education, focusing on how AI can be used to enhance classroom effectiveness and create personalized learning journeys. While technology historically increases productivity and living standards, it also causes displacement; hence, the need to anticipate changes in job skills and vocational education pathways to ensure that individuals can navigate these changes effectively and maintain successful career trajectories.',
		gcmObjectives: [18],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['students'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-digital-skills-women',
		kind: 'solution',
		level: null,
		headline: null,
		text: "Digital advancements can enhance migrant women's workforce participation but also pose risks of compounding existing gender inequalities. Women and girls are 25% less likely than men to have necessary digital skills, a gap likely more pronounced for migrant women. Addressing affordability, digital literacy, and safety is essential to make technological opportunities accessible to migrant women since there is the need to ensure that technological advancement is inclusive and does not leave women behind, as UN Women reminded the audience.",
		gcmObjectives: [16, 18],
		principles: ['g'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: ['women'],
		states: [],
		organisations: ['UN Women'],
		practices: [],
		facts: ['digital-skills-women-25']
	},
	{
		key: 'idm2024-labour-mobility-analysis',
		kind: 'solution',
		level: null,
		headline: 'Labor mobility pathways should be based on labor market analysis of skills and needs across countries',
		text: '**Labor mobility pathways should be based on labor market analysis of skills and needs across countries**, with the active participation of migrants in their design and implementation through sustained and inclusive dialogue with various sectors and civil society.',
		gcmObjectives: [5, 6, 18],
		principles: ['a', 'j'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-guatemala-digital-tools',
		kind: 'solution',
		level: 'national',
		headline: null,
		text: 'Guatemala has implemented several innovative digital tools to enhance its migration management and support system, like the Electronic Work Permits Platform to streamline the process of obtaining work permits for foreign nationals and refugees, reducing the processing time, the Employment Digital Tools that strengthen employability by offering a virtual space where recruiters and job seekers can interact effectively.',
		gcmObjectives: [5, 6],
		principles: [],
		areas: ['facilitating-migration'],
		stages: ['admission', 'stay'],
		targetGroups: ['migrant-workers', 'refugees-displaced'],
		states: ['GTM'],
		organisations: [],
		practices: ['guatemala-electronic-work-permits'],
		facts: []
	},
	// seed 000, Section 3: the five numbered points
	{
		key: 'idm2024-takeaway-evidence-foresight',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'Offering an evidence and foresight-based understanding of the challenges and opportunities for migration today and for the future generations. These were illustrated by examples which show an increasing use of traditional and non-traditional data to understand, anticipate and address migration patterns and issues.',
		gcmObjectives: [1],
		principles: [],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-takeaway-innovative-solutions',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'Identifying innovative, cutting-edge and forward-looking solutions that governments at local, national, and regional levels are putting in place or could develop, to harness the potential of regular pathways for migration. This could include testing innovative policies and programs at different levels and through the cooperation of different public and private stakeholders, and unlocking critical enablers - such as digital technology - which provides migrants with increased access to information, resources, and training, as well as skills matching and recognition, while harnessing the power of data and artificial intelligence technologies for data analytics.',
		gcmObjectives: [3, 5, 18],
		principles: ['i', 'j'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-takeaway-multilateral-community',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: "Unpacking how multilateral action and the role of communities around regular and safe pathways for migration contribute to the response to crises and support migrants' integration and the transition to peace and prosperity. This is achieved by exploring a diverse array of programs and communities' interventions that showcase an increasing effort towards migrants' socioeconomic and cultural integration and rights for the benefits of both migrant and host communities. A call was made to strengthen regular migration pathways through effective community engagement, identifying actions and best practices that can improve social cohesion and help migrant communities be more resilient, and break down silos that can often be a barrier to innovation and progress.",
		gcmObjectives: [16, 23],
		principles: ['b', 'j'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: ['local-communities'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-takeaway-inclusive-pathways',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'Understanding how to achieve more accessible, responsive, and socio-economically inclusive regular pathways, including by creating and enhancing skills mobility initiatives for labour migration by applying innovative approaches towards skill transfers. There was a general agreement that multilateral action and broad-based partnerships at the local, national, regional and global levels can facilitate regular and safe migration pathways, and that countries can establish more accessible, responsible, and socio-economically inclusive regular pathways, including through innovative partnerships with the private sector.',
		gcmObjectives: [5, 18, 23],
		principles: ['b'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-takeaway-migrant-voices',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'Finally, it was also made clear that it is imperative to include migrant voices to transform the power of advocacy and action. A clear call from diaspora leaders to peers, government, and the private sector to capitalize on the wealth of unique experience and knowledge in that community and the potential for combined and transformational action for development.',
		gcmObjectives: [16, 19],
		principles: ['a', 'j'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	// seed 000, Section 4: the ✓ bullets (key messages towards the Summit of the Future)
	{
		key: 'idm2024-rec-human-rights',
		kind: 'recommendation',
		level: 'global',
		headline: 'human rights of migrants must be protected',
		text: 'To realize the 2030 Agenda the **human rights of migrants must be protected**, respected and fulfilled at all times, regardless of migration status and across all stages of the migration cycle – the respect of migrants’ rights, regardless of their legal status, was frequently raised as priority and several programs to create conditions where this respect; migration should never be criminalized.',
		gcmObjectives: [7],
		principles: ['d', 'f'],
		areas: ['cross-cutting'],
		stages: ['pre-migration', 'admission', 'stay', 'exit', 'return', 'reintegration', 'onward-migration'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-rights-based-pathways',
		kind: 'recommendation',
		level: 'global',
		headline: 'All regular migration pathways should be rights-based in both design and implementation',
		text: '**All regular migration pathways should be rights-based in both design and implementation**, extending beyond temporary labor mobility schemes to include vulnerable migrants. The development of labor mobility pathways must prioritize rights for migrant workers, addressing abusive practices, ensuring access to justice, decent work, and fair wages.',
		gcmObjectives: [5, 6],
		principles: ['f'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-mainstream-migration',
		kind: 'recommendation',
		level: 'global',
		headline:
			'continue mainstreaming migration into development plans and sectoral policies at the local, national, regional and global levels',
		text: 'It is important to **continue mainstreaming migration into development plans and sectoral policies at the local, national, regional and global levels**, including climate adaptation and mitigation strategies, building on the progress by several Member States, including GCM Champion countries, which are pioneering the development of national implementation plans of the GCM through whole-of-government and whole-of-society consultative approaches. This call was made clear in this IDM discussion through the various and relevant examples that were raised both by panelists and in the interventions from the floor.',
		gcmObjectives: [2, 19, 23],
		principles: ['e', 'i', 'j'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-accelerator-growth',
		kind: 'recommendation',
		level: 'global',
		headline: 'Migration needs to be recognized as an accelerator of inclusive growth and sustainable development, capable of',
		text: '**Migration needs to be recognized as an accelerator of inclusive growth and sustainable development, capable of** enriching societies through human, socio-economic and cultural capacities. It was clear and agreed that this contribution can be fully leveraged only when migration is well-governed, and governments ensure migration policies and practices are rights-based, and coherent with existing legal frameworks. Many countries are working toward this goal at different national and local levels and several initiatives were presented in this sense.',
		gcmObjectives: [19],
		principles: ['e', 'f'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-migrants-contributors',
		kind: 'recommendation',
		level: 'global',
		headline: 'migrants are key contributors to sustainable development',
		text: 'It is important to acknowledge that when able to access services, social protection, and decent work, **migrants are key contributors to sustainable development** in countries of origin, transit and destination, often acting as agents of change driving innovation entrepreneurship, international trade and foreign direct investment. The examples from the diaspora and migrants-led companies show case this economical and innovation power of migrants both in their countries of origin and residence and more initiatives should be promoted in this sense.',
		gcmObjectives: [6, 15, 19],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora', 'entrepreneurs'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-integration-development-planning',
		kind: 'recommendation',
		level: 'global',
		headline: null,
		text: 'The integration of migrants into development planning is crucial for realizing the promise of safe migration, emphasizing the importance of inclusive pathways and technology in facilitating diaspora engagement and preventing human trafficking, as mentioned by the President of the General Assembly.',
		gcmObjectives: [10, 19],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora', 'victims-of-trafficking'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-remittances',
		kind: 'recommendation',
		level: 'global',
		headline: 'remittances are an engine for economic development',
		text: 'It was stressed once again how **remittances are an engine for economic development** and financial inclusion and have a transformative impact on the well-being of migrant workers and their families. The importance of linking remittances with financial services and products, and shift from viewing remittances merely as financial support to recognizing them as a means of technology and knowledge transfer was raised. Examples illustrate how diaspora members, exposed to new technologies and business models abroad, return to their home countries to drive innovation and development.',
		gcmObjectives: [19, 20],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['migrant-workers', 'families', 'diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-migrant-youth',
		kind: 'recommendation',
		level: 'global',
		headline: 'meaningful engagement of migrant youth',
		text: 'With regards to the **meaningful engagement of migrant youth** and youth-focused organizations in shaping a sustainable future that prioritizes the interests of upcoming generations, the IDM discussion emphasized the risks faced by youth while pursuing irregular migration opportunities, the importance for them to access regular pathways, such as visas, and the role they can play in development of both communities of origin and destination when offered with right job opportunities and services access.',
		gcmObjectives: [5, 7, 19],
		principles: ['a'],
		areas: ['facilitating-migration', 'migration-and-development'],
		stages: [],
		targetGroups: ['youth'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-international-cooperation',
		kind: 'recommendation',
		level: 'global',
		headline: 'expand and deepen international cooperation and partnerships for safe, orderly and regular migration',
		text: 'Member States are encouraged to **expand and deepen international cooperation and partnerships for safe, orderly and regular migration**; many initiatives in this sense were presented during the discussion, including bilateral, regional and multilateral agreements, aimed at collecting better evidence, protecting migrants in their journey and offering regular pathways. Well-structured migration policy is key to regional peace and stability.',
		gcmObjectives: [23],
		principles: ['b'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-combined-action',
		kind: 'recommendation',
		level: 'global',
		headline: 'Combined action from a range of stakeholders',
		text: '**Combined action from a range of stakeholders** including local and national governments, the private sector, international organizations, civil society organizations (CSOs) and migrants themselves will be key to addressing structural barriers to safe and orderly migration pathways.',
		gcmObjectives: [23],
		principles: ['i', 'j'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: ['local-communities'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-drivers',
		kind: 'recommendation',
		level: 'global',
		headline: 'understand both the drivers and structural factors that compel people to move',
		text: 'It is crucial to ensure that efforts to enhance safe, regular and orderly pathways for migration are aligned with and build on efforts to better **understand both the drivers and structural factors that compel people to move**.',
		gcmObjectives: [2],
		principles: [],
		areas: ['migration-and-development'],
		stages: ['pre-migration'],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-combat-discrimination',
		kind: 'recommendation',
		level: 'global',
		headline: 'need to step up efforts to combat all forms of discrimination in the context of migration governance',
		text: 'Racism, xenophobia and intersecting forms of discrimination have harmful consequences for migrants and diasporas. There is a **need to step up efforts to combat all forms of discrimination in the context of migration governance**. Changing the migration narrative should take account of the global contributions of migrants and migration not only in financial terms, but also as enriching societies more broadly. Countries should not be mere consumers of migrant labour, but engaged in promoting a means to prosperity and equality. Migration is a human right and driver of economies; no country can develop without others.',
		gcmObjectives: [17],
		principles: ['f'],
		areas: ['cross-cutting'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-agriculture-pathways',
		kind: 'recommendation',
		level: 'global',
		headline: null,
		text: 'Migrants and migration form part of critical global functioning, such as in the agriculture industry, yet are largely under irregular labour schemes. Regular pathways are critical for migrant protection and for safeguarding global food production.',
		gcmObjectives: [5, 6],
		principles: ['f'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: ['migrant-workers', 'low-skilled-workers'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-humanitarian-assistance',
		kind: 'recommendation',
		level: 'global',
		headline: 'provide humanitarian assistance to people on the move',
		text: 'When it comes to **provide humanitarian assistance to people on the move**, it was also noted that it is crucial to protect the rights and lives of all migrants, ensuring that regular pathways do not replace a strong asylum system or justify unfair treatment of asylum seekers.',
		gcmObjectives: [7],
		principles: ['f'],
		areas: ['forced-migration'],
		stages: [],
		targetGroups: ['refugees-displaced'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'idm2024-rec-reimagine-pathways',
		kind: 'recommendation',
		level: 'global',
		headline: null,
		text: 'The examples presented at this IDM illustrate concrete opportunities for reimagining and implementing expanded pathways which safeguard migrant dignity and human rights and respond to the emerging demographic, economic, climate and overall societal challenges shared by communities worldwide.',
		gcmObjectives: [5],
		principles: ['f'],
		areas: ['facilitating-migration'],
		stages: [],
		targetGroups: [],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	// seed 001 §3–7: the conclusions of the Diaspora Ministerial Conference
	{
		key: 'dmc2013-3e-approach',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: "The Conference reaffirmed the relevance of IOM's 3E approach to diaspora development, namely, to enable, engage and empower transnational communities as agents for development.",
		gcmObjectives: [19],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: ['International Organization for Migration'],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-transnational-nature',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'The Conference deliberations highlighted the need for States to acknowledge the transnational nature of diasporas and called for the design of local and global strategies aiming to harness their potential.',
		gcmObjectives: [19],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-no-single-approach',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'There is no single global approach to diasporas, but rather a multitude of possibilities that enable diasporas to reach their full development potential and that effectively engage them and empower them to make a difference in the countries they come from and live in.',
		gcmObjectives: [19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-enabling-environment',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'The participants highlighted the importance of an enabling environment in both countries of origin and destination in order to maximize the potential of diaspora engagement. In this respect, effective policies relating to integration, social protection and citizenship are essential.',
		gcmObjectives: [16, 19, 22],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-strategic-partnerships',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'The Conference underlined the importance of strategic partnerships between States, international organizations, civil society and the private sector to create the conditions enabling diasporas to engage and thereby empowering them to share and transfer resources.',
		gcmObjectives: [19, 23],
		principles: ['b', 'j'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-crisis-recovery',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'The participants acknowledged the role that diasporas can play both during and after a crisis and showed how appropriate frameworks and structures can enhance diaspora engagement in post-crisis recovery processes.',
		gcmObjectives: [19],
		principles: [],
		areas: ['forced-migration', 'migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-vulnerable-diaspora-children',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'The participants drew attention to the needs of vulnerable migrants and diaspora groups, in particular diaspora children displaced by crisis. Frameworks for cooperation to address these needs, also in the interests of sustainable development for all, are crucial.',
		gcmObjectives: [7, 23],
		principles: ['e', 'h'],
		areas: ['forced-migration'],
		stages: [],
		targetGroups: ['children', 'diaspora', 'refugees-displaced'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-bridge-builders',
		kind: 'takeaway',
		level: null,
		headline: null,
		text: 'Many of the ministers present at the Conference called for a new vision and new policies to deal with diasporas as bridge builders in a world of pluralistic, multicultural and transnational societies.',
		gcmObjectives: [16, 19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	// seed 001 §4–7: what those conclusions call for, as recommendations
	{
		key: 'dmc2013-rec-transnational-strategies',
		kind: 'recommendation',
		level: null,
		headline: null,
		text: 'States should acknowledge the transnational nature of diasporas and design local and global strategies aiming to harness their potential, to enable diasporas to reach their full development potential, engage them and empower them to make a difference in the countries they come from and live in.',
		gcmObjectives: [19],
		principles: ['e'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-rec-enabling-environment',
		kind: 'recommendation',
		level: null,
		headline: null,
		text: 'Countries of origin and destination should create an enabling environment to maximize the potential of diaspora engagement, with effective policies relating to integration, social protection and citizenship.',
		gcmObjectives: [16, 19, 22],
		principles: ['e', 'i'],
		areas: ['migration-and-development'],
		stages: ['stay'],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-rec-strategic-partnerships',
		kind: 'recommendation',
		level: null,
		headline: null,
		text: 'States, international organizations, civil society and the private sector should build strategic partnerships to create the conditions enabling diasporas to engage and thereby empowering them to share and transfer resources.',
		gcmObjectives: [19, 23],
		principles: ['b', 'j'],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-rec-post-crisis-frameworks',
		kind: 'recommendation',
		level: null,
		headline: null,
		text: 'Appropriate frameworks and structures for diaspora engagement in post-crisis recovery processes should be put in place, with frameworks for cooperation that address the needs of vulnerable migrants and diaspora groups, in particular diaspora children displaced by crisis, also in the interests of sustainable development for all.',
		gcmObjectives: [7, 19, 23],
		principles: ['e', 'h'],
		areas: ['forced-migration', 'migration-and-development'],
		stages: [],
		targetGroups: ['children', 'diaspora', 'refugees-displaced'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	},
	{
		key: 'dmc2013-rec-bridge-builders',
		kind: 'recommendation',
		level: null,
		headline: null,
		text: 'A new vision and new policies should deal with diasporas as bridge builders in a world of pluralistic, multicultural and transnational societies.',
		gcmObjectives: [16, 19],
		principles: [],
		areas: ['migration-and-development'],
		stages: [],
		targetGroups: ['diaspora'],
		states: [],
		organisations: [],
		practices: [],
		facts: []
	}
];

export const demoReports: DemoReport[] = [
	{
		slug: 'idm-2024-first-session-key-findings',
		event: {
			year: 2024,
			titleIncludes: 'First Session'
		},
		titles: {
			en: 'First Session of the International Dialogue on Migration 2024: Key Findings',
			fr: 'Première session du Dialogue international sur la migration 2024 : principales conclusions',
			es: 'Primera sesión del Diálogo Internacional sobre la Migración 2024: conclusiones principales',
			ar: 'الدورة الأولى للحوار الدولي بشأن الهجرة لعام 2024: الاستنتاجات الرئيسية'
		},
		summaries: {
			en: 'Key findings of the first 2024 session of the International Dialogue on Migration (New York, 21–22 May 2024), “Facilitating Regular Pathways to a better future: Harnessing the power of migration”: the evidence, the challenges and solutions shared in each panel, the findings against the four expected outcomes and the links to the Summit of the Future.'
		},
		sections: [
			{
				titles: { en: 'Introduction', fr: 'Introduction', es: 'Introducción', ar: 'مقدمة' },
				kind: 'text',
				body: 'The International Dialogue on Migration Spring session at UN Headquarters in New York brought States and diverse partners together to explore how to create more and better opportunities for people to move in a regular and beneficial way as part of a comprehensive approach to human mobility. This included exploring policy, operational, and technical cross-sectoral solutions needed throughout the migration cycle, from pre-migration to admission, stay, exit, eventual return, and reintegration or onward migration. This discussion took place in the context of ongoing Global Compact for Safe, Orderly and Regular Migration (GCM) Regional Reviews and ahead of the UN Summit of the Future. It was recognized as a key part of wider efforts to accelerate progress towards the Sustainable Development Goals, enable adaptation to climate change, fill labor shortages, manage demographic transitions, provide safety to those fleeing violent conflicts, and facilitate alternatives to dangerous, abusive, and exploitative irregular journeys.',
				items: []
			},
			{
				titles: { en: 'Background', fr: 'Contexte', es: 'Antecedentes', ar: 'معلومات أساسية' },
				kind: 'text',
				body: 'Throughout history, migration has been one of the forces connecting the world, driving cultural exchange, enriching societies, spurring growth and innovation, and saving lives. The opportunities offered by the movement of people for societies and individuals across the world are clear and have been recognized in the 2030 Agenda for Sustainable Development and the GCM. Together with the Global Compact on Refugees, other relevant international instruments, as well as key regional agreements, these frameworks map out how to ensure and amplify the positive impacts of human mobility and address its challenges.\n\nRegular pathways for migration are integral to delivering on the promise of migration to address global challenges. Where and how people migrate, and with what outcomes, depend largely on the options available to them. The evidence highlights that the currently available options are insufficient for the complex, shifting contexts of today and tomorrow. There is a need to strengthen regular migration pathways and to mitigate the risks of deepening divides and exacerbating inequalities globally. A comprehensive approach to facilitating regular pathways has to draw on both Global Compacts and other relevant frameworks, and be coupled with other measures to save lives, minimize and deliver solutions for displacement, as well as to combat irregular migration, and provide for safe and dignified returns and sustainable reintegration. Change and innovation are urgently required to enable functional and impactful regular pathways as a key element of safe, orderly, and regular migration.',
				items: []
			},
			{
				titles: {
					en: 'Goal and outcomes of the first IDM session 2024',
					fr: 'Objectif et résultats de la première session de 2024 du Dialogue international sur la migration',
					es: 'Objetivo y resultados de la primera sesión de 2024 del Diálogo Internacional sobre la Migración',
					ar: 'هدف الدورة الأولى لعام 2024 من الحوار الدولي بشأن الهجرة ونتائجها'
				},
				kind: 'text',
				body: 'This IDM session aimed to bring together a wide range of stakeholders, including States, United Nations system organizations, civil society, the private sector and migrants and their communities to promote a global, multilateral and future-looking conversation on how to seize the opportunities and address the challenges of migration while supporting vulnerable populations in an increasingly interdependent and complex world.',
				items: []
			},
			{
				titles: { en: 'Document structure', fr: 'Structure du document', es: 'Estructura del documento', ar: 'هيكل الوثيقة' },
				kind: 'text',
				body: 'The main findings of the IDM discussion are summarized below under three main sections:\n\n1. What do we know? Evidence-based findings on regular pathways\n2. Challenges and solutions, as highlighted in the different panels\n3. Main takeaways in relation to the integration of international migration within the Summit of the Future\n\nThe findings include points raised both by panelists and speakers from the audience. The last section of this report traces some connections between the key findings of the IDM discussion and upcoming key multilateral events, such as the Summit for the Future.',
				items: []
			},
			{
				titles: {
					en: 'What do we know? Evidence-based findings on regular pathways',
					fr: 'Que savons-nous ? Constatations fondées sur des données factuelles concernant les voies de migration régulière',
					es: '¿Qué sabemos? Conclusiones basadas en datos empíricos sobre las vías de migración regular',
					ar: 'ماذا نعرف؟ استنتاجات قائمة على الأدلة بشأن مسارات الهجرة النظامية'
				},
				kind: 'text',
				body: null,
				items: [
					'idm2024-pathways-crucial',
					'idm2024-longitudinal-data',
					'idm2024-demographics-displacement',
					'idm2024-hdi-migration',
					'idm2024-policies-shape-patterns',
					'idm2024-remittances-vital',
					'idm2024-successful-pathways',
					'idm2024-context-specific',
					'idm2024-africa-mixed-migration',
					'idm2024-evolving-process',
					'idm2024-brain-drain-return',
					'idm2024-skills-recognition',
					'idm2024-holistic-approach',
					'idm2024-multi-stakeholder-collaboration',
					'idm2024-meta-data-for-good',
					'idm2024-friendship-data',
					'idm2024-meta-flows-dataset',
					'idm2024-data-collaboration',
					'idm2024-usa-entrepreneurs',
					'idm2024-regularization-research',
					'idm2024-sdg-contributions'
				]
			},
			{
				titles: { en: 'Challenges', fr: 'Défis', es: 'Desafíos', ar: 'التحديات' },
				kind: 'text',
				body: null,
				items: [
					'idm2024-unprecedented-migration',
					'idm2024-journey-risks',
					'idm2024-understanding-drivers',
					'idm2024-inadequate-mechanisms',
					'idm2024-youth-misinformation',
					'idm2024-visa-access',
					'idm2024-south-north-dialogue',
					'idm2024-diaspora-startups',
					'idm2024-job-market-transformation',
					'idm2024-administrative-data'
				]
			},
			{
				titles: {
					en: 'Solutions: innovative policy and programmes for regular pathways at the national level',
					fr: 'Solutions : politiques et programmes innovants en faveur des voies de migration régulière au niveau national',
					es: 'Soluciones: políticas y programas innovadores para las vías de migración regular en el plano nacional',
					ar: 'الحلول: سياسات وبرامج مبتكرة لمسارات الهجرة النظامية على الصعيد الوطني'
				},
				kind: 'text',
				body: null,
				items: [
					'idm2024-spain-policy',
					'idm2024-eu-talent-pool',
					'idm2024-spain-migrasafe',
					'idm2024-brazil-three-axes',
					'idm2024-brazil-triage-registration',
					'idm2024-brazil-biometric-id',
					'idm2024-brazil-voluntary-relocation',
					'idm2024-brazil-national-policy',
					'idm2024-argentina-visas',
					'idm2024-philippines-whole-of-society',
					'idm2024-mgi-tools',
					'idm2024-national-examples'
				]
			},
			{
				titles: {
					en: 'Solutions: innovative policies and programmes at the local and community level',
					fr: 'Solutions : politiques et programmes innovants au niveau local et communautaire',
					es: 'Soluciones: políticas y programas innovadores en el plano local y comunitario',
					ar: 'الحلول: سياسات وبرامج مبتكرة على الصعيدين المحلي والمجتمعي'
				},
				kind: 'text',
				body: null,
				items: [
					'idm2024-local-governments-urban',
					'idm2024-community-collaboration',
					'idm2024-monrovia-inclusive-services',
					'idm2024-local-governments-in-policy',
					'idm2024-flanders-integration',
					'idm2024-brazil-migrant-leadership-forum',
					'idm2024-canada-rural-matching'
				]
			},
			{
				titles: {
					en: "Solutions: innovative multi-stakeholders' policies and programmes",
					fr: 'Solutions : politiques et programmes innovants associant de multiples parties prenantes',
					es: 'Soluciones: políticas y programas innovadores con múltiples partes interesadas',
					ar: 'الحلول: سياسات وبرامج مبتكرة يشارك فيها أصحاب مصلحة متعددون'
				},
				kind: 'text',
				body: null,
				items: [
					'idm2024-eu-pact-talent-partnership',
					'idm2024-safe-mobility-initiative',
					'idm2024-direct-access-model',
					'idm2024-responsible-migration',
					'idm2024-benin-vocational-visas',
					'idm2024-migration-youth-children-platform',
					'idm2024-cartagena-plus-40',
					'idm2024-states-io-coordination',
					'idm2024-bilateral-regional-cooperation',
					'idm2024-los-angeles-declaration'
				]
			},
			{
				titles: {
					en: "Solutions: diasporas and private sector's contributions",
					fr: 'Solutions : contributions des diasporas et du secteur privé',
					es: 'Soluciones: contribuciones de las diásporas y del sector privado',
					ar: 'الحلول: مساهمات الجاليات في الخارج والقطاع الخاص'
				},
				kind: 'text',
				body: null,
				items: [
					'idm2024-adn-strategic-plan',
					'idm2024-builders-of-africa',
					'idm2024-global-diaspora-policy-alliance',
					'idm2024-returning-diaspora',
					'idm2024-africa-innovation-challenge',
					'idm2024-pontes-integration',
					'idm2024-pontes-toolkits',
					'idm2024-canada-local-experience',
					'idm2024-linkedin-diaspora-skills',
					'idm2024-pret-a-travailler',
					'idm2024-project-starfish',
					'idm2024-diaspora-diplomacy',
					'idm2024-diaspora-philanthropy',
					'idm2024-skills-integration-support'
				]
			},
			{
				titles: {
					en: 'Solutions: cutting-edge solutions in innovation, technology, skills building and transfer',
					fr: 'Solutions : solutions de pointe en matière d’innovation, de technologie, de renforcement et de transfert des compétences',
					es: 'Soluciones: soluciones de vanguardia en innovación, tecnología, desarrollo y transferencia de competencias',
					ar: 'الحلول: حلول رائدة في مجالات الابتكار والتكنولوجيا وبناء المهارات ونقلها'
				},
				kind: 'text',
				body: null,
				items: [
					'idm2024-new-data-labour-market',
					'idm2024-tent-coalition',
					'idm2024-tent-matching',
					'idm2024-quizzr-dashboard',
					'idm2024-ai-job-skills',
					'idm2024-ai-education',
					'idm2024-digital-skills-women',
					'idm2024-labour-mobility-analysis',
					'idm2024-guatemala-digital-tools'
				]
			},
			{
				titles: {
					en: 'The key findings in relation to the expected outcomes',
					fr: 'Les principales conclusions au regard des résultats attendus',
					es: 'Las conclusiones principales en relación con los resultados previstos',
					ar: 'الاستنتاجات الرئيسية فيما يتعلق بالنتائج المتوقعة'
				},
				kind: 'outcomes',
				body: 'The summary points listed above show the urgency of the current challenges and, at the same time, that the breadth and depth of solutions and initiatives around regular pathways and migration management more broadly are significant and promising. The discussion of all the panels contributed meaningfully towards the four expected outcomes of the event, by:',
				items: [
					'idm2024-takeaway-evidence-foresight',
					'idm2024-takeaway-innovative-solutions',
					'idm2024-takeaway-multilateral-community',
					'idm2024-takeaway-inclusive-pathways',
					'idm2024-takeaway-migrant-voices'
				]
			},
			{
				titles: {
					en: 'The key findings in relation to the Summit of the Future',
					fr: 'Les principales conclusions au regard du Sommet de l’avenir',
					es: 'Las conclusiones principales en relación con la Cumbre del Futuro',
					ar: 'الاستنتاجات الرئيسية فيما يتعلق بمؤتمر قمة المستقبل'
				},
				kind: 'text',
				body: 'As clarified by the IOM Director General during the opening remarks of the event, Migration is not just a response to crises but also a critical driver of economic resilience, growth, and prosperity. The 2030 Agenda for Sustainable Development acknowledges migration as a powerful catalyst for sustainable development, contributing significantly through remittances, skills, labor force strengthening, investment, and cultural diversity. The SDG Summit political declaration (A/RES/78/1), adopted by the General Assembly in September 2023 recognizes the positive contribution of migrants in inclusive growth and calls for a recommitment to international cooperation for safe, orderly and regular migration. The discussion held during this IDM was very much aligned to the key messages elaborated by the UN Network on Migration to place international migration within the context of the Summit of the Future.\n\nMost of the solutions, initiatives and recommendations raised by panelists and speakers from the audience reflected and enriched these key messages, including:',
				items: [
					'idm2024-rec-human-rights',
					'idm2024-rec-rights-based-pathways',
					'idm2024-rec-mainstream-migration',
					'idm2024-rec-accelerator-growth',
					'idm2024-rec-migrants-contributors',
					'idm2024-rec-integration-development-planning',
					'idm2024-rec-remittances',
					'idm2024-rec-migrant-youth',
					'idm2024-rec-international-cooperation',
					'idm2024-rec-combined-action',
					'idm2024-rec-drivers',
					'idm2024-rec-combat-discrimination',
					'idm2024-rec-agriculture-pathways',
					'idm2024-rec-humanitarian-assistance',
					'idm2024-rec-reimagine-pathways'
				]
			},
			{
				titles: { en: 'Annex: statistics', fr: 'Annexe : statistiques', es: 'Anexo: estadísticas', ar: 'المرفق: إحصاءات' },
				kind: 'annex',
				body: null,
				items: []
			}
		],
		outcomes: [
			{
				outcome: 1,
				items: [
					'idm2024-takeaway-evidence-foresight',
					'idm2024-longitudinal-data',
					'idm2024-hdi-migration',
					'idm2024-meta-data-for-good',
					'idm2024-friendship-data',
					'idm2024-new-data-labour-market'
				]
			},
			{
				outcome: 2,
				items: [
					'idm2024-takeaway-innovative-solutions',
					'idm2024-safe-mobility-initiative',
					'idm2024-brazil-biometric-id',
					'idm2024-argentina-visas',
					'idm2024-guatemala-digital-tools',
					'idm2024-monrovia-inclusive-services'
				]
			},
			{
				outcome: 3,
				items: [
					'idm2024-takeaway-multilateral-community',
					'idm2024-successful-pathways',
					'idm2024-brazil-voluntary-relocation',
					'idm2024-flanders-integration',
					'idm2024-cartagena-plus-40',
					'idm2024-pontes-integration'
				]
			},
			{
				outcome: 4,
				items: [
					'idm2024-takeaway-inclusive-pathways',
					'idm2024-skills-recognition',
					'idm2024-eu-talent-pool',
					'idm2024-canada-rural-matching',
					'idm2024-tent-matching',
					'idm2024-labour-mobility-analysis'
				]
			}
		]
	},
	{
		slug: 'idm-2013-diaspora-ministerial-conference-conclusions',
		event: {
			year: 2013,
			titleIncludes: 'Diaspora Ministerial Conference'
		},
		titles: {
			en: 'Diaspora Ministerial Conference 2013: Conclusions and Recommendations',
			fr: 'Conférence ministérielle sur les diasporas 2013 : conclusions et recommandations',
			es: 'Conferencia Ministerial sobre la Diáspora 2013: conclusiones y recomendaciones',
			ar: 'المؤتمر الوزاري المعني بالجاليات في الخارج 2013: الاستنتاجات والتوصيات'
		},
		summaries: {
			en: 'Conclusions and recommendations of the first global conference of ministers and high-level officials in charge of diaspora policies, “Diasporas and Development: Bridging Societies and States” (Geneva, 18–19 June 2013), as summarised in IC/2013/4.'
		},
		sections: [
			{
				titles: { en: 'Introduction', fr: 'Introduction', es: 'Introducción', ar: 'مقدمة' },
				kind: 'text',
				body: "In response to the fast-growing interest of governments in diaspora issues, in 2013 IOM replaced the usual two IDM workshops with one high-level event, the Diaspora Ministerial Conference. This was the first ever global conference of ministers and high-level officials in charge of diaspora policies and was held in Geneva on 18 and 19 June 2013. The Conference took place at a very important time in terms of the overall global migration and development agenda, shortly before the second United Nations High-level Dialogue on International Migration and Development in 2013, the follow-up to the 1994 Cairo International Conference on Population and Development in 2014, the review of the Millennium Development Goals and discussion of the post-2015 development agenda.\n\nMore than 600 participants from governments, academic circles, the private sector and the media attended the Conference. Fifty-five cabinet-level speakers shared their experiences and good practices in engaging diasporas for development in countries of origin and destination. The Conference showcased the relevance of diaspora engagement to the global policy agenda and offered a platform for exchanging views on policies, practices and the issues and challenges facing governments and their partners in engaging with diasporas. It reaffirmed the relevance of IOM's 3E approach to diaspora development, namely, to enable, engage and empower transnational communities as agents for development. The Conference produced a set of conclusions and recommendations for consideration by IOM, at the High-level Dialogue in October 2013, and during discussion of the post-2015 development agenda.",
				items: []
			},
			{
				titles: { en: 'Conclusions', fr: 'Conclusions', es: 'Conclusiones', ar: 'الاستنتاجات' },
				kind: 'text',
				body: null,
				items: [
					'dmc2013-3e-approach',
					'dmc2013-transnational-nature',
					'dmc2013-no-single-approach',
					'dmc2013-enabling-environment',
					'dmc2013-strategic-partnerships',
					'dmc2013-crisis-recovery',
					'dmc2013-vulnerable-diaspora-children',
					'dmc2013-bridge-builders'
				]
			},
			{
				titles: { en: 'Recommendations', fr: 'Recommandations', es: 'Recomendaciones', ar: 'التوصيات' },
				kind: 'text',
				body: null,
				items: [
					'dmc2013-rec-transnational-strategies',
					'dmc2013-rec-enabling-environment',
					'dmc2013-rec-strategic-partnerships',
					'dmc2013-rec-post-crisis-frameworks',
					'dmc2013-rec-bridge-builders'
				]
			}
		],
		outcomes: []
	}
];

/** Illustrative follow-up, not from the seeds (see the header). */
export const followUpActions: DemoFollowUpAction[] = [
	{
		item: 'idm2024-rec-human-rights',
		owner: {
			organisation: 'International Organization for Migration'
		},
		descriptions: {
			en: 'Publish a short guide for IDM participants on rights-based regular pathways, drawing on the 2024 key findings.'
		},
		status: 'completed',
		due: '2025-06-30',
		timeline: [
			{ on: '2024-07-15', text: 'Drafting team set up by the IDM secretariat.', status: 'planned' },
			{ on: '2024-11-20', text: 'First draft shared with Member States for comments.', status: 'in-progress' },
			{ on: '2025-05-30', text: 'Guide published on the IDM pages.', status: 'completed' }
		]
	},
	{
		item: 'idm2024-rec-rights-based-pathways',
		owner: {
			state: 'ESP'
		},
		descriptions: {
			en: 'Review the employability pathway for people under international protection against the rights-based criteria of the key findings (access to justice, decent work, fair wages).'
		},
		status: 'in-progress',
		due: '2026-06-30',
		timeline: [
			{ on: '2024-10-01', text: 'Review announced at the IDM follow-up briefing.', status: 'planned' },
			{ on: '2025-04-15', text: 'Review under way with partner companies and IOM.', status: 'in-progress' }
		]
	},
	{
		item: 'idm2024-rec-mainstream-migration',
		owner: {
			state: 'PHL'
		},
		descriptions: {
			en: 'Include migration in the sectoral chapters of the national development plan through a whole-of-government consultation.'
		},
		status: 'advanced',
		due: '2026-12-31',
		timeline: [
			{ on: '2024-09-10', text: 'Consultation plan adopted.', status: 'planned' },
			{ on: '2025-02-01', text: 'Sectoral consultations started.', status: 'in-progress' },
			{ on: '2026-03-15', text: 'Draft chapters agreed by the ministries concerned.', status: 'advanced' }
		]
	},
	{
		item: 'idm2024-rec-remittances',
		owner: {
			state: 'MEX'
		},
		descriptions: {
			en: 'Link remittance transfers with financial services and products for migrants and their families.'
		},
		status: 'not-started',
		due: '2026-12-31',
		timeline: [{ on: '2025-01-20', text: 'Proposed at a regional review; no lead unit named yet.', status: 'not-started' }]
	},
	{
		item: 'idm2024-rec-international-cooperation',
		owner: {
			state: 'BRA'
		},
		descriptions: {
			en: 'Share the experience of registration, biometric identity cards and voluntary relocation with partner States in the region.'
		},
		status: 'completed',
		due: '2025-12-31',
		timeline: [
			{ on: '2024-08-05', text: 'Exchange programme agreed with partner States.', status: 'planned' },
			{ on: '2025-03-12', text: 'First technical exchange held.', status: 'in-progress' },
			{ on: '2025-11-28', text: 'Exchange report published.', status: 'completed' }
		]
	},
	{
		item: 'idm2024-rec-migrant-youth',
		owner: {
			organisation: 'Migration Youth and Children Platform'
		},
		descriptions: {
			en: 'Bring young migrants’ voices to the next IDM session through a youth-led panel proposal.'
		},
		status: 'planned',
		due: '2026-10-31',
		timeline: [{ on: '2026-02-10', text: 'Panel proposal submitted to the IDM secretariat.', status: 'planned' }]
	},
	{
		item: 'idm2024-rec-combined-action',
		owner: {
			organisation: 'Tent Partnership for Refugees'
		},
		descriptions: {
			en: 'Extend the direct matching of employers and refugee candidates to a further country, with local governments and civil society.'
		},
		status: 'in-progress',
		due: null,
		timeline: [
			{ on: '2024-12-01', text: 'Country selection under discussion.', status: 'planned' },
			{ on: '2025-09-15', text: 'Pilot started with a first group of employers.', status: 'in-progress' }
		]
	},
	{
		item: 'dmc2013-rec-transnational-strategies',
		owner: {
			organisation: 'International Organization for Migration'
		},
		descriptions: {
			en: 'Bring the Conference’s conclusions and recommendations to the High-level Dialogue on International Migration and Development of October 2013 and to the post-2015 development agenda discussions.'
		},
		status: 'completed',
		due: '2013-10-31',
		timeline: [
			{ on: '2013-06-19', text: 'Conclusions and recommendations adopted at the close of the Conference.', status: 'planned' },
			{ on: '2013-09-26', text: 'Summary of the conclusions circulated to Member States with IC/2013/4.', status: 'in-progress' },
			{ on: '2013-10-04', text: 'Conclusions presented at the High-level Dialogue.', status: 'completed' }
		]
	},
	{
		item: 'dmc2013-rec-strategic-partnerships',
		owner: {
			organisation: 'International Organization for Migration'
		},
		descriptions: {
			en: 'Build partnerships with States, civil society and the private sector that enable, engage and empower diasporas (the 3E approach).'
		},
		status: 'advanced',
		due: null,
		timeline: [
			{ on: '2014-03-01', text: 'Partnership approach drafted.', status: 'planned' },
			{ on: '2016-06-15', text: 'First partnerships signed.', status: 'in-progress' },
			{ on: '2023-11-30', text: 'Partnerships active in several regions.', status: 'advanced' }
		]
	},
	{
		item: 'dmc2013-rec-enabling-environment',
		owner: {
			state: 'PHL'
		},
		descriptions: {
			en: 'Review integration, social protection and citizenship provisions affecting its diaspora with countries of destination.'
		},
		status: 'completed',
		due: '2018-12-31',
		timeline: [
			{ on: '2014-05-12', text: 'Review launched.', status: 'planned' },
			{ on: '2016-02-01', text: 'Bilateral talks with countries of destination.', status: 'in-progress' },
			{ on: '2018-10-30', text: 'Review concluded and findings published.', status: 'completed' }
		]
	},
	{
		item: 'dmc2013-rec-post-crisis-frameworks',
		owner: {
			organisation: 'International Organization for Migration'
		},
		descriptions: {
			en: 'Develop guidance on diaspora engagement in post-crisis recovery, including support for diaspora children displaced by crisis.'
		},
		status: 'in-progress',
		due: '2026-12-31',
		timeline: [
			{ on: '2015-05-10', text: 'Guidance included in the work plan.', status: 'planned' },
			{ on: '2019-02-01', text: 'Field consultations under way.', status: 'in-progress' }
		]
	},
	{
		item: 'dmc2013-rec-bridge-builders',
		owner: {
			state: 'ZAF'
		},
		descriptions: {
			en: 'Draft a national diaspora policy that treats diasporas as bridge builders between societies.'
		},
		status: 'not-started',
		due: null,
		timeline: [{ on: '2014-02-01', text: 'Listed as a follow-up in a national report; no work started.', status: 'not-started' }]
	}
];

/**
 * Loads the two reports through the secretariat's operations: each item created in its first
 * section and listed again where another section lists it, the outcomes mapped, then sent for
 * review, approved and published (the 2024 annex is computed then, from the demo registrations,
 * attendance and survey); then the IDM's follow-up statuses and the illustrative actions.
 */
export async function loadDemoReports(ctx: Ctx, eventIds: Map<string, string>, orgIds: Map<string, string>, factIds: Map<string, string>) {
	const items = new Map(reportItems.map((i) => [i.key, i]));
	const organisationId = (name: string) => {
		const found = demoOrganisations.find((o) => o.name === name);
		const id = found && orgIds.get(found.key);
		if (!id) throw new Error(`demo reports: no organisation named ${name}`);
		return id;
	};
	const practiceSlugs = [...new Set(reportItems.flatMap((i) => i.practices))];
	const practiceIds = new Map(
		practiceSlugs.length
			? (await ctx.db.select({ id: practices.id, slug: practices.slug }).from(practices).where(inArray(practices.slug, practiceSlugs))).map(
					(p) => [p.slug, p.id]
				)
			: []
	);
	const itemInput = (i: DemoReportItem) => ({
		kind: i.kind,
		level: i.level ?? undefined,
		headlines: i.headline ? { en: i.headline } : undefined,
		texts: { en: i.text },
		gcmObjectives: i.gcmObjectives,
		principles: i.principles,
		areas: i.areas,
		stages: i.stages,
		targetGroups: i.targetGroups,
		states: i.states,
		organisations: i.organisations.map(organisationId),
		practices: i.practices.map((k) => practiceIds.get(k) ?? k),
		facts: i.facts.map((k) => factIds.get(k) ?? k)
	});
	const itemIds = new Map<string, string>();
	let dialogueId: string | null = null;
	for (const r of demoReports) {
		const eventKey = demoDialogues
			.flatMap((d) => d.cycles)
			.find((c) => c.year === r.event.year)
			?.events.find((e) => e.titles.en?.includes(r.event.titleIncludes))?.key;
		const eventId = eventKey && eventIds.get(eventKey);
		if (!eventId) throw new Error(`demo reports: no event of ${r.event.year} titled "${r.event.titleIncludes}"`);
		const report = await reportsOps.createReport(ctx, { slug: r.slug, eventId, titles: r.titles, summaries: r.summaries });
		dialogueId = report.dialogueId;
		for (const s of r.sections) {
			const section = await reportsOps.addSection(ctx, report.id, {
				kind: s.kind,
				titles: s.titles,
				bodies: s.body ? { en: s.body } : undefined
			});
			for (const key of s.items) {
				const known = itemIds.get(key);
				if (known) await reportsOps.attachItem(ctx, section.id, known);
				else itemIds.set(key, (await reportsOps.createItem(ctx, section.id, itemInput(items.get(key)!))).id);
			}
		}
		for (const o of r.outcomes)
			await reportsOps.setOutcomeItems(
				ctx,
				report.id,
				o.outcome - 1,
				o.items.map((k) => itemIds.get(k)!)
			);
		let row = await reportsOps.reportRow(ctx.db, report.id);
		row = await reportsOps.submitForReview(ctx, report.id, { version: row.version });
		row = await reportsOps.review(ctx, report.id, { decision: 'approve', version: row.version });
		await reportsOps.publish(ctx, report.id, { version: row.version });
	}
	if (!dialogueId) return;
	for (const s of followUpStatuses) await reportsOps.defineStatus(ctx, dialogueId, s);
	for (const a of followUpActions) {
		const action = await reportsOps.createAction(ctx, itemIds.get(a.item)!, {
			...('state' in a.owner ? { ownerStateId: a.owner.state } : { ownerOrganisationId: organisationId(a.owner.organisation) }),
			descriptions: a.descriptions,
			status: a.timeline[0]?.status ?? a.status,
			dueDate: a.due ?? undefined
		});
		for (const entry of a.timeline)
			await reportsOps.addEntry(ctx, action.id, { on: entry.on, texts: { en: entry.text }, status: entry.status });
	}
}
