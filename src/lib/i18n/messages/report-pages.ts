/** The public pages of outcome reports (issue 8), in every language; each area of the reports keeps its strings in its own file. */
const en = {
	nav: 'Reports',
	list: {
		title: 'Published reports',
		lede: 'Key-findings reports of the dialogues as they were published. A corrected report keeps every earlier version.',
		empty: 'No report has been published yet.',
		report: 'Report',
		event: 'Event',
		year: 'Year',
		version: 'Version',
		published: 'Published',
		cycleOnly: 'Whole cycle'
	},
	event: {
		title: 'Reports of this event'
	},
	page: {
		back: 'All reports',
		report: 'Report',
		event: 'Event',
		dates: 'Dates',
		venue: 'Venue',
		dialogue: 'Dialogue',
		theme: 'Theme',
		cycle: '{dialogue}, {year}',
		summary: 'Summary',
		contents: 'Contents',
		download: 'Download',
		pdf: 'PDF',
		json: 'JSON (open data)',
		version: 'Version {number}, published {date}',
		corrected: 'Corrected on {date}:',
		newerExists: 'A newer version exists: version {number}, published {date}.',
		readNewest: 'Read the newest version',
		versions: 'Versions',
		thisVersion: 'this version',
		outcome: 'Expected outcome {number}',
		addressedBy: 'Addressed by',
		noItems: 'No finding is linked to this expected outcome.',
		annexFrozen: 'Computed from the event’s records when this version was published.',
		surveys: 'Participant surveys',
		links: 'Linked',
		practice: 'Practice',
		state: 'State',
		organisation: 'Organisation',
		sources: 'Sources',
		fact: '{statement} ({source}, {year})',
		factNoYear: '{statement} ({source})',
		gcm: 'GCM objective {number}',
		tags: 'Tags',
		seeAbove: 'see the full text'
	},
	kinds: {
		evidence: 'Evidence',
		challenge: 'Challenge',
		solution: 'Solution',
		takeaway: 'Key takeaway',
		recommendation: 'Recommendation'
	},
	levels: {
		local: 'Local level',
		national: 'National level',
		regional: 'Regional level',
		global: 'Global level'
	},
	followUp: {
		title: 'Follow-up of the recommendations',
		progress: 'Follow-up: {percent}% done, the mean of {count, plural, one {# action} other {# actions}}',
		none: 'No follow-up yet',
		report: 'Overall progress: {percent}% across {count, plural, one {# recommendation} other {# recommendations}}, as it stands today.',
		withoutActions:
			'{count, plural, one {# recommendation has no action yet and counts} other {# recommendations have no action yet and count}} as 0%.',
		noRecommendations: 'This report makes no recommendations to follow up.',
		definition:
			'How it is counted: an action’s progress is the value of its status (from 0 to 100%); a recommendation’s progress is the mean of its actions’; the report’s is the mean of its recommendations’, where a recommendation nobody has taken up counts as 0%.',
		link: 'Follow-up of every recommendation of {dialogue}'
	}
};

const fr: typeof en = {
	nav: 'Rapports',
	list: {
		title: 'Rapports publiés',
		lede: 'Les rapports de conclusions des dialogues tels qu’ils ont été publiés. Un rapport corrigé garde toutes ses versions antérieures.',
		empty: 'Aucun rapport n’a encore été publié.',
		report: 'Rapport',
		event: 'Événement',
		year: 'Année',
		version: 'Version',
		published: 'Publié le',
		cycleOnly: 'Cycle entier'
	},
	event: {
		title: 'Rapports de cet événement'
	},
	page: {
		back: 'Tous les rapports',
		report: 'Rapport',
		event: 'Événement',
		dates: 'Dates',
		venue: 'Lieu',
		dialogue: 'Dialogue',
		theme: 'Thème',
		cycle: '{dialogue}, {year}',
		summary: 'Résumé',
		contents: 'Sommaire',
		download: 'Télécharger',
		pdf: 'PDF',
		json: 'JSON (données ouvertes)',
		version: 'Version {number}, publiée le {date}',
		corrected: 'Corrigé le {date} :',
		newerExists: 'Une version plus récente existe : la version {number}, publiée le {date}.',
		readNewest: 'Lire la version la plus récente',
		versions: 'Versions',
		thisVersion: 'cette version',
		outcome: 'Résultat attendu {number}',
		addressedBy: 'Éléments s’y rapportant',
		noItems: 'Aucun constat n’est lié à ce résultat attendu.',
		annexFrozen: 'Calculée à partir des données de l’événement au moment de la publication de cette version.',
		surveys: 'Enquêtes auprès des participants',
		links: 'Liens',
		practice: 'Pratique',
		state: 'État',
		organisation: 'Organisation',
		sources: 'Sources',
		fact: '{statement} ({source}, {year})',
		factNoYear: '{statement} ({source})',
		gcm: 'Objectif {number} du Pacte mondial',
		tags: 'Étiquettes',
		seeAbove: 'voir le texte complet'
	},
	kinds: {
		evidence: 'Constat',
		challenge: 'Défi',
		solution: 'Solution',
		takeaway: 'Enseignement clé',
		recommendation: 'Recommandation'
	},
	levels: {
		local: 'Niveau local',
		national: 'Niveau national',
		regional: 'Niveau régional',
		global: 'Niveau mondial'
	},
	followUp: {
		title: 'Suivi des recommandations',
		progress: 'Suivi : {percent} % réalisé, moyenne de {count, plural, one {# action} other {# actions}}',
		none: 'Pas encore de suivi',
		report: 'Avancement global : {percent} % sur {count, plural, one {# recommandation} other {# recommandations}}, à ce jour.',
		withoutActions:
			'{count, plural, one {# recommandation n’a encore aucune action et compte} other {# recommandations n’ont encore aucune action et comptent}} pour 0 %.',
		noRecommendations: 'Ce rapport ne formule aucune recommandation à suivre.',
		definition:
			'Mode de calcul : l’avancement d’une action est la valeur de son statut (de 0 à 100 %) ; celui d’une recommandation est la moyenne de ses actions ; celui du rapport est la moyenne de ses recommandations, une recommandation que personne n’a reprise comptant pour 0 %.',
		link: 'Suivi de toutes les recommandations de {dialogue}'
	}
};

const es: typeof en = {
	nav: 'Informes',
	list: {
		title: 'Informes publicados',
		lede: 'Los informes de conclusiones de los diálogos tal como se publicaron. Un informe corregido conserva todas sus versiones anteriores.',
		empty: 'Aún no se ha publicado ningún informe.',
		report: 'Informe',
		event: 'Evento',
		year: 'Año',
		version: 'Versión',
		published: 'Publicado el',
		cycleOnly: 'Ciclo completo'
	},
	event: {
		title: 'Informes de este evento'
	},
	page: {
		back: 'Todos los informes',
		report: 'Informe',
		event: 'Evento',
		dates: 'Fechas',
		venue: 'Lugar',
		dialogue: 'Diálogo',
		theme: 'Tema',
		cycle: '{dialogue}, {year}',
		summary: 'Resumen',
		contents: 'Índice',
		download: 'Descargar',
		pdf: 'PDF',
		json: 'JSON (datos abiertos)',
		version: 'Versión {number}, publicada el {date}',
		corrected: 'Corregido el {date}:',
		newerExists: 'Existe una versión más reciente: la versión {number}, publicada el {date}.',
		readNewest: 'Leer la versión más reciente',
		versions: 'Versiones',
		thisVersion: 'esta versión',
		outcome: 'Resultado previsto {number}',
		addressedBy: 'Elementos que lo abordan',
		noItems: 'Ninguna constatación está vinculada a este resultado previsto.',
		annexFrozen: 'Calculado a partir de los registros del evento cuando se publicó esta versión.',
		surveys: 'Encuestas a los participantes',
		links: 'Vínculos',
		practice: 'Práctica',
		state: 'Estado',
		organisation: 'Organización',
		sources: 'Fuentes',
		fact: '{statement} ({source}, {year})',
		factNoYear: '{statement} ({source})',
		gcm: 'Objetivo {number} del Pacto Mundial',
		tags: 'Etiquetas',
		seeAbove: 'ver el texto completo'
	},
	kinds: {
		evidence: 'Dato',
		challenge: 'Desafío',
		solution: 'Solución',
		takeaway: 'Conclusión clave',
		recommendation: 'Recomendación'
	},
	levels: {
		local: 'Nivel local',
		national: 'Nivel nacional',
		regional: 'Nivel regional',
		global: 'Nivel mundial'
	},
	followUp: {
		title: 'Seguimiento de las recomendaciones',
		progress: 'Seguimiento: {percent} % realizado, media de {count, plural, one {# acción} other {# acciones}}',
		none: 'Aún sin seguimiento',
		report: 'Avance general: {percent} % en {count, plural, one {# recomendación} other {# recomendaciones}}, a día de hoy.',
		withoutActions:
			'{count, plural, one {# recomendación no tiene aún ninguna acción y cuenta} other {# recomendaciones no tienen aún ninguna acción y cuentan}} como 0 %.',
		noRecommendations: 'Este informe no formula recomendaciones que seguir.',
		definition:
			'Cómo se calcula: el avance de una acción es el valor de su estado (de 0 a 100 %); el de una recomendación es la media de sus acciones; el del informe es la media de sus recomendaciones, y una recomendación que nadie ha asumido cuenta como 0 %.',
		link: 'Seguimiento de todas las recomendaciones de {dialogue}'
	}
};

const ar: typeof en = {
	nav: 'التقارير',
	list: {
		title: 'التقارير المنشورة',
		lede: 'تقارير الاستنتاجات الرئيسية للحوارات كما نُشرت. ويحتفظ التقرير المصحَّح بجميع نسخه السابقة.',
		empty: 'لم يُنشر أي تقرير بعد.',
		report: 'التقرير',
		event: 'الفعالية',
		year: 'السنة',
		version: 'النسخة',
		published: 'تاريخ النشر',
		cycleOnly: 'الدورة كاملة'
	},
	event: {
		title: 'تقارير هذه الفعالية'
	},
	page: {
		back: 'جميع التقارير',
		report: 'التقرير',
		event: 'الفعالية',
		dates: 'التواريخ',
		venue: 'المكان',
		dialogue: 'الحوار',
		theme: 'الموضوع',
		cycle: '{dialogue}، {year}',
		summary: 'الملخّص',
		contents: 'المحتويات',
		download: 'تنزيل',
		pdf: 'PDF',
		json: 'JSON (بيانات مفتوحة)',
		version: 'النسخة {number}، نُشرت في {date}',
		corrected: 'صُحّح في {date}:',
		newerExists: 'توجد نسخة أحدث: النسخة {number}، نُشرت في {date}.',
		readNewest: 'اقرأ أحدث نسخة',
		versions: 'النسخ',
		thisVersion: 'هذه النسخة',
		outcome: 'النتيجة المتوقعة {number}',
		addressedBy: 'العناصر المتعلقة بها',
		noItems: 'لا يرتبط أي استنتاج بهذه النتيجة المتوقعة.',
		annexFrozen: 'حُسب من سجلات الفعالية عند نشر هذه النسخة.',
		surveys: 'استبيانات المشاركين',
		links: 'روابط',
		practice: 'ممارسة',
		state: 'دولة',
		organisation: 'منظمة',
		sources: 'المصادر',
		fact: '{statement} ({source}، {year})',
		factNoYear: '{statement} ({source})',
		gcm: 'الهدف {number} من الاتفاق العالمي',
		tags: 'الوسوم',
		seeAbove: 'انظر النص الكامل'
	},
	kinds: {
		evidence: 'دليل',
		challenge: 'تحدٍّ',
		solution: 'حل',
		takeaway: 'استخلاص رئيسي',
		recommendation: 'توصية'
	},
	levels: {
		local: 'المستوى المحلي',
		national: 'المستوى الوطني',
		regional: 'المستوى الإقليمي',
		global: 'المستوى العالمي'
	},
	followUp: {
		title: 'متابعة التوصيات',
		progress:
			'المتابعة: أُنجز {percent}%، وهو متوسط {count, plural, zero {# إجراء} one {إجراء واحد} two {إجراءين} few {# إجراءات} many {# إجراءً} other {# إجراء}}',
		none: 'لا متابعة بعد',
		report:
			'التقدّم الإجمالي: {percent}% على {count, plural, zero {# توصية} one {توصية واحدة} two {توصيتين} few {# توصيات} many {# توصية} other {# توصية}}، حتى اليوم.',
		withoutActions: 'عدد التوصيات التي ليس لها أي إجراء بعد: {count}، وتُحتسب كل منها 0%.',
		noRecommendations: 'لا يتضمن هذا التقرير توصيات للمتابعة.',
		definition:
			'طريقة الحساب: تقدّم الإجراء هو قيمة حالته (من 0 إلى 100%)؛ وتقدّم التوصية هو متوسط تقدّم إجراءاتها؛ وتقدّم التقرير هو متوسط تقدّم توصياته، وتُحتسب التوصية التي لم يتبنّها أحد 0%.',
		link: 'متابعة جميع توصيات {dialogue}'
	}
};

export const reportPages = { en, fr, es, ar };
