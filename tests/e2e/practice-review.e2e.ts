import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

/** Clicks and waits for the page the form or link leads to, then checks it with axe-core. */
async function follow(page: Page, click: () => Promise<unknown>) {
	await Promise.all([page.waitForNavigation(), click()]);
	await checkA11y(page);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function as(role: Parameters<typeof signIn>[1]) {
	const { page } = await browser.newPage();
	await signIn(page, role);
	return page;
}

/** A reviewer's part on their page: no conflict, then a recommendation with comments. */
async function reviewAs(page: Page, id: string, recommendation: 'Publish' | 'Request changes') {
	expect(await visit(page, `/reviews/${id}`)).toBe(200);
	await page.getByLabel('I have no conflict of interest').check();
	await follow(page, () => button(page, 'Declare').click());
	expect(await page.textContent('main')).toContain('You declared no conflict of interest.');
	await page.getByLabel(recommendation, { exact: true }).check();
	await page.getByLabel('Comments to the submitter').fill('Clear, with evidence of results.');
	await follow(page, () => button(page, 'Send the review').click());
	expect(await page.getByRole('status').first().textContent()).toContain('Your review is recorded.');
}

describe.skipIf(skip)('submission and review of practices', () => {
	it('a focal point submits, two reviewers review, the secretariat publishes, and the practice is found by search with its versions', async () => {
		const unique = `Mentoring ${Date.now().toString(36)}`;
		const focal = await as('state-focal-point');
		await follow(focal, () => focal.getByRole('link', { name: 'My submissions' }).click());
		expect(await focal.textContent('h1')).toBe('My submissions');
		expect(await focal.textContent('main')).toContain('Canada’s Start-up Visa');
		await follow(focal, () => focal.getByRole('link', { name: 'Submit a new practice' }).click());
		expect(new URL(focal.url()).pathname).toBe('/practices/submit');

		// A draft with a title in English only; nothing of the checklist yet.
		await focal.locator('[name="titles.en"]').fill(`${unique} for newcomers`);
		await focal.locator('[name="summaries.en"]').fill(`${unique}: volunteers guide newcomers through their first year.`);
		await focal.locator('input[name=gcmObjectives][value="16"]').check();
		await focal.getByLabel('Presented at').selectOption({ index: 1 });
		await follow(focal, () => button(focal, 'Create the draft').click());
		expect(new URL(focal.url()).pathname).toMatch(/^\/practices\/mine\/[0-9a-f-]{36}$/);
		const id = new URL(focal.url()).pathname.split('/').pop()!;
		expect(await focal.getByRole('status').textContent()).toContain('The draft is saved.');

		// Submitting without the checklist names what is missing, and keeps what was typed.
		await follow(focal, () => button(focal, 'Submit for review').click());
		expect(await focal.locator('#criteria-innovative-error').textContent()).toContain('Tick the criterion “Innovative and replicable”');
		expect(await focal.locator('[name="titles.en"]').inputValue()).toBe(`${unique} for newcomers`);
		for (const [key, reason] of [
			['gcm', 'Objective 16: inclusion.'],
			['principles', 'People-centred.'],
			['completed', 'Completed in 2023.'],
			['innovative', 'Run by volunteers; easy to copy.']
		]) {
			await focal.locator(`[name="criteria.${key}.met"]`).check();
			await focal.locator(`[name="criteria.${key}.reason"]`).fill(reason);
		}
		await follow(focal, () => button(focal, 'Submit for review').click());
		expect(await focal.getByRole('status').textContent()).toContain('The practice is submitted for review.');
		expect(await focal.textContent('main')).toContain('Status: Submitted');

		// The secretariat finds it in the queue, assigns two reviewers; publishing now is refused.
		const secretariat = await as('secretariat');
		await follow(secretariat, () => secretariat.getByRole('link', { name: 'Manage' }).click());
		await follow(secretariat, () => secretariat.getByRole('link', { name: 'Practice submissions' }).click());
		await follow(secretariat, () => secretariat.getByRole('link', { name: /^Submitted \(\d+\)$/ }).click());
		await follow(secretariat, () => secretariat.getByRole('link', { name: `${unique} for newcomers` }).click());
		expect(new URL(secretariat.url()).pathname).toBe(`/manage/practices/${id}`);
		for (const name of ['Demo Practice Reviewer', 'Demo IDM Secretariat']) {
			await secretariat
				.getByLabel('Reviewer', { exact: true })
				.selectOption({ label: `${name} (${name === 'Demo Practice Reviewer' ? 'reviewer' : 'secretariat'}@demo.idm.test)` });
			await follow(secretariat, () => button(secretariat, 'Assign').click());
			expect(await secretariat.getByRole('status').first().textContent()).toContain('The reviewer is assigned');
		}
		await secretariat.getByLabel('Publish', { exact: true }).check();
		await follow(secretariat, () => button(secretariat, 'Record the decision').click());
		expect(await secretariat.getByRole('alert').textContent()).toContain('A practice is published after two reviews; it has 0.');

		// Two reviews that agree.
		const reviewer = await as('reviewer');
		await follow(reviewer, () => reviewer.getByRole('link', { name: 'My reviews' }).click());
		expect(await reviewer.textContent('main')).toContain(`${unique} for newcomers`);
		await reviewAs(reviewer, id, 'Publish');
		await reviewAs(secretariat, id, 'Publish');

		// The secretariat publishes; the submitter sees it; search finds it; its page shows its versions.
		expect(await visit(secretariat, `/manage/practices/${id}`)).toBe(200);
		expect(await secretariat.textContent('main')).toContain('The reviews recommend: Publish.');
		await secretariat.getByLabel('Publish', { exact: true }).check();
		await follow(secretariat, () => button(secretariat, 'Record the decision').click());
		expect(await secretariat.getByRole('status').first().textContent()).toContain('The decision is recorded');
		expect(await visit(focal, `/practices/mine/${id}`)).toBe(200);
		expect(await focal.textContent('main')).toContain('Status: Published');
		expect(await focal.textContent('main')).toContain('Clear, with evidence of results.');

		const { page: visitor } = await browser.newPage();
		expect(await visit(visitor, `/practices?q=${encodeURIComponent(unique)}`)).toBe(200);
		await follow(visitor, () => visitor.getByRole('link', { name: `${unique} for newcomers` }).click());
		expect(await visitor.textContent('main')).toMatch(/Last changed \d+ \w+ \d{4}/);
		expect(await visitor.locator('ol.versions').textContent()).toContain('Version 2: published');
		expect(await visitor.locator('dt', { hasText: 'Presented at' }).count()).toBe(1);

		// A change by the secretariat is published at once as a new version.
		await follow(secretariat, () => secretariat.getByRole('link', { name: 'Edit the published practice' }).click());
		await secretariat.locator('[name="lessons.en"]').fill('Match volunteers and newcomers by language.');
		await follow(secretariat, () => button(secretariat, 'Save as a new version').click());
		expect(await secretariat.getByRole('status').textContent()).toContain('The change is published as a new version.');
		expect(await visit(visitor, visitor.url())).toBe(200);
		expect(await visitor.locator('ol.versions').textContent()).toContain('Version 3: edited after publication');
		expect(await visitor.textContent('main')).toContain('Match volunteers and newcomers by language.');
	});

	it('a reviewer with a declared conflict cannot review; a submitter reads the changes requested; others cannot open their pages', async () => {
		const secretariat = await as('secretariat');
		expect(await visit(secretariat, '/manage/practices?status=in-review')).toBe(200);
		await follow(secretariat, () => secretariat.getByRole('link', { name: 'Ready to Work (Prêt à travailler)' }).click());
		const id = new URL(secretariat.url()).pathname.split('/').pop()!;
		expect(await secretariat.textContent('main')).toContain('1 of the 2 reviews needed are in.');
		expect(await visit(secretariat, `/reviews/${id}`)).toBe(200);
		await follow(secretariat, () => button(secretariat, 'Declare').click());
		expect(await secretariat.textContent('main')).toContain('Say whether you have a conflict of interest.');
		await secretariat.getByLabel('I have a conflict of interest').check();
		await secretariat.getByLabel('What the conflict is').fill('I advised the Chamber on this programme.');
		await follow(secretariat, () => button(secretariat, 'Declare').click());
		expect(await secretariat.textContent('main')).toContain('you cannot review this practice');
		expect(await secretariat.getByRole('button', { name: 'Send the review' }).count()).toBe(0);

		// The secretariat's own submission came back with changes requested: the note and the comments show, the form is open.
		expect(await visit(secretariat, '/practices/mine')).toBe(200);
		await follow(secretariat, () =>
			secretariat.getByRole('link', { name: 'Plataforma de permisos de trabajo electrónicos de Guatemala' }).click()
		);
		expect(await secretariat.textContent('main')).toContain('Status: Changes requested');
		expect(await secretariat.textContent('main')).toContain('processing times before and after the platform');
		expect(await secretariat.getByRole('button', { name: 'Submit for review' }).count()).toBe(1);
		const mine = secretariat.url();

		// Someone else's submission and review pages are closed to a focal point.
		const partner = await as('partner-focal-point');
		expect((await partner.goto(mine))?.status()).toBe(403);
		expect((await partner.goto(`/reviews/${id}`))?.status()).toBe(403);
		expect((await partner.goto('/manage/practices'))?.status()).toBe(403);
		const participant = await as('participant');
		expect((await participant.goto('/practices/submit'))?.status()).toBe(403);
		await checkA11y(participant);
	});

	it('a partner focal point writes a draft in Arabic only, in the Arabic interface, right to left', async () => {
		const partner = await as('partner-focal-point');
		expect(await visit(partner, '/practices/submit')).toBe(200);
		await partner.getByLabel('Language').selectOption('ar');
		await follow(partner, () => partner.getByRole('button', { name: 'Change language' }).click());
		expect(await partner.getAttribute('html', 'dir')).toBe('rtl');
		expect(await partner.textContent('h1')).toBe('اقتراح ممارسة جيدة');
		// Nothing in any language: the message says so, nothing is created.
		await follow(partner, () => button(partner, 'إنشاء المسودة').click());
		expect(await partner.locator('#titles-error').textContent()).toContain('بلغة واحدة على الأقل');
		await partner.locator('[name="titles.ar"]').fill('منصة التعاونيات للعمال المهاجرين');
		await partner.locator('[name="summaries.ar"]').fill('تساعد التعاونيات العمال المهاجرين العائدين على بدء أعمالهم.');
		await follow(partner, () => button(partner, 'إنشاء المسودة').click());
		expect(new URL(partner.url()).pathname).toMatch(/^\/practices\/mine\/[0-9a-f-]{36}$/);
		expect(await partner.locator('[name="titles.ar"]').getAttribute('dir')).toBe('rtl');
		expect(await visit(partner, '/practices/mine')).toBe(200);
		expect(await partner.textContent('main')).toContain('منصة التعاونيات للعمال المهاجرين');
		expect(await partner.textContent('main')).toContain('مسودة');
	});
});
