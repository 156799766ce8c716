/** The vocabularies of outcome reports and their follow-up (issue 8), shared by the server, the forms and the API. */

/**
 * Where a report's working copy stands. Publishing freezes it into a numbered version; editing a
 * published report's working copy moves it back to draft, while the published version stays.
 */
export const REPORT_STATUSES = ['draft', 'in-review', 'approved', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What a section holds: text with items, the event's expected outcomes with the findings addressing each, or the generated annex. */
export const SECTION_KINDS = ['text', 'outcomes', 'annex'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Findings and recommendations are items of their own (seed 000's sections 1–4). */
export const ITEM_KINDS = ['evidence', 'challenge', 'solution', 'takeaway', 'recommendation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The level of action an item concerns (seed 000's "solutions at national, local and multi-stakeholder level"). */
export const ITEM_LEVELS = ['local', 'national', 'regional', 'global'] as const;
export type ItemLevel = (typeof ITEM_LEVELS)[number];

export const REVIEW_DECISIONS = ['approve', 'request-changes'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
