/**
 * Agenda setting in the demo: the consultations, proposals, ballots and decisions of the 2007 and
 * 2014 IDM cycles from seeds 004 (IC/2007/1) and 001 (IC/2013/4), and an open ballot in next year's
 * demonstration cycle so that a focal point can try casting and changing its State's vote.
 *
 * What the seeds give: the dates of the consultations (19 October 2006; 2 May and 21 October 2013),
 * IC/2006/8 as the note of 19 October 2006 (seed 004, footnote 1), IC/2013/4, the themes and topics
 * proposed, the merge of the two 2014 themes, "two topics are to be selected" of three, the follow-up
 * survey with "68% of responses in favour of a migration and the environment workshop, assuming
 * funding is secured", the two workshops selected for 2007 and the 2007 theme.
 *
 * What the demo invents, and says so here: who answered the ballots and how (the seeds give one
 * share and no count: 17 of 25 responses make the 68%), the ballots' opening and closing dates, and
 * everything about next year's consultation. The reference data has no IOM accession dates, so
 * eligibility on a past date counts today's Member States.
 */
import type { Ctx } from '../core/actor';
import type { ResponseInput } from '$lib/agenda/schemas';
import * as agenda from '../agenda';
import * as dialogues from '../dialogues';
import { listStates } from '../directory/states';

/** Every `stride`-th Member State from `offset` (never Canada, the demo focal point's State): a fixed, spread-out choice. */
function pickStates(members: string[], count: number, offset: number): string[] {
	const pool = members.filter((id) => id !== 'CAN');
	const stride = Math.floor(pool.length / count);
	return Array.from({ length: count }, (_, i) => pool[(offset + i * stride) % pool.length]);
}

const S3 = 'seed 004 (IC/2007/1)';
const S1 = 'seed 001 (IC/2013/4)';

export async function loadDemoAgenda(ctx: Ctx, eventIds: Map<string, string>) {
	const cycles = (await dialogues.listCycles(ctx.db)).filter((c) => c.dialogueSlug === 'idm');
	const cycleOf = (year: number) => cycles.find((c) => c.year === year)?.id;
	const members = (await listStates(ctx.db, 'en')).filter((s) => s.membership === 'member').map((s) => s.id);
	const c2007 = cycleOf(2007);
	const c2014 = cycleOf(2014);
	const upcoming = cycleOf(new Date().getUTCFullYear() + 1);
	if (c2007) await idm2007(ctx, c2007, eventIds, members);
	if (c2014) await idm2014(ctx, c2014, members);
	if (upcoming) await upcomingCycle(ctx, upcoming, members);
}

async function idm2007(ctx: Ctx, cycleId: string, eventIds: Map<string, string>, members: string[]) {
	const consultation = await agenda.createConsultation(ctx, {
		cycleId,
		titles: { en: 'Informal consultations on the International Dialogue on Migration' },
		heldOn: '2006-10-19',
		documentSymbol: 'IC/2006/8',
		// Composed from seed 004 §10–13, which reports what the consultations and the survey decided.
		note: [
			'# IDM 2007',
			'The Administration proposes an overarching theme for 2007 and topics for the intersessional workshops, for the membership to choose from (source: ' +
				S3 +
				' §10–13).',
			'- Overarching theme: *Migration Management in the Evolving Global Economy*',
			'- Workshop topics: *Making Global Labour Mobility a Catalyst for Development*; *Free Movement of Persons in Regional Integration Processes*; *Migration and the Environment*',
			'A workshop on **Migration and the Environment** had been envisaged for 2006, but could not be organized due to insufficient funding.'
		].join('\n\n')
	});
	const propose = (kind: 'theme' | 'workshop-topic', en: string, description?: string) =>
		agenda.createProposal(ctx, consultation.id, {
			kind,
			titles: { en },
			descriptions: description ? { en: description } : undefined,
			proposedBy: 'the Administration'
		});
	const theme = await propose('theme', 'Migration Management in the Evolving Global Economy');
	const labour = await propose(
		'workshop-topic',
		'Making Global Labour Mobility a Catalyst for Development',
		'What is currently done and what could be done to more reliably assess present and future gaps in the emerging international labour market.'
	);
	const freeMovement = await propose(
		'workshop-topic',
		'Free Movement of Persons in Regional Integration Processes',
		'Experiences with existing or nascent regional integration processes and the ways in which they provide for freedom of movement of persons.'
	);
	const environment = await propose(
		'workshop-topic',
		'Migration and the Environment',
		'Envisaged for 2006 but not organized due to insufficient funding; Member States reiterated their interest, assuming funding is secured.'
	);
	const ballot = await agenda.openBallot(ctx, consultation.id, {
		titles: { en: 'Follow-up survey on the IDM theme and intersessional workshops for 2007' },
		rule: 'yes-no-abstain',
		proposalIds: [labour.id, freeMovement.id, environment.id],
		// Invented: the seed dates the survey only "after the last informal consultations on 19 October 2006".
		opensAt: new Date('2006-10-20T08:00:00Z'),
		closesAt: new Date('2006-11-30T17:00:00Z'),
		includeObservers: false,
		publishResults: true
	});
	// Invented individual answers of 25 States; the environment workshop gets 17 yes of 25 = 68% (seed 004 §10).
	const answer = (i: number, yes: number, no: number) => (i < yes ? 'yes' : i < yes + no ? 'no' : 'abstain');
	const states = pickStates(members, 25, 3);
	await agenda.recordResponses(
		ctx,
		ballot.id,
		states.map((stateId, i) => ({
			stateId,
			input: {
				choices: {
					[environment.id]: answer(i, 17, 5),
					[labour.id]: answer((i + 7) % 25, 20, 3),
					[freeMovement.id]: answer((i + 13) % 25, 18, 4)
				}
			} as ResponseInput
		}))
	);
	const labourEvent = eventIds.get('idm-2007-workshop-labour-mobility');
	const freeMovementEvent = eventIds.get('idm-2007-workshop-free-movement');
	await agenda.recordDecision(ctx, consultation.id, {
		decisions: {
			[theme.id]: { status: 'selected' },
			...(labourEvent ? { [labour.id]: { status: 'selected' as const, eventId: labourEvent } } : {}),
			...(freeMovementEvent ? { [freeMovement.id]: { status: 'selected' as const, eventId: freeMovementEvent } } : {}),
			// "Additional efforts to raise sufficient funds have been resumed" (seed 004 §10).
			[environment.id]: { status: 'deferred' }
		},
		summary:
			'Based on the informal consultations with the membership held on 19 October 2006 and a follow-up survey, the IDM 2007 has the overarching theme “Migration Management in the Evolving Global Economy”; two intersessional workshops were selected by the Membership, subject to available funding. The Migration and the Environment workshop awaits funding (68% of responses in favour, assuming funding is secured).'
	});
}

async function idm2014(ctx: Ctx, cycleId: string, members: string[]) {
	// Seed 001 §10: the themes proposed at the consultations of 2 May 2013 (no document symbol given).
	const may = await agenda.createConsultation(ctx, {
		cycleId,
		titles: { en: 'Informal consultations on the International Dialogue on Migration' },
		heldOn: '2013-05-02',
		note: 'The Administration proposed two possible overarching themes for the 2014 IDM (source: ' + S1 + ' §10).'
	});
	const themeA = await agenda.createProposal(ctx, may.id, {
		kind: 'theme',
		titles: { en: 'Human mobility and development: What kind of approaches in a constantly changing global context' },
		proposedBy: 'the Administration'
	});
	const themeB = await agenda.createProposal(ctx, may.id, {
		kind: 'theme',
		titles: { en: 'Emerging migration trends – new opportunities for partnership' },
		proposedBy: 'the Administration'
	});
	const october = await agenda.createConsultation(ctx, {
		cycleId,
		titles: { en: 'Informal consultations on the International Dialogue on Migration' },
		heldOn: '2013-10-21',
		documentSymbol: 'IC/2013/4',
		// Composed from seed 001 §1, §10–11.
		note: [
			'This discussion note informs the Member States of the overarching theme for the International Dialogue on Migration (IDM) in 2014 and provides an overview of IDM activities in 2013. It also asks the membership to select topics for the intersessional workshops to be held during the 2014 IDM.',
			'# Overarching theme',
			'The Member States expressed great interest in both proposals of 2 May 2013 and asked the Administration to merge them. The new overarching theme for the 2014 IDM is therefore: **Human mobility and development: emerging trends and new opportunities for partnerships**.',
			'# Intersessional workshops',
			'**Two topics are to be selected** for the IDM intersessional workshops to be convened in 2014:',
			'- Migration and families\n- South-South migration\n- Promoting strategic partnership frameworks for addressing new migration challenges'
		].join('\n\n')
	});
	const merged = await agenda.createProposal(ctx, october.id, {
		kind: 'theme',
		titles: { en: 'Human mobility and development: emerging trends and new opportunities for partnerships' },
		proposedBy: 'the Administration, at the request of the Member States'
	});
	await agenda.mergeProposal(ctx, themeA.id, merged.id, themeA.version);
	await agenda.mergeProposal(ctx, themeB.id, merged.id, themeB.version);
	const topic = (en: string, description: string) =>
		agenda.createProposal(ctx, october.id, {
			kind: 'workshop-topic',
			titles: { en },
			descriptions: { en: description },
			proposedBy: 'the Administration'
		});
	const families = await topic(
		'Migration and families',
		'This workshop would aim to foster understanding of the reality of family migration by discussing the vulnerabilities and protection challenges entailed by the process of migration.'
	);
	const southSouth = await topic(
		'South-South migration',
		'This workshop would aim to raise awareness at policy level by looking at the nature of the trends, the factors behind them, their economic and social impact.'
	);
	const partnerships = await topic(
		'Promoting strategic partnership frameworks for addressing new migration challenges',
		'This workshop would look at how inter-State, regional and global partnerships respond to complex emerging migration trends and enable safe and regular migration while protecting and supporting migrants.'
	);
	const ballot = await agenda.openBallot(ctx, october.id, {
		titles: { en: 'Selection of the 2014 intersessional workshop topics' },
		rule: 'choose',
		maxChoices: 2,
		proposalIds: [families.id, southSouth.id, partnerships.id],
		// Invented dates: from the consultations for about a month.
		opensAt: new Date('2013-10-21T08:00:00Z'),
		closesAt: new Date('2013-11-22T17:00:00Z'),
		includeObservers: false,
		publishResults: true
	});
	// Invented responses of 40 States: 18 choose families and South-South, 9 families and partnerships,
	// 9 South-South and partnerships, 4 families only (31, 27 and 18 in all). Seed 001 does not say
	// which two were chosen, so the decision on the workshops is left for the secretariat to record.
	const pattern = [
		...Array<string[]>(18).fill([families.id, southSouth.id]),
		...Array<string[]>(9).fill([families.id, partnerships.id]),
		...Array<string[]>(9).fill([southSouth.id, partnerships.id]),
		...Array<string[]>(4).fill([families.id])
	];
	const states = pickStates(members, 40, 1);
	await agenda.recordResponses(
		ctx,
		ballot.id,
		states.map((stateId, i) => ({ stateId, input: { chosen: pattern[i] } }))
	);
	await agenda.recordDecision(ctx, october.id, {
		decisions: { [merged.id]: { status: 'selected' } },
		summary: 'The two themes proposed on 2 May 2013 were merged, at the Member States’ request, into the overarching theme of the 2014 IDM.'
	});
}

async function upcomingCycle(ctx: Ctx, cycleId: string, members: string[]) {
	const now = Date.now();
	const day = 24 * 3600_000;
	// Everything here is invented for the demonstration, relative to the day the demo is loaded.
	const consultation = await agenda.createConsultation(ctx, {
		cycleId,
		titles: {
			en: 'Informal consultations on next year’s Dialogue (demonstration)',
			fr: 'Consultations informelles sur le Dialogue de l’an prochain (démonstration)',
			es: 'Consultas informales sobre el Diálogo del próximo año (demostración)'
		},
		heldOn: new Date(now - 7 * day).toISOString().slice(0, 10),
		place: 'Geneva',
		note: 'A demonstration consultation: the topics below are invented. Member States choose **two** of the three proposed workshop topics; a focal point can cast and change the State’s response until the ballot closes.'
	});
	const topic = (en: string) =>
		agenda.createProposal(ctx, consultation.id, {
			kind: 'workshop-topic',
			titles: { en: `${en} (demonstration)` },
			proposedBy: 'the Administration'
		});
	const a = await topic('Regular pathways and skills mobility partnerships');
	const b = await topic('Climate mobility and disaster displacement');
	const c = await topic('Migration data for evidence-based policies');
	const ballot = await agenda.openBallot(ctx, consultation.id, {
		titles: { en: 'Selection of next year’s workshop topics (demonstration)' },
		rule: 'choose',
		maxChoices: 2,
		proposalIds: [a.id, b.id, c.id],
		opensAt: new Date(now - 7 * day),
		closesAt: new Date(now + 60 * day),
		includeObservers: false,
		publishResults: true
	});
	const pattern = [[a.id, b.id], [b.id, c.id], [a.id, c.id], [a.id], [a.id, b.id], [b.id]];
	await agenda.recordResponses(
		ctx,
		ballot.id,
		pickStates(members, 12, 5).map((stateId, i) => ({ stateId, input: { chosen: pattern[i % pattern.length] } }))
	);
}
