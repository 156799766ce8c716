/** A fact that holds over a period; a missing bound means "open" on that side. */
export interface Period {
	validFrom: string | null;
	validTo: string | null;
}

/** Whether an ISO date falls within a period (bounds inclusive; ISO dates compare as strings). */
export function holdsOn(period: Period, date: string): boolean {
	return (period.validFrom === null || period.validFrom <= date) && (period.validTo === null || period.validTo >= date);
}

/** The one record valid on a date; when periods overlap the latest start wins. */
export function validOn<T extends Period>(records: readonly T[], date: string): T | undefined {
	return records.filter((r) => holdsOn(r, date)).sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
}

export type MembershipStatus = 'member' | 'observer' | 'non-member';

/** A State's IOM membership on a date: no record valid then means non-member. */
export function membershipOn(memberships: readonly (Period & { status: 'member' | 'observer' })[], date: string): MembershipStatus {
	return validOn(memberships, date)?.status ?? 'non-member';
}

export function today(): string {
	return new Date().toISOString().slice(0, 10);
}
