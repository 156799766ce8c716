import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * Columns elsewhere that point at an organisation or a person. A merge moves every one of them,
 * so each capability that adds such a column registers it here (capabilities meet at this point
 * instead of the directory reaching into their tables).
 */
export interface Reference {
	table: PgTable;
	column: PgColumn;
	/** Other key columns of a composite key: rows that would collide after the move are dropped. */
	alongside?: PgColumn[];
}

export const organisationReferences: Reference[] = [];
export const personReferences: Reference[] = [];

export function registerOrganisationReference(ref: Reference): void {
	organisationReferences.push(ref);
}

export function registerPersonReference(ref: Reference): void {
	personReferences.push(ref);
}
