/**
 * Participation evidence in and out: imports of registrants and attendance (CSV or XLSX, streamed,
 * dry run then all-or-nothing commit, one import at a time per event) and their exports.
 */
export { importRegistrants, type RegistrantImportReport } from './registrants';
export { importAttendance } from './attendance';
export { exportRows, type ExportKind } from './exports';
export * as jobs from './jobs';
export * as uploads from './uploads';
export { byteLimit, tooLarge, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from './read';
export type { ImportReportSummary } from './schema';
