/**
 * Charts of the annex drawn on the server as SVG (Observable Plot on linkedom's DOM): they show
 * without JavaScript, and each is an image with its text alternative, beside a table of its data.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { TableView } from '$lib/statistics/types';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Long labels are cut on the chart only; the table beside it and the alternative keep them whole. */
const short = (label: string) => (label.length > 38 ? `${label.slice(0, 36)}…` : label);

/** A horizontal bar chart of the table's charted column, as an SVG string with role="img". */
export function barChart(table: TableView): string {
	return horizontalBars(
		table.rows.map((r) => ({ label: r.label, value: r.values[table.charted] ?? 0 })),
		table.columns.find((c) => c.key === table.charted)?.label ?? null,
		table.alt
	);
}

/**
 * Labelled horizontal bars as an SVG string with role="img" and `alt` as its text alternative (the
 * annex's tables, a ballot's results). The page shows a table of the same data beside it.
 */
export function horizontalBars(rows: { label: string; value: number }[], axisLabel: string | null, alt: string): string {
	const data = rows.map((r) => ({ label: short(r.label), value: r.value }));
	const svg = Plot.plot({
		document,
		width: 640,
		height: 48 + Math.max(1, data.length) * 28,
		marginLeft: 230,
		marginRight: 40,
		x: { grid: true, label: axisLabel, labelAnchor: 'right' },
		y: { label: null, domain: data.map((d) => d.label) },
		marks: [
			Plot.barX(data, { x: 'value', y: 'label', fill: '#1d5f8a' }),
			Plot.text(data, {
				x: 'value',
				y: 'label',
				text: (d: { value: number }) => String(d.value),
				dx: 4,
				textAnchor: 'start',
				fill: '#1b1b1b'
			}),
			Plot.ruleX([0])
		]
	}) as unknown as Element;
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', alt);
	svg.removeAttribute('aria-description');
	// Plot names each mark's group ("bar", "rule") with aria-label, which ARIA forbids on a <g>
	// without a role; inside an image the parts are not read anyway.
	for (const part of svg.querySelectorAll('[aria-label]')) if (part !== svg) part.removeAttribute('aria-label');
	return svg.outerHTML;
}
