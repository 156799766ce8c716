import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import type { Actor, Ctx } from '../core/actor';
import { systemActor } from '../core/actor';
import { testDatabase } from '../testing/database';
import { smtpCapture } from '../testing/smtp-capture';
import * as auth from '../auth';
import type { Role } from '$lib/auth/roles';
import * as workflow from './workflow';
import * as reviews from './reviews';

const received = smtpCapture();
let database: Database;
const people: Record<string, Actor> = {};
const as = (key: string): Ctx => ({ db: database.db, actor: people[key] });

beforeAll(async () => {
	database = await testDatabase();
	for (const [key, role] of [
		['author', 'partner-focal-point'],
		['secretariat', 'secretariat'],
		['r1', 'reviewer'],
		['r2', 'reviewer']
	] as [string, Role][]) {
		const user = await auth.signUp(
			{ db: database.db, actor: systemActor('test') },
			{ email: `${key}@mail-review.test`, displayName: key, password: 'a long enough password' },
			[{ role }]
		);
		people[key] = { kind: 'user', userId: user.id, label: user.email, grants: [{ role }] };
	}
}, 120_000);

const decoded = (data: string) =>
	data.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('mail of the review, through SMTP', () => {
	it('tells a reviewer when assigned and the submitter when changes are requested, with the links to act on', async () => {
		const input = {
			titles: { en: 'Ready to work portfolios' },
			summaries: { en: 'Portfolios for migrants.' },
			scope: 'national',
			status: 'completed',
			gcmObjectives: ['16'],
			criteria: Object.fromEntries(['gcm', 'principles', 'completed', 'innovative'].map((c) => [c, { met: 'on', reason: 'Because.' }]))
		};
		const { id } = await workflow.createDraft(as('author'), input);
		await workflow.saveDraft(as('author'), id, { ...input, version: 1 }, { submit: true, origin: 'https://mdp.example' });
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r1.userId }, { origin: 'https://mdp.example' });
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r2.userId }, { origin: 'https://mdp.example' });
		for (const r of ['r1', 'r2']) {
			await reviews.declareConflict(as(r), id, { conflict: 'none' });
			await reviews.submitReview(as(r), id, { recommendation: 'changes', comments: 'Add numbers.' });
		}
		await workflow.decide(
			as('secretariat'),
			id,
			{ decision: 'changes', note: 'Please add the numbers.' },
			{ origin: 'https://mdp.example' }
		);
		const toReviewer = received.filter((m) => m.to.includes('r1@mail-review.test')).map((m) => decoded(m.data));
		expect(
			toReviewer.some((d) => d.includes('Practice to review: Ready to work portfolios') && d.includes(`https://mdp.example/reviews/${id}`))
		).toBe(true);
		const toAuthor = received.filter((m) => m.to.includes('author@mail-review.test')).map((m) => decoded(m.data));
		expect(toAuthor).toHaveLength(1);
		expect(toAuthor[0]).toContain('Changes requested');
		expect(toAuthor[0]).toContain('Please add the numbers.');
		expect(toAuthor[0]).toContain(`https://mdp.example/practices/mine/${id}`);
	});
});
