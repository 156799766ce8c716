import { describe, expect, it } from 'vitest';
import { renderNote } from './note';

describe('a discussion note', () => {
	it('keeps paragraphs, headings, lists and emphasis', () => {
		expect(
			renderNote(
				'# Workshops\n\nTwo topics are to be **selected** by *Member States*.\n\n- Migration and families\n- South-South migration'
			)
		).toBe(
			'<h3>Workshops</h3>\n<p>Two topics are to be <strong>selected</strong> by <em>Member States</em>.</p>\n<ul><li>Migration and families</li><li>South-South migration</li></ul>'
		);
	});

	it('shows markup as text: no tag or attribute of the note reaches the page', () => {
		const html = renderNote('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)"> **<b>x</b>**');
		expect(html).not.toMatch(/<script|<img|<b>/);
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
	});
});
