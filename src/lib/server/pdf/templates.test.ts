import { describe, expect, it } from 'vitest';
import { footerTemplate, headerTemplate } from './templates';

describe('PDF header and footer', () => {
	it('the header prints the title as text, never as markup', () => {
		const html = headerTemplate({ title: 'Jobs <script>alert(1)</script> & "skills"', lang: 'en', dir: 'ltr' });
		expect(html).toContain('Jobs &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;skills&quot;');
		expect(html).not.toContain('<script>');
	});

	it('the footer turns the translated label’s placeholders into Chromium’s page counters', () => {
		const html = footerTemplate({ title: '', lang: 'fr', dir: 'ltr', pageLabel: 'Page {page} sur {pages}' });
		expect(html).toContain('Page <span class="pageNumber"></span> sur <span class="totalPages"></span>');
		expect(html).toContain('lang="fr"');
	});

	it('without a label the footer reads "X / Y"', () => {
		expect(footerTemplate({ title: '', lang: 'en', dir: 'ltr' })).toContain(
			'<span class="pageNumber"></span> / <span class="totalPages"></span>'
		);
	});

	it('Arabic header and footer are set right to left', () => {
		for (const html of [
			headerTemplate({ title: 'النتائج الرئيسية', lang: 'ar', dir: 'rtl' }),
			footerTemplate({ title: '', lang: 'ar', dir: 'rtl', pageLabel: 'الصفحة {page} من {pages}' })
		]) {
			expect(html).toMatch(/^<div lang="ar" dir="rtl"/);
		}
	});
});
