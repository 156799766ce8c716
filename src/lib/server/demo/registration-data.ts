/**
 * An upcoming session of the dialogue, open for registration, so that a newcomer can try the whole
 * path: register, be approved by a focal point within the delegation quota, receive the QR code.
 * It is placed next year so that it stays upcoming; its theme is left to the membership, as the
 * seeds announce none, and it says so.
 */
import type { Ctx } from '../core/actor';
import { createCycle, createEvent } from '../dialogues';
import * as registration from '../registration';

/** The first session of next year's cycle: hybrid, in Geneva. */
export function upcomingSessionDates(today = new Date()) {
	const year = today.getUTCFullYear() + 1;
	// 18:00 in Geneva on 30 September (summer time, UTC+2).
	return { year, startDate: `${year}-10-14`, endDate: `${year}-10-15`, closesAt: `${year}-09-30T16:00:00Z` };
}

export async function loadDemoRegistration(ctx: Ctx, dialogueId: string, organiserIds: string[]) {
	const dates = upcomingSessionDates();
	const cycle = await createCycle(ctx, {
		dialogueId,
		year: dates.year,
		themes: {
			en: 'To be decided by the membership (demonstration cycle)',
			fr: 'À décider par les membres (cycle de démonstration)',
			es: 'A decidir por los miembros (ciclo de demostración)'
		},
		status: 'planning'
	});
	const event = await createEvent(ctx, {
		cycleId: cycle.id,
		kind: 'session',
		titles: {
			en: `International Dialogue on Migration ${dates.year}: first session (demonstration)`,
			fr: `Dialogue international sur la migration ${dates.year} : première session (démonstration)`,
			es: `Diálogo Internacional sobre la Migración ${dates.year}: primera sesión (demostración)`
		},
		startDate: dates.startDate,
		endDate: dates.endDate,
		venue: 'Venue to be confirmed',
		city: 'Geneva',
		countryId: 'CHE',
		format: 'hybrid',
		status: 'planned',
		expectedOutcomes: [],
		timeZone: 'Europe/Zurich',
		organiserIds
	});
	await registration.configure(ctx, event.id, {
		open: true,
		closesAt: dates.closesAt,
		capacity: 300,
		requiresFocalPointApproval: true,
		delegationQuota: 3,
		retentionMonths: 24,
		privacyNotices: {
			en: 'IOM processes your registration data to organize this session: to admit you, to produce your badge and to count participation in the statistics of the session. Your personal data is erased 24 months after the session; counts without names are kept. You can download or erase your data at any time from your registration page.',
			fr: 'L’OIM traite vos données d’inscription pour organiser cette session : vous admettre, établir votre badge et compter la participation dans les statistiques de la session. Vos données personnelles sont effacées 24 mois après la session ; les décomptes sans nom sont conservés. Vous pouvez télécharger ou effacer vos données à tout moment depuis votre page d’inscription.',
			es: 'La OIM trata sus datos de inscripción para organizar esta sesión: admitirle, emitir su credencial y contar la participación en las estadísticas de la sesión. Sus datos personales se borran 24 meses después de la sesión; se conservan los recuentos sin nombres. Puede descargar o borrar sus datos en cualquier momento desde su página de inscripción.'
		}
	});
	await registration.publishForm(ctx, event.id, {
		personal: {
			honorific: 'optional',
			gender: 'required',
			affiliation: 'required',
			position: 'required',
			country: 'optional',
			phone: 'optional'
		},
		fields: [
			{
				key: 'interpretation',
				type: 'single-choice',
				labels: { en: 'Language you will follow', fr: 'Langue que vous suivrez', es: 'Idioma que seguirá' },
				required: true,
				choices: [
					{ key: 'en', labels: { en: 'English', fr: 'Anglais', es: 'Inglés' }, capacity: null },
					{ key: 'fr', labels: { en: 'French', fr: 'Français', es: 'Francés' }, capacity: null },
					{ key: 'es', labels: { en: 'Spanish', fr: 'Espagnol', es: 'Español' }, capacity: null }
				]
			},
			{
				key: 'breakout',
				type: 'single-choice',
				labels: { en: 'Breakout group on day 2', fr: 'Groupe de travail du 2e jour', es: 'Grupo de trabajo del día 2' },
				required: false,
				choices: [
					{ key: 'group-1', labels: { en: 'Group 1', fr: 'Groupe 1', es: 'Grupo 1' }, capacity: 40 },
					{ key: 'group-2', labels: { en: 'Group 2', fr: 'Groupe 2', es: 'Grupo 2' }, capacity: 40 }
				]
			},
			{
				key: 'accessibility',
				type: 'long-text',
				labels: { en: 'Accessibility needs', fr: 'Besoins d’accessibilité', es: 'Necesidades de accesibilidad' },
				required: false
			}
		]
	});
	return event;
}
