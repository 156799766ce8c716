/** Moments of an event's programme (DESIGN.md). */
export const PROGRAMME_ITEM_KINDS = ['opening', 'keynote', 'panel', 'year-in-review', 'luncheon', 'closing', 'side-meeting'] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];

/** What a person does in a programme item. */
export const SPEAKER_ROLES = ['keynote', 'moderator', 'panellist', 'speaker', 'chair', 'rapporteur', 'goodwill-ambassador'] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];
