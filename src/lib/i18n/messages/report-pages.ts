/** The report-pages of outcome reports (issue 8), in every language; each area of the reports keeps its strings in its own file. */
const en = {};
const fr: typeof en = {};
const es: typeof en = {};
const ar: typeof en = {};

export const reportPages = { en, fr, es, ar };
