import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, e2e, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

/** Submits with a button and waits for the page it leads to (a redirect or the refused form), then checks it with axe. */
async function press(page: Page, name: string | RegExp, scope?: ReturnType<Page['locator']>): Promise<void> {
	await Promise.all([page.waitForNavigation(), (scope ?? page).getByRole('button', { name, exact: typeof name === 'string' }).click()]);
	await checkA11y(page);
}

const section = (page: Page, title: string) => page.locator('ol.sections > li', { has: page.locator('h3', { hasText: title }) });

describe.skipIf(skip)('the report editor', () => {
	it('the secretariat builds a report, a colleague approves it, and it is published as version 1', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');

		// A new report of a demo event, with an address of its own so reruns never clash.
		await visit(page, '/manage');
		await Promise.all([page.waitForURL('**/manage/reports'), page.locator('main a.button', { hasText: 'Reports' }).click()]);
		await checkA11y(page);
		const option = page.locator('#field-eventId option', { hasText: 'First Session of the International Dialogue on Migration 2024' });
		await page.locator('#field-eventId').selectOption((await option.first().getAttribute('value'))!);
		const slug = `e2e-editor-${Date.now()}`;
		await page.locator('#titles-en').fill('Editor journey key findings');
		await page.locator('#field-slug').fill(slug);
		await press(page, 'Create the report');
		expect(page.url()).toMatch(/\/manage\/reports\/[0-9a-f-]{36}\?done=created$/);
		const reportUrl = page.url().split('?')[0];
		expect(await page.textContent('[role=status]')).toContain('The report is created.');

		// Two text sections: one with an item, one left empty.
		for (const title of ['What do we know?', 'Empty part']) {
			await page.locator('#new-section-titles-en').fill(title);
			await press(page, 'Add section');
		}
		const findings = section(page, 'What do we know?');
		await findings.locator('summary', { hasText: 'New item' }).click();
		await findings.locator('select[name=kind]').selectOption('solution');
		await findings.locator('input[name="headlines.en"]').fill('Safe mobility offices');
		await findings.locator('input[name="headlines.fr"]').fill('Bureaux de mobilité sûre');
		await findings.locator('textarea[name="texts.en"]').fill('One-stop offices inform people on the move about **regular pathways**.');
		await press(page, 'Add item', findings);
		expect(await section(page, 'What do we know?').textContent()).toContain(
			'One-stop offices inform people on the move about regular pathways.'
		);

		// An existing item of the dialogue (it has a hundred or so), found by kind and words, added to the section.
		await findings.locator('summary', { hasText: 'Add an existing item' }).click();
		await findings.locator('select[name=findKind]').selectOption('evidence');
		await findings.locator('input[name=findText]').fill('longitudinal DATA');
		await press(page, /^Find items/, findings);
		const found = findings.locator('ul.found > li');
		expect(await found.count()).toBe(1);
		expect(await found.first().textContent()).toContain('Analysis of longitudinal data reveals the importance of these pathways');
		await press(page, /^Add to section\s*: Analysis of longitudinal data/, findings);
		expect(await page.textContent('[role=status]')).toContain('Item added to the section.');
		expect(await findings.locator('ol.items').textContent()).toContain('Analysis of longitudinal data');
		// Back at the search, which no longer offers the item just added.
		expect(await findings.locator('input[name=findText]').inputValue()).toBe('longitudinal DATA');
		expect(await findings.locator('ul.found > li').count()).toBe(0);

		// The event's expected outcomes: tick the item addressing the first one.
		await page.locator('#new-section-kind').selectOption('outcomes');
		await page.locator('#new-section-titles-en').fill('Expected outcomes');
		await press(page, 'Add section');
		const outcomes = section(page, 'Expected outcomes');
		await outcomes.locator('form#outcome-0 input[type=checkbox]').first().check();
		await press(page, /^Save\s*:/, outcomes.locator('form#outcome-0'));
		expect(await page.textContent('[role=status]')).toContain('Items of the expected outcome saved.');
		expect(await section(page, 'Expected outcomes').locator('form#outcome-0 input[type=checkbox]').first().isChecked()).toBe(true);

		// A section's edit form opens in place (no JavaScript needed) and passes axe with the others.
		await Promise.all([
			page.waitForURL(/\?edit=/),
			section(page, 'What do we know?')
				.getByRole('link', { name: /Edit section\s*: What do we know\?/ })
				.click()
		]);
		await checkA11y(page);
		expect(await section(page, 'What do we know?').locator('textarea[name="bodies.en"]').count()).toBe(1);

		// The item's page: a practice link by its address; an unknown address is named and nothing is saved.
		const edit = section(page, 'What do we know?').getByRole('link', { name: /Edit item\s*: Safe mobility offices/ });
		await visit(page, (await edit.getAttribute('href'))!);
		const itemUrl = page.url();
		expect(await page.inputValue('#headlines-fr')).toBe('Bureaux de mobilité sûre');
		await page.locator('#field-practices').fill('abu-dhabi-dialogue-ciop\nno-such-practice');
		await page.locator('input[name=gcmObjectives][value="5"]').check();
		await press(page, 'Save item');
		expect(await page.textContent('#field-practices-error')).toContain('There is no published practice no-such-practice.');
		expect(await page.inputValue('#field-practices')).toContain('no-such-practice');
		await visit(page, itemUrl);
		expect(await page.inputValue('#field-practices')).toBe('');
		expect(await page.isChecked('input[name=gcmObjectives][value="5"]')).toBe(false);
		await page.locator('#field-practices').fill('abu-dhabi-dialogue-ciop');
		await page.locator('input[name=gcmObjectives][value="5"]').check();
		await press(page, 'Save item');
		expect(await page.textContent('[role=status]')).toContain('Item saved.');
		expect(await page.inputValue('#field-practices')).toBe('abu-dhabi-dialogue-ciop');
		expect(await page.isChecked('input[name=gcmObjectives][value="5"]')).toBe(true);

		// Sending for review with an empty section names it; removing it lets the report go.
		await visit(page, reportUrl);
		await press(page, 'Send for review');
		expect(await page.textContent('#workflow [role=alert]')).toContain('These sections are empty: Empty part.');
		await Promise.all([page.waitForURL(/\?delete=/), page.getByRole('link', { name: /Delete section\s*: Empty part/ }).click()]);
		await checkA11y(page);
		await press(page, 'Yes, delete “Empty part”');
		expect(await page.textContent('main')).not.toContain('Empty part');
		await press(page, 'Send for review');
		expect(await page.textContent('#workflow')).toContain('In review');

		// Whoever sent it cannot approve it.
		await press(page, 'Approve');
		expect(await page.textContent('#workflow [role=alert]')).toContain('someone else must review it');

		// A colleague (the demo administrator also works as the secretariat) approves it.
		const colleague = (await browser.newPage()).page;
		await signIn(colleague, 'admin');
		await visit(colleague, reportUrl);
		await press(colleague, 'Approve');
		expect(await colleague.textContent('#workflow')).toContain('Approved');
		expect(await colleague.textContent('#workflow')).toContain('Review history');

		// Published as version 1, listed with its link.
		await visit(page, reportUrl);
		await press(page, 'Publish as version 1');
		expect(await page.textContent('[role=status]')).toContain('Published.');
		expect(await page.locator('main a', { hasText: 'Version 1' }).first().getAttribute('href')).toBe(`/reports/${slug}/versions/1`);
		await visit(page, '/manage/reports');
		const row = page.locator('tbody tr', { hasText: 'Editor journey key findings' });
		expect(await row.textContent()).toContain('Published');
		expect(await row.textContent()).toContain('Version 1');
	}, 180_000);

	it('a reviewer finds the report on /reviews, reads its preview, asks for changes, then approves it sent again', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');

		// A small report of a demo event, sent for review.
		await visit(page, '/manage/reports');
		const option = page.locator('#field-eventId option', { hasText: 'First Session of the International Dialogue on Migration 2024' });
		await page.locator('#field-eventId').selectOption((await option.first().getAttribute('value'))!);
		const title = `Reviewer journey ${Date.now()}`;
		await page.locator('#titles-en').fill(title);
		await page.locator('#field-slug').fill(`e2e-review-${Date.now()}`);
		await press(page, 'Create the report');
		const reportUrl = page.url().split('?')[0];
		const reportId = reportUrl.split('/').pop()!;
		await page.locator('#new-section-titles-en').fill('Findings');
		await press(page, 'Add section');
		const findings = section(page, 'Findings');
		await findings.locator('summary', { hasText: 'New item' }).click();
		await findings.locator('textarea[name="texts.en"]').fill('Diaspora bonds fund **local infrastructure**.');
		await press(page, 'Add item', findings);
		await press(page, 'Send for review');

		// The secretariat's preview from the workflow panel: the page as published, marked and not indexed.
		await Promise.all([
			page.waitForURL(`**/reviews/reports/${reportId}`),
			page.getByRole('link', { name: 'Preview as published' }).click()
		]);
		await checkA11y(page);
		expect(await page.textContent('main [role=note]')).toContain('Preview — not published');
		expect(await page.getAttribute('meta[name=robots]', 'content')).toContain('noindex');

		// The reviewer opens /reviews from the navigation, then the report's preview.
		const reviewer = (await browser.newPage()).page;
		await signIn(reviewer, 'reviewer');
		await visit(reviewer, '/');
		await Promise.all([reviewer.waitForURL('**/reviews'), reviewer.locator('header').getByRole('link', { name: 'My reviews' }).click()]);
		await checkA11y(reviewer);
		await Promise.all([
			reviewer.waitForURL(`**/reviews/reports/${reportId}`),
			reviewer.locator('#reports-heading + p + table').getByRole('link', { name: title }).click()
		]);
		await checkA11y(reviewer);
		expect(await reviewer.textContent('h1')).toBe(title);
		expect(await reviewer.textContent('main')).toContain('Diaspora bonds fund local infrastructure.');

		// The preview as PDF, printed by the server's Chromium with the reviewer's session; a visitor gets none.
		const pdf = await reviewer.request.get(`/reviews/reports/${reportId}/preview.pdf`);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['cache-control']).toContain('no-store');
		const bytes = await pdf.body();
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		if (spawnSync('pdftotext', ['-v']).status === 0) {
			const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
			expect(text).toContain('Preview — not published');
			expect(text).toContain('Diaspora bonds fund local infrastructure.');
		}
		const anonymous = await fetch(`${e2e.baseUrl}/reviews/reports/${reportId}/preview.pdf`, { redirect: 'manual' });
		expect(anonymous.headers.get('content-type') ?? '').not.toContain('pdf');
		expect([302, 303, 401, 403, 404]).toContain(anonymous.status);

		// Asking for changes needs a comment: said beside the form, nothing changes.
		await press(reviewer, 'Request changes');
		expect(await reviewer.textContent('#review')).toContain('Say what should change.');
		await reviewer.locator('#review-comment').fill('Name the States that issued bonds.');
		await press(reviewer, 'Request changes');
		expect(reviewer.url()).toMatch(/\/reviews\?done=changes$/);
		expect(await reviewer.textContent('[role=status]')).toContain('Your request for changes was sent');

		// Back to draft; the secretariat sends it again and the reviewer approves it.
		await visit(page, reportUrl);
		expect(await page.textContent('#workflow')).toContain('Name the States that issued bonds.');
		await press(page, 'Send for review');
		await visit(reviewer, `/reviews/reports/${reportId}`);
		await press(reviewer, 'Approve');
		expect(reviewer.url()).toMatch(/\/reviews\?done=approved$/);
		await visit(page, reportUrl);
		expect(await page.textContent('#workflow')).toContain('Approved');
	}, 180_000);

	it('malformed ids are 404s, never server errors', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		expect((await page.goto('/manage/reports/abc'))?.status()).toBe(404);
		expect((await page.goto('/manage/reports/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
		expect((await page.goto('/manage/reports/abc/items/def'))?.status()).toBe(404);
		const post = await page.request.post(`${e2e.baseUrl}/manage/reports/abc?/submit`, {
			form: { version: '1' },
			headers: { origin: e2e.baseUrl }
		});
		expect(post.status()).toBe(404);
		const moved = await page.request.post(`${e2e.baseUrl}/manage/reports/abc?/moveSection`, {
			form: { sectionId: 'nope', direction: 'up' },
			headers: { origin: e2e.baseUrl }
		});
		expect(moved.status()).toBe(404);
		// A well-formed section id that is not this report's is as unknown as a malformed one.
		const elsewhere = await page.request.post(`${e2e.baseUrl}/manage/reports/00000000-0000-4000-8000-000000000000?/deleteSection`, {
			form: { sectionId: '00000000-0000-4000-8000-000000000001' },
			headers: { origin: e2e.baseUrl }
		});
		expect(elsewhere.status()).toBe(404);
	});
});
