// The server prints PDFs with the same Chromium and flags the browser journeys use: one place says both.
export { CHROMIUM_ARGS, chromiumPath } from '../../src/lib/server/pdf/chromium';
