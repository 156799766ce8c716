import { beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import type { Actor, Ctx } from '../core/actor';
import { anonymous, systemActor } from '../core/actor';
import { DomainError, ValidationError } from '../core/errors';
import { testDatabase } from '../testing/database';
import * as auth from '../auth';
import { auditLog } from '../audit/schema';
import type { Role } from '$lib/auth/roles';
import { practiceAttachments, practices } from './schema';
import * as workflow from './workflow';
import * as files from './attachments';
import { attachAction } from './attachment-actions';
import { createPractice, importPractices } from './operations';
import { practicePage } from './detail';
import { toCsv, parseImportFile } from './csv';
import { exportRows } from './search';
import { parseSearch } from '$lib/practices/schemas';
import { M49_REGIONS } from '$lib/practices/types';
import { M49_ENTRIES } from '../reference/m49';
import { api } from '../api/http';
import { getPractice } from '../api/v1-practices';
import { PracticeDetailOut } from '$lib/api/practices';

let database: Database;
const people: Record<string, Actor> = {};

async function account(key: string, role: Role | null, stateId: string | null = null): Promise<Actor> {
	const ctx = { db: database.db, actor: systemActor('test') };
	const grants = role ? [{ role, stateId }] : [];
	const user = await auth.signUp(
		ctx,
		{ email: `${key}@files.test`, displayName: `Test ${key}`, password: 'a long enough password' },
		grants
	);
	return { kind: 'user', userId: user.id, label: user.email, grants };
}
const as = (key: string): Ctx => ({ db: database.db, actor: key === 'anonymous' ? anonymous : people[key] });

beforeAll(async () => {
	database = await testDatabase();
	people.canada = await account('canada', 'state-focal-point', 'CAN');
	people.mexico = await account('mexico', 'state-focal-point', 'MEX');
	people.secretariat = await account('secretariat', 'secretariat');
	people.reviewer = await account('reviewer', 'reviewer');
	people.outsider = await account('outsider', 'reviewer');
}, 120_000);

let counter = 0;
function practice(overrides: Record<string, unknown> = {}) {
	counter++;
	return {
		titles: { en: `Pre-departure orientation ${counter}` },
		summaries: { en: 'Orientation sessions before departure.' },
		scope: 'national',
		status: 'completed',
		gcmObjectives: ['3'],
		countries: ['CAN'],
		...overrides
	};
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16)]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(16)]);

async function refusal(p: Promise<unknown>): Promise<DomainError | ValidationError> {
	try {
		await p;
	} catch (e) {
		if (e instanceof DomainError || e instanceof ValidationError) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}
const codeOf = (e: DomainError | ValidationError) => (e instanceof DomainError ? e.code : Object.values(e.errors)[0].key);
const stored = async (practiceId: string) =>
	(await database.db.select({ n: count() }).from(practiceAttachments).where(eq(practiceAttachments.practiceId, practiceId)))[0].n;

async function download(actor: string, slug: string, id: string) {
	const { GET } = await import('../../../routes/practices/[slug]/attachments/[attachment]/+server');
	try {
		return await GET({ locals: { ctx: as(actor) }, params: { slug, attachment: id } } as never);
	} catch (e) {
		return { status: (e as { status: number }).status } as Response;
	}
}

describe('practice attachments', () => {
	it('the submitter attaches a PDF, a Word file and an image to a draft; they are listed with name, type and size', async () => {
		const { id } = await workflow.createDraft(as('canada'), practice());
		const pdf = await files.addAttachment(as('canada'), id, { name: 'Evaluation report.pdf', bytes: PDF });
		await files.addAttachment(as('canada'), id, { name: 'Guide.docx', bytes: DOCX });
		await files.addAttachment(as('canada'), id, { name: 'photo.png', bytes: PNG });
		expect(pdf).toMatchObject({ fileName: 'Evaluation report.pdf', contentType: 'application/pdf', size: PDF.length });
		const list = await files.listAttachments(database.db, id);
		expect(list.map((a) => a.contentType)).toEqual([
			'application/pdf',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'image/png'
		]);
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.filter((a) => a.action === 'practice.attach')).toHaveLength(3);
	});

	it('refuses an empty file, one too large, one of another type (by its bytes, whatever its name) and an unknown practice, storing nothing', async () => {
		const { id } = await workflow.createDraft(as('canada'), practice());
		const cases: [Buffer, string, string][] = [
			[Buffer.alloc(0), 'empty.pdf', 'practices.attachments.errors.missing'],
			[Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]), 'big.pdf', 'practices.attachments.errors.tooLarge'],
			[Buffer.from('<html><script>alert(1)</script>'), 'report.pdf', 'practices.attachments.errors.wrongType'],
			[Buffer.from('MZ\x90\x00'), 'setup.exe', 'practices.attachments.errors.wrongType'],
			[DOCX, 'archive.zip', 'practices.attachments.errors.wrongType']
		];
		for (const [bytes, name, code] of cases) {
			expect(codeOf(await refusal(files.addAttachment(as('canada'), id, { name, bytes })))).toBe(code);
		}
		expect(await stored(id)).toBe(0);
		const missing = await refusal(files.addAttachment(as('canada'), '00000000-0000-4000-8000-000000000000', { name: 'a.pdf', bytes: PDF }));
		expect(missing).toMatchObject({ status: 404 });
		expect(await refusal(files.addAttachment(as('canada'), 'not-a-uuid', { name: 'a.pdf', bytes: PDF }))).toMatchObject({ status: 404 });
	});

	it('only the submitter (while editable) and the secretariat change the files; another focal point cannot', async () => {
		const { id } = await workflow.createDraft(as('canada'), practice());
		expect(codeOf(await refusal(files.addAttachment(as('mexico'), id, { name: 'a.pdf', bytes: PDF })))).toBe(
			'practiceReview.errors.notOwner'
		);
		const mine = await files.addAttachment(as('canada'), id, { name: 'a.pdf', bytes: PDF });
		expect(codeOf(await refusal(files.removeAttachment(as('mexico'), id, mine.id)))).toBe('practiceReview.errors.notOwner');
		await workflow.saveDraft(as('canada'), id, { ...practice(), principles: ['a'], version: 1 }, { submit: false });
		// Once submitted, the submitter can no longer change the files; the secretariat can.
		await database.db.update(practices).set({ publicationStatus: 'submitted' }).where(eq(practices.id, id));
		expect(codeOf(await refusal(files.addAttachment(as('canada'), id, { name: 'b.pdf', bytes: PDF })))).toBe(
			'practiceReview.errors.wrongStatus'
		);
		expect(codeOf(await refusal(files.removeAttachment(as('canada'), id, mine.id)))).toBe('practiceReview.errors.wrongStatus');
		await files.addAttachment(as('secretariat'), id, { name: 'annex.pdf', bytes: PDF });
		const removed = await files.removeAttachment(as('secretariat'), id, mine.id);
		expect(removed.fileName).toBe('a.pdf');
		expect(await refusal(files.removeAttachment(as('secretariat'), id, mine.id))).toMatchObject({ status: 404 });
		expect((await files.listAttachments(database.db, id)).map((a) => a.fileName)).toEqual(['annex.pdf']);
		const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.some((a) => a.action === 'practice.detach')).toBe(true);
	});

	it("a draft's file downloads only for its submitter, its reviewers and the secretariat; a published practice's for anyone", async () => {
		const { id, slug } = await workflow.createDraft(as('canada'), practice());
		const file = await files.addAttachment(as('canada'), id, { name: 'مذكرة تقييم.pdf', bytes: PDF });
		for (const who of ['anonymous', 'mexico', 'outsider', 'reviewer']) expect((await download(who, slug, file.id)).status).toBe(404);
		const own = await download('canada', slug, file.id);
		expect(own.status).toBe(200);
		expect(Buffer.from(await own.arrayBuffer()).equals(PDF)).toBe(true);
		expect(own.headers.get('content-type')).toBe('application/pdf');
		expect(own.headers.get('cache-control')).toBe('private, no-store');
		const disposition = own.headers.get('content-disposition') ?? '';
		expect(disposition).toMatch(/^inline; filename="[ -~]+"; filename\*=UTF-8''/);
		expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('مذكرة تقييم.pdf');
		expect((await download('secretariat', slug, file.id)).status).toBe(200);
		// An assigned reviewer (the assignment as the review pages make it; the workflow is tested in review.int.test.ts).
		await database.db.update(practices).set({ publicationStatus: 'in-review' }).where(eq(practices.id, id));
		const { practiceReviewers } = await import('./review-schema');
		await database.db
			.insert(practiceReviewers)
			.values({ practiceId: id, reviewerId: people.reviewer.userId!, assignedBy: people.secretariat.userId! })
			.onConflictDoNothing();
		// Assigned is not enough: the reviewer must first declare no conflict of interest.
		expect((await download('reviewer', slug, file.id)).status).toBe(404);
		const { practiceConflictDeclarations } = await import('./review-schema');
		await database.db
			.insert(practiceConflictDeclarations)
			.values({ practiceId: id, reviewerId: people.reviewer.userId!, hasConflict: false });
		expect((await download('reviewer', slug, file.id)).status).toBe(200);
		expect((await download('outsider', slug, file.id)).status).toBe(404);
		// A reviewer who declared a conflict is not let in.
		await database.db
			.insert(practiceReviewers)
			.values({ practiceId: id, reviewerId: people.outsider.userId!, assignedBy: people.secretariat.userId! })
			.onConflictDoNothing();
		await database.db
			.insert(practiceConflictDeclarations)
			.values({ practiceId: id, reviewerId: people.outsider.userId!, hasConflict: true, statement: 'Colleague' });
		expect((await download('outsider', slug, file.id)).status).toBe(404);

		const published = await createPractice(as('secretariat'), practice(), { status: 'published' });
		const open = await files.addAttachment(as('secretariat'), published.id, { name: 'photo.png', bytes: PNG });
		const response = await download('anonymous', published.slug, open.id);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('content-security-policy')).toMatch(/^sandbox/);
		expect(response.headers.get('cache-control')).toBe('public, max-age=300');
		// The address is the practice's: another practice's slug, or an unknown id, is not found.
		expect((await download('anonymous', slug, open.id)).status).toBe(404);
		expect((await download('anonymous', published.slug, 'nope')).status).toBe(404);
		const page = await practicePage(database.db, published.slug, 'en');
		expect(page?.attachments).toEqual([{ id: open.id, fileName: 'photo.png', contentType: 'image/png', size: PNG.length }]);
	});
});

describe('UN M49 regions', () => {
	it('the list in the code is the list in the reference file, each sub-region under a known parent', () => {
		expect(M49_ENTRIES.map((e) => e.code).sort()).toEqual([...M49_REGIONS].sort());
		const codes = new Set(M49_ENTRIES.map((e) => e.code));
		for (const e of M49_ENTRIES) {
			expect(e.code).toMatch(/^\d{3}$/);
			expect(e.parent === null ? e.level === 'region' : codes.has(e.parent)).toBe(true);
			for (const lang of ['en', 'fr', 'es', 'ar'] as const) expect(e.names[lang]).toBeTruthy();
		}
		expect(M49_ENTRIES.find((e) => e.code === '419')?.names.en).toBe('Latin America and the Caribbean');
	});

	it('a draft carries M49 regions, named on the practice page; an unknown code is refused with its value', async () => {
		const { id } = await workflow.createDraft(as('canada'), practice({ m49Regions: ['145', '034'] }));
		const [row] = await database.db.select({ m49: practices.m49Regions }).from(practices).where(eq(practices.id, id));
		expect(row.m49).toEqual(['145', '034']);
		const refused = await refusal(workflow.createDraft(as('canada'), practice({ m49Regions: ['999'] })));
		expect(refused).toBeInstanceOf(ValidationError);
		expect((refused as ValidationError).errors.m49Regions).toEqual({ key: 'practices.errors.unknownM49', params: { value: '999' } });
		const published = await createPractice(as('secretariat'), practice({ m49Regions: ['419'] }), { status: 'published' });
		const page = await practicePage(database.db, published.slug, 'es');
		expect(page?.tags.m49Regions).toEqual(['América Latina y el Caribe (419)']);
	});

	it('the database itself refuses a code outside the standard', async () => {
		const published = await createPractice(as('secretariat'), practice(), { status: 'published' });
		await expect(
			database.db
				.update(practices)
				.set({ m49Regions: ['123'] })
				.where(eq(practices.id, published.id))
		).rejects.toThrow();
	});

	it('M49 regions go out in the CSV export and come back in on import (a spreadsheet\'s "2" read as 002)', async () => {
		const title = `M49 round trip ${Date.now()}`;
		await createPractice(as('secretariat'), practice({ titles: { en: title }, m49Regions: ['002', '015'] }), { status: 'published' });
		const { rows } = await exportRows(database.db, parseSearch(new URLSearchParams({ q: `"${title}"` })).search, 'en');
		const csv = toCsv(rows);
		expect(csv.split('\n')[0]).toContain('m49_regions');
		expect(csv).toContain('002;015');
		const back = parseImportFile(csv.replace(title, `${title} again`).replace('002;015', '2;419'), 'csv');
		const report = await importPractices(as('secretariat'), back, { dryRun: false });
		expect(report.rows).toEqual([]);
		const [again] = await database.db
			.select({ m49: practices.m49Regions })
			.from(practices)
			.where(eq(practices.slug, report.created[0].slug));
		expect(again.m49).toEqual(['002', '419']);
	});

	it('the API shows a published practice with its M49 regions and its files at their download address', async () => {
		const published = await createPractice(as('secretariat'), practice({ m49Regions: ['145'] }), { status: 'published' });
		const file = await files.addAttachment(as('secretariat'), published.id, { name: 'report.pdf', bytes: PDF });
		const event = {
			url: new URL(`http://localhost/api/v1/practices/${published.id}`),
			params: { id: published.id },
			request: new Request(`http://localhost/api/v1/practices/${published.id}`),
			locals: { lang: 'en', actor: anonymous, ctx: as('anonymous'), user: null }
		};
		const response = await api(getPractice)(event as never);
		expect(response.status).toBe(200);
		const body = PracticeDetailOut.parse(await response.json());
		expect(body.m49Regions).toEqual(['145']);
		expect(body.attachments).toEqual([
			{
				id: file.id,
				fileName: 'report.pdf',
				contentType: 'application/pdf',
				size: PDF.length,
				url: `/practices/${published.slug}/attachments/${file.id}`
			}
		]);
	});

	it('the attach form refuses a body announced larger than the limit without reading it, and takes a PDF sent as multipart', async () => {
		const { id } = await workflow.createDraft(as('canada'), practice());
		const huge = new Request('http://localhost/practices/mine/x?/attach', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(30 * 1024 * 1024) },
			body: '--x--'
		});
		const refused = await attachAction({ request: huge, params: { id }, locals: { ctx: as('canada') } } as never);
		expect(refused).toMatchObject({
			status: 413,
			data: { form: 'attach', errors: { file: { key: 'practices.attachments.errors.tooLarge' } } }
		});
		const form = new FormData();
		form.set('file', new File([PDF], 'note.pdf', { type: 'application/pdf' }));
		const ok = await attachAction({
			request: new Request('http://localhost/', { method: 'POST', body: form }),
			params: { id },
			locals: { ctx: as('canada') }
		} as never);
		expect(ok).toEqual({ done: 'attached' });
		expect(await stored(id)).toBe(1);
	});
});
