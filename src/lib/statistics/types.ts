/** The annex as the pages show it (built on the server by server/statistics/annex.ts). */
import type { FigureKey, TableKey } from '$lib/domain/statistics';

export interface FigureView {
	key: FigureKey;
	value: number;
	/** The value as the reader's language writes it. */
	formatted: string;
	label: string;
	definition: string;
	/** "53.1% of 358 approved registrations"; null for a plain count. */
	shareOf: string | null;
	/** Whether the secretariat can list the registrations behind it. */
	drillDown: boolean;
}

export type ColumnKey =
	| 'registrations'
	| 'people'
	| 'states'
	| 'shareOfStates'
	| 'representatives'
	| 'shareOfRepresentatives'
	| 'organisations'
	| 'speakers'
	| 'share';

export interface TableRow {
	/** The stable code of the row (a category, a region code...); null for "none recorded". */
	key: string | null;
	label: string;
	values: Partial<Record<ColumnKey, number | null>>;
	/** The values as the reader's language writes them, in the order of the columns. */
	cells?: string[];
}

export interface TableView {
	key: TableKey;
	title: string;
	definition: string;
	/** What the first column holds (category, region...), then the numeric columns. */
	rowHeader: { key: string; label: string };
	columns: { key: ColumnKey; label: string; share: boolean }[];
	rows: TableRow[];
	/** The column the chart draws. */
	charted: ColumnKey;
	/** The chart's text alternative: every bar with its value. */
	alt: string;
	/** The chart as SVG markup (role="img", labelled by `alt`), drawn on the server. */
	svg?: string;
}

export interface AnnexView {
	figures: FigureView[];
	tables: TableView[];
	notCounted: string;
}
