import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { Actor, Ctx } from '../core/actor';
import { systemActor } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { testDatabase } from '../testing/database';
import * as auth from '../auth';
import { auditLog } from '../audit/schema';
import { outbox } from '../mail/schema';
import type { Role } from '$lib/auth/roles';
import { parseSearch } from '$lib/practices/schemas';
import { practices } from './schema';
import { practiceReviews, practiceVersions } from './review-schema';
import * as workflow from './workflow';
import * as reviews from './reviews';
import * as views from './review-queries';
import { listVersions } from './versions';
import { search } from './search';
import type { RequestEvent } from '@sveltejs/kit';
import { PracticeReviewOut } from '$lib/api/practice-review';
import { api } from '../api/http';
import { getPracticeReview } from '../api/v1-practice-review';
import { userRoles } from '../auth/schema';
import { PracticeOut } from '$lib/api/practices';
import { practiceOut } from '../api/v1-practices';
import { formValues, prepareForm } from './review-form';

let database: Database;
const people: Record<string, Actor> = {};

async function account(key: string, role: Role | null, grant: { stateId?: string } = {}): Promise<Actor> {
	const ctx = { db: database.db, actor: systemActor('test') };
	const user = await auth.signUp(
		ctx,
		{ email: `${key}@review.test`, displayName: `Test ${key}`, password: 'a long enough password' },
		role ? [{ role, stateId: grant.stateId ?? null }] : []
	);
	return { kind: 'user', userId: user.id, label: user.email, grants: role ? [{ role, stateId: grant.stateId ?? null }] : [] };
}

const as = (key: string): Ctx => ({ db: database.db, actor: people[key] });

beforeAll(async () => {
	database = await testDatabase();
	people.canada = await account('canada', 'state-focal-point', { stateId: 'CAN' });
	people.mexico = await account('mexico', 'state-focal-point', { stateId: 'MEX' });
	people.secretariat = await account('secretariat', 'secretariat');
	people.participant = await account('participant', null);
	for (const r of ['r1', 'r2', 'r3', 'r4']) people[r] = await account(r, 'reviewer');
}, 120_000);

let counter = 0;
/** A complete practice, written in French only, with every criterion ticked and explained. */
function complete(overrides: Record<string, unknown> = {}) {
	counter++;
	return {
		titles: { fr: `Orientation avant le départ ${counter}` },
		summaries: { fr: 'Des séances d’orientation avant le départ pour les nouveaux arrivants.' },
		scope: 'national',
		status: 'completed',
		gcmObjectives: ['3', '16'],
		principles: ['a'],
		countries: ['CAN'],
		implementingStates: ['CAN'],
		criteria: {
			gcm: { met: 'on', reason: 'Objectives 3 and 16: information and inclusion.' },
			principles: { met: 'on', reason: 'People-centred.' },
			completed: { met: 'on', reason: 'Running since 1998, evaluated.' },
			innovative: { met: 'on', reason: 'Copied by other countries.' }
		},
		...overrides
	};
}

async function draft(overrides: Record<string, unknown> = {}) {
	return workflow.createDraft(as('canada'), complete(overrides));
}
async function versionOf(id: string) {
	const [p] = await database.db
		.select({ version: practices.version, status: practices.publicationStatus })
		.from(practices)
		.where(eq(practices.id, id));
	return p;
}
async function submitted(overrides: Record<string, unknown> = {}) {
	const { id } = await draft(overrides);
	await workflow.saveDraft(as('canada'), id, { ...complete(overrides), version: (await versionOf(id)).version }, { submit: true });
	return id;
}
/** A practice in review with these reviewers assigned and declared free of conflicts. */
async function inReview(reviewers: string[]) {
	const id = await submitted();
	for (const r of reviewers) {
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people[r].userId });
		await reviews.declareConflict(as(r), id, { conflict: 'none' });
	}
	return id;
}
const review = (r: string, id: string, recommendation: string) =>
	reviews.submitReview(as(r), id, { recommendation, comments: `${r} says ${recommendation}` });

async function refusal(promise: Promise<unknown>): Promise<DomainError | ValidationError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	if (!(error instanceof DomainError) && !(error instanceof ValidationError)) throw new Error(`expected a refusal, got ${String(error)}`);
	return error;
}
const codeOf = (e: DomainError | ValidationError) => (e instanceof DomainError ? e.code : Object.values(e.errors)[0].key);

describe('submission', () => {
	it('a state focal point writes a draft in French only, saves it and submits it: the version is kept and audited', async () => {
		const { id } = await draft({ criteria: {} });
		expect((await versionOf(id)).status).toBe('draft');
		const { version } = await versionOf(id);
		await workflow.saveDraft(as('canada'), id, { ...complete({ summaries: { fr: 'Résumé revu.' } }), version });
		const result = await workflow.saveDraft(as('canada'), id, { ...complete(), version: version + 1 }, { submit: true });
		expect(result.status).toBe('submitted');
		const versions = await listVersions(database.db, id);
		expect(versions.map((v) => [v.number, v.kind])).toEqual([[1, 'submitted']]);
		const actions = (await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id))).map(
			(a) => a.action
		);
		expect(actions).toEqual(expect.arrayContaining(['practice.draft', 'practice.save', 'practice.submit']));
		const mine = await views.mySubmissions(as('canada'));
		expect(mine.find((m) => m.id === id)?.status).toBe('submitted');
	});

	it('refuses to submit without every criterion ticked with a reason, naming the criterion, and changes nothing', async () => {
		const { id } = await draft();
		const before = await versionOf(id);
		const e = await refusal(
			workflow.saveDraft(
				as('canada'),
				id,
				{ ...complete(), criteria: { gcm: { met: 'on', reason: 'Objective 3' }, principles: { met: 'on' } }, version: before.version },
				{ submit: true }
			)
		);
		expect(e).toBeInstanceOf(ValidationError);
		const errors = (e as ValidationError).errors;
		expect(errors['criteria.principles']).toEqual({
			key: 'practiceReview.errors.criterionReason',
			params: { criterion: { key: 'practiceReview.criteria.principles' } }
		});
		expect(errors['criteria.completed'].key).toBe('practiceReview.errors.criterion');
		expect(errors['criteria.innovative'].key).toBe('practiceReview.errors.criterion');
		expect(errors['criteria.gcm']).toBeUndefined();
		expect(await versionOf(id)).toEqual(before);
	});

	it('refuses a submission missing required fields or tags, or with an unknown GCM objective or country', async () => {
		const { id } = await draft();
		const { version } = await versionOf(id);
		const submit = (over: Record<string, unknown>) =>
			refusal(workflow.saveDraft(as('canada'), id, { ...complete(over), version }, { submit: true }));
		expect(((await submit({ gcmObjectives: [] })) as ValidationError).errors.gcmObjectives.key).toBe('practices.errors.gcmRequired');
		expect(((await submit({ titles: {}, summaries: {} })) as ValidationError).errors.titles.key).toBe('practiceReview.errors.oneLanguage');
		expect(((await submit({ scope: undefined })) as ValidationError).errors.scope).toBeDefined();
		expect(((await submit({ gcmObjectives: ['24'] })) as ValidationError).errors.gcmObjectives).toEqual({
			key: 'practices.errors.unknownGcm',
			params: { value: '24' }
		});
		expect(((await submit({ countries: ['XYZ'] })) as ValidationError).errors.countries.key).toBe('practices.errors.unknownCountry');
		expect(((await submit({ sourceEventId: '00000000-0000-4000-8000-000000000000' })) as ValidationError).errors.sourceEventId.key).toBe(
			'practices.errors.unknownEvent'
		);
		expect(((await submit({ status: 'ongoing' })) as ValidationError).errors['criteria.completed'].key).toBe(
			'practiceReview.errors.notCompleted'
		);
		expect((await versionOf(id)).status).toBe('draft');
	});

	it('refuses a participant, and an edit by anyone but the submitter', async () => {
		expect(codeOf(await refusal(workflow.createDraft(as('participant'), complete())))).toBe('errors.forbidden');
		const { id } = await draft();
		const { version } = await versionOf(id);
		expect(codeOf(await refusal(workflow.saveDraft(as('mexico'), id, { ...complete(), version })))).toBe('practiceReview.errors.notOwner');
		expect(codeOf(await refusal(workflow.saveDraft(as('secretariat'), id, { ...complete(), version })))).toBe(
			'practiceReview.errors.notOwner'
		);
		expect(codeOf(await refusal(workflow.saveDraft(as('canada'), id, { ...complete(), version: version + 5 })))).toBe('errors.staleEdit');
		// A malformed id from an address is "not found" everywhere, never a database error.
		expect(codeOf(await refusal(workflow.saveDraft(as('canada'), 'x1', { ...complete(), version })))).toBe('errors.notFound');
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), "1' or 1=1", { decision: 'reject', note: 'x' })))).toBe(
			'errors.notFound'
		);
		expect(codeOf(await refusal(reviews.submitReview(as('r1'), 'nope', { recommendation: 'publish', comments: 'x' })))).toBe(
			'errors.notFound'
		);
		expect(codeOf(await refusal(views.manageView(as('secretariat'), 'nope')))).toBe('errors.notFound');
	});

	it('refuses to change a practice while it is under review', async () => {
		const id = await submitted();
		const { version } = await versionOf(id);
		expect(codeOf(await refusal(workflow.saveDraft(as('canada'), id, { ...complete(), version })))).toBe(
			'practiceReview.errors.wrongStatus'
		);
	});
});

describe('review', () => {
	it('the secretariat assigns reviewers (not a participant, not the submitter, not twice): the practice goes in review and the reviewer gets a mail', async () => {
		const id = await submitted();
		expect(codeOf(await refusal(workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.participant.userId })))).toBe(
			'practiceReview.errors.notReviewer'
		);
		expect(codeOf(await refusal(workflow.assignReviewer(as('canada'), id, { reviewerId: people.r1.userId })))).toBe('errors.forbidden');
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r1.userId });
		expect((await versionOf(id)).status).toBe('in-review');
		expect(codeOf(await refusal(workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r1.userId })))).toBe(
			'practiceReview.errors.alreadyAssigned'
		);
		const mails = await database.db.select().from(outbox).where(eq(outbox.to, 'r1@review.test'));
		expect(mails.some((m) => m.text.includes(`/reviews/${id}`))).toBe(true);
	});

	it('a reviewer declares conflicts first, once; one with a declared conflict is refused', async () => {
		const id = await submitted();
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r1.userId });
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r2.userId });
		expect(codeOf(await refusal(review('r1', id, 'publish')))).toBe('practiceReview.errors.declareFirst');
		expect(codeOf(await refusal(reviews.declareConflict(as('r2'), id, { conflict: 'conflict' })))).toBe(
			'practiceReview.errors.conflictStatement'
		);
		await reviews.declareConflict(as('r2'), id, { conflict: 'conflict', statement: 'I worked on this programme.' });
		expect(codeOf(await refusal(review('r2', id, 'publish')))).toBe('practiceReview.errors.conflictDeclared');
		expect(codeOf(await refusal(reviews.declareConflict(as('r2'), id, { conflict: 'none' })))).toBe(
			'practiceReview.errors.alreadyDeclared'
		);
		expect(codeOf(await refusal(reviews.declareConflict(as('r3'), id, { conflict: 'none' })))).toBe('practiceReview.errors.notAssigned');
		const rows = await database.db.select().from(practiceReviews).where(eq(practiceReviews.practiceId, id));
		expect(rows).toHaveLength(0);
	});

	it('refuses to publish with fewer than two reviews, then publishes when two agree: visible in search, kept as a version, the submitter mailed', async () => {
		const id = await inReview(['r1', 'r2']);
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), id, { decision: 'publish' })))).toBe(
			'practiceReview.errors.needTwoReviews'
		);
		await review('r1', id, 'publish');
		const one = await refusal(workflow.decide(as('secretariat'), id, { decision: 'publish' }));
		expect((one as DomainError).params).toEqual({ count: 1 });
		expect(codeOf(await refusal(review('r1', id, 'reject')))).toBe('practiceReview.errors.alreadyReviewed');
		await review('r2', id, 'publish');
		expect(await workflow.decide(as('secretariat'), id, { decision: 'publish' })).toBe('published');
		const [row] = await database.db.select().from(practices).where(eq(practices.id, id));
		expect(row.publishedAt).not.toBeNull();
		const parsed = parseSearch(new URLSearchParams(`q=${encodeURIComponent(row.titles.fr!)}`));
		const found = await search(database.db, parsed.search, 'fr');
		expect(found.hits.map((h) => h.id)).toContain(id);
		expect((await listVersions(database.db, id, { publicOnly: true })).map((v) => v.kind)).toEqual(['published']);
		const mails = await database.db.select().from(outbox).where(eq(outbox.to, 'canada@review.test'));
		expect(mails.some((m) => m.text.includes(`/practices/${row.slug}`))).toBe(true);
	});

	it('two reviews that disagree need a third, who decides', async () => {
		const id = await inReview(['r1', 'r2', 'r3']);
		await review('r1', id, 'publish');
		const outcome = await review('r2', id, 'changes');
		expect(outcome).toEqual({ decided: null, needed: 1 });
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), id, { decision: 'publish' })))).toBe(
			'practiceReview.errors.needThirdReview'
		);
		expect(await review('r3', id, 'publish')).toEqual({ decided: 'publish', needed: 0 });
		expect(await workflow.decide(as('secretariat'), id, { decision: 'publish' })).toBe('published');
	});

	it('refuses to publish what the reviews recommend changing; changes requested go back to the submitter, who revises and resubmits for a new round', async () => {
		const id = await inReview(['r1', 'r2']);
		await review('r1', id, 'changes');
		await review('r2', id, 'changes');
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), id, { decision: 'publish' })))).toBe(
			'practiceReview.errors.reviewersRecommend'
		);
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), id, { decision: 'changes' })))).toBe(
			'practiceReview.errors.noteRequired'
		);
		await workflow.decide(as('secretariat'), id, { decision: 'changes', note: 'Add the outcomes.' });
		const view = await views.submitterView(as('canada'), id);
		expect(view.practice.publicationStatus).toBe('changes-requested');
		expect(view.submission.decisionNote).toBe('Add the outcomes.');
		expect(view.reviews.map((r) => r.comments)).toEqual(['r1 says changes', 'r2 says changes']);
		expect(view.reviews[0]).not.toHaveProperty('reviewer');
		const { version } = await versionOf(id);
		await workflow.saveDraft(
			as('canada'),
			id,
			{ ...complete({ outcomes: { fr: 'Des milliers de personnes préparées.' } }), version },
			{ submit: true }
		);
		const after = await views.manageView(as('secretariat'), id);
		expect(after.practice.publicationStatus).toBe('in-review');
		expect(after.submission.round).toBe(2);
		expect(after.outcome.count).toBe(0);
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), id, { decision: 'publish' })))).toBe(
			'practiceReview.errors.needTwoReviews'
		);
		await review('r1', id, 'publish');
		await review('r2', id, 'publish');
		await workflow.decide(as('secretariat'), id, { decision: 'publish' });
		const versions = await listVersions(database.db, id);
		expect(versions.map((v) => v.kind)).toEqual(['submitted', 'submitted', 'published']);
		expect(versions[1].changed).toContain('outcomes');
		expect(codeOf(await refusal(views.submitterView(as('mexico'), id)))).toBe('practiceReview.errors.notOwner');
	});

	it('the secretariat rejects with a message', async () => {
		const id = await inReview(['r1']);
		expect(await workflow.decide(as('secretariat'), id, { decision: 'reject', note: 'Out of scope.' })).toBe('rejected');
		expect(codeOf(await refusal(review('r1', id, 'publish')))).toBe('practiceReview.errors.wrongStatus');
		const actions = (await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id))).map(
			(a) => a.action
		);
		expect(actions).toEqual(expect.arrayContaining(['practice.submit', 'practice.assign', 'practice.declare-conflict', 'practice.reject']));
	});
});

describe('at the same moment', () => {
	it('two reviewers sending their reviews at once are both counted', async () => {
		const id = await inReview(['r1', 'r2']);
		await Promise.all([review('r1', id, 'publish'), review('r2', id, 'publish')]);
		const view = await views.manageView(as('secretariat'), id);
		expect(view.outcome).toMatchObject({ count: 2, decided: 'publish' });
	});

	it('one reviewer sending twice at once is counted once', async () => {
		const id = await inReview(['r1']);
		const results = await Promise.allSettled([review('r1', id, 'publish'), review('r1', id, 'reject')]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rows = await database.db
			.select()
			.from(practiceReviews)
			.where(and(eq(practiceReviews.practiceId, id), eq(practiceReviews.reviewerId, people.r1.userId!)));
		expect(rows).toHaveLength(1);
	});

	it('two publishes at once publish once', async () => {
		const id = await inReview(['r1', 'r2']);
		await review('r1', id, 'publish');
		await review('r2', id, 'publish');
		const results = await Promise.allSettled([
			workflow.decide(as('secretariat'), id, { decision: 'publish' }),
			workflow.decide(as('secretariat'), id, { decision: 'publish' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason).toBeInstanceOf(DomainError);
		expect(refused.reason.code).toBe('practiceReview.errors.wrongStatus');
		const kept = await database.db
			.select()
			.from(practiceVersions)
			.where(and(eq(practiceVersions.practiceId, id), eq(practiceVersions.kind, 'published')));
		expect(kept).toHaveLength(1);
	});
});

describe('versions of a published practice', () => {
	it('a change by the secretariat is published at once and kept as a new version; nobody else may make it', async () => {
		const id = await inReview(['r1', 'r2']);
		await review('r1', id, 'publish');
		await review('r2', id, 'publish');
		await workflow.decide(as('secretariat'), id, { decision: 'publish' });
		const { version } = await versionOf(id);
		expect(codeOf(await refusal(workflow.editPublished(as('canada'), id, { ...complete(), version })))).toBe('errors.forbidden');
		await workflow.editPublished(as('secretariat'), id, { ...complete({ lessons: { fr: 'Commencer tôt.' } }), version });
		const versions = await listVersions(database.db, id, { publicOnly: true });
		expect(versions.map((v) => [v.number, v.kind])).toEqual([
			[2, 'published'],
			[3, 'edited']
		]);
		expect(versions[1].changed).toContain('lessons');
		expect((await versionOf(id)).status).toBe('published');
	});
});

describe('the API', () => {
	async function get(key: string | null, id: string) {
		const actor = key ? people[key] : { kind: 'anonymous' as const, userId: null, label: 'anonymous', grants: [] };
		const url = new URL(`http://localhost/api/v1/practices/${id}/review`);
		const event = {
			url,
			params: { id },
			request: new Request(url),
			locals: { lang: 'en', actor, ctx: { db: database.db, actor }, user: null }
		};
		const response = await api(getPracticeReview)(event as unknown as RequestEvent);
		return { status: response.status, body: await response.json() };
	}

	it('gives the submitter and the secretariat the review status, and nobody else', async () => {
		const id = await inReview(['r1', 'r2']);
		await review('r1', id, 'publish');
		const mine = await get('canada', id);
		expect(mine.status).toBe(200);
		expect(PracticeReviewOut.parse(mine.body)).toMatchObject({
			status: 'in-review',
			round: 1,
			outcome: { reviews: 1, decided: null, needed: 1 }
		});
		expect(mine.body.reviews[0]).toEqual({
			round: 1,
			recommendation: 'publish',
			comments: 'r1 says publish',
			createdAt: expect.any(String)
		});
		expect((await get('secretariat', id)).status).toBe(200);
		expect((await get('mexico', id)).status).toBe(403);
		expect((await get(null, id)).status).toBe(401);
		expect((await get('canada', 'not-a-uuid')).status).toBe(404);
	});
});

describe('found in review', () => {
	async function published() {
		const id = await inReview(['r1', 'r2']);
		await review('r1', id, 'publish');
		await review('r2', id, 'publish');
		await workflow.decide(as('secretariat'), id, { decision: 'publish' });
		return id;
	}

	it('the public page’s versions name no account (the staff member’s address stays out of the page data)', async () => {
		const id = await published();
		const open = await listVersions(database.db, id, { publicOnly: true });
		expect(open.length).toBeGreaterThan(0);
		expect(JSON.stringify(open)).not.toContain('@review.test');
		expect((await listVersions(database.db, id))[0].createdByLabel).toMatch(/@review\.test$/);
	});

	it('a reviewer whose role was taken away can no longer review, and a review given before no longer counts', async () => {
		people.r8 = await account('r8', 'reviewer');
		people.r9 = await account('r9', 'reviewer');
		const id = await inReview(['r1', 'r8', 'r9']);
		await review('r8', id, 'publish');
		await review('r1', id, 'publish');
		for (const r of ['r8', 'r9']) await database.db.delete(userRoles).where(eq(userRoles.userId, people[r].userId as string));
		// r9 still holds a session: the review is refused, nothing recorded.
		const e = await refusal(reviews.submitReview(as('r9'), id, { recommendation: 'publish', comments: 'late' }));
		expect(codeOf(e)).toBe('practiceReview.errors.notReviewer');
		// r8's review no longer counts: one review, publishing is refused.
		expect(codeOf(await refusal(workflow.decide(as('secretariat'), id, { decision: 'publish' })))).toMatch(/practiceReview\.errors\./);
		expect((await versionOf(id)).status).toBe('in-review');
	});

	it('a focal point whose role was taken away cannot submit the draft they wrote', async () => {
		people.gone = await account('gone', 'state-focal-point', { stateId: 'CAN' });
		const { id } = await workflow.createDraft(as('gone'), complete());
		const revoked: Ctx = { db: database.db, actor: { ...people.gone, grants: [] } };
		const e = await refusal(workflow.saveDraft(revoked, id, { ...complete(), version: (await versionOf(id)).version }, { submit: true }));
		expect(codeOf(e)).toBe('errors.forbidden');
		expect((await versionOf(id)).status).toBe('draft');
	});

	it('a NUL character in a text is left out, never a database error', async () => {
		const { id } = await workflow.createDraft(as('canada'), complete({ titles: { fr: 'Titre\u0000 propre' } }));
		const [row] = await database.db.select({ titles: practices.titles }).from(practices).where(eq(practices.id, id));
		expect(row.titles.fr).toBe('Titre propre');
		const inReviewId = await inReview(['r1', 'r2']);
		await reviews.submitReview(as('r1'), inReviewId, { recommendation: 'publish', comments: 'ok\u0000' });
	});

	it('the edit form keeps a link’s label: what the page shows, posted back unchanged, changes nothing', async () => {
		const id = await published();
		const links = [{ url: 'https://example.org/report', label: 'Evaluation report' }, { url: 'https://example.org/plain' }];
		await database.db.update(practices).set({ links }).where(eq(practices.id, id));
		const [before] = await database.db.select().from(practices).where(eq(practices.id, id));
		const shown = formValues(before);
		expect(prepareForm({ links: shown.links }).links).toEqual(links);
	});

	it('the API describes a practice written in French only', async () => {
		const id = await published();
		const [row] = await database.db.select().from(practices).where(eq(practices.id, id));
		expect(PracticeOut.safeParse(practiceOut(row as never)).success).toBe(true);
	});

	it('a practice written in French only has its French summary as the snippet for an English reader, said to be French', async () => {
		const id = await published();
		const [row] = await database.db.select({ titles: practices.titles }).from(practices).where(eq(practices.id, id));
		const found = await search(database.db, parseSearch(new URLSearchParams({ q: row.titles.fr! })).search, 'en');
		const hit = found.hits.find((h) => h.id === id)!;
		expect(hit.snippet).toContain('orientation');
		expect(hit.snippetLang).toBe('fr');
	});

	it('while changes are requested, a reviewer sees what was submitted, not the submitter’s work in progress', async () => {
		const id = await inReview(['r1', 'r2']);
		await workflow.decide(as('secretariat'), id, { decision: 'changes', note: 'Please add lessons.' });
		await workflow.saveDraft(as('canada'), id, {
			...complete({ lessons: { fr: 'BROUILLON PRIVÉ' } }),
			version: (await versionOf(id)).version
		});
		const seen = await views.reviewView(as('r1'), id);
		expect(JSON.stringify(seen.practice)).not.toContain('BROUILLON PRIVÉ');
		expect(seen.practice.titles.fr).toMatch(/^Orientation avant le départ/);
	});

	it('a reviewer sees the practice’s content only after declaring no conflict of interest', async () => {
		const id = await submitted();
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r3.userId });
		await workflow.assignReviewer(as('secretariat'), id, { reviewerId: people.r4.userId });
		const before = await views.reviewView(as('r3'), id);
		expect(before.practice.titles.fr).toMatch(/^Orientation/);
		expect(JSON.stringify(before.practice)).not.toContain('nouveaux arrivants');
		await reviews.declareConflict(as('r3'), id, { conflict: 'conflict', statement: 'I advised the programme.' });
		expect(JSON.stringify((await views.reviewView(as('r3'), id)).practice)).not.toContain('nouveaux arrivants');
		await reviews.declareConflict(as('r4'), id, { conflict: 'none' });
		expect(JSON.stringify((await views.reviewView(as('r4'), id)).practice)).toContain('nouveaux arrivants');
	});

	it('a practice named like a page of its own gets another address', async () => {
		const { slug } = await workflow.createDraft(as('canada'), complete({ titles: { en: 'Submit' }, summaries: { en: 'A summary.' } }));
		expect(slug).toBe('submit-2');
	});
});
