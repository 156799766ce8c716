/** Printing the app's own pages as PDF with headless Chromium (the key-findings reports' PDFs). */
export { closePrinter, printerStats, printPdf, selfUrl, type PrintOptions } from './print';
export { chromiumPath } from './chromium';
