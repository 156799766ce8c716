import { outcomesFromLines } from '$lib/dialogues/schemas';

/** The event form types outcomes one per line; the schema (shared with the API) wants a list. */
export function prepareEventForm(raw: Record<string, unknown>): Record<string, unknown> {
	const { expectedOutcomesText, ...rest } = raw;
	return { ...rest, expectedOutcomes: outcomesFromLines(expectedOutcomesText as string | undefined) };
}

export const EVENT_FORM_ARRAYS = ['organiserIds'];
