/** The vocabularies of a practice's review (no imports: the database schema reads them too). */

/**
 * The Migration Network Hub's criteria a submission is checked against (`submission.criteria` of
 * ../shared/data/migration-network-hub.json), each ticked with a reason. The Hub's "(ideally)
 * implemented after December 2018" is a preference, not a condition: left out.
 */
export const CRITERIA = ['gcm', 'principles', 'completed', 'innovative'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const RECOMMENDATIONS = ['publish', 'changes', 'reject'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** What the secretariat may decide on a submission. */
export const DECISIONS = ['publish', 'changes', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The kinds of a kept version: as submitted, as published, as edited after publication. */
export const VERSION_KINDS = ['submitted', 'published', 'edited'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export type CriteriaAnswers = Partial<Record<Criterion, { met: boolean; reason?: string }>>;
