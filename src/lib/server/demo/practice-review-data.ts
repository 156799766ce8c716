/**
 * Demo practices on their way through review (issue 7, "Submission and review"), written through
 * the same operations the pages use, by the demo accounts: one submitted by Canada's focal point
 * awaiting review, one in review with one review, one sent back with changes requested.
 *
 * FROM THE SEEDS: the three practices are named in seed 000 (IDM 2024 first session, Key
 * Findings): Canada's start-up visa (section on entrepreneurship), the France Canada Chamber of
 * Commerce's "Prêt à travailler" initiative (diaspora) and Guatemala's Electronic Work Permits
 * Platform (digital tools). INVENTED: their summaries beyond the seed's words, their tags, the
 * checklist reasons, the reviews and the secretariat's note.
 */
import { eq } from 'drizzle-orm';
import type { Actor, Ctx } from '../core/actor';
import type { Db } from '../db/client';
import { users, userRoles } from '../auth/schema';
import * as review from '../practices/review-index';

async function actorOf(db: Db, email: string): Promise<Actor> {
	const [user] = await db.select().from(users).where(eq(users.email, email));
	const grants = await db.select().from(userRoles).where(eq(userRoles.userId, user.id));
	return {
		kind: 'user',
		userId: user.id,
		label: user.email,
		grants: grants.map((g) => ({ role: g.role, stateId: g.stateId, organisationId: g.organisationId }))
	};
}

const criteria = (reasons: [string, string, string, string]) => ({
	gcm: { met: true, reason: reasons[0] },
	principles: { met: true, reason: reasons[1] },
	completed: { met: true, reason: reasons[2] },
	innovative: { met: true, reason: reasons[3] }
});

async function submit(ctx: Ctx, input: Record<string, unknown>): Promise<string> {
	const { id } = await review.createDraft(ctx, input);
	await review.saveDraft(ctx, id, { ...input, version: 1 }, { submit: true });
	return id;
}

export async function loadDemoReviews(db: Db, eventIds: Map<string, string>): Promise<void> {
	// All three were presented at the first session of the IDM 2024 (seed 000).
	const sourceEventId = eventIds.get('idm-2024-session-1-new-york');
	const as = async (email: string): Promise<Ctx> => ({ db, actor: await actorOf(db, email) });
	const canada = await as('focal-point.can@demo.idm.test');
	const partner = await as('focal-point.ghanacoop@demo.idm.test');
	const secretariat = await as('secretariat@demo.idm.test');
	const reviewer = await as('reviewer@demo.idm.test');

	// Submitted by Canada's focal point, awaiting review.
	await submit(canada, {
		titles: { en: 'Canada’s Start-up Visa', fr: 'Le visa pour démarrage d’entreprise du Canada' },
		summaries: {
			en: 'A permanent-residence pathway for immigrant entrepreneurs whose business is backed by a designated Canadian investor or incubator.',
			fr: 'Une voie vers la résidence permanente pour les entrepreneurs immigrants dont l’entreprise est soutenue par un investisseur ou un incubateur canadien désigné.'
		},
		scope: 'national',
		sourceEventId,
		status: 'completed',
		periodStart: 2013,
		implementingStates: ['CAN'],
		countries: ['CAN'],
		gcmObjectives: [5, 18],
		principles: ['a', 'e'],
		stages: ['pre-migration', 'admission'],
		targetGroups: ['entrepreneurs'],
		criteria: criteria([
			'Objective 5 (regular pathways) and 18 (skills).',
			'People-centred and rooted in international cooperation with investors and incubators.',
			'In place since 2013, made permanent in 2017.',
			'Links migration to private investment; cited at the IDM 2024 as an example others can follow.'
		])
	});

	// In review, with one review in.
	const pret = await submit(partner, {
		titles: { fr: 'Prêt à travailler', en: 'Ready to Work (Prêt à travailler)' },
		summaries: {
			fr: 'La Chambre de commerce France-Canada aide les personnes migrantes à constituer un portfolio professionnel pour accéder à davantage d’emplois.',
			en: 'The France Canada Chamber of Commerce helps migrants build professional portfolios and so reach wider employment opportunities.'
		},
		scope: 'national',
		sourceEventId,
		status: 'mostly-completed',
		implementingOrganisations: ['France Canada Chamber of Commerce'],
		organisationTypes: ['private-sector'],
		countries: ['CAN'],
		gcmObjectives: [16, 19],
		targetGroups: ['diaspora', 'skilled-workers'],
		criteria: criteria([
			'Objectives 16 (inclusion) and 19 (diaspora).',
			'Whole-of-society: employers and diaspora work together.',
			'Mostly completed; the second cohort is under way.',
			'A portfolio method any chamber of commerce can adopt.'
		])
	});
	await review.assignReviewer(secretariat, pret, { reviewerId: reviewer.actor.userId });
	await review.assignReviewer(secretariat, pret, { reviewerId: secretariat.actor.userId });
	await review.declareConflict(reviewer, pret, { conflict: 'none' });
	await review.submitReview(reviewer, pret, {
		recommendation: 'publish',
		comments: 'Clear and well evidenced. Please add the number of people who found work, if known.'
	});

	// Changes requested by the secretariat after two reviews asked for them.
	const permits = await submit(secretariat, {
		titles: { es: 'Plataforma de permisos de trabajo electrónicos de Guatemala' },
		summaries: { es: 'Una plataforma digital que agiliza la obtención de permisos de trabajo para personas extranjeras en Guatemala.' },
		scope: 'national',
		sourceEventId,
		status: 'completed',
		implementingStates: ['GTM'],
		countries: ['GTM'],
		gcmObjectives: [5, 6],
		criteria: criteria([
			'Objetivos 5 y 6.',
			'Estado de derecho y debido proceso.',
			'La plataforma está en funcionamiento.',
			'Una herramienta digital replicable en la región.'
		])
	});
	await review.assignReviewer(secretariat, permits, { reviewerId: reviewer.actor.userId });
	const admin = await as('admin@demo.idm.test');
	await review.assignReviewer(secretariat, permits, { reviewerId: admin.actor.userId });
	for (const who of [reviewer, admin]) {
		await review.declareConflict(who, permits, { conflict: 'none' });
		await review.submitReview(who, permits, {
			recommendation: 'changes',
			comments: 'Say how long a permit took before and after the platform, and who can use it.'
		});
	}
	await review.decide(secretariat, permits, {
		decision: 'changes',
		note: 'The reviewers ask for the processing times before and after the platform. Please add them and resubmit.'
	});
}
