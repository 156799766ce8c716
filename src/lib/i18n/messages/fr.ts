import type { PartialMessages } from '..';
import { attendance } from './attendance';
import { participation } from './participation';
import { pdf } from './pdf';
import { programme } from './programme';
import { registration } from './registration';
import { funding } from './funding';
import { reports } from './reports';
import { reportPages } from './report-pages';
import { reportEditor } from './report-editor';
import { reportReview } from './report-review';
import { followUp } from './follow-up';
import { practices } from './practices';
import { practiceReview } from './practice-review';
import { surveys } from './surveys';
import { statistics } from './statistics';
import { agenda } from './agenda';

/** French: the complete catalogue, in the terms of IOM's French documents. */
export const fr: PartialMessages = {
	app: {
		name: 'Plateforme des dialogues sur la migration',
		tagline: 'Consultations, événements, données, résultats et bonnes pratiques des dialogues sur les politiques migratoires',
		skipToContent: 'Aller au contenu principal',
		mainNavigation: 'Navigation principale',
		breadcrumb: 'Fil d\u2019Ariane',
		language: 'Langue',
		changeLanguage: 'Changer de langue',
		footer: 'Les chiffres de ce site sont calculés à partir de ses données.',
		home: 'Accueil'
	},
	nav: {
		dialogues: 'Dialogues',
		states: 'États',
		organisations: 'Organisations',
		reference: 'Listes de référence',
		manage: 'Gérer',
		admin: 'Administration',
		signIn: 'Se connecter',
		signUp: 'Créer un compte',
		signOut: 'Se déconnecter',
		account: 'Mon compte'
	},
	common: {
		save: 'Enregistrer',
		create: 'Créer',
		cancel: 'Annuler',
		search: 'Rechercher',
		filter: 'Filtrer',
		edit: 'Modifier',
		none: 'Aucun',
		all: 'Tous',
		yes: 'Oui',
		no: 'Non',
		page: 'Page {page} sur {pages}',
		previous: 'Page précédente',
		next: 'Page suivante',
		results: '{count, plural, one {# résultat} other {# résultats}}',
		optional: 'facultatif',
		required: 'obligatoire',
		saved: 'Enregistré.',
		created: 'Créé.',
		back: 'Retour',
		details: 'Détails',
		name: 'Nom',
		type: 'Type',
		country: 'Pays',
		dates: 'Dates',
		status: 'Statut',
		actions: 'Actions',
		inLanguage: 'en {language}',
		englishRequired: 'L\u2019anglais est obligatoire ; les autres langues sont facultatives.',
		englishFirst: 'Facultatif. Si vous le remplissez, l’anglais est obligatoire ; les autres langues sont facultatives.',
		noResults: 'Aucun résultat.',
		dateRange: '{start} – {end}'
	},
	validation: {
		number: 'Saisissez un nombre.',
		phone: 'Saisissez un numéro de téléphone, par exemple +41 22 717 91 11.',
		required: 'Ce champ est obligatoire.',
		tooShort: 'Utilisez au moins {min} caractères.',
		tooLong: 'Utilisez au plus {max} caractères.',
		tooSmall: 'La plus petite valeur permise est {min}.',
		tooBig: 'La plus grande valeur permise est {max}.',
		email: 'Saisissez une adresse électronique comme nom@exemple.org.',
		url: 'Saisissez une adresse web commençant par https://.',
		date: 'Saisissez une date au format AAAA-MM-JJ.',
		dateOrder: 'La date de fin ne peut pas précéder la date de début.',
		format: 'Cette valeur n\u2019a pas le format attendu.',
		choice: 'Choisissez l\u2019une des options proposées.',
		unknownLanguage: 'Seuls les textes en anglais, français, espagnol et arabe sont acceptés.'
	},
	errors: {
		title: 'Une erreur s\u2019est produite',
		notFound: 'Cette page n\u2019existe pas ou n\u2019est plus disponible.',
		forbidden: 'Vous n\u2019avez pas l\u2019autorisation de voir cette page.',
		signInRequired: 'Connectez-vous pour continuer.',
		unexpected: 'Une erreur inattendue s\u2019est produite. Elle a été consignée ; veuillez réessayer.',
		staleEdit:
			'Cette fiche a été modifiée par quelqu\u2019un d\u2019autre depuis que vous l\u2019avez ouverte. Rien n\u2019a été écrasé : rechargez la page pour voir ses modifications, puis refaites les vôtres.',
		badRequest: 'La demande n\u2019a pas pu être comprise.',
		checkFields: 'Certains champs sont à corriger : voyez le message à côté de chacun.',
		status: 'Erreur {status}'
	},
	home: {
		title: 'Les dialogues sur les politiques migratoires, de l\u2019ordre du jour aux résultats',
		intro: 'Parcourez les dialogues, leurs cycles annuels et leurs événements, ainsi que les États et organisations qui y participent.',
		dialogues: 'Dialogues',
		upcoming: 'Derniers événements',
		cycles: '{count, plural, one {# cycle} other {# cycles}}'
	},
	dialogues: {
		title: 'Dialogues',
		cycles: 'Cycles',
		cycle: 'Cycle {year}',
		theme: 'Thème général',
		events: 'Événements',
		eventCount: '{count, plural, one {# événement} other {# événements}}',
		noEvents: 'Aucun événement n\u2019est encore enregistré pour ce cycle.',
		languages: 'Langues de travail',
		secretariat: 'Secrétariat',
		year: 'Année',
		kind: {
			session: 'Session',
			workshop: 'Atelier intersessions',
			'side-event': 'Manifestation parallèle',
			seminar: 'Séminaire',
			conference: 'Conférence',
			'council-session': 'Session du Conseil'
		},
		format: { 'in-person': 'En présentiel', online: 'En ligne', hybrid: 'Hybride' },
		eventStatus: { planned: 'Prévu', confirmed: 'Confirmé', postponed: 'Reporté', held: 'Tenu', cancelled: 'Annulé' },
		cycleStatus: { planning: 'En préparation', active: 'En cours', closed: 'Clos' },
		event: {
			when: 'Quand',
			where: 'Où',
			format: 'Format',
			organisers: 'Organisateurs',
			expectedOutcomes: 'Résultats attendus',
			documentSymbol: 'Cote du document',
			partOf: 'Fait partie de : {dialogue}, {year}',
			postponedBecause: 'Reporté : {reason}',
			postponementReason: 'Raison du report',
			postponementHint:
				'Nécessaire avec l’état Reporté (par exemple : reporté faute de financement) ; affichée sur la page de l’événement.',
			summary: 'Résumé'
		},
		errors: {
			unknownCycle: 'Choisissez un cycle existant.',
			tiedToCycle:
				'Cet événement ne peut pas changer de cycle : des lignes budgétaires ou des contributions annoncées de son cycle y sont rattachées. Déplacez-les ou supprimez-les d’abord.',
			unknownDialogue: 'Choisissez un dialogue existant.',
			yearTaken: 'Ce dialogue a déjà un cycle pour cette année.',
			postponedNeedsReason: 'Indiquez la raison du report de l’événement.',
			cannotPostpone: 'Un événement tenu ou annulé ne peut pas être reporté.',
			slug: 'Utilisez des lettres minuscules, des chiffres et des traits d\u2019union simples, par exemple idm ou gfmd-2026.',
			slugTaken: 'Un autre dialogue utilise déjà cette adresse.'
		}
	},
	directory: {
		states: {
			title: 'États',
			intro: 'Les États, avec leur statut à l\u2019OIM et leur région OIM à la date indiquée.',
			searchLabel: 'Rechercher un État par nom ou code ISO',
			membership: 'Statut à l\u2019OIM',
			region: 'Région OIM',
			onDate: 'À la date du',
			gcmChampion: 'Pays champion du Pacte mondial',
			iso: 'Code ISO 3166',
			memberships: 'Historique du statut',
			regions: 'Régions au fil du temps',
			since: 'depuis le {date}',
			until: 'jusqu\u2019au {date}',
			dateUnknown: 'date de début non enregistrée',
			count: '{count, plural, one {# État} other {# États}}',
			nameSource: 'Noms tirés de la table propre à la plateforme',
			fallbackNames:
				'Certains noms proviennent d\u2019une liste générale de pays et doivent encore être vérifiés par l\u2019Organisation des Nations Unies.'
		},
		membership: { member: 'État Membre', observer: 'État observateur', 'non-member': 'État non membre' },
		organisations: {
			title: 'Organisations',
			intro: 'Gouvernements, organisations internationales, société civile et autres partenaires des dialogues.',
			searchLabel: 'Rechercher une organisation par nom ou sigle',
			acronym: 'Sigle',
			parent: 'Organisation mère',
			children: 'Unités et bureaux',
			website: 'Site Web',
			new: 'Nouvelle organisation',
			edit: 'Modifier l\u2019organisation',
			merge: 'Fusionner un doublon avec cette organisation',
			mergeHelp:
				'Toutes les références au doublon (événements, fonctions, points focaux, unités) sont transférées ici ; le doublon est conservé comme fusionné, pour mémoire.',
			mergeSource: 'Doublon à fusionner avec cette fiche',
			mergeButton: 'Fusionner',
			merged: 'Fusion effectuée. {count, plural, one {# référence transférée} other {# références transférées}}.',
			mergedInto: 'Cette fiche a été fusionnée avec {name}.'
		},
		orgType: {
			'national-government': 'Gouvernement national',
			iom: 'OIM',
			'un-entity': 'Entité des Nations Unies',
			intergovernmental: 'Organisation intergouvernementale',
			'international-organisation': 'Organisation internationale',
			'civil-society': 'Société civile',
			'private-sector': 'Secteur privé',
			'academia-research': 'Milieux universitaires et de la recherche',
			'local-authority': 'Autorité locale',
			diaspora: 'Organisation de la diaspora',
			'trade-union': 'Syndicat',
			media: 'Médias',
			'multilateral-cooperation-agency': 'Organisme de coopération multilatérale'
		},
		people: {
			title: 'Personnes',
			new: 'Nouvelle personne',
			edit: 'Modifier la personne',
			honorific: 'Titre de civilité',
			givenName: 'Prénom',
			familyName: 'Nom de famille',
			gender: 'Genre',
			email: 'Adresse électronique',
			positions: 'Fonctions',
			position: 'Fonction',
			organisation: 'Organisation',
			from: 'Du',
			to: 'Au',
			addPosition: 'Ajouter une fonction',
			merge: 'Fusionner un doublon avec cette personne',
			mergeSource: 'Doublon à fusionner avec cette fiche',
			searchLabel: 'Rechercher une personne par nom',
			personalData: 'Données personnelles : visibles uniquement par le secrétariat.'
		},
		gender: { female: 'Femme', male: 'Homme', other: 'Autre', undisclosed: 'Non communiqué' },
		errors: {
			stateCode: 'Utilisez un code ISO 3166 à trois lettres, par exemple CAN.',
			unknownState: 'Il n\u2019existe aucun État avec ce code.',
			unknownOrganisation: 'Choisissez une organisation existante.',
			unknownPerson: 'Choisissez une personne existante.',
			ownParent: 'Une organisation ne peut pas être sa propre organisation mère.',
			mergeSelf: 'Une organisation ou une personne ne peut pas être fusionnée avec elle-même.',
			merged: 'Cette fiche a été fusionnée avec une autre et ne peut plus être modifiée.'
		}
	},
	programme: programme.fr,
	registration: registration.fr,
	attendance: attendance.fr,
	statistics: statistics.fr,
	agenda: agenda.fr,
	funding: funding.fr,
	reports: reports.fr,
	reportPages: reportPages.fr,
	reportEditor: reportEditor.fr,
	reportReview: reportReview.fr,
	followUp: followUp.fr,
	practices: practices.fr,
	practiceReview: practiceReview.fr,
	surveys: surveys.fr,
	participation: participation.fr,
	pdf: pdf.fr,
	reference: {
		title: 'Listes de référence',
		intro: 'Les listes qui servent à classer les pratiques, les constatations et les statistiques, et la source de chacune.',
		gcmObjectives: 'Pacte mondial sur les migrations : objectifs',
		gcmPrinciples: 'Pacte mondial sur les migrations : principes directeurs',
		managementModel: 'Modèle de gestion des migrations de l\u2019OIM',
		crossCutting: 'Activités transversales',
		stages: 'Étapes du cycle migratoire',
		sources: 'Sources et vérification',
		file: 'Fichier',
		source: 'Source',
		verification: 'Vérification'
	},
	auth: {
		signIn: { title: 'Se connecter', submit: 'Se connecter', forgot: 'Mot de passe oublié ?', noAccount: 'Pas encore de compte ?' },
		signUp: {
			title: 'Créer un compte',
			submit: 'Créer le compte',
			haveAccount: 'Vous avez déjà un compte ?',
			passwordHelp: 'Au moins 10 caractères ; évitez les mots de passe courants.'
		},
		signOut: 'Se déconnecter',
		forgot: {
			title: 'Réinitialiser votre mot de passe',
			intro:
				'Saisissez votre adresse électronique. Si un compte y est associé, nous vous enverrons un lien pour choisir un nouveau mot de passe.',
			submit: 'Envoyer le lien',
			sent: 'Si un compte est associé à cette adresse, un lien de réinitialisation vous a été envoyé. Il est valable 60 minutes.'
		},
		reset: {
			title: 'Choisir un nouveau mot de passe',
			submit: 'Enregistrer le nouveau mot de passe',
			done: 'Votre mot de passe a été modifié. Connectez-vous avec le nouveau.'
		},
		account: {
			title: 'Mon compte',
			roles: 'Rôles',
			noRoles: 'Participant (aucun autre rôle)',
			boundState: 'pour {name}',
			boundOrganisation: 'pour {name}'
		},
		fields: { email: 'Adresse électronique', password: 'Mot de passe', newPassword: 'Nouveau mot de passe', displayName: 'Votre nom' },
		role: {
			participant: 'Participant',
			'state-focal-point': 'Point focal d\u2019État',
			'partner-focal-point': 'Point focal de partenaire',
			reviewer: 'Réviseur',
			secretariat: 'Secrétariat',
			admin: 'Administrateur'
		},
		errors: {
			emailTaken: 'Un compte utilise déjà cette adresse électronique. Connectez-vous ou réinitialisez son mot de passe.',
			passwordShort: 'Utilisez au moins 10 caractères.',
			passwordLong: 'Utilisez au plus 200 caractères.',
			passwordWeak: 'Ce mot de passe est trop facile à deviner. Utilisez une phrase plus longue aux caractères variés.',
			badCredentials: 'L\u2019adresse électronique ou le mot de passe est incorrect.',
			rateLimited:
				'Trop de tentatives de connexion infructueuses. Attendez {minutes} minutes et réessayez, ou réinitialisez votre mot de passe.',
			resetExpired: 'Ce lien de réinitialisation a expiré ou a déjà été utilisé. Demandez-en un nouveau.',
			noSuchUser: 'Aucun compte n\u2019est associé à cette adresse électronique.',
			focalPointNeedsState: 'Un point focal d\u2019État doit être rattaché à un État.',
			focalPointNeedsOrganisation: 'Un point focal de partenaire doit être rattaché à une organisation.'
		}
	},
	manage: {
		title: 'Secrétariat',
		intro: 'Créez et modifiez les cycles et les événements des dialogues, et tenez le répertoire à jour.',
		events: 'Événements',
		newEvent: 'Nouvel événement',
		editEvent: 'Modifier l\u2019événement',
		cycles: 'Cycles',
		dialogues: 'Dialogues',
		newDialogue: 'Nouveau dialogue',
		editDialogue: 'Modifier le dialogue',
		newCycle: 'Nouveau cycle',
		editCycle: 'Modifier le cycle',
		organisations: 'Organisations',
		people: 'Personnes',
		viewPublic: 'Voir la page publique',
		fields: {
			dialogue: 'Dialogue',
			slug: 'Adresse web (slug)',
			slugHelp: 'Utilisée dans les liens : /dialogues/<slug>.',
			acronym: 'Sigle',
			name: 'Nom',
			description: 'Description',
			languages: 'Langues de travail',
			secretariat: 'Secrétariat',
			cycle: 'Cycle',
			kind: 'Type d\u2019événement',
			title: 'Titre',
			subtitle: 'Sous-titre',
			summary: 'Résumé',
			theme: 'Thème général',
			startDate: 'Date de début',
			endDate: 'Date de fin',
			venue: 'Lieu',
			city: 'Ville',
			country: 'Pays',
			format: 'Format',
			status: 'Statut',
			expectedOutcomes: 'Résultats attendus',
			expectedOutcomesHelp: 'Un résultat par ligne.',
			documentSymbol: 'Cote du document',
			organisers: 'Organisateurs',
			organisersHelp: 'Maintenez la touche Ctrl (ou Cmd) enfoncée pour en choisir plusieurs.',
			year: 'Année',
			chooseCountry: 'Aucun pays'
		}
	},
	admin: {
		title: 'Administration',
		audit: 'Journal d\u2019audit',
		auditIntro: 'Chaque écriture : qui, quoi, quand, et la fiche avant et après.',
		outbox: 'Boîte d\u2019envoi',
		outboxIntro: 'Les courriels que la plateforme a envoyés ou, en l\u2019absence de SMTP_URL, conservés ici.',
		users: 'Utilisateurs et rôles',
		when: 'Quand',
		who: 'Qui',
		action: 'Action',
		entity: 'Fiche',
		before: 'Avant',
		after: 'Après',
		to: 'Destinataire',
		subject: 'Objet',
		sent: 'Envoyé',
		notSent: 'Conservé dans la boîte d\u2019envoi',
		grant: 'Attribuer un rôle',
		role: 'Rôle',
		state: 'État (pour les points focaux d\u2019État)',
		organisation: 'Organisation (pour les points focaux de partenaire)',
		granted: 'Rôle attribué.',
		older: 'Entrées plus anciennes'
	}
};
