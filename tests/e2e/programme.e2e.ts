import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkA11y, e2e, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

describe.skipIf(skip)('the programme', () => {
	it('the secretariat adds an item with a speaker; the public programme, the speaker page and the .ics show it', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');

		// The 2013 Diaspora Ministerial Conference in Geneva (18–19 June 2013) has no programme yet.
		await visit(page, '/dialogues/idm/2013');
		const href = await page
			.locator('main a[href^="/events/"]', { hasText: 'Diaspora Ministerial Conference' })
			.first()
			.getAttribute('href');
		const id = href!.split('/').pop()!;
		await visit(page, `/manage/events/${id}`);
		await Promise.all([
			page.waitForURL(`**/manage/events/${id}/programme`),
			page.getByRole('link', { name: 'Edit the programme' }).click()
		]);
		await checkA11y(page);

		await page.locator('#field-kind').selectOption('keynote');
		await page.getByLabel('Title (English)').fill('Keynote on diaspora engagement');
		await page.locator('#field-day').fill('2013-06-18');
		await page.locator('#field-startsAt').fill('10:00');
		await page.locator('#field-endsAt').fill('10:45');
		await page.locator('#field-room').fill('Room XVII');
		await page.locator('#field-speakers-0-personId').selectOption({ label: 'McKinley, Brunson' });
		await page.locator('#field-speakers-0-role').selectOption('keynote');
		await page.locator('#field-speakers-0-titleAtEvent').fill('Director General');
		await Promise.all([page.waitForURL(/programme\?done=created$/), page.getByRole('button', { name: 'Create' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('[role=status]')).toContain('Programme item added.');
		expect(await page.textContent('main')).toContain('Keynote on diaspora engagement');

		// An overlapping item in the same room is refused next to the field, with what was typed kept.
		await page.getByLabel('Title (English)').fill('Clashing panel');
		await page.locator('#field-day').fill('2013-06-18');
		await page.locator('#field-startsAt').fill('10:30');
		await page.locator('#field-endsAt').fill('11:30');
		await page.locator('#field-room').fill('room xvii');
		await page.getByRole('button', { name: 'Create' }).click();
		await page.waitForSelector('#field-startsAt-error');
		await checkA11y(page);
		expect(await page.textContent('#field-startsAt-error')).toContain('Another item is in this room at this time');
		expect(await page.inputValue('#field-titles-en')).toBe('Clashing panel');

		// A form sent for an event id that is not an id is a 404, never a server error.
		const malformed = await page.request.post(`${e2e.baseUrl}/manage/events/abc/programme?/create`, {
			form: { kind: 'panel', 'titles.en': 'Nowhere' },
			headers: { origin: e2e.baseUrl }
		});
		expect(malformed.status()).toBe(404);

		// The public programme, grouped by day, in the event's time zone.
		await visit(page, `/events/${id}/programme`);
		expect(await page.textContent('main')).toContain('Europe/Zurich');
		const day = page.locator('section.programme-day', { has: page.locator('h2', { hasText: '18 June 2013' }) });
		expect(await day.textContent()).toContain('Keynote on diaspora engagement');
		expect(await day.textContent()).toContain('10:00–10:45');
		expect(await page.textContent('main')).not.toContain('Clashing panel');

		// The calendar file downloads with the item at 10:00 Geneva time.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Add to calendar (.ics)' }).click()
		]);
		const ics = await fs.readFile((await download.path())!, 'utf8');
		expect(ics).toContain('BEGIN:VCALENDAR');
		expect(ics).toContain('DTSTART;TZID=Europe/Zurich:20130618T100000');
		expect(ics).toContain('SUMMARY:Keynote on diaspora engagement');

		// The speaker page lists the item with the role and the title held then.
		await Promise.all([page.waitForURL(/\/speakers\//), page.locator('main a', { hasText: 'Brunson McKinley' }).first().click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toBe('Brunson McKinley');
		const main = await page.textContent('main');
		expect(main).toContain('Diaspora Ministerial Conference');
		expect(main).toContain('Keynote on diaspora engagement');
		expect(main).toContain('Director General');
		expect(main).toContain('IDM at the 92nd Session of the IOM Council');
	});

	it('a visitor cannot fetch an agenda feed', async () => {
		const response = await fetch(`${e2e.baseUrl}/account/agenda.ics`);
		expect(response.status).toBe(401);
	});
});
