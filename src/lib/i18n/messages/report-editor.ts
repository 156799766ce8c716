/** The report-editor of outcome reports (issue 8), in every language; each area of the reports keeps its strings in its own file. */
const en = {};
const fr: typeof en = {};
const es: typeof en = {};
const ar: typeof en = {};

export const reportEditor = { en, fr, es, ar };
