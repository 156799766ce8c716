import type { QuestionKind } from './types';

/** Survey results as the pages show them (built on the server, in the reader's language). */
export interface ChoiceRow {
	label: string;
	count: number;
	share: string;
}
export interface QuestionView {
	id: string;
	kind: QuestionKind;
	title: string;
	answeredText: string;
	rows: ChoiceRow[];
	/** A grid: the scale's labels as columns, an item per row. */
	grid: { columns: string[]; rows: { label: string; cells: ChoiceRow[]; mean: string; answered: number }[] } | null;
	mean: string | null;
	range: string | null;
	texts: { total: number; matching: number; shown: string[] } | null;
	svg: string | null;
}
