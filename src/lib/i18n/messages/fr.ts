import type { PartialMessages } from '..';

/** French: the shell, forms and public pages; missing keys show in English. */
export const fr: PartialMessages = {
	app: {
		name: 'Plateforme des dialogues sur la migration',
		tagline: 'Consultations, événements, données, résultats et bonnes pratiques des dialogues sur les politiques migratoires',
		skipToContent: 'Aller au contenu principal',
		mainNavigation: 'Navigation principale',
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
		noResults: 'Aucun résultat.',
		dateRange: '{start} – {end}'
	},
	validation: {
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
		unexpected: 'Une erreur inattendue s\u2019est produite. Elle a été enregistrée ; veuillez réessayer.',
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
		noEvents: 'Aucun événement enregistré pour ce cycle.',
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
		eventStatus: { planned: 'Prévu', confirmed: 'Confirmé', held: 'Tenu', cancelled: 'Annulé' },
		cycleStatus: { planning: 'En préparation', active: 'En cours', closed: 'Clos' },
		event: {
			when: 'Quand',
			where: 'Où',
			format: 'Format',
			organisers: 'Organisateurs',
			expectedOutcomes: 'Résultats attendus',
			documentSymbol: 'Cote du document',
			partOf: 'Fait partie de : {dialogue}, {year}',
			summary: 'Résumé'
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
			count: '{count, plural, one {# État} other {# États}}'
		},
		membership: { member: 'État Membre', observer: 'État observateur', 'non-member': 'État non membre' },
		organisations: {
			title: 'Organisations',
			intro: 'Gouvernements, organisations internationales, société civile et autres partenaires des dialogues.',
			searchLabel: 'Rechercher une organisation par nom ou sigle',
			acronym: 'Sigle'
		}
	},
	programme: {
		title: 'Programme',
		speakers: 'Intervenants',
		kind: {
			opening: 'Ouverture',
			keynote: 'Discours liminaire',
			panel: 'Table ronde',
			'year-in-review': 'Rétrospective de l\u2019année',
			luncheon: 'Déjeuner',
			closing: 'Clôture',
			'side-meeting': 'Réunion parallèle'
		},
		role: {
			keynote: 'Orateur principal',
			moderator: 'Modérateur',
			panellist: 'Intervenant',
			speaker: 'Orateur',
			chair: 'Président',
			rapporteur: 'Rapporteur',
			'goodwill-ambassador': 'Ambassadeur de bonne volonté'
		}
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
		fields: { email: 'Adresse électronique', password: 'Mot de passe', newPassword: 'Nouveau mot de passe', displayName: 'Votre nom' },
		errors: {
			emailTaken: 'Un compte utilise déjà cette adresse. Connectez-vous ou réinitialisez son mot de passe.',
			passwordShort: 'Utilisez au moins 10 caractères.',
			passwordWeak: 'Ce mot de passe est trop facile à deviner.',
			badCredentials: 'L\u2019adresse électronique ou le mot de passe est incorrect.',
			rateLimited: 'Trop de tentatives de connexion échouées. Attendez {minutes} minutes et réessayez, ou réinitialisez votre mot de passe.'
		}
	}
};
