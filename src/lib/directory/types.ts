/** Organisation types (DESIGN.md); the statistics annex groups partners by these. */
export const ORGANISATION_TYPES = [
	'national-government',
	'iom',
	'un-entity',
	'intergovernmental',
	'international-organisation',
	'civil-society',
	'private-sector',
	'academia-research',
	'local-authority',
	'diaspora',
	'trade-union',
	'media',
	'multilateral-cooperation-agency'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

export const MEMBERSHIP_STATUSES = ['member', 'observer', 'non-member'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
