/** The programme's messages in every language (kept with their area so areas can grow apart). */
const en = {
	title: 'Programme',
	speakers: 'Speakers',
	kind: {
		opening: 'Opening',
		keynote: 'Keynote',
		panel: 'Panel',
		'year-in-review': 'Year in review',
		luncheon: 'Luncheon',
		closing: 'Closing',
		'side-meeting': 'Side meeting'
	},
	role: {
		keynote: 'Keynote speaker',
		moderator: 'Moderator',
		panellist: 'Panellist',
		speaker: 'Speaker',
		chair: 'Chair',
		rapporteur: 'Rapporteur',
		'goodwill-ambassador': 'Goodwill Ambassador'
	}
};

const fr: typeof en = {
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
};

const es: typeof en = {
	title: 'Programa',
	speakers: 'Oradores',
	kind: {
		opening: 'Apertura',
		keynote: 'Discurso principal',
		panel: 'Mesa redonda',
		'year-in-review': 'Balance del año',
		luncheon: 'Almuerzo',
		closing: 'Clausura',
		'side-meeting': 'Reunión paralela'
	},
	role: {
		keynote: 'Orador principal',
		moderator: 'Moderador',
		panellist: 'Panelista',
		speaker: 'Orador',
		chair: 'Presidente',
		rapporteur: 'Relator',
		'goodwill-ambassador': 'Embajador de Buena Voluntad'
	}
};

export const programme = { en, fr, es };
