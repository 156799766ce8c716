/**
 * Prints one of the app's own pages as a PDF with headless Chromium: the HTML is the single source
 * of a report, on screen and on paper. One browser serves the whole process (launching costs about
 * a second, the target for a report's PDF is 3 s); each print gets its own context, closed after.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Language } from '$lib/i18n';
import { DomainError } from '../core/errors';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { footerTemplate, headerTemplate } from './templates';

export interface PrintOptions {
	/** The report's title, at the head of every page (plain text, escaped). */
	headerTitle: string;
	/** The reader's language: the page is asked for in it (Accept-Language) and the header and footer carry it. */
	lang: Language;
	dir: 'ltr' | 'rtl';
	/**
	 * The translated page label with its placeholders left in, e.g. `translator(lang)('common.page')`,
	 * which gives "Page {page} of {pages}" (a key asked for without values keeps its placeholders).
	 * Without it the footer reads "3 / 12".
	 */
	footerLabel?: string;
	/**
	 * Request headers for the printed page, e.g. the requester's `cookie` so a draft prints as its
	 * reader sees it. Sent only to the printed page's own origin (other requests are refused).
	 */
	headers?: Record<string, string>;
	/** How long the print may take, waiting for a turn included; 20 s unless a test says less. */
	timeoutMs?: number;
}

/** Pages printing at once: each holds a renderer of 50–150 MB; more wait their turn. */
const MAX_PRINTING = 2;
const TIMEOUT_MS = 20_000;

let browser: Promise<Browser> | null = null;
let launches = 0;
let printing = 0;
const queue: (() => void)[] = [];

/**
 * The address at which the server prints its own pages: loopback on the port it listens on (PORT,
 * which `npm start` and adapter-node use; `npm run dev` serves on 3000, the default). Not the
 * request's `url.origin`: behind a proxy that is the public ORIGIN (https, another host), which the
 * server may not reach from inside or only by going out through the proxy and back. SvelteKit
 * still builds `event.url` from ORIGIN, so the links in the printed page stay the public ones.
 * `localhost`, not 127.0.0.1: Vite's dev server may listen on ::1 only; Chromium tries both. (A
 * server bound by HOST to one outside address only is not on loopback: printing then fails.)
 */
export function selfUrl(path: string): string {
	return new URL(path, `http://localhost:${process.env.PORT || 3000}`).href;
}

/** Prints `url` (absolute, one of the app's own pages) on A4 with a header and page numbers. */
export async function printPdf(url: string, options: PrintOptions): Promise<Buffer> {
	const job: Job = { cancelled: false, context: null };
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new DomainError('pdf.errors.timeout', 503)), options.timeoutMs ?? TIMEOUT_MS);
	});
	try {
		return await Promise.race([print(url, options, job), timedOut]);
	} finally {
		clearTimeout(timer);
		// After a timeout the print is abandoned: closing its context makes its navigation or
		// printing fail at once, which frees its turn; one still waiting gives its turn back unused.
		job.cancelled = true;
		void job.context?.close().catch(() => {});
	}
}

/** How many browsers this process has launched, and the prints running and waiting (for tests and logs). */
export function printerStats() {
	return { launches, printing, waiting: queue.length };
}

/** Closes the browser (the server's shutdown, tests); the next print launches a new one. */
export async function closePrinter(): Promise<void> {
	const held = browser;
	browser = null;
	spare = null; // closed with its browser
	const open = await held?.catch(() => null);
	await open?.close();
}

interface Job {
	cancelled: boolean;
	context: BrowserContext | null;
}

async function print(url: string, options: PrintOptions, job: Job): Promise<Buffer> {
	const release = await turn();
	try {
		if (job.cancelled) throw new Error('print abandoned before its turn');
		try {
			return await printOn(await blankPage(), url, options, job);
		} catch (error) {
			// The browser died under this print (a crash, the process killed) before Playwright said
			// so: print once more on a new one rather than fail the reader's request.
			if (job.cancelled || job.context?.browser()?.isConnected() !== false) throw error;
			return await printOn(await blankPage(), url, options, job);
		}
	} finally {
		await job.context?.close().catch(() => {});
		release();
		// The next print starts on a page made ready now, while nobody waits for it.
		if (!spare && browser) {
			spare = openBlank();
			spare.catch(() => {}); // a failure here is met again by the next print, which reports it
		}
	}
}

async function printOn({ context, page }: Blank, url: string, options: PrintOptions, job: Job): Promise<Buffer> {
	job.context = context;
	if (job.cancelled) throw new Error('print abandoned while the browser started');
	// The language and the cookie apply to the printed page's own origin only: other requests are
	// refused, so a report cannot make the server fetch from another host either.
	await page.setExtraHTTPHeaders({ 'accept-language': options.lang, ...options.headers });
	const origin = new URL(url).origin;
	await page.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
	// Our own timer bounds the whole print; Playwright's would stop at 30 s regardless.
	const response = await page.goto(url, { waitUntil: 'load', timeout: 0 });
	// An error page is not a report: fail loudly (the caller checked the report exists and may be read).
	if (!response?.ok()) throw new Error(`Printing ${url}: the page answered ${response?.status() ?? 'nothing'}`);
	const text = { title: options.headerTitle, lang: options.lang, dir: options.dir, pageLabel: options.footerLabel };
	return await page.pdf({
		format: 'A4',
		printBackground: true,
		displayHeaderFooter: true,
		headerTemplate: headerTemplate(text),
		footerTemplate: footerTemplate(text),
		// Room for the header and footer, which Chromium draws inside the margins.
		margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
		// Headings become the PDF's bookmarks, and the structure is tagged for screen readers.
		outline: true,
		tagged: true
	});
}

/** A context of its own with one page, not yet used by any print. */
interface Blank {
	context: BrowserContext;
	page: Page;
}

/**
 * One blank page made ready after each print: opening a page starts a renderer process, a good
 * part of a print's time (0.2–1 s on two busy cores), so the next print does not wait for it.
 */
let spare: Promise<Blank> | null = null;

/** The spare page if it is still usable, else a new one. */
async function blankPage(): Promise<Blank> {
	const ready = spare;
	spare = null;
	const blank = await ready?.catch(() => null);
	if (blank?.context.browser()?.isConnected()) return blank;
	return openBlank();
}

async function openBlank(retry = true): Promise<Blank> {
	const held = launched();
	const open = await held;
	try {
		const context = await open.newContext({
			// The pages work without JavaScript and their charts are server-rendered SVG: what is
			// printed is the HTML itself, without waiting for the client to start.
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.emulateMedia({ media: 'print' });
		return { context, page };
	} catch (error) {
		// The browser died and Playwright has not noticed yet (its event comes a moment later):
		// start another, once; not if it was closed on purpose (shutdown) or already replaced.
		if (!retry || browser !== held) throw error;
		browser = null;
		void open.close().catch(() => {});
		return openBlank(false);
	}
}

/** Waits for one of the MAX_PRINTING turns; the returned function gives it back (once). */
async function turn(): Promise<() => void> {
	if (printing >= MAX_PRINTING) await new Promise<void>((resolve) => queue.push(resolve));
	else printing++;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		// The turn passes straight to the next in line, so `printing` does not change.
		const next = queue.shift();
		if (next) next();
		else printing--;
	};
}

/** The one browser, launched at the first print; launched again after a crash or a close. */
function launched(): Promise<Browser> {
	if (!browser) {
		const pending: Promise<Browser> = launch().then(
			(opened) => {
				opened.on('disconnected', () => {
					if (browser === pending) browser = null;
				});
				return opened;
			},
			(error) => {
				if (browser === pending) browser = null;
				throw error;
			}
		);
		browser = pending;
	}
	return browser;
}

let shutdownHooked = false;

async function launch(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!executablePath) throw new DomainError('pdf.errors.unavailable', 503);
	launches++;
	if (!shutdownHooked) {
		shutdownHooked = true;
		// adapter-node emits this once requests have finished; Playwright itself kills the browser
		// if the process exits first.
		process.once('sveltekit:shutdown' as 'exit', () => void closePrinter());
	}
	try {
		// Loaded at the first print: importing Playwright takes seconds, which every server start and
		// every test file would pay, though most never print.
		const { chromium } = await import('playwright-core');
		return await chromium.launch({
			executablePath,
			args: CHROMIUM_ARGS,
			timeout: 15_000,
			// Playwright's own signal handlers would close the browser (SIGINT: exit the process) while
			// adapter-node is still finishing requests and closing the database; the hook above closes it.
			handleSIGINT: false,
			handleSIGTERM: false,
			handleSIGHUP: false
		});
	} catch (error) {
		// Installed but will not start (broken package, no memory): the operator needs the cause.
		console.error('[pdf] Chromium did not start:', error);
		throw new DomainError('pdf.errors.unavailable', 503);
	}
}
