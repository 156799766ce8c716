import fs from 'node:fs';

/**
 * Where the system Chromium is (Debian's package), or CHROMIUM_PATH; null when it is not
 * installed. Read at each call, not once at start-up: the browser is launched lazily, and an
 * install (or a changed setting in a test) is then seen without a restart.
 */
export function chromiumPath(): string | null {
	const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	return fs.existsSync(candidate) ? candidate : null;
}

/** Flags for a closed network and a root user, as this machine needs (the browser tests use them too). */
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
