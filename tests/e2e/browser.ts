import fs from 'node:fs';

/** The system Chromium (Debian's package), or CHROMIUM_PATH; null when it is not installed. */
export function chromiumPath(): string | null {
	const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return fs.existsSync(candidate) ? candidate : null;
}

/** Flags for a closed network and a root user, as this machine needs. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
