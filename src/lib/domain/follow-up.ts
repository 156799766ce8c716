/**
 * How follow-up progress rolls up (issue 8): an action's progress is its status's value (0–100);
 * a recommendation's is the mean of its actions'; a report's is the mean of its recommendations',
 * where a recommendation nobody has taken up counts as 0, so that the figure never looks better
 * for having fewer actions. Each figure carries its denominator, as every figure here does.
 */

export interface Progress {
	/** Mean progress in percent, one decimal; null when there is nothing to average. */
	percent: number | null;
	/** How many values were averaged. */
	of: number;
}

const mean = (values: number[]): number | null =>
	values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** A recommendation's progress from its actions' progress values. */
export function recommendationProgress(actionProgress: number[]): Progress {
	return { percent: mean(actionProgress), of: actionProgress.length };
}

/** A report's progress from its recommendations' progress (null for one without actions: counted as 0). */
export function reportProgress(recommendations: (number | null)[]): Progress & { withoutActions: number } {
	return {
		percent: mean(recommendations.map((p) => p ?? 0)),
		of: recommendations.length,
		withoutActions: recommendations.filter((p) => p === null).length
	};
}
