/**
 * Demo good practices and evidence for the knowledge platform (issue 7).
 *
 * FROM THE SEEDS: every practice below is one the seeds name, and its description paraphrases or
 * quotes the seed's words: seed 003 (Migration Week side event concept note, Marrakesh,
 * 9 December 2018: "Examples of Innovative Solutions", four examples) and seed 000 (IDM 2024
 * first session, New York, Key Findings, section 2). Each is linked to the event of that seed.
 * Every figure of the evidence facts is quoted from seed 000 or seed 001 (its paragraph named).
 *
 * INVENTED (the tagging a specialist would do; the seeds give none of it): the GCM objectives,
 * guiding principles, stages, areas, target groups, scope, status and start years (a year is
 * given only where the seed gives one, e.g. Ecuador's law "in place since 2017"; otherwise the
 * year of the event that presented it, marked `// year: event`). The French, Spanish and Arabic
 * titles and summaries are the platform's translations, not the seeds'.
 */
import type { LocalizedText } from '$lib/i18n';
import type { PracticeScope, PracticeStatus, TargetGroup } from '$lib/practices/types';
import type { OrganisationType } from '$lib/directory/types';
import type { Ctx } from '../core/actor';
import * as practicesOps from '../practices';

const IDM_2024 = 'idm-2024-session-1-new-york';
const MARRAKESH_2018 = 'gcm-2018-side-event-regular-pathways';

export interface DemoPractice {
	key: string;
	titles: LocalizedText;
	summaries: LocalizedText;
	descriptions?: LocalizedText;
	outcomes?: LocalizedText;
	innovation?: LocalizedText;
	scope: PracticeScope;
	status: PracticeStatus;
	/** Only where the seed gives it (Ecuador's law, "in place since 2017"); otherwise empty, never the year of the event that presented it. */
	periodStart?: number;
	implementingStates?: string[];
	implementingOrganisations?: string[];
	organisationTypes?: OrganisationType[];
	partners?: string[];
	countries: string[];
	regions: string[];
	/** UN M49 regions, where the seed makes them clear (the Abu Dhabi Dialogue: Western, Southern and South-eastern Asia; Latin America: 419). */
	m49Regions?: string[];
	stages: string[];
	gcm: number[];
	principles: string[];
	areas: string[];
	targets: TargetGroup[];
	event: string;
	sourceReference: string;
	evidence?: string[];
}

export interface DemoFact {
	key: string;
	statements: LocalizedText;
	value?: string;
	unit?: string;
	year?: number;
	source: string;
	event?: string;
	countries?: string[];
	regions?: string[];
	gcm?: number[];
	areas?: string[];
	stages?: string[];
	targets?: TargetGroup[];
}

const S000 = 'IDM 2024 first session, Key Findings (seed 000)';
const S003 = 'Migration Week side event concept note, Marrakesh 2018 (seed 003)';

export const demoFacts: DemoFact[] = [
	// seed 000, section 1: "Remittances have increased from $128 billion in 2000, to reach $831 billion in 2022"
	{
		key: 'remittances-2000',
		statements: {
			en: 'International remittances to low- and middle-income countries were USD 128 billion in 2000.',
			fr: 'Les envois de fonds internationaux vers les pays à revenu faible et intermédiaire atteignaient 128 milliards de dollars des États-Unis en 2000.',
			es: 'Las remesas internacionales a los países de ingreso bajo y mediano fueron de 128.000 millones de dólares en 2000.'
		},
		value: '128',
		unit: 'USD billion',
		year: 2000,
		source: S000,
		event: IDM_2024,
		gcm: [20],
		areas: ['migration-and-development']
	},
	{
		key: 'remittances-2022',
		statements: {
			en: 'International remittances reached USD 831 billion in 2022, surpassing foreign direct investment and official development assistance.',
			fr: 'Les envois de fonds internationaux ont atteint 831 milliards de dollars des États-Unis en 2022, dépassant l’investissement direct étranger et l’aide publique au développement.',
			es: 'Las remesas internacionales alcanzaron 831.000 millones de dólares en 2022, por encima de la inversión extranjera directa y de la asistencia oficial para el desarrollo.',
			ar: 'بلغت التحويلات المالية الدولية 831 مليار دولار أمريكي في عام 2022، متجاوزة الاستثمار الأجنبي المباشر والمساعدة الإنمائية الرسمية.'
		},
		value: '831',
		unit: 'USD billion',
		year: 2022,
		source: S000,
		event: IDM_2024,
		gcm: [19, 20],
		areas: ['migration-and-development']
	},
	// seed 000, section 1: "most international migrants (60%) move from and to countries with high or very high HDI"
	{
		key: 'hdi-60',
		statements: {
			en: '60% of international migrants move from and to countries with high or very high Human Development Index rankings.',
			fr: '60 % des migrants internationaux partent de pays et se rendent dans des pays à indice de développement humain élevé ou très élevé.'
		},
		value: '60',
		unit: '% of international migrants',
		source: `${S000}, citing the World Migration Report`,
		event: IDM_2024,
		gcm: [1, 5],
		areas: ['facilitating-migration']
	},
	// seed 001, paragraph 17
	{
		key: 'south-south-73m',
		statements: { en: 'South-South movements are estimated to involve up to 73 million people.' },
		value: '73',
		unit: 'million people',
		source: 'IDM 2014 discussion note, paragraph 17 (seed 001)',
		gcm: [1, 23],
		areas: ['migration-and-development']
	},
	{
		key: 'south-north-82m',
		statements: { en: 'South-North migration flows are estimated at 82.3 million people.' },
		value: '82.3',
		unit: 'million people',
		source: 'IDM 2014 discussion note, paragraph 17 (seed 001)',
		gcm: [1, 23],
		areas: ['migration-and-development']
	},
	// seed 001, paragraph 18
	{
		key: 'north-south-13m',
		statements: { en: '13.7 million migrants from the North lived in the South in 2013, 6 per cent of all migrants worldwide.' },
		value: '13.7',
		unit: 'million people',
		year: 2013,
		source: 'IDM 2014 discussion note, paragraph 18 (seed 001)',
		gcm: [1],
		areas: ['migration-and-development']
	},
	// seed 001, paragraph 17 (UNCTAD)
	{
		key: 'ldc-emigrants-oecd-20',
		statements: { en: 'In 2010 high-income OECD countries accounted for 20 per cent of all emigrants from least developed countries.' },
		value: '20',
		unit: '% of emigrants from least developed countries',
		year: 2010,
		source: 'IDM 2014 discussion note, paragraph 17, citing UNCTAD (seed 001)',
		gcm: [1],
		areas: ['migration-and-development']
	},
	// seed 000, Brazil: "a low rate of undocumented migrants (less than 2%)"
	{
		key: 'brazil-undocumented-2',
		statements: {
			en: 'Brazil reports that less than 2% of its migrants are undocumented.',
			es: 'Brasil informa que menos del 2 % de sus migrantes son indocumentados.'
		},
		value: '2',
		unit: '% of migrants (upper bound)',
		source: S000,
		event: IDM_2024,
		countries: ['BRA'],
		gcm: [4],
		areas: ['regulating-migration']
	},
	// seed 000, Brazil: "one-fifth of Brazilian cities receiving migrants voluntarily"
	{
		key: 'brazil-cities-fifth',
		statements: { en: 'One fifth of Brazilian cities receive migrants through the voluntary relocation programme.' },
		value: '20',
		unit: '% of Brazilian cities',
		source: S000,
		event: IDM_2024,
		countries: ['BRA'],
		gcm: [15, 16],
		areas: ['forced-migration']
	},
	// seed 000: "Over 5,000 municipalities participated in consultations"
	{
		key: 'brazil-municipalities-5000',
		statements: {
			en: 'Over 5,000 Brazilian municipalities took part in the consultations on the national policy for migration, refugees and asylum.'
		},
		value: '5000',
		unit: 'municipalities',
		source: S000,
		event: IDM_2024,
		countries: ['BRA'],
		gcm: [23],
		areas: ['cross-cutting']
	},
	// seed 000: "3.2 million foreign-born entrepreneurs"
	{
		key: 'usa-entrepreneurs-3m',
		statements: { en: 'The United States counts 3.2 million foreign-born entrepreneurs.' },
		value: '3.2',
		unit: 'million people',
		source: S000,
		event: IDM_2024,
		countries: ['USA'],
		gcm: [19],
		areas: ['migration-and-development'],
		targets: ['entrepreneurs', 'diaspora']
	},
	// seed 000, Builders of Africa: "Over 70% of participants in entrepreneurship programs are migrants"
	{
		key: 'entrepreneurship-migrants-70',
		statements: { en: 'Over 70% of participants in the African Diaspora Network’s entrepreneurship programmes are migrants.' },
		value: '70',
		unit: '% of participants',
		source: S000,
		event: IDM_2024,
		gcm: [19],
		areas: ['migration-and-development'],
		targets: ['entrepreneurs', 'diaspora']
	},
	// seed 000, Benin: "directing 70% of its youth towards this pathway"
	{
		key: 'benin-vocational-70',
		statements: { en: 'Benin directs 70% of its youth towards vocational training rather than general education.' },
		value: '70',
		unit: '% of youth',
		source: S000,
		event: IDM_2024,
		countries: ['BEN'],
		gcm: [2, 18],
		areas: ['migration-and-development'],
		targets: ['youth']
	},
	// seed 000, UN Women: "Women and girls are 25% less likely than men to have necessary digital skills"
	{
		key: 'digital-skills-women-25',
		statements: {
			en: 'Women and girls are 25% less likely than men to have the necessary digital skills.',
			fr: 'Les femmes et les filles ont 25 % moins de chances que les hommes d’avoir les compétences numériques nécessaires.'
		},
		value: '25',
		unit: '% less likely than men',
		source: `${S000}, UN Women`,
		event: IDM_2024,
		gcm: [18],
		areas: ['cross-cutting'],
		targets: ['women']
	},
	// seed 000, Meta Data for Good: "In Italy, over 80% of the displaced population were women"
	{
		key: 'ukraine-italy-women-80',
		statements: { en: 'Over 80% of the people displaced from Ukraine to Italy were women, against close to 50% in Türkiye.' },
		value: '80',
		unit: '% of displaced people',
		source: `${S000}, Meta Data for Good`,
		event: IDM_2024,
		countries: ['ITA', 'TUR', 'UKR'],
		gcm: [1],
		areas: ['forced-migration'],
		targets: ['women', 'refugees-displaced']
	},
	// seed 000, Tent: "a coalition of over 400 major companies"
	{
		key: 'tent-400-companies',
		statements: {
			en: 'The Tent Partnership for Refugees is a coalition of over 400 major companies committed to the economic integration of refugees.'
		},
		value: '400',
		unit: 'companies',
		source: S000,
		event: IDM_2024,
		gcm: [16, 18],
		areas: ['forced-migration'],
		targets: ['refugees-displaced']
	},
	// seed 000, statistics annex: "84 national governments"
	{
		key: 'idm-2024-governments-84',
		statements: {
			en: 'The first IDM session of 2024 brought together representatives of 84 national governments, including 17 GCM Champion countries.'
		},
		value: '84',
		unit: 'national governments',
		year: 2024,
		source: `${S000}, statistics annex`,
		event: IDM_2024,
		gcm: [23],
		areas: ['cross-cutting']
	}
];

export const demoPractices: DemoPractice[] = [
	// seed 003, Example One
	{
		key: 'canadian-orientation-abroad',
		titles: {
			en: 'Canadian Orientation Abroad (COA)',
			fr: 'Orientation canadienne à l’étranger',
			es: 'Orientación canadiense en el extranjero',
			ar: 'برنامج التوجيه الكندي في الخارج'
		},
		summaries: {
			en: 'An overseas orientation initiative funded by Immigration, Refugees and Citizenship Canada and implemented by IOM in over 40 countries, giving visa-ready migrants accurate, consistent and timely information to make informed settlement decisions.',
			fr: 'Une initiative d’orientation à l’étranger financée par Immigration, Réfugiés et Citoyenneté Canada et mise en œuvre par l’OIM dans plus de 40 pays, qui donne aux migrants munis d’un visa une information exacte et à jour pour préparer leur installation.',
			es: 'Una iniciativa de orientación en el extranjero financiada por Inmigración, Refugiados y Ciudadanía de Canadá y ejecutada por la OIM en más de 40 países, que ofrece a los migrantes con visado información exacta y oportuna para decidir su establecimiento.',
			ar: 'مبادرة توجيه في الخارج تموّلها وزارة الهجرة واللاجئين والمواطنة الكندية وتنفّذها المنظمة الدولية للهجرة في أكثر من 40 بلداً، تزوّد المهاجرين الحاصلين على التأشيرة بمعلومات دقيقة وفي الوقت المناسب لاتخاذ قرارات الاستقرار.'
		},
		descriptions: {
			en: 'COA is offered to visa-ready migrants to Canada, including refugees, economic immigrants and family class immigrants. It provides support at the pre-departure stage by capitalizing on current technology and mobilizing partners in countries of origin and destination communities.'
		},
		innovation: { en: 'Pre-departure orientation delivered in person and online across more than 40 countries with one curriculum.' },
		scope: 'global',
		status: 'ongoing',
		implementingStates: ['CAN'],
		implementingOrganisations: ['Immigration, Refugees and Citizenship Canada', 'International Organization for Migration'],
		organisationTypes: ['national-government', 'iom'],
		countries: ['CAN'],
		regions: ['AME'],
		stages: ['pre-migration'],
		gcm: [3, 5, 16],
		principles: ['a', 'b'],
		areas: ['facilitating-migration'],
		targets: ['refugees-displaced', 'families', 'skilled-workers'],
		event: MARRAKESH_2018,
		sourceReference: `${S003}, Example One`
	},
	// seed 003, Example Two
	{
		key: 'family-assistance-programme-germany',
		titles: {
			en: 'IOM Family Assistance Programme (FAP) for family reunification to Germany',
			fr: 'Programme d’assistance aux familles de l’OIM pour le regroupement familial vers l’Allemagne',
			es: 'Programa de Asistencia a las Familias de la OIM para la reunificación familiar en Alemania',
			ar: 'برنامج مساعدة الأسر التابع للمنظمة الدولية للهجرة من أجل لمّ شمل الأسر في ألمانيا'
		},
		summaries: {
			en: 'Funded by the German Federal Foreign Office, FAP facilitates the reunification of families in a situation of vulnerability through existing legal pathways, protecting them from misinformation and exploitation by unscrupulous visa brokers and smugglers.',
			fr: 'Financé par le ministère fédéral allemand des Affaires étrangères, le programme facilite le regroupement des familles vulnérables par les voies légales existantes et les protège de la désinformation et de l’exploitation par des intermédiaires et des passeurs.',
			es: 'Financiado por el Ministerio Federal de Relaciones Exteriores de Alemania, el programa facilita la reunificación de familias en situación de vulnerabilidad por las vías legales existentes y las protege de la desinformación y de la explotación por intermediarios y traficantes.'
		},
		descriptions: {
			en: 'Through in-person and remote assistance operations across ten countries, FAP enhances the regular migration of a high volume of migrant families by informing them about visa requirements, conducting completeness checks on their application and fast tracking highly vulnerable cases.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingStates: ['DEU'],
		implementingOrganisations: ['German Federal Foreign Office', 'International Organization for Migration'],
		organisationTypes: ['national-government', 'iom'],
		countries: ['DEU'],
		regions: ['EEA', 'MENA'],
		stages: ['pre-migration', 'admission'],
		gcm: [5, 7, 9],
		principles: ['a', 'h', 'f'],
		areas: ['facilitating-migration'],
		targets: ['families', 'children', 'refugees-displaced'],
		event: MARRAKESH_2018,
		sourceReference: `${S003}, Example Two`
	},
	// seed 003, Example Three
	{
		key: 'abu-dhabi-dialogue-ciop',
		titles: {
			en: 'Comprehensive Information and Orientation Programme (CIOP) of the Abu Dhabi Dialogue',
			fr: 'Programme complet d’information et d’orientation du Dialogue d’Abou Dhabi',
			ar: 'البرنامج الشامل للمعلومات والتوجيه في إطار حوار أبوظبي'
		},
		summaries: {
			en: 'A coordinated management system for tailored pre-employment, pre-departure and post-arrival orientation of temporary contractual workers in the GCC states, developed by the governments of the Abu Dhabi Dialogue with technical support from IOM.',
			ar: 'نظام إدارة منسّق لتوجيه العمال المتعاقدين مؤقتاً قبل التوظيف وقبل المغادرة وبعد الوصول في دول مجلس التعاون الخليجي، تعدّه حكومات حوار أبوظبي بدعم تقني من المنظمة الدولية للهجرة.'
		},
		descriptions: {
			en: 'The CIOP aims to enhance transparency of information, protect workers from risks of exploitation and abuse, support prospective workers’ informed decision-making and reduce barriers at the work place while promoting social integration.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingStates: ['ARE'],
		implementingOrganisations: ['Abu Dhabi Dialogue', 'International Organization for Migration'],
		organisationTypes: ['intergovernmental', 'iom'],
		countries: ['ARE', 'SAU', 'KWT', 'QAT', 'BHR', 'OMN', 'PHL', 'IND'],
		regions: ['MENA', 'AP'],
		m49Regions: ['145', '034', '035'],
		stages: ['pre-migration', 'admission', 'stay'],
		gcm: [3, 6, 23],
		principles: ['b', 'f'],
		areas: ['facilitating-migration'],
		targets: ['migrant-workers', 'low-skilled-workers'],
		event: MARRAKESH_2018,
		sourceReference: `${S003}, Example Three`
	},
	// seed 003, Example Four
	{
		key: 'ecuador-human-mobility-law',
		titles: {
			en: 'Ecuador’s Human Mobility Law',
			es: 'Ley Orgánica de Movilidad Humana del Ecuador',
			fr: 'Loi équatorienne sur la mobilité humaine'
		},
		summaries: {
			en: 'In place since 2017, the law provides a framework for the regularization of immigrants, asylum seekers and victims of trafficking and smuggling and their families, with equal treatment before the law and the non-criminalization of irregular migration.',
			es: 'Vigente desde 2017, la ley ofrece un marco para la regularización de inmigrantes, solicitantes de asilo y víctimas de trata y tráfico y sus familias, con igualdad ante la ley y la no criminalización de la migración irregular.'
		},
		innovation: {
			en: 'A comprehensive protection framework for all people on the move, favouring integration measures in support of Ecuador’s development.'
		},
		scope: 'national',
		status: 'completed',
		periodStart: 2017,
		implementingStates: ['ECU'],
		implementingOrganisations: ['Government of Ecuador'],
		organisationTypes: ['national-government'],
		countries: ['ECU'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission', 'stay'],
		gcm: [5, 7, 10, 13],
		principles: ['d', 'f'],
		areas: ['regulating-migration'],
		targets: ['refugees-displaced', 'victims-of-trafficking', 'families'],
		event: MARRAKESH_2018,
		sourceReference: `${S003}, Example Four`
	},
	// seed 000, "Innovative policy and programmes for regular pathways at the national level"
	{
		key: 'spain-migrasafe',
		titles: { en: 'Spain’s Migrasafe programme', es: 'Programa Migrasafe de España', fr: 'Programme Migrasafe de l’Espagne' },
		summaries: {
			en: 'Provides information and capacity building to African countries on safe and regular migration to Spain.',
			es: 'Ofrece información y fortalecimiento de capacidades a países africanos sobre la migración segura y regular hacia España.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingStates: ['ESP'],
		implementingOrganisations: ['Government of Spain'],
		organisationTypes: ['national-government'],
		countries: ['ESP', 'SEN', 'MAR'],
		regions: ['EEA', 'WCA'],
		stages: ['pre-migration'],
		gcm: [3, 5, 23],
		principles: ['b'],
		areas: ['facilitating-migration'],
		targets: ['migrant-workers', 'youth'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'spain-employability-pathway-protection',
		titles: { en: 'Spain’s employability pathway for people under international protection' },
		summaries: {
			en: 'An additional pathway for migrants under international protection focusing on employability, with Spanish companies and international cooperation with the United States, Canada and IOM; policies that support family and circular migration and the economic empowerment of women.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['ESP'],
		implementingOrganisations: ['Government of Spain'],
		organisationTypes: ['national-government', 'private-sector'],
		partners: ['IOM'],
		countries: ['ESP'],
		regions: ['EEA'],
		stages: ['admission', 'stay'],
		gcm: [5, 16, 18],
		principles: ['g', 'f'],
		areas: ['forced-migration', 'facilitating-migration'],
		targets: ['refugees-displaced', 'women'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'eu-talent-pool',
		titles: { en: 'EU Talent Pool', fr: 'Réserve européenne de talents', es: 'Reserva de Talentos de la UE' },
		summaries: {
			en: 'Matches young migrants with employers in European markets, with a digitalized system for recognizing qualifications (still a work in progress).',
			fr: 'Met en relation de jeunes migrants et des employeurs européens, avec un système numérique de reconnaissance des qualifications (encore en cours d’élaboration).'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingOrganisations: ['European Commission'],
		organisationTypes: ['intergovernmental'],
		countries: [],
		regions: ['EEA'],
		stages: ['pre-migration', 'admission'],
		gcm: [5, 18],
		principles: ['b'],
		areas: ['facilitating-migration'],
		targets: ['youth', 'skilled-workers'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'brazil-registration-biometric-id',
		titles: {
			en: 'Brazil’s registration and biometric identity cards for arriving migrants',
			es: 'Registro y documentos de identidad biométricos para migrantes en Brasil'
		},
		summaries: {
			en: 'At the northern border migrants are triaged, registered with biometric data and given identity cards with security features that open access to banking and social services; registration identifies vulnerable people for targeted policies.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['BRA'],
		implementingOrganisations: ['Government of Brazil'],
		organisationTypes: ['national-government'],
		countries: ['BRA', 'VEN'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission'],
		gcm: [4, 7, 15],
		principles: ['a', 'i'],
		areas: ['regulating-migration'],
		targets: ['refugees-displaced', 'children', 'families'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['brazil-undocumented-2']
	},
	{
		key: 'brazil-voluntary-relocation',
		titles: {
			en: 'Brazil’s voluntary relocation programme',
			es: 'Programa de reubicación voluntaria de Brasil',
			fr: 'Programme de relocalisation volontaire du Brésil'
		},
		summaries: {
			en: 'Facilitates the movement of migrants from the northern region to other regions of Brazil, letting them choose their destination, with attention to safety during family reunification.',
			es: 'Facilita el traslado de migrantes de la región norte a otras regiones de Brasil, con libertad para elegir su destino y atención a la seguridad durante la reunificación familiar.'
		},
		outcomes: { en: 'Thousands of people included; one fifth of Brazilian cities receive migrants voluntarily.' },
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['BRA'],
		implementingOrganisations: ['Government of Brazil'],
		organisationTypes: ['national-government', 'local-authority'],
		countries: ['BRA'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['stay'],
		gcm: [15, 16],
		principles: ['j', 'a'],
		areas: ['forced-migration'],
		targets: ['refugees-displaced', 'families', 'local-communities'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['brazil-cities-fifth']
	},
	{
		key: 'brazil-national-policy-migration-refugees-asylum',
		titles: { en: 'Brazil’s national policy for migration, refugees and asylum' },
		summaries: {
			en: 'A national policy built through consultations with over 5,000 municipalities, coordinating national, state and municipal responses to emergency flows and existing migrant needs.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['BRA'],
		implementingOrganisations: ['Government of Brazil'],
		organisationTypes: ['national-government', 'local-authority'],
		countries: ['BRA'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission', 'stay'],
		gcm: [7, 15, 23],
		principles: ['i', 'j'],
		areas: ['forced-migration', 'cross-cutting'],
		targets: ['refugees-displaced'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['brazil-municipalities-5000']
	},
	{
		key: 'brazil-forum-migrant-leadership',
		titles: { en: 'Brazil’s forum for migrant leadership' },
		summaries: {
			en: 'A forum of over 100 influential people from migrant communities who voice migrants’ needs at every level of government, with local committees planned in cities and states.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['BRA'],
		organisationTypes: ['national-government', 'civil-society'],
		countries: ['BRA'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['stay'],
		gcm: [16, 17],
		principles: ['j'],
		areas: ['cross-cutting'],
		targets: ['diaspora', 'local-communities'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'argentina-digital-nomad-visa',
		titles: { en: 'Argentina’s digital nomad visa', es: 'Visa para nómadas digitales de Argentina' },
		summaries: {
			en: 'An innovative visa allowing digital nomads to stay in Argentina for up to 180 days.',
			es: 'Una visa innovadora que permite a los nómadas digitales permanecer en Argentina hasta 180 días.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['ARG'],
		organisationTypes: ['national-government'],
		countries: ['ARG'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission'],
		gcm: [5],
		principles: ['c'],
		areas: ['regulating-migration'],
		targets: ['skilled-workers'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'argentina-humanitarian-visa-disasters',
		titles: {
			en: 'Argentina’s humanitarian visa for people displaced by natural disasters',
			es: 'Visado humanitario de Argentina para personas desplazadas por desastres naturales'
		},
		summaries: {
			en: 'A special humanitarian visa programme for nationals and residents of Mexico and the Caribbean displaced by natural disasters.',
			es: 'Un programa especial de visado humanitario para nacionales y residentes de México y el Caribe desplazados por desastres naturales.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingStates: ['ARG'],
		organisationTypes: ['national-government'],
		countries: ['ARG', 'MEX', 'HTI', 'CUB', 'DOM'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission'],
		gcm: [2, 5],
		principles: ['a', 'f'],
		areas: ['forced-migration'],
		targets: ['refugees-displaced'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'philippines-migrant-workers-ministry',
		titles: { en: 'The Philippines’ whole-of-society approach to safe migration: a migrant workers ministry and electronic apostille' },
		summaries: {
			en: 'Safe migration pathways through a whole-of-society approach, including a dedicated migrant workers ministry and electronic apostille services.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['PHL'],
		organisationTypes: ['national-government'],
		countries: ['PHL'],
		regions: ['AP'],
		stages: ['pre-migration', 'stay', 'return'],
		gcm: [4, 6, 14],
		principles: ['j', 'i'],
		areas: ['facilitating-migration'],
		targets: ['migrant-workers'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'lebanon-domestic-workers-rights',
		titles: { en: 'Lebanon’s legislation enhancing the rights of domestic workers', ar: 'تشريع لبنان لتعزيز حقوق العمال المنزليين' },
		summaries: {
			en: 'Legislation that strengthens the rights of migrant domestic workers.',
			ar: 'تشريع يعزّز حقوق العمال المنزليين المهاجرين.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['LBN'],
		organisationTypes: ['national-government'],
		countries: ['LBN'],
		regions: ['MENA'],
		stages: ['stay'],
		gcm: [6, 7],
		principles: ['f', 'g'],
		areas: ['regulating-migration'],
		targets: ['women', 'migrant-workers', 'low-skilled-workers'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'colombia-temporary-protection',
		titles: {
			en: 'Colombia’s temporary protection status and regularization',
			es: 'Estatuto de Protección Temporal y regularización en Colombia'
		},
		summaries: {
			en: 'Wide-scale provision of temporary protection status to migrants, illustrating how regularization promotes migrants’ dignity.',
			es: 'Concesión a gran escala del estatuto de protección temporal a migrantes, que muestra cómo la regularización promueve la dignidad de los migrantes.'
		},
		scope: 'national',
		status: 'mostly-completed',
		implementingStates: ['COL'],
		organisationTypes: ['national-government'],
		countries: ['COL', 'VEN'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['stay'],
		gcm: [4, 7],
		principles: ['a', 'f'],
		areas: ['forced-migration', 'regulating-migration'],
		targets: ['refugees-displaced'],
		event: IDM_2024,
		sourceReference: S000
	},
	// seed 000, "Innovative policies and programmes at the local and community level"
	{
		key: 'monrovia-inclusive-services',
		titles: {
			en: 'Monrovia’s equal access to health and education for migrants',
			fr: 'Monrovia : accès égal des migrants à la santé et à l’éducation'
		},
		summaries: {
			en: 'In Monrovia, Liberia, migrants have equal access to government-funded health services and education regardless of their status; the city engages migrant communities and partners, and migrants contribute significantly to its economy.',
			fr: 'À Monrovia (Libéria), les migrants ont un accès égal aux services de santé et à l’éducation financés par l’État, quel que soit leur statut.'
		},
		scope: 'local',
		status: 'ongoing',
		implementingStates: ['LBR'],
		implementingOrganisations: ['Monrovia City Corporation'],
		organisationTypes: ['local-authority'],
		countries: ['LBR'],
		regions: ['WCA'],
		stages: ['stay'],
		gcm: [15, 16, 17],
		principles: ['a', 'j'],
		areas: ['cross-cutting'],
		targets: ['local-communities', 'children'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'flanders-integration-programme',
		titles: {
			en: 'Flanders’ civic integration programme',
			fr: 'Parcours d’intégration civique de la Flandre',
			es: 'Programa de integración cívica de Flandes'
		},
		summaries: {
			en: 'Mandatory for non-EU migrants and open to EU citizens: Dutch language training, a social orientation course, vocational training, and participation and social networking with long-term residents, so that migrants become socially and economically independent.',
			fr: 'Obligatoire pour les migrants non européens et ouvert aux citoyens de l’UE : cours de néerlandais, cours d’orientation sociale, formation professionnelle, participation et réseautage avec les résidents de longue date.'
		},
		scope: 'local',
		status: 'ongoing',
		implementingStates: ['BEL'],
		implementingOrganisations: ['Flemish Government'],
		organisationTypes: ['local-authority'],
		countries: ['BEL'],
		regions: ['EEA'],
		stages: ['stay'],
		gcm: [16, 18],
		principles: ['j', 'i'],
		areas: ['cross-cutting'],
		targets: ['migrant-workers', 'families'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'canada-rural-community-matching',
		titles: { en: 'Canada’s rural community immigration and labour matching programmes' },
		summaries: {
			en: 'Policies targeting rural communities and labour matching programmes that support economic growth and community development, with local partners promoting ethical recruitment.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['CAN'],
		organisationTypes: ['national-government', 'local-authority'],
		countries: ['CAN'],
		regions: ['AME'],
		stages: ['admission', 'stay'],
		gcm: [5, 6, 18],
		principles: ['j'],
		areas: ['facilitating-migration'],
		targets: ['migrant-workers', 'local-communities'],
		event: IDM_2024,
		sourceReference: S000
	},
	// seed 000, "Innovative multi-stakeholders' policies and programmes"
	{
		key: 'safe-mobility-initiative',
		titles: {
			en: 'Safe Mobility Initiative',
			es: 'Iniciativa Movilidad Segura',
			fr: 'Initiative pour une mobilité sûre',
			ar: 'مبادرة التنقل الآمن'
		},
		summaries: {
			en: 'Launched by the United States with Colombia, Costa Rica, Guatemala and Ecuador: safe mobility offices and mobile teams give migrants information on lawful pathways and refugee resettlement directly, by phone, without intermediaries.',
			es: 'Lanzada por los Estados Unidos con Colombia, Costa Rica, Guatemala y Ecuador: oficinas de movilidad segura y equipos móviles informan directamente a los migrantes sobre vías legales y reasentamiento de refugiados, por teléfono y sin intermediarios.'
		},
		innovation: {
			en: 'Interoperable migration systems across countries, digital signatures and social media to inform people about migration opportunities.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingStates: ['USA', 'COL', 'CRI', 'GTM', 'ECU'],
		implementingOrganisations: ['United States Department of State'],
		organisationTypes: ['national-government', 'iom'],
		partners: ['IOM', 'UNHCR'],
		countries: ['USA', 'COL', 'CRI', 'GTM', 'ECU'],
		regions: ['AME'],
		m49Regions: ['021', '419'],
		stages: ['pre-migration', 'admission'],
		gcm: [3, 5, 23],
		principles: ['b', 'j'],
		areas: ['facilitating-migration', 'forced-migration'],
		targets: ['refugees-displaced', 'families'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'benin-vocational-training-visa-access',
		titles: {
			en: 'Benin’s vocational training strategy and simplified visa access',
			fr: 'Bénin : stratégie de formation professionnelle et accès simplifié aux visas'
		},
		summaries: {
			en: 'Benin directs 70% of its youth towards vocational training rather than general education, and has made it easier for Africans and many Europeans to visit without a visa.',
			fr: 'Le Bénin oriente 70 % de ses jeunes vers la formation professionnelle plutôt que l’enseignement général et facilite l’entrée sans visa des Africains et de nombreux Européens.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['BEN'],
		organisationTypes: ['national-government'],
		countries: ['BEN'],
		regions: ['WCA'],
		stages: ['pre-migration', 'admission'],
		gcm: [2, 5, 18],
		principles: ['e', 'c'],
		areas: ['migration-and-development', 'regulating-migration'],
		targets: ['youth'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['benin-vocational-70']
	},
	{
		key: 'migration-youth-children-platform',
		titles: { en: 'Migration Youth and Children Platform (United Kingdom)' },
		summaries: {
			en: 'A youth organization with thousands of members promoting welcoming experiences for young migrants through education and social inclusion, and advocating for migrant students and families.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingOrganisations: ['Migration Youth and Children Platform'],
		organisationTypes: ['civil-society'],
		countries: ['GBR'],
		regions: ['EEA'],
		stages: ['stay'],
		gcm: [16, 17],
		principles: ['h', 'j'],
		areas: ['cross-cutting'],
		targets: ['youth', 'children', 'students'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'cartagena-plus-40',
		titles: { en: 'Cartagena+40 process', es: 'Proceso Cartagena+40' },
		summaries: {
			en: 'Led by Chile, the Latin American and Caribbean region reassesses and plans coordinated responses to migration flows every ten years.',
			es: 'Bajo el liderazgo de Chile, la región de América Latina y el Caribe revisa y planifica cada diez años respuestas coordinadas a los flujos migratorios.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingStates: ['CHL'],
		organisationTypes: ['national-government', 'intergovernmental'],
		countries: ['CHL'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission', 'stay', 'return'],
		gcm: [23],
		principles: ['b'],
		areas: ['forced-migration'],
		targets: ['refugees-displaced'],
		event: IDM_2024,
		sourceReference: S000
	},
	// seed 000, "Diasporas and private sector's contributions"
	{
		key: 'builders-of-africa',
		titles: { en: 'Builders of Africa (African Diaspora Network)' },
		summaries: {
			en: 'Brings African entrepreneurs to the United States to learn business basics; the African Diaspora Network also hosts an annual meeting in Silicon Valley connecting African entrepreneurs with US companies.'
		},
		scope: 'regional',
		status: 'ongoing',
		implementingOrganisations: ['African Diaspora Network'],
		organisationTypes: ['diaspora'],
		countries: ['USA'],
		regions: ['AME', 'WCA', 'EHA', 'SAF'],
		stages: ['stay', 'return'],
		gcm: [19],
		principles: ['e'],
		areas: ['migration-and-development'],
		targets: ['entrepreneurs', 'diaspora'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['entrepreneurship-migrants-70', 'usa-entrepreneurs-3m']
	},
	{
		key: 'pontes-integration-italy',
		titles: {
			en: 'Pontes: integration support for young migrants and women in Italy',
			fr: 'Pontes : accompagnement des jeunes migrants et des femmes en Italie'
		},
		summaries: {
			en: 'A Tunisian diaspora organization in Italy supporting young migrants, unaccompanied minors and women arriving through family reunification, with skills upgrading, toolkits on working cultures and Italian lessons to help women obtain driving licences.'
		},
		scope: 'local',
		status: 'ongoing',
		implementingOrganisations: ['Pontes'],
		organisationTypes: ['diaspora', 'civil-society'],
		countries: ['ITA', 'TUN'],
		regions: ['EEA', 'MENA'],
		stages: ['stay'],
		gcm: [16, 18],
		principles: ['g', 'h'],
		areas: ['cross-cutting'],
		targets: ['youth', 'children', 'women', 'low-skilled-workers'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'pret-a-travailler',
		titles: { en: '“Prêt à travailler” (ready to work)', fr: 'Prêt à travailler' },
		summaries: {
			en: 'An initiative of the France Canada Chamber of Commerce helping migrants build professional portfolios and reach wider employment opportunities.',
			fr: 'Une initiative de la Chambre de commerce France-Canada qui aide les migrants à constituer un portfolio professionnel et à accéder à davantage d’emplois.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingOrganisations: ['France Canada Chamber of Commerce'],
		organisationTypes: ['private-sector'],
		countries: ['CAN'],
		regions: ['AME'],
		stages: ['stay'],
		gcm: [16, 18],
		principles: ['j'],
		areas: ['facilitating-migration'],
		targets: ['skilled-workers'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'tent-partnership-for-refugees',
		titles: { en: 'Tent Partnership for Refugees: hiring refugees', es: 'Tent Partnership for Refugees: contratación de refugiados' },
		summaries: {
			en: 'A coalition of over 400 major companies supporting the economic integration of refugees, connecting employers directly with candidates under humanitarian parole through a low-code logistical solution.'
		},
		outcomes: { en: 'Hundreds of successful job placements; being considered for expansion to other countries.' },
		scope: 'global',
		status: 'ongoing',
		implementingOrganisations: ['Tent Partnership for Refugees'],
		organisationTypes: ['private-sector'],
		countries: ['USA'],
		regions: ['AME'],
		stages: ['stay'],
		gcm: [16, 18],
		principles: ['j'],
		areas: ['forced-migration'],
		targets: ['refugees-displaced'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['tent-400-companies']
	},
	{
		key: 'meta-data-for-good',
		titles: { en: 'Meta’s Data for Good and the Social Connectedness Index' },
		summaries: {
			en: 'Real-time insights into large-scale displacement, with UNHCR and IOM, and friendship data as a proxy for diaspora communities and a predictor of future migration.'
		},
		scope: 'global',
		status: 'ongoing',
		implementingOrganisations: ['Meta'],
		organisationTypes: ['private-sector'],
		partners: ['UNHCR', 'IOM', 'European Commission', 'Harvard University'],
		countries: ['UKR', 'ITA', 'TUR'],
		regions: ['EEA', 'SEEECA'],
		stages: ['exit', 'admission'],
		gcm: [1],
		principles: ['b'],
		areas: ['cross-cutting'],
		targets: ['refugees-displaced', 'diaspora'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['ukraine-italy-women-80']
	},
	// seed 000, "Cutting-edge solutions in innovation, technology, skills building and transfer"
	{
		key: 'guatemala-electronic-work-permits',
		titles: {
			en: 'Guatemala’s Electronic Work Permits Platform and Employment Digital Tools',
			es: 'Plataforma de Permisos de Trabajo Electrónicos y herramientas digitales de empleo de Guatemala'
		},
		summaries: {
			en: 'A platform that streamlines work permits for foreign nationals and refugees and reduces processing time, with a virtual space where recruiters and job seekers meet.',
			es: 'Una plataforma que agiliza los permisos de trabajo para extranjeros y refugiados y reduce los plazos, con un espacio virtual donde reclutadores y buscadores de empleo se encuentran.'
		},
		scope: 'national',
		status: 'ongoing',
		implementingStates: ['GTM'],
		organisationTypes: ['national-government'],
		countries: ['GTM'],
		regions: ['AME'],
		m49Regions: ['419'],
		stages: ['admission', 'stay'],
		gcm: [5, 6],
		principles: ['i'],
		areas: ['regulating-migration'],
		targets: ['migrant-workers', 'refugees-displaced'],
		event: IDM_2024,
		sourceReference: S000
	},
	{
		key: 'quizzr-supply-chain-dashboard',
		titles: { en: 'QUIZZR’s shared dashboard on investing in workers' },
		summaries: {
			en: 'A dashboard shared by governments, companies and suppliers that shows the business case of investing in people and helps improve global supply chains.'
		},
		scope: 'global',
		status: 'ongoing',
		implementingOrganisations: ['QUIZZR'],
		organisationTypes: ['private-sector'],
		countries: [],
		regions: ['AP'],
		stages: ['stay'],
		gcm: [6],
		principles: ['j'],
		areas: ['facilitating-migration'],
		targets: ['migrant-workers', 'low-skilled-workers'],
		event: IDM_2024,
		sourceReference: S000,
		evidence: ['digital-skills-women-25']
	}
];

/** Loads the demo evidence and practices (published), linked to the events of the seeds; returns the facts' ids by key (the reports cite them). */
export async function loadDemoPractices(ctx: Ctx, eventIds: Map<string, string>): Promise<Map<string, string>> {
	const factIds = new Map<string, string>();
	for (const f of demoFacts) {
		const row = await practicesOps.createEvidence(ctx, {
			statements: f.statements,
			value: f.value,
			unit: f.unit,
			year: f.year,
			source: f.source,
			sourceEventId: f.event ? eventIds.get(f.event) : undefined,
			countries: f.countries ?? [],
			regions: f.regions ?? [],
			gcmObjectives: f.gcm ?? [],
			areas: f.areas ?? [],
			stages: f.stages ?? [],
			targetGroups: f.targets ?? []
		});
		factIds.set(f.key, row.id);
	}
	for (const p of demoPractices)
		await practicesOps.createPractice(ctx, practiceInput(p, eventIds), {
			status: 'published',
			evidence: (p.evidence ?? []).map((k) => factIds.get(k)!)
		});
	return factIds;
}

/** A demo practice in the shape the import and the API take. */
export function practiceInput(p: DemoPractice, eventIds: Map<string, string>) {
	return {
		slug: p.key,
		titles: p.titles,
		summaries: p.summaries,
		descriptions: p.descriptions,
		outcomes: p.outcomes,
		innovation: p.innovation,
		scope: p.scope,
		status: p.status,
		periodStart: p.periodStart,
		implementingStates: p.implementingStates ?? [],
		implementingOrganisations: p.implementingOrganisations ?? [],
		organisationTypes: p.organisationTypes ?? [],
		partners: p.partners ?? [],
		countries: p.countries,
		regions: p.regions,
		m49Regions: p.m49Regions ?? [],
		stages: p.stages,
		gcmObjectives: p.gcm,
		principles: p.principles,
		areas: p.areas,
		targetGroups: p.targets,
		sourceEventId: eventIds.get(p.event),
		sourceReference: p.sourceReference
	};
}
