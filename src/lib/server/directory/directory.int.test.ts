import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../testing/database';
import { ctxAs } from '../testing/actors';
import type { Database } from '../db/client';
import { DomainError, ValidationError } from '../core/errors';
import { auditLog } from '../audit/schema';
import { createEvent, getEvent } from '../dialogues';
import { cycles, dialogues } from '../dialogues/schema';
import { userRoles, users } from '../auth/schema';
import { organisations, people, states } from '.';
import { positions } from './schema';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
const secretariat = () => ctxAs(database.db, 'secretariat');

describe('States', () => {
	it('reads IOM membership on the date asked: 175 members and 8 observers today', async () => {
		const all = await states.listStates(database.db, 'en');
		expect(all.filter((s) => s.membership === 'member')).toHaveLength(175);
		expect(all.filter((s) => s.membership === 'observer')).toHaveLength(8);
		expect(all.find((s) => s.id === 'CAN')?.membership).toBe('member');
		expect(all.find((s) => s.id === 'BHR')?.membership).toBe('observer');
	});

	it('keeps the nine regions of the 2024 annex and moves Mexico to the Americas office from 2025', async () => {
		const may2024 = await states.listStates(database.db, 'en', { on: '2024-05-21' });
		expect(new Set(may2024.map((s) => s.regionCode).filter(Boolean)).size).toBe(9);
		expect(may2024.find((s) => s.id === 'MEX')?.regionCode).toBe('CNAC');
		const later = await states.listStates(database.db, 'en', { on: '2025-06-01' });
		expect(later.find((s) => s.id === 'MEX')?.regionCode).toBe('AME');
	});

	it('finds a State whatever the accents and language of the query', async () => {
		expect((await states.listStates(database.db, 'en', { q: 'cote' })).map((s) => s.id)).toContain('CIV');
		expect((await states.listStates(database.db, 'fr', { q: 'Côte' })).map((s) => s.id)).toContain('CIV');
		const [spain] = await states.listStates(database.db, 'es', { q: 'ESP' });
		expect(spain.name).toBe('España');
	});
});

describe('organisations', () => {
	it('creates an organisation and records who did it, with the record after', async () => {
		const org = await organisations.create(secretariat(), {
			name: 'Migrants Forum of Asia',
			acronym: 'MFA',
			type: 'civil-society',
			countryId: 'PHL'
		});
		const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
		expect(entry).toMatchObject({ action: 'organisation.create', actorLabel: 'test secretariat', entityType: 'organisation' });
		expect(entry.after).toMatchObject({ name: 'Migrants Forum of Asia' });
	});

	it('refuses an unknown country and writes nothing', async () => {
		const before = (await organisations.list(database.db, { q: 'Nowhere Institute' })).total;
		await expect(
			organisations.create(secretariat(), { name: 'Nowhere Institute', type: 'academia-research', countryId: 'XXX' })
		).rejects.toBeInstanceOf(ValidationError);
		expect((await organisations.list(database.db, { q: 'Nowhere Institute' })).total).toBe(before);
	});

	it('refuses an edit made on a version someone else has changed since, and keeps their change', async () => {
		const org = await organisations.create(secretariat(), { name: 'Global Forum', type: 'intergovernmental' });
		await organisations.update(secretariat(), org.id, {
			name: 'Global Forum on Migration and Development',
			type: 'intergovernmental',
			version: 1
		});
		const stale = organisations.update(secretariat(), org.id, { name: 'GFMD (stale)', type: 'intergovernmental', version: 1 });
		await expect(stale).rejects.toMatchObject({ code: 'errors.staleEdit', status: 409 });
		expect((await organisations.get(database.db, org.id))?.name).toBe('Global Forum on Migration and Development');
	});

	it('merging a duplicate moves every reference to the organisation that stays, and is audited', async () => {
		const ctx = secretariat();
		const iom = await organisations.create(ctx, { name: 'International Organization for Migration', acronym: 'IOM', type: 'iom' });
		const dup = await organisations.create(ctx, { name: 'IOM', type: 'iom' });
		const office = await organisations.create(ctx, { name: 'IOM Regional Office, Dakar', type: 'iom', parentId: dup.id });
		const person = await people.create(ctx, { givenName: 'Amy', familyName: 'Pope', gender: 'female' }, [
			{ title: 'Director General', organisationId: dup.id }
		]);
		const [dialogue] = await database.db.select().from(dialogues).limit(1);
		const [cycle] = dialogue
			? await database.db.select().from(cycles).where(eq(cycles.dialogueId, dialogue.id)).limit(1)
			: await seedCycle();
		// Both records organise the same event: after the merge it must be listed once.
		const event = await createEvent(ctx, {
			cycleId: cycle.id,
			kind: 'workshop',
			titles: { en: 'Merge workshop' },
			startDate: '2025-03-01',
			endDate: '2025-03-02',
			format: 'in-person',
			status: 'planned',
			expectedOutcomes: [],
			organiserIds: [iom.id, dup.id]
		});
		const [user] = await database.db.insert(users).values({ email: 'fp@iom.test', displayName: 'FP', passwordHash: 'x' }).returning();
		await database.db.insert(userRoles).values({ userId: user.id, role: 'partner-focal-point', organisationId: dup.id });

		const { moved } = await organisations.merge(ctx, dup.id, iom.id);

		expect((await organisations.get(database.db, office.id))?.parentId).toBe(iom.id);
		const [held] = await database.db.select().from(positions).where(eq(positions.personId, person.id));
		expect(held.organisationId).toBe(iom.id);
		expect((await getEvent(database.db, event.id))?.organisers.map((o) => o.id)).toEqual([iom.id]);
		const [role] = await database.db.select().from(userRoles).where(eq(userRoles.userId, user.id));
		expect(role.organisationId).toBe(iom.id);
		expect((await organisations.get(database.db, dup.id))?.mergedIntoId).toBe(iom.id);
		expect((await organisations.list(database.db, { q: 'IOM' })).rows.map((r) => r.id)).not.toContain(dup.id);
		expect(moved['positions.organisation_id']).toBe(1);
		const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'organisation.merge'));
		expect(entry.entityId).toBe(dup.id);
	});

	it('an organisation cannot be merged into itself', async () => {
		const org = await organisations.create(secretariat(), { name: 'Self', type: 'media' });
		await expect(organisations.merge(secretariat(), org.id, org.id)).rejects.toMatchObject({
			errors: { targetId: { key: 'directory.errors.mergeSelf' } }
		});
	});

	it('a participant may not create or merge organisations', async () => {
		const participant = ctxAs(database.db, 'participant');
		await expect(organisations.create(participant, { name: 'X', type: 'media' })).rejects.toMatchObject({ status: 403 });
		await expect(organisations.create(ctxAs(database.db, null), { name: 'X', type: 'media' })).rejects.toBeInstanceOf(DomainError);
	});
});

describe('people', () => {
	it('keeps positions over time, latest first, and merges duplicates with their positions', async () => {
		const ctx = secretariat();
		const a = await people.create(ctx, { givenName: 'Brunson', familyName: 'McKinley', gender: 'male' }, [
			{ title: 'Director General', validFrom: '1998-10-01', validTo: '2008-09-30' }
		]);
		const b = await people.create(ctx, { honorific: 'Mr.', givenName: 'Brunson', familyName: 'McKinley', gender: 'male' }, [
			{ title: 'Ambassador', validFrom: '1995-01-01' }
		]);
		await people.merge(ctx, b.id, a.id);
		const merged = await people.get(ctx, a.id);
		expect(merged?.positions.map((p) => p.title)).toEqual(['Director General', 'Ambassador']);
		expect((await people.list(ctx, { q: 'McKinley' })).rows.map((r) => r.id)).toEqual([a.id]);
	});

	it('people are personal data: a participant cannot list them', async () => {
		await expect(people.list(ctxAs(database.db, 'participant'))).rejects.toMatchObject({ status: 403 });
	});
});

async function seedCycle() {
	const [d] = await database.db
		.insert(dialogues)
		.values({ slug: 'test-dialogue', names: { en: 'Test dialogue' } })
		.returning();
	return database.db
		.insert(cycles)
		.values({ dialogueId: d.id, year: 2025, themes: { en: 'Theme' } })
		.returning();
}
