import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { testDatabase } from '../testing/database';
import * as demo from '../demo';
import { users } from '../auth/schema';
import { practices } from './schema';
import { practiceReviews, practiceSubmissions } from './review-schema';

let database: Database;

beforeAll(async () => {
	database = await testDatabase();
	await demo.load(database.db);
}, 180_000);

describe('the demo review workflow', () => {
	it('holds a practice submitted by Canada’s focal point awaiting review, one in review with one review, one with changes requested', async () => {
		const rows = await database.db
			.select({ status: practices.publicationStatus, owner: users.email, id: practices.id, titles: practices.titles })
			.from(practiceSubmissions)
			.innerJoin(practices, eq(practices.id, practiceSubmissions.practiceId))
			.innerJoin(users, eq(users.id, practiceSubmissions.ownerId));
		const byStatus = Object.fromEntries(rows.map((r) => [r.status, r]));
		expect(byStatus.submitted.owner).toBe('focal-point.can@demo.idm.test');
		expect(byStatus['in-review']).toBeDefined();
		expect(byStatus['changes-requested']).toBeDefined();
		const inReview = await database.db.select().from(practiceReviews).where(eq(practiceReviews.practiceId, byStatus['in-review'].id));
		expect(inReview).toHaveLength(1);
	});
});
