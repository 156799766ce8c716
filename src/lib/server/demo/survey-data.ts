/**
 * The participant survey of the first IDM session of 2024, from seed 000 ("Survey Results"): its
 * eight questions as the seed words them and 44 responses as records.
 *
 * From the seed: the eight questions, that 44 participants responded, and the open answers to Q6-Q8
 * quoted there (verbatim, each in one response). INVENTED: the charts of Q1-Q5 were lost from the
 * seed's text, so their choices, scales and every distribution below are invented (chosen to match
 * the seed's "notably positive" results); the moments of Q4 are named after the report's panels;
 * the survey's dates and the days responses were given are invented. The survey is anonymous, so no
 * response names a registrant; who answered (44 invented registrants who attended) is recorded apart,
 * with nothing that links them to a response.
 */
import type { RawAnswers } from '$lib/domain/surveys';
import type { Ctx } from '../core/actor';
import * as surveys from '../surveys';
import * as dialogues from '../dialogues';
import type { LocalizedLines } from '$lib/surveys/schemas';
import { question } from '../testing/survey-fixtures';
import { and, asc, eq, or } from 'drizzle-orm';
import { registrations } from '../registration/schema';
import { IDM_2024_SESSION } from './participation-data';

export const RESPONSES = 44;

const Q6_WORKED_WELL = [
	'Great topics selected, good and well diversified crowd composition offering valuable insights, good amount of information to formulate future policies.',
	'It was great to have a diverse array of speakers from various sectors represented, many of whom spoke very frankly.',
	'I appreciated the effort to make this more of a "dialogue" by inviting interventions from the floor multiple times and allowing an exchange with the panelists. I think this model should be further developed in future IDMs.',
	"It was a genuine dialogue between realities, people and visions. An open and inclusive dialogue that gave voice to many interlocutors, bringing to everyone's attention the possibilities for building regular migration paths into the future.",
	'Inclusion of private sector was a brilliant move! Drilling down into Private Sector bits, using actual business and community leaders, experiences and projects was a genius stroke! That single-handedly made it all relatable and almost instantly actionable. The segmentation of underlying issues along policy, engagement, implementation, etc. lines was an excellent diffusion strategy. The allotted times, timing, and spacing of sessions, also very well done.'
];
const Q7_BETTER = [
	'Fewer meaningless corporate-sounding words, shorter speeches that get to the point faster and if people want to speak just to hear their own voice, they should be limited to 1 minute.',
	'Participation of actual migrants whether in person or online offering insights from their perspective.',
	'A little break after every hour or an hour and half.',
	'The topics discussed did not focus on the motives behind irregular migration, nor on proposals for action to support would-be migrants. The procedures for obtaining visas are becoming more and more difficult; the reasons for rejection are becoming more and more confidential; all of which leads to discouragement and recourse to the perilous choice of illegal immigration.',
	'I think pretty much, everything worked as expected. Going forward, though, we could cross-pollinate closely related ideas and peer review migration and migration-related strategies domiciled in other organs, just to avoid working at cross purposes.',
	'There was a heavy emphasis on the private sector, and other stakeholders, including civil society, trade unions, local authorities, were not included in a meaningful way.'
];
const Q8_NEXT = [
	'More input by Civil Society on panelist choices, particularly for CS panelists. More encouragement of CS input from the floor.',
	'A cross section of migrant leaders selected from a diversified background to give insights from their perspective. Basically, telling the story how current policies affect them and suggesting ways to reduce gaps.',
	'What was missing was the perspective of societies receiving migrants. There should be a presentation of best practices on how to prepare societies on the arrival of new people.',
	'Offering more technical assistance to SIDS to develop legislation, policies and build capacity to ensure that all government services cater to the needs of migrants, can accommodate safe mobility of migrants, raise awareness of their rights and services available to facilitate integration in our society and not continue to exclude migrants',
	'I think a reflection on the purpose of the IDM would be helpful; the focus on pathways was helpful if we want a deep dive on one topic, but it also left many other important issues off the table, and also led to some repetition in panels and interventions. Reflections on whether the IDM should be a narrow technical discussion, or a larger discussion covering diverse topics would be helpful.',
	'You might consider mixing in concrete solutions and tools even more. And more dancing of course.'
];

export const OPEN_ANSWERS = { q6: Q6_WORKED_WELL, q7: Q7_BETTER, q8: Q8_NEXT };

/** Labels in the four languages, aligned line by line (the translations are the demo's own). */
const lines = (en: string[], fr: string[], es: string[], ar: string[]): LocalizedLines => ({ en, fr, es, ar });

const RATING = lines(
	['Excellent', 'Very good', 'Good', 'Fair', 'Poor'],
	['Excellent', 'Très bien', 'Bien', 'Passable', 'Médiocre'],
	['Excelente', 'Muy bueno', 'Bueno', 'Regular', 'Deficiente'],
	['ممتاز', 'جيد جداً', 'جيد', 'مقبول', 'ضعيف']
);
const Q1_CHOICES = lines(
	['In person', 'Online', 'Both in person and online'],
	['En personne', 'En ligne', 'En personne et en ligne'],
	['En persona', 'En línea', 'En persona y en línea'],
	['حضورياً', 'عبر الإنترنت', 'حضورياً وعبر الإنترنت']
);
const Q3_CHOICES = lines(
	['Greatly improved', 'Somewhat improved', 'Did not change', 'Not at all'],
	['Beaucoup améliorées', 'Un peu améliorées', 'Inchangées', 'Pas du tout'],
	['Mejoraron mucho', 'Mejoraron algo', 'No cambiaron', 'En absoluto'],
	['تحسّنت كثيراً', 'تحسّنت إلى حد ما', 'لم تتغير', 'لم تتحسن إطلاقاً']
);
const Q2_ITEMS = lines(
	['Relevance of the topics', 'Quality of the speakers', 'Opportunities for exchange and dialogue', 'Organization and logistics'],
	['Pertinence des thèmes', 'Qualité des intervenants', 'Possibilités d’échange et de dialogue', 'Organisation et logistique'],
	['Pertinencia de los temas', 'Calidad de los oradores', 'Oportunidades de intercambio y diálogo', 'Organización y logística'],
	['أهمية المواضيع', 'جودة المتحدثين', 'فرص التبادل والحوار', 'التنظيم واللوجستيات']
);
const Q4_MOMENTS = lines(
	[
		'Opening segment',
		'Panel: policies and programmes for regular pathways at the national level',
		'Panel: local and community level',
		'Panel: multi-stakeholder partnerships, diasporas and the private sector',
		'Panel: innovation, technology, skills building and transfer',
		'Closing segment'
	],
	[
		'Séance d’ouverture',
		'Panel : politiques et programmes de voies régulières au niveau national',
		'Panel : niveau local et communautaire',
		'Panel : partenariats multipartites, diasporas et secteur privé',
		'Panel : innovation, technologie, acquisition et transfert de compétences',
		'Séance de clôture'
	],
	[
		'Sesión de apertura',
		'Panel: políticas y programas de vías regulares a nivel nacional',
		'Panel: nivel local y comunitario',
		'Panel: alianzas de múltiples partes interesadas, diásporas y sector privado',
		'Panel: innovación, tecnología, desarrollo y transferencia de competencias',
		'Sesión de clausura'
	],
	[
		'الجلسة الافتتاحية',
		'حلقة نقاش: السياسات والبرامج الخاصة بالمسارات النظامية على الصعيد الوطني',
		'حلقة نقاش: الصعيد المحلي والمجتمعي',
		'حلقة نقاش: الشراكات بين أصحاب المصلحة المتعددين والمغتربين والقطاع الخاص',
		'حلقة نقاش: الابتكار والتكنولوجيا وبناء المهارات ونقلها',
		'الجلسة الختامية'
	]
);

// Invented distributions (counts per choice, in order, each adding up to 44).
const Q1_COUNTS = [27, 13, 4]; // in person, online, both
const Q2_COUNTS = [
	[19, 17, 6, 2, 0],
	[16, 18, 8, 2, 0],
	[12, 16, 11, 4, 1],
	[18, 15, 9, 2, 0]
];
const Q3_COUNTS = [21, 17, 5, 1];
const Q4_COUNTS = [
	[15, 17, 10, 2, 0],
	[17, 16, 9, 2, 0],
	[13, 18, 10, 3, 0],
	[18, 14, 8, 3, 1],
	[14, 16, 11, 3, 0],
	[12, 17, 12, 3, 0]
];
const Q5_YES = 40;

/** The choice index of respondent `i` for counts spread over 44 respondents, in an order set by `step` (prime to 44). */
function spread(counts: number[], i: number, step: number): number {
	const slot = (i * step) % RESPONSES;
	let sum = 0;
	for (const [index, n] of counts.entries()) {
		sum += n;
		if (slot < sum) return index;
	}
	return counts.length - 1;
}

export async function loadDemoSurveys(ctx: Ctx, eventIds: Map<string, string>): Promise<void> {
	await stateSurvey(ctx);
	const eventId = eventIds.get(IDM_2024_SESSION);
	if (!eventId) return;
	const survey = await surveys.createSurvey(
		ctx,
		{ eventId },
		{
			titles: {
				en: 'IDM 2024 participant survey',
				fr: 'Enquête auprès des participants du DIM 2024',
				es: 'Encuesta a los participantes del DIM 2024',
				ar: 'استبيان المشاركين في الحوار الدولي بشأن الهجرة 2024'
			},
			introductions: {
				en: 'Your experience of the first session of the International Dialogue on Migration 2024, and what you would like to see next.'
			},
			audience: 'registrants',
			anonymous: true,
			editableAfterSubmit: false,
			opensAt: new Date('2024-05-22T18:00:00Z'),
			closesAt: new Date('2024-06-14T23:59:00Z'),
			resultsVisibility: 'public'
		}
	);
	const section = (en: string) => surveys.addSection(ctx, survey.id, { titles: { en } });
	const experience = (await section('Your experience of the Dialogue')).id;
	const q1 = await surveys.addQuestion(
		ctx,
		survey.id,
		question(experience, 'single-choice', 'How did you participate in the event?', {
			required: true,
			choices: Q1_CHOICES
		})
	);
	const q2 = await surveys.addQuestion(
		ctx,
		survey.id,
		question(experience, 'rating-grid', 'Looking at the Dialogue as a whole, how would you rate the following?', {
			required: true,
			choices: RATING,
			items: Q2_ITEMS
		})
	);
	const q3 = await surveys.addQuestion(
		ctx,
		survey.id,
		question(experience, 'likert', 'How did the Dialogue improve your knowledge and understanding of the topics discussed?', {
			required: true,
			choices: Q3_CHOICES
		})
	);
	const q4 = await surveys.addQuestion(
		ctx,
		survey.id,
		question(experience, 'rating-grid', 'How would you rate each moment of the IDM?', {
			choices: RATING,
			items: Q4_MOMENTS
		})
	);
	const q5 = await surveys.addQuestion(
		ctx,
		survey.id,
		question(
			experience,
			'yes-no',
			'Did this conference help highlight good practices, lessons learned, and recommendations to ensure human mobility is leveraged as a crucial component to achieve the 2030 Agenda?',
			{ required: true }
		)
	);
	const comments = (await section('Your comments')).id;
	const q6 = await surveys.addQuestion(ctx, survey.id, question(comments, 'long-text', 'What worked well?'));
	const q7 = await surveys.addQuestion(ctx, survey.id, question(comments, 'long-text', 'What could have worked better?'));
	const q8 = await surveys.addQuestion(ctx, survey.id, question(comments, 'long-text', 'What would you like to see in the next IDM?'));
	const full = (await surveys.getSurvey(ctx.db, survey.id))!;
	const of = (id: string) => full.questions.find((q) => q.id === id)!;
	const [g2, g4, c1, c3] = [of(q2.id), of(q4.id), of(q1.id), of(q3.id)];

	const responses = Array.from({ length: RESPONSES }, (_, i) => {
		const answers: RawAnswers = {
			[q1.id]: c1.choices[spread(Q1_COUNTS, i, 1)].id,
			[q3.id]: c3.choices[spread(Q3_COUNTS, i, 7)].id,
			[q5.id]: (i * 13) % RESPONSES < Q5_YES ? 'yes' : 'no'
		};
		g2.items.forEach((item, k) => (answers[`${q2.id}.${item.id}`] = g2.choices[spread(Q2_COUNTS[k], i, [5, 7, 9, 13][k])].id));
		g4.items.forEach((item, k) => (answers[`${q4.id}.${item.id}`] = g4.choices[spread(Q4_COUNTS[k], i, [3, 15, 17, 19, 21, 23][k])].id));
		if (Q6_WORKED_WELL[i]) answers[q6.id] = Q6_WORKED_WELL[i];
		if (Q7_BETTER[i - 10]) answers[q7.id] = Q7_BETTER[i - 10];
		if (Q8_NEXT[i - 20]) answers[q8.id] = Q8_NEXT[i - 20];
		// Answered on the day after the session or in the three weeks after (invented).
		const day = new Date(Date.UTC(2024, 4, 22 + ((i * 5) % 21)));
		return { submittedOn: day.toISOString().slice(0, 10), answers };
	});
	await surveys.recordResponses(ctx, survey.id, responses);

	// Who answered (INVENTED: 44 of the approved registrants who attended, spread over the list),
	// with no day, as the survey is anonymous: the "has answered" rows that a survey answered on the
	// platform would have, keyed by registration as these registrants have no account.
	const attended = await ctx.db
		.select({ id: registrations.id })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, eventId),
				eq(registrations.status, 'approved'),
				or(eq(registrations.attendedInRoom, true), eq(registrations.attendedOnline, true))
			)
		)
		.orderBy(asc(registrations.number));
	const respondents = Array.from(
		{ length: Math.min(RESPONSES, attended.length) },
		(_, j) => attended[Math.floor((j * attended.length) / RESPONSES)]
	);
	await surveys.recordAnswered(
		ctx,
		survey.id,
		// The survey is anonymous: who answered, never on which day (it would tie them to a response).
		respondents.map((r) => ({ respondentKey: `registration:${r.id}` }))
	);
}

/**
 * A survey of the focal points of member States on next year's demonstration cycle (INVENTED, as
 * the rest of that cycle): open for sixty days from the day the demo is loaded, one response per
 * State, named and changeable until it closes, so that the demo focal point (Canada) can answer for
 * its State, and a second focal point would see the State's response.
 */
async function stateSurvey(ctx: Ctx) {
	const next = new Date().getUTCFullYear() + 1;
	const cycle = (await dialogues.listCycles(ctx.db)).find((c) => c.dialogueSlug === 'idm' && c.year === next);
	if (!cycle) return;
	const day = 24 * 3600_000;
	const now = Date.now();
	const survey = await surveys.createSurvey(
		ctx,
		{ cycleId: cycle.id },
		{
			titles: {
				en: 'Member States’ priorities for next year’s Dialogue (demonstration)',
				fr: 'Priorités des États membres pour le Dialogue de l’an prochain (démonstration)',
				es: 'Prioridades de los Estados miembros para el Diálogo del próximo año (demostración)'
			},
			introductions: {
				en: 'One response per State: any focal point of the State answers for it, and may change the response until the survey closes.'
			},
			audience: 'focal-points',
			anonymous: false,
			editableAfterSubmit: true,
			opensAt: new Date(now - 2 * day),
			closesAt: new Date(now + 60 * day),
			resultsVisibility: 'participants'
		}
	);
	const section = (await surveys.addSection(ctx, survey.id, { titles: { en: 'Your State’s priorities' } })).id;
	const host = await surveys.addQuestion(
		ctx,
		survey.id,
		question(section, 'yes-no', 'Would your State consider hosting or co-organising an intersessional workshop?', { required: true })
	);
	await surveys.addQuestion(
		ctx,
		survey.id,
		question(section, 'single-choice', 'Which format would suit your State’s delegation best?', {
			required: true,
			choices: lines(
				['In person in Geneva', 'In person in New York', 'Hybrid', 'Online'],
				['En personne à Genève', 'En personne à New York', 'Hybride', 'En ligne'],
				['En persona en Ginebra', 'En persona en Nueva York', 'Híbrido', 'En línea'],
				['حضورياً في جنيف', 'حضورياً في نيويورك', 'مختلط', 'عبر الإنترنت']
			)
		})
	);
	await surveys.addQuestion(
		ctx,
		survey.id,
		question(section, 'long-text', 'Which topic or partner would your State propose for the workshop?', {
			conditionQuestionId: host.id,
			conditionValue: 'yes'
		})
	);
}
