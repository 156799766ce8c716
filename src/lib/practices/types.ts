/** The vocabularies of the knowledge platform (issue 7), shared by the server, the forms and the API. */

/** How far a practice reaches (Migration Network Hub field "scope"). */
export const PRACTICE_SCOPES = ['global', 'regional', 'national', 'local'] as const;
export type PracticeScope = (typeof PRACTICE_SCOPES)[number];

/** Implementation status (Hub criterion: fully or mostly completed). */
export const PRACTICE_STATUSES = ['ongoing', 'mostly-completed', 'completed'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** The review workflow; only published practices are visible to the public and searched. */
export const PUBLICATION_STATUSES = ['draft', 'submitted', 'in-review', 'changes-requested', 'published', 'rejected'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** Groups a practice serves (issue 7's list, plus a few the Hub uses). */
export const TARGET_GROUPS = [
	'youth',
	'women',
	'children',
	'families',
	'diaspora',
	'refugees-displaced',
	'low-skilled-workers',
	'skilled-workers',
	'students',
	'entrepreneurs',
	'migrant-workers',
	'victims-of-trafficking',
	'local-communities'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The facets of a search, in the order the page shows them. */
export const FACETS = ['gcm', 'principle', 'stage', 'region', 'country', 'area', 'target', 'orgType', 'year', 'language'] as const;
export type Facet = (typeof FACETS)[number];

export const SORTS = ['relevance', 'newest', 'title'] as const;
export type Sort = (typeof SORTS)[number];

/** Longest query accepted: longer ones are refused with a message, never cut silently. */
export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;

/**
 * UN M49 geographic regions, sub-regions and intermediate regions (codes as text, leading zeros kept);
 * their names and source are in src/lib/server/reference/data/m49-regions.json, which a test keeps equal to this list.
 */
export const M49_REGIONS = [
	'002',
	'015',
	'202',
	'014',
	'017',
	'018',
	'011',
	'019',
	'419',
	'029',
	'013',
	'005',
	'021',
	'142',
	'143',
	'030',
	'035',
	'034',
	'145',
	'150',
	'151',
	'154',
	'830',
	'039',
	'155',
	'009',
	'053',
	'054',
	'057',
	'061'
] as const;
export type M49Region = (typeof M49_REGIONS)[number];
