export const EVENT_KINDS = ['session', 'workshop', 'side-event', 'seminar', 'conference', 'council-session'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** `postponed` carries its reason (for example a lack of funding) in `events.postponement_reasons`. */
export const EVENT_STATUSES = ['planned', 'confirmed', 'postponed', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const CYCLE_STATUSES = ['planning', 'active', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
