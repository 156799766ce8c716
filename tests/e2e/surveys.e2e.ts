import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, signIn, skip, useBrowser, visit } from './helpers';

const browser = useBrowser();

/** The demo's first IDM session of 2024 (it has the participant survey of seed 000), found through the public API. */
async function sessionId(page: Page): Promise<string> {
	const response = await page.request.get('/api/v1/events');
	const { data } = (await response.json()) as { data: { id: string; titles: { en: string } }[] };
	return data.find((e) => e.titles.en === 'First Session of the International Dialogue on Migration 2024')!.id;
}

async function submit(page: Page, name: string) {
	await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
	await checkA11y(page);
}

/** A datetime-local value: the wall-clock time in `zone`, as the survey form reads it. */
const local = (ms: number, zone: string) =>
	new Intl.DateTimeFormat('sv-SE', {
		timeZone: zone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	})
		.format(new Date(ms))
		.replace(' ', 'T');

/** The zone the survey form names in its "Opens (local time in …)" label. */
async function formZone(page: Page): Promise<string> {
	const label = await page.locator('label', { hasText: /^Opens \(local time in / }).textContent();
	return /local time in ([^)]+)\)/.exec(label ?? '')![1];
}

const year = new Date().getUTCFullYear() + 1;

describe.skipIf(skip)('surveys', () => {
	let answerPath = '';
	let surveyPath = '';

	it('the secretariat builds a survey: settings, a section, questions with a condition; a malformed question is refused with a message', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const id = await sessionId(page);
		await visit(page, `/manage/events/${id}`);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Surveys', exact: true }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main')).toContain('IDM 2024 participant survey');
		await page.getByLabel('Title (English)').fill('Journey survey');
		await page.getByLabel('Audience').selectOption('link');
		// The event's zone (New York for this session) names the fields.
		const zone = await formZone(page);
		expect(zone).toBe('America/New_York');
		await page.getByLabel(`Opens (local time in ${zone})`).fill(local(Date.now() - 3600_000, zone));
		await page.getByLabel(`Closes (local time in ${zone})`).fill(local(Date.now() - 7200_000, zone));
		await submit(page, 'Create a survey');
		expect(await page.textContent('main')).toContain('The survey must close after it opens.');
		await page.getByLabel(`Closes (local time in ${zone})`).fill(local(Date.now() + 86400_000, zone));
		await submit(page, 'Create a survey');
		surveyPath = new URL(page.url()).pathname;
		expect(surveyPath).toMatch(/^\/manage\/surveys\//);
		expect(await page.locator('dl.facts').textContent()).toContain('(America/New_York)');

		await page.getByLabel('Section title (English)').fill('About the session');
		await submit(page, 'Add a section');
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Add a question' }).click()]);
		await checkA11y(page);
		await page.getByLabel('Kind of question').selectOption('likert');
		await page.getByLabel('Question (English)').fill('Overall, how useful was the session?');
		await page.getByLabel('Choices or scale (English)').fill('Very useful');
		await submit(page, 'Add a question');
		expect(await page.textContent('main')).toContain('This kind of question needs at least two choices');
		await page.getByLabel('Choices or scale (English)').fill('Very useful\nUseful\nNot useful');
		await page.getByLabel('required', { exact: true }).check();
		await submit(page, 'Add a question');
		expect(await page.textContent('[role=status]')).toContain('Saved.');

		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Add a question' }).click()]);
		await page.getByLabel('Kind of question').selectOption('short-text');
		await page.getByLabel('Question (English)').fill('Why was it not useful?');
		await page.getByLabel('Show only when this earlier question…').selectOption({ label: 'Overall, how useful was the session?' });
		await page.getByLabel('…has this answer').selectOption({ label: 'Not useful' });
		await page.getByLabel('required', { exact: true }).check();
		await submit(page, 'Add a question');
		answerPath = (await page.locator('dd a[href^="/surveys/"]').getAttribute('href'))!;
		expect(answerPath).toMatch(/^\/surveys\/[0-9a-f-]+\?key=[\w-]{32}$/);

		// The survey's own page, its settings and a question's edit page pass axe too.
		await visit(page, surveyPath);
		await checkA11y(page);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Overall, how useful was the session?' }).click()]);
		await checkA11y(page);
		expect(await page.inputValue('#titles-en, [name="titles.en"]')).toBe('Overall, how useful was the session?');
		await visit(page, surveyPath);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Why was it not useful?' }).click()]);
		// The condition shows the choice's label (the list sends its id) and saves unchanged.
		expect(await page.locator('#field-conditionValue option:checked').textContent()).toBe('Not useful');
		await submit(page, 'Save');
		expect(await page.textContent('[role=status]')).toContain('Saved.');
		await visit(page, `${surveyPath}/edit`);
		await checkA11y(page);
	});

	it('a participant answers: a draft first, then a refused submission (a required question), then the response; a second one is refused', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'participant');
		await visit(page, answerPath);
		expect(await page.textContent('#anonymity')).toContain('No link is kept between you and your response');
		await page.getByRole('radio', { name: 'Not useful' }).check();
		await submit(page, 'Save draft');
		expect(await page.textContent('[role=status]')).toContain('Your draft has been saved.');
		await visit(page, answerPath);
		expect(await page.getByRole('radio', { name: 'Not useful' }).isChecked()).toBe(true);
		// "Why not?" is shown to this answer and required.
		await submit(page, 'Submit');
		expect(await page.textContent('main')).toContain('This question needs an answer.');
		expect(await page.getByRole('radio', { name: 'Not useful' }).isChecked()).toBe(true);
		await page.getByLabel(/Why was it not useful\?/).fill('Too many speeches');
		await submit(page, 'Submit');
		expect(await page.textContent('[role=status]')).toContain('your response has been submitted');
		await visit(page, answerPath);
		// An anonymous survey keeps no day for who answered.
		expect(await page.textContent('main')).toContain('You have answered this survey. Thank you.');
		expect(await page.locator('form button', { hasText: 'Submit' }).count()).toBe(0);
	});

	it('the secretariat publishes the results; a visitor reads them with denominators, a chart and its table, and searches the open answers', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		await visit(page, surveyPath);
		expect(await page.locator('dl.facts').textContent()).toMatch(/Responses\s*1\s/);
		await page.locator('#publish-visibility').selectOption('public');
		await submit(page, 'Set who sees the results');

		const visitor = (await browser.newPage()).page;
		const resultsPath = surveyPath.replace('/manage', '') + '/results';
		expect(await visit(visitor, resultsPath)).toBe(200);
		expect(await visitor.textContent('main')).toContain('1 respondent submitted a response.');
		const overall = visitor.locator('section', { has: visitor.getByRole('heading', { name: /Overall, how useful/ }) });
		expect(await overall.getByRole('img').getAttribute('aria-label')).toContain('Not useful: 100 % (1 of 1 respondents)');
		expect(await overall.locator('tbody tr').last().textContent()).toContain('100 % (1 of 1 respondents)');
		await visitor.getByLabel('Search the open answers').fill('speeches');
		await Promise.all([visitor.waitForURL(/\?q=speeches/), visitor.getByRole('button', { name: 'Search' }).click()]);
		await checkA11y(visitor);
		expect(await visitor.textContent('.open-answers')).toContain('Too many speeches');
	});

	it('the demo’s IDM 2024 survey is public with its 44 responses and the seed’s open answers, also on the event’s statistics page', async () => {
		const { page } = await browser.newPage();
		const id = await sessionId(page);
		await visit(page, `/events/${id}/statistics`);
		const section = page.locator('section[aria-labelledby=surveys-heading]');
		expect(await section.textContent()).toContain('44 respondents submitted a response.');
		expect(await section.textContent()).toContain('And more dancing of course.');
		const json = await page.request.get(`/api/v1/events/${id}/surveys`);
		const { items } = (await json.json()) as { items: { id: string }[] };
		const results = await page.request.get(`/api/v1/surveys/${items[0].id}/results`);
		expect(((await results.json()) as { respondents: number }).respondents).toBe(44);
		// The answering form of a registrants' survey sends a visitor to sign in.
		await page.goto(`/surveys/${items[0].id}`);
		expect(new URL(page.url()).pathname).toBe('/sign-in');
	});
});

describe.skipIf(skip)('surveys of member States (a cycle’s focal points)', () => {
	let manageId = '';
	const title = `Hosting survey ${Date.now()}`;

	/** The demo consultation of next year's cycle, where focal points find their State's ballots. */
	async function upcomingConsultation(page: Page): Promise<string> {
		await visit(page, `/dialogues/idm/${year}/consultations`);
		return (await page.locator('main a[href^="/consultations/"]').first().getAttribute('href'))!;
	}

	it('the secretariat lists and creates a survey of the cycle’s focal points in the cycle’s zone; closing before opening is refused', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		const consultation = await upcomingConsultation(page);
		await visit(page, `/manage${consultation}`);
		await Promise.all([
			page.waitForNavigation(),
			page
				.getByRole('link', { name: `Cycle ${year}` })
				.first()
				.click()
		]);
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Surveys of member States' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('h1')).toBe(`Surveys of member States, cycle ${year}`);
		expect(await page.textContent('main table')).toContain('Member States’ priorities for next year’s Dialogue (demonstration)');
		expect(await page.getByLabel('Audience').inputValue()).toBe('focal-points');
		await page.getByLabel('Title (English)').fill(title);
		const zone = await formZone(page);
		await page.getByLabel(`Opens (local time in ${zone})`).fill(local(Date.now() - 3600_000, zone));
		await page.getByLabel(`Closes (local time in ${zone})`).fill(local(Date.now() - 7200_000, zone));
		await submit(page, 'Create a survey');
		expect(await page.textContent('main')).toContain('The survey must close after it opens.');
		// A State's response is named by default, and stays as set when the form comes back with a message.
		expect(await page.getByLabel(/Anonymous: keep no link/).isChecked()).toBe(false);
		await page.getByLabel(`Closes (local time in ${zone})`).fill('not a date');
		await submit(page, 'Create a survey');
		expect(await page.textContent('main')).toContain('Enter a date and time.');
		await page.getByLabel(`Closes (local time in ${zone})`).fill(local(Date.now() + 7 * 86400_000, zone));
		await submit(page, 'Create a survey');
		manageId = new URL(page.url()).pathname.split('/').pop()!;
		expect(await page.locator('dl.facts').textContent()).toContain(`(${zone})`);
		// The survey's own pages serve a cycle survey too: a section, a question, the mail.
		await page.getByLabel('Section title (English)').fill('Hosting');
		await submit(page, 'Add a section');
		await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Add a question' }).click()]);
		await page.getByLabel('Kind of question').selectOption('yes-no');
		await page.getByLabel('Question (English)').fill('Would your State host a workshop?');
		await page.getByLabel('required', { exact: true }).check();
		await submit(page, 'Add a question');
		expect(await page.textContent('main')).toContain('Mail goes to the accounts of the focal points of every State');
		await submit(page, 'Send the invitation');
		expect(await page.textContent('[role=status]')).toMatch(/[1-9]\d* messages? sent to the outbox\./);
		await visit(page, `/manage/surveys/${manageId}/edit`);
		expect(await page.getByLabel('Audience').inputValue()).toBe('focal-points');
	});

	it('Canada’s focal point finds it beside the ballots, answers for the State, and then sees the State’s response', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'state-focal-point');
		const consultation = await upcomingConsultation(page);
		await visit(page, consultation);
		const section = page.locator('section', { has: page.getByRole('heading', { name: title }) });
		await Promise.all([page.waitForNavigation(), section.getByRole('link', { name: 'Answer for your State' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('#answering-for')).toContain('You answer for Canada');
		await submit(page, 'Submit');
		expect(await page.textContent('main')).toContain('This question needs an answer.');
		await page.getByRole('radio', { name: 'Yes' }).check();
		await submit(page, 'Submit');
		expect(await page.textContent('[role=status]')).toContain('your response has been submitted');
		await visit(page, consultation);
		const after = page.locator('section', { has: page.getByRole('heading', { name: title }) });
		expect(await after.textContent()).toMatch(/Your State answered on /);
		await Promise.all([page.waitForNavigation(), after.getByRole('link', { name: 'See your State’s response' }).click()]);
		await checkA11y(page);
		expect(await page.textContent('main')).toMatch(/Canada answered this survey on .+\. Thank you\./);
		expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
		expect(await page.getByRole('radio', { name: 'Yes' }).isDisabled()).toBe(true);
	});

	it('the secretariat reads the results of the State survey: one response, from one State', async () => {
		const { page } = await browser.newPage();
		await signIn(page, 'secretariat');
		expect(await visit(page, `/surveys/${manageId}/results`)).toBe(200);
		expect(await page.textContent('main')).toContain('1 respondent submitted a response.');
		await visit(page, `/manage/surveys/${manageId}`);
		expect(await page.locator('dl.facts').textContent()).toMatch(/Responses\s*1\s/);
	});
});
