/**
 * The filters of a dialogue's follow-up page and of its JSON twin (issue 8): one value per kind,
 * read from the address so that they work as a plain GET form without JavaScript.
 */

/** Tag kinds first (one select each), then owner, year and status. */
export const FOLLOW_UP_FILTERS = ['gcm', 'area', 'stage', 'target', 'owner', 'year', 'status'] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];
export type FollowUpFilters = Partial<Record<FollowUpFilter, string>>;

export interface ParsedFilters {
	filters: FollowUpFilters;
	/** Values that are not among those offered (a stale link, a typo): set aside, said on the page, refused by the API. */
	unknown: { filter: FollowUpFilter; value: string }[];
}

/**
 * Reads the filters from an address. A blank value means "any"; a value that is not one of those
 * offered is set aside rather than matching nothing, so a mistyped address never looks like
 * "no recommendations". A kind given twice keeps neither (one select per kind).
 */
export function parseFollowUpFilters(params: URLSearchParams, offered: Record<FollowUpFilter, ReadonlySet<string>>): ParsedFilters {
	const filters: FollowUpFilters = {};
	const unknown: ParsedFilters['unknown'] = [];
	for (const filter of FOLLOW_UP_FILTERS) {
		const values = params
			.getAll(filter)
			.map((v) => v.trim())
			.filter(Boolean);
		if (!values.length) continue;
		if (values.length === 1 && offered[filter].has(values[0])) filters[filter] = values[0];
		else unknown.push({ filter, value: values.join(', ').slice(0, 100) });
	}
	return { filters, unknown };
}

/** The address of the page with these filters (blank ones left out). */
export function followUpHref(base: string, filters: FollowUpFilters): string {
	const query = new URLSearchParams();
	for (const filter of FOLLOW_UP_FILTERS) if (filters[filter]) query.set(filter, filters[filter]!);
	const search = query.toString();
	return search ? `${base}?${search}` : base;
}
