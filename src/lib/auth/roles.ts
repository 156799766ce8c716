/** The roles of DESIGN.md. A participant is any signed-in user; the others are granted. */
export const ROLES = ['participant', 'state-focal-point', 'partner-focal-point', 'reviewer', 'secretariat', 'admin'] as const;
export type Role = (typeof ROLES)[number];
