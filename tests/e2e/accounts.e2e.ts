import { describe, expect, it } from 'vitest';
import { checkA11y, e2e, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

describe.skipIf(skip)('accounts and roles', () => {
	it('a new user signs up, and the same e-mail or a weak password is refused with a message', async () => {
		const { page, context } = await browser.newPage();
		await visit(page, '/sign-up');
		await page.getByLabel('Your name').fill('Amina Delegate');
		await page.getByLabel('E-mail address').fill('amina@example.org');
		await page.getByLabel('Password').fill('short');
		await page.getByRole('button', { name: 'Create account' }).click();
		await page.waitForSelector('#field-password-error');
		await checkA11y(page);
		expect(await page.textContent('#field-password-error')).toBe('Use at least 10 characters.');
		expect(await page.inputValue('#field-email')).toBe('amina@example.org');

		await page.getByLabel('Password').fill('migration dialogue 2026');
		await Promise.all([page.waitForURL(/\/account$/), page.getByRole('button', { name: 'Create account' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('amina@example.org');

		await context.clearCookies();
		await visit(page, '/sign-up');
		await page.getByLabel('Your name').fill('Someone Else');
		await page.getByLabel('E-mail address').fill('AMINA@example.org');
		await page.getByLabel('Password').fill('another long passphrase');
		await page.getByRole('button', { name: 'Create account' }).click();
		await page.waitForSelector('#field-email-error');
		await checkA11y(page);
		expect(await page.textContent('#field-email-error')).toContain('An account already uses this e-mail address');
		expect((await context.cookies()).length).toBe(0);
	});

	it('a participant is refused the secretariat pages with a 403 that shows nothing of them', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'participant');
		expect(await visit(page, '/manage')).toBe(403);
		expect(await page.textContent('main')).toContain('You do not have permission to see this page.');
		expect(await page.textContent('body')).not.toContain('New event');
		expect(await visit(page, '/admin/audit')).toBe(403);
	});

	it('a visitor who opens /manage is sent to sign in, and comes back to /manage after signing in', async () => {
		const { page } = await browser.newPage();
		const response = await page.goto('/manage');
		await checkA11y(page);
		expect(response?.status()).toBe(200);
		const url = new URL(page.url());
		expect(url.pathname).toBe('/sign-in');
		expect(url.searchParams.get('next')).toBe('/manage');
		expect(await page.textContent('main')).not.toContain('New event');

		await page.getByLabel('E-mail address').fill('secretariat@demo.idm.test');
		await page.getByLabel('Password').fill('wrong password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForSelector('[role=alert]');
		await checkA11y(page);
		expect(await page.textContent('[role=alert]')).toContain('The e-mail address or the password is not right.');

		await page.getByLabel('Password').fill(e2e.passwords.secretariat);
		await Promise.all([page.waitForURL((u) => u.pathname === '/manage'), page.getByRole('button', { name: 'Sign in' }).click()]);
		await checkA11y(page);
	});

	it('an admin reads the audit log of what the demo data created', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'admin');
		await visit(page, '/admin/audit');
		expect(await page.textContent('tbody')).toContain('event.create');
		await visit(page, '/admin/users');
		expect(await page.textContent('tbody')).toContain('focal-point.can@demo.idm.test');
	});
});
