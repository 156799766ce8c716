import { beforeAll, describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { count, eq, sql } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import { actorWith } from '../testing/actors';
import type { Database } from '../db/client';
import { practices, practiceImportChecks } from './schema';
import { actions, load } from '../../../routes/manage/practices/import/+page.server';

type ActionEvent = Parameters<(typeof actions)['import']>[0];

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});

const userId = crypto.randomUUID();
function event(path: string, init?: RequestInit, who = userId): ActionEvent {
	const actor = actorWith('secretariat', { userId: who });
	const url = new URL(`http://localhost/manage/practices/import${path}`);
	return {
		url,
		params: {},
		request: new Request(url, init && { method: 'POST', ...init }),
		locals: { lang: 'en', actor, ctx: { db: database.db, actor }, user: { id: who } }
	} as unknown as ActionEvent;
}

function upload(title: string) {
	const form = new FormData();
	const body = JSON.stringify([
		{ titles: { en: title }, summaries: { en: 's' }, scope: 'national', status: 'completed', gcmObjectives: [1] }
	]);
	form.set('file', new File([body], 'practices.json', { type: 'application/json' }));
	return event('?/check', { body: form });
}
function commit(checkId: string, who = userId) {
	const form = new FormData();
	form.set('check', checkId);
	return event('?/import', { body: form }, who);
}
const countTitled = async (title: string) =>
	(
		await database.db
			.select({ n: count() })
			.from(practices)
			.where(sql`${practices.titles}->>'en' = ${title}`)
	)[0].n;

/** Runs an action; a redirect comes back as { location }. */
async function act(action: (e: ActionEvent) => unknown, e: ActionEvent): Promise<Record<string, unknown>> {
	try {
		return (await action(e)) as Record<string, unknown>;
	} catch (thrown) {
		if (isRedirect(thrown)) return { status: thrown.status, location: thrown.location };
		throw thrown;
	}
}
const checked = async (title: string) => {
	const result = (await act(actions.check, upload(title))) as { checkId: string | null };
	expect(result.checkId).toMatch(/^[0-9a-f-]{36}$/);
	return result.checkId!;
};
const messageOf = (result: Record<string, unknown>) => (result.data as { fileError: { key: string } }).fileError.key;

describe('the import page', () => {
	it('imports a checked file once: the commit posts only its id, then redirects to the result; a reload imports nothing again', async () => {
		const id = await checked('Reloaded import');
		expect(await countTitled('Reloaded import')).toBe(0);
		const first = await act(actions.import, commit(id));
		expect(first).toEqual({ status: 303, location: `/manage/practices/import?done=${id}` });
		expect(await countTitled('Reloaded import')).toBe(1);
		const again = await act(actions.import, commit(id));
		expect(again.status).toBe(409);
		expect(messageOf(again)).toBe('practices.importPage.alreadyUsed');
		expect(await countTitled('Reloaded import')).toBe(1);
		// The result page is a GET: it shows what was created, and only to whoever imported it.
		const shown = (await load(event(`?done=${id}`) as never)) as { created: { slug: string; title: string }[] };
		expect(shown.created).toEqual([{ slug: 'reloaded-import', title: 'Reloaded import' }]);
		expect(((await load(event(`?done=${id}`, undefined, crypto.randomUUID()) as never)) as { created: unknown }).created).toBeNull();
		const [row] = await database.db.select().from(practiceImportChecks).where(eq(practiceImportChecks.id, id));
		expect(row.content).toBeNull();
	});

	it('two commits of the same checked file at the same moment import it once', async () => {
		const id = await checked('Double click import');
		const results = await Promise.all([act(actions.import, commit(id)), act(actions.import, commit(id))]);
		expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
		expect(await countTitled('Double click import')).toBe(1);
	});

	it('a checked file is imported by the person who checked it only, and an unknown or malformed id imports nothing', async () => {
		const id = await checked('Someone else’s import');
		expect((await act(actions.import, commit(id, crypto.randomUUID()))).status).toBe(409);
		expect((await act(actions.import, commit(crypto.randomUUID()))).status).toBe(409);
		expect((await act(actions.import, commit('not-an-id'))).status).toBe(409);
		expect(await countTitled('Someone else’s import')).toBe(0);
		expect((await act(actions.import, commit(id))).status).toBe(303);
	});

	it('a malformed multipart upload gets the import format message, not a 500', async () => {
		const broken = { headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, body: '--zzz\r\nbroken' };
		for (const action of [actions.check, actions.import]) {
			const result = await act(action, event('?/check', broken));
			expect(result.status).toBe(400);
			expect(messageOf(result)).toBe('practices.errors.importFormat');
		}
	});
});
