import { describe, expect, it } from 'vitest';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

describe.skipIf(skip)('administration and password reset', () => {
	it('a forgotten password is reset through the link the admin finds in the outbox', async () => {
		const visitor = await browser.newPage();
		await visit(visitor.page, '/sign-up');
		await visitor.page.getByLabel('Your name').fill('Forgetful Delegate');
		await visitor.page.getByLabel('E-mail address').fill('forgetful@example.org');
		await visitor.page.getByLabel('Password').fill('first passphrase 2026');
		await Promise.all([visitor.page.waitForURL(/\/account$/), visitor.page.getByRole('button', { name: 'Create account' }).click()]);
		await visitor.context.clearCookies();

		await visit(visitor.page, '/forgot-password');
		await visitor.page.getByLabel('E-mail address').fill('forgetful@example.org');
		await visitor.page.getByRole('button', { name: 'Send the link' }).click();
		await visitor.page.waitForSelector('[role=status]');
		await checkA11y(visitor.page);

		// Without SMTP_URL the mail stays in the outbox, which admins read.
		const admin = await browser.newPage();
		await signIn(admin.page, 'admin');
		await visit(admin.page, '/admin/outbox');
		const mail = admin.page.locator('article', { hasText: 'forgetful@example.org' }).first();
		const link = (await mail.textContent())!.match(/https?:\/\/\S+\/reset-password\/\S+/)![0];

		await visit(visitor.page, new URL(link).pathname);
		await visitor.page.getByLabel('New password').fill('second passphrase 2026');
		await visitor.page.getByRole('button', { name: 'Set the new password' }).click();
		await visitor.page.waitForSelector('[role=status]');
		await checkA11y(visitor.page);
		expect(await visitor.page.textContent('[role=status]')).toContain('Your password was changed.');

		// The link works once.
		await visit(visitor.page, new URL(link).pathname);
		await visitor.page.getByLabel('New password').fill('third passphrase 2026');
		await visitor.page.getByRole('button', { name: 'Set the new password' }).click();
		await visitor.page.waitForSelector('[role=alert]');
		expect(await visitor.page.textContent('[role=alert]')).toContain('expired or was already used');
	});

	it('every management and administration page passes axe-core, empty and after a failed submit', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'admin');
		for (const path of [
			'/manage',
			'/admin',
			'/admin/users',
			'/manage/people',
			'/manage/people/new',
			'/manage/cycles/new',
			'/manage/dialogues/new'
		]) {
			expect(await visit(page, path), path).toBe(200);
		}
		for (const list of ['/manage/people', '/manage']) {
			await visit(page, list);
			await Promise.all([
				page.waitForURL(/\/manage\/(people|cycles)\/[0-9a-f-]{36}$/),
				page.locator('main table a', { hasText: 'Edit' }).first().click()
			]);
			await checkA11y(page);
		}
		await visit(page, '/manage');
		await Promise.all([
			page.waitForURL(/\/manage\/dialogues\/[0-9a-f-]{36}$/),
			page.locator('main a[href^="/manage/dialogues/"]:not([href$="/new"])').first().click()
		]);
		await checkA11y(page);
		// A form sent empty shows its messages, and still passes.
		await visit(page, '/manage/dialogues/new');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForSelector('#field-slug-error');
		await checkA11y(page);
		expect(await page.textContent('#field-slug-error')).toBeTruthy();
	});
});
