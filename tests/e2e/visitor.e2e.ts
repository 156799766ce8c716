import { describe, expect, it } from 'vitest';
import { checkA11y, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

describe.skipIf(skip)('a visitor', () => {
	it('browses from the home page to a dialogue, its 2024 cycle and the first session', async () => {
		const { page } = await browser.newPage();
		const path = () => new URL(page.url()).pathname;
		await visit(page, '/');
		await Promise.all([page.waitForURL('**/dialogues'), page.getByRole('link', { name: 'Dialogues' }).first().click()]);
		await checkA11y(page);
		await Promise.all([
			page.waitForURL('**/dialogues/idm'),
			page.getByRole('link', { name: 'International Dialogue on Migration' }).first().click()
		]);
		await checkA11y(page);
		expect(path()).toBe('/dialogues/idm');
		await Promise.all([page.waitForURL('**/dialogues/idm/2024'), page.getByRole('link', { name: '2024', exact: true }).click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toContain('2024');
		await Promise.all([
			page.waitForURL('**/events/*'),
			page.getByRole('link', { name: 'First Session of the International Dialogue on Migration 2024' }).click()
		]);
		await checkA11y(page);
		expect(path()).toMatch(/^\/events\/[0-9a-f-]{36}$/);
		expect(await page.textContent('h1')).toBe('First Session of the International Dialogue on Migration 2024');
		const facts = await page.textContent('dl');
		expect(facts).toMatch(/21\s*–\s*22 May 2024/);
		expect(facts).toContain('New York');
		// The four expected outcomes of the key findings, in their order, as an ordered list.
		const outcomes = page.locator('h2:has-text("Expected outcomes") + ol > li');
		const texts = await outcomes.allTextContents();
		expect(texts).toHaveLength(4);
		expect(texts[0]).toMatch(/^An evidence and foresight-based understanding/);
		expect(texts[1]).toMatch(/^Identifying innovative, cutting-edge and forward-looking solutions/);
		expect(texts[2]).toMatch(/^Unpacking how multilateral action/);
		expect(texts[3]).toMatch(/^Understanding how to achieve more accessible, responsive/);
	});

	it('finds Côte d\'Ivoire by searching "cote" without the accent, and reads a State with its membership', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/states');
		await page.getByLabel('Search States by name or ISO code').fill('cote');
		await Promise.all([page.waitForURL(/[?&]q=cote/), page.getByRole('button', { name: 'Search' }).click()]);
		await checkA11y(page);
		expect(await page.locator('tbody tr').count()).toBe(1);
		expect(await page.textContent('tbody')).toContain("Côte d'Ivoire");
		await visit(page, '/states/CAN');
		expect(await page.textContent('h1')).toBe('Canada');
		expect(await page.textContent('main')).toContain('Member State');
	});

	it('browses organisations and the reference lists with their sources', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/organisations?q=IOM');
		await page.getByRole('link', { name: 'International Organization for Migration', exact: true }).click();
		await checkA11y(page);
		await visit(page, '/reference');
		expect(await page.locator('main h2 + ol').first().locator('li').count()).toBe(23);
		expect(await page.textContent('main')).toContain('Sources and verification');
	});

	it('reads the programme of the 92nd Council session, with speakers and their roles', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/dialogues/idm/2006');
		await page.getByRole('link', { name: /92nd Session of the IOM Council/ }).click();
		await checkA11y(page);
		const programme = page.locator('section.programme-item');
		expect(await programme.count()).toBeGreaterThanOrEqual(4);
		const theme = programme.filter({ hasText: 'Engaging Business and Civil Society' });
		expect(await theme.textContent()).toMatch(/Imogen Foulkes.*Moderator/s);
	});

	it('gets a polite 404 page for an unknown event', async () => {
		const { page } = await browser.newPage();
		expect(await visit(page, '/events/00000000-0000-0000-0000-000000000000')).toBe(404);
		expect(await page.textContent('main')).toContain('This page does not exist');
	});

	it('switches the interface to French, then to Arabic written right to left', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/states');
		await page.getByLabel('Language').selectOption('fr');
		await page.getByRole('button', { name: 'Change language' }).click();
		await page.waitForURL(/\/states$/);
		await checkA11y(page);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.getByRole('navigation').first().getByRole('link', { name: 'États', exact: true }).count()).toBe(1);
		expect(await page.textContent('h1')).toBe('États');
		await page.getByLabel('Langue').selectOption('ar');
		await page.getByRole('button', { name: 'Changer de langue' }).click();
		await page.waitForURL(/\/states$/);
		await checkA11y(page);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.getAttribute('html', 'lang')).toBe('ar');
	});

	it('reads the dialogue in Arabic, right to left: home, dialogues, an event with its dates, its statistics and registration', async () => {
		const { page } = await browser.newPage();
		const arabic = /[\u0600-\u06FF]/;
		/**
		 * Each text of the interface (not the English content the demo holds) is in Arabic. Content in
		 * another language says so with its own lang attribute (a survey entered in English only).
		 */
		async function inArabic(selector: string) {
			const texts = (
				await page
					.locator(selector)
					.evaluateAll((elements) =>
						elements.filter((e) => e.closest('[lang]')?.getAttribute('lang') === 'ar').map((e) => e.textContent ?? '')
					)
			)
				.map((s) => s.trim())
				.filter(Boolean);
			expect(texts.length, selector).toBeGreaterThan(0);
			expect(
				texts.filter((s) => !arabic.test(s)),
				selector
			).toEqual([]);
		}
		async function follow(url: RegExp, name: string, exact = false) {
			await Promise.all([page.waitForURL(url), page.getByRole('link', { name, exact }).first().click()]);
			await checkA11y(page);
			expect(await page.getAttribute('html', 'dir')).toBe('rtl');
			expect(await page.getAttribute('html', 'lang')).toBe('ar');
		}
		await visit(page, '/');
		await page.getByLabel('Language').selectOption('ar');
		await Promise.all([page.waitForURL(/\/$/), page.getByRole('button', { name: 'Change language' }).click()]);
		await checkA11y(page);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.textContent('h1')).toBe('حوارات سياسات الهجرة، من جدول الأعمال إلى النتائج');
		await inArabic('nav[aria-label="التنقل الرئيسي"] a');
		await inArabic('main h2, footer');

		await follow(/\/dialogues$/, 'الحوارات', true);
		expect(await page.textContent('h1')).toBe('الحوارات');
		await follow(/\/dialogues\/idm$/, 'International Dialogue on Migration');
		await follow(/\/dialogues\/idm\/2024$/, '2024', true);
		expect(await page.textContent('h1')).toBe('International Dialogue on Migration: دورة عام 2024');

		await follow(/\/events\/[0-9a-f-]{36}$/, 'First Session of the International Dialogue on Migration 2024');
		await inArabic('main dt, main h2');
		// Dates as Arabic writes them (the month by name); the event's own title stays as entered.
		expect(await page.textContent('dl')).toContain('21–22 مايو 2024');

		await follow(/\/statistics$/, 'إحصاءات المشاركة');
		expect(await page.textContent('h1')).toBe('إحصاءات المشاركة: First Session of the International Dialogue on Migration 2024');
		const representatives = page.locator('#figure-governments-representatives');
		expect(await representatives.locator('dt').textContent()).toBe('الممثلون الحكوميون');
		// A share names its denominator, counted with the Arabic plural.
		expect(await representatives.locator('.share').textContent()).toMatch(/ من [\d,]+ (تسجيل مقبول|تسجيلاً مقبولاً|تسجيلات مقبولة)$/);
		await inArabic('main h2, main h3, main thead th, main dt');
		const roles = page.locator('section.annex-table', { has: page.getByRole('heading', { name: 'المتحدثون حسب الدور' }) });
		expect(await roles.getByRole('img').getAttribute('aria-label')).toMatch(/^المتحدثون حسب الدور\. /);

		const id = new URL(page.url()).pathname.split('/')[2];
		await visit(page, `/events/${id}/register`);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.textContent('h1')).toBe('التسجيل في First Session of the International Dialogue on Migration 2024');
		await inArabic('main p');
	});

	it('is told plainly when asking for a language the platform does not offer', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/');
		// A tampered form (or an old bookmark) asks for German.
		await page.evaluate(() => {
			const option = document.querySelector<HTMLOptionElement>('#language-select option[value="fr"]')!;
			option.value = 'de';
			option.selected = true;
		});
		await page.getByRole('button', { name: 'Change language' }).click();
		await page.waitForSelector('[role=alert]');
		await checkA11y(page);
		expect(await page.textContent('[role=alert]')).toBe('Only English, French, Spanish and Arabic texts are accepted.');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
	});

	it('reaches the skip link first with the keyboard', async () => {
		const { page } = await browser.newPage();
		await visit(page, '/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	});
});
