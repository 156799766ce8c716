import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export const e2e = inject('e2e');
export const skip = e2e.skip;

export type DemoRole = 'admin' | 'secretariat' | 'state-focal-point' | 'partner-focal-point' | 'reviewer' | 'participant';
export const DEMO_EMAILS: Record<DemoRole, string> = {
	admin: 'admin@demo.idm.test',
	secretariat: 'secretariat@demo.idm.test',
	'state-focal-point': 'focal-point.can@demo.idm.test',
	'partner-focal-point': 'focal-point.ghanacoop@demo.idm.test',
	reviewer: 'reviewer@demo.idm.test',
	participant: 'participant@demo.idm.test'
};

/** One browser per test file; a fresh context (cookies) per journey. */
export function useBrowser() {
	let browser: Browser;
	beforeAll(async () => {
		if (skip) return;
		browser = await chromium.launch({ executablePath: chromiumPath()!, args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		async newPage(): Promise<{ page: Page; context: BrowserContext }> {
			const context = await browser.newContext({ baseURL: e2e.baseUrl, locale: 'en-GB' });
			return { page: await context.newPage(), context };
		}
	};
}

type AxeNode = { target: string[]; html: string; failureSummary?: string };
type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };

/** Runs axe-core on the page and fails with a readable list of violations. */
export async function checkA11y(page: Page): Promise<void> {
	await page.addScriptTag({ path: AXE });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
		return (await axe.run()).violations;
	});
	if (violations.length === 0) return;
	const report = violations
		.map((v) => {
			const nodes = v.nodes.map(
				(n) => `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`
			);
			return `- ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
		})
		.join('\n');
	expect.fail(`${violations.length} axe-core violation(s) on ${page.url()}:\n${report}`);
}

/** Opens a path and checks it with axe-core; returns the response status. */
export async function visit(page: Page, path: string): Promise<number> {
	const response = await page.goto(path);
	await checkA11y(page);
	return response?.status() ?? 0;
}

/** Signs in as a demo account through the form; fails with the page's message if it is refused. Checks the page it lands on. */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
	await visit(page, '/sign-in');
	await page.getByLabel('E-mail address').fill(DEMO_EMAILS[role]);
	await page.getByLabel('Password').fill(e2e.passwords[role]);
	await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
	if (new URL(page.url()).pathname === '/sign-in') {
		const message = await page.locator('[role=alert]').allTextContents();
		expect.fail(`Signing in as ${role} (${DEMO_EMAILS[role]}) was refused: ${message.join(' ') || 'no message'}`);
	}
	await checkA11y(page);
}
