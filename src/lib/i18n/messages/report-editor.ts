/** The report-editor of outcome reports (issue 8), in every language; each area of the reports keeps its strings in its own file. */
const en = {
	nav: 'Reports',
	list: {
		title: 'Reports',
		intro: 'Key-findings reports of events and cycles: their working copies, where each stands, and the version the public reads.',
		report: 'Report',
		about: 'Event or cycle',
		status: 'Status',
		published: 'Published',
		notPublished: 'Not yet',
		empty: 'No reports yet.'
	},
	status: { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', published: 'Published' },
	create: {
		heading: 'New report',
		hint: 'A report is of an event (with its expected outcomes and statistics annex) or of a whole cycle. Choose one.',
		event: 'Event',
		noEvent: 'No event: a report of the cycle',
		cycle: 'Cycle (when the report is of no single event)',
		noCycle: 'The event’s cycle',
		slug: 'Address',
		slugHint: 'The end of /reports/…, such as idm-2024-key-findings. Leave it blank to make one from the English title.',
		submit: 'Create the report'
	},
	fields: {
		title: 'Title',
		summary: 'Summary'
	},
	sectionKinds: { text: 'Text with items', outcomes: 'Expected outcomes', annex: 'Statistics annex' },
	itemKinds: {
		evidence: 'Evidence',
		challenge: 'Challenge',
		solution: 'Solution',
		takeaway: 'Takeaway',
		recommendation: 'Recommendation'
	},
	levels: { local: 'Local', national: 'National', regional: 'Regional', global: 'Global' },
	moveUp: 'Move up',
	moveDown: 'Move down',
	cancel: 'Cancel',
	formatHint:
		'Formatting: a blank line starts a new paragraph; a line starting with “- ” is a list item; **bold** between double asterisks.',
	editor: {
		title: 'Edit report: {title}',
		heading: 'Edit report',
		back: 'All reports',
		address: 'address /reports/{slug}',
		details: 'Title and summary',
		save: 'Save title and summary'
	},
	sections: {
		heading: 'Sections',
		none: 'No sections yet. Add the first one below.',
		kindLabel: 'Kind: {kind}',
		kind: 'Kind of section',
		title: 'Section title',
		body: 'Text',
		edit: 'Edit section',
		save: 'Save section',
		delete: 'Delete section',
		deleteConfirm: 'Delete the section “{title}”? Its items are not deleted: they stay with the dialogue and its other reports.',
		deleteSubmit: 'Yes, delete “{title}”',
		annexNote: 'The annex is computed from the event’s registrations, attendance and public surveys when the report is published.',
		add: 'Add a section',
		addSubmit: 'Add section'
	},
	items: {
		heading: 'Items',
		none: 'No items in this section yet.',
		edit: 'Edit item',
		detach: 'Remove from section',
		new: 'New item',
		kind: 'Kind',
		level: 'Level',
		noLevel: 'No particular level',
		moreOnItemPage: 'Add tags and links on the item’s page after creating it.',
		create: 'Add item',
		attach: 'Add an existing item of this dialogue',
		attachSubmit: 'Add to section'
	},
	find: {
		kind: 'Kind of item',
		anyKind: 'Any kind',
		words: 'Words in the headline or text',
		wordsHint: 'In any of the four languages; every word must appear.',
		submit: 'Find items',
		count: '{count, plural, =0 {No item of this dialogue matches, outside this section.} one {# item matches.} other {# items match.}}',
		more: 'The newest {shown} are shown: choose a kind or add words to find the others.',
		inReport: 'already in this report'
	},
	outcomes: {
		intro: 'For each expected outcome of the event, tick the report’s items that address it.',
		none: 'The event has no expected outcomes: add them on the event’s page.',
		noItems: 'The report has no items yet: add items to a text section first.',
		save: 'Save'
	},
	workflow: {
		heading: 'Review and publication',
		status: 'Status',
		workingVersion: 'working copy, edit {version}',
		draftHint: 'When the report is ready, send it for review: a colleague approves it or asks for changes.',
		submit: 'Send for review',
		reviewHint: 'A colleague sent this report for review. Approve it, or request changes and say which.',
		ownSubmission: 'You sent this report for review: someone else must review it.',
		notes: 'Correction note',
		notesHint: 'Required from the second version on: say what this version corrects. Readers see it.',
		publish: 'Publish as version {number}',
		publishedHint: 'Version {number} is published. Any edit makes a new draft; publishing it again makes a new version.',
		history: 'Review history',
		byOn: 'by {reviewer}, {date}',
		noReviews: 'No reviews yet.'
	},
	decisions: { approve: 'Approved', 'request-changes': 'Changes requested' },
	versions: {
		heading: 'Published versions',
		none: 'Not published yet.',
		version: 'Version {number}',
		publishedOn: 'published {date}'
	},
	done: {
		created: 'The report is created. Add its sections.',
		saved: 'Title and summary saved.',
		sectionAdded: 'Section added.',
		sectionSaved: 'Section saved.',
		sectionDeleted: 'Section deleted.',
		moved: 'Order changed.',
		itemCreated: 'Item added.',
		itemAttached: 'Item added to the section.',
		itemDetached: 'Item removed from the section.',
		outcomeSaved: 'Items of the expected outcome saved.',
		submitted: 'Sent for review.',
		reviewed: 'Review recorded.',
		published: 'Published.'
	},
	item: {
		title: 'Edit item: {name}',
		back: 'Back to the report',
		lede: 'Changing an item sends every report listing it back to draft.',
		saved: 'Item saved.',
		what: 'Kind and level',
		headline: 'Headline',
		text: 'Text',
		tags: 'Tags',
		facts: 'Evidence facts',
		noChoices: 'None to choose from.',
		links: 'Links',
		practices: 'Linked practices',
		practicesHint: 'Addresses of published practices, one a line: the end of /practices/…, such as safe-mobility-offices.',
		linkedNow: 'Linked now:',
		states: 'States',
		statesHint: 'ISO 3166 three-letter codes separated by commas, such as CAN, MEX.',
		organisations: 'Organisations',
		organisationsHint: 'Hold Ctrl (or Cmd) to choose several.',
		save: 'Save item'
	}
};

const fr: typeof en = {
	nav: 'Rapports',
	list: {
		title: 'Rapports',
		intro: 'Les rapports de conclusions des événements et des cycles : leurs copies de travail, leur état et la version que lit le public.',
		report: 'Rapport',
		about: 'Événement ou cycle',
		status: 'État',
		published: 'Publié',
		notPublished: 'Pas encore',
		empty: 'Aucun rapport pour l’instant.'
	},
	status: { draft: 'Brouillon', 'in-review': 'En relecture', approved: 'Approuvé', published: 'Publié' },
	create: {
		heading: 'Nouveau rapport',
		hint: 'Un rapport porte sur un événement (avec ses résultats attendus et son annexe statistique) ou sur un cycle entier. Choisissez l’un ou l’autre.',
		event: 'Événement',
		noEvent: 'Aucun événement : un rapport du cycle',
		cycle: 'Cycle (quand le rapport ne porte sur aucun événement précis)',
		noCycle: 'Le cycle de l’événement',
		slug: 'Adresse',
		slugHint: 'La fin de /reports/…, par exemple idm-2024-key-findings. Laissez vide pour la tirer du titre anglais.',
		submit: 'Créer le rapport'
	},
	fields: {
		title: 'Titre',
		summary: 'Résumé'
	},
	sectionKinds: { text: 'Texte et éléments', outcomes: 'Résultats attendus', annex: 'Annexe statistique' },
	itemKinds: {
		evidence: 'Constat',
		challenge: 'Défi',
		solution: 'Solution',
		takeaway: 'Enseignement',
		recommendation: 'Recommandation'
	},
	levels: { local: 'Local', national: 'National', regional: 'Régional', global: 'Mondial' },
	moveUp: 'Monter',
	moveDown: 'Descendre',
	cancel: 'Annuler',
	formatHint:
		'Mise en forme : une ligne vide commence un nouveau paragraphe ; une ligne commençant par « - » est un élément de liste ; **gras** entre deux doubles astérisques.',
	editor: {
		title: 'Modifier le rapport : {title}',
		heading: 'Modifier le rapport',
		back: 'Tous les rapports',
		address: 'adresse /reports/{slug}',
		details: 'Titre et résumé',
		save: 'Enregistrer le titre et le résumé'
	},
	sections: {
		heading: 'Sections',
		none: 'Aucune section pour l’instant. Ajoutez la première ci-dessous.',
		kindLabel: 'Type : {kind}',
		kind: 'Type de section',
		title: 'Titre de la section',
		body: 'Texte',
		edit: 'Modifier la section',
		save: 'Enregistrer la section',
		delete: 'Supprimer la section',
		deleteConfirm:
			'Supprimer la section « {title} » ? Ses éléments ne sont pas supprimés : ils restent avec le dialogue et ses autres rapports.',
		deleteSubmit: 'Oui, supprimer « {title} »',
		annexNote:
			'L’annexe est calculée à la publication à partir des inscriptions, de la participation et des enquêtes publiques de l’événement.',
		add: 'Ajouter une section',
		addSubmit: 'Ajouter la section'
	},
	items: {
		heading: 'Éléments',
		none: 'Aucun élément dans cette section pour l’instant.',
		edit: 'Modifier l’élément',
		detach: 'Retirer de la section',
		new: 'Nouvel élément',
		kind: 'Type',
		level: 'Niveau',
		noLevel: 'Aucun niveau particulier',
		moreOnItemPage: 'Ajoutez les étiquettes et les liens sur la page de l’élément une fois créé.',
		create: 'Ajouter l’élément',
		attach: 'Ajouter un élément existant de ce dialogue',
		attachSubmit: 'Ajouter à la section'
	},
	find: {
		kind: 'Type d’élément',
		anyKind: 'Tous les types',
		words: 'Mots de l’intitulé ou du texte',
		wordsHint: 'Dans l’une des quatre langues ; chaque mot doit y figurer.',
		submit: 'Chercher des éléments',
		count:
			'{count, plural, =0 {Aucun élément de ce dialogue ne correspond, hors de cette section.} one {# élément correspond.} other {# éléments correspondent.}}',
		more: 'Les {shown} plus récents sont affichés : choisissez un type ou ajoutez des mots pour trouver les autres.',
		inReport: 'déjà dans ce rapport'
	},
	outcomes: {
		intro: 'Pour chaque résultat attendu de l’événement, cochez les éléments du rapport qui y répondent.',
		none: 'L’événement n’a pas de résultats attendus : ajoutez-les sur la page de l’événement.',
		noItems: 'Le rapport n’a pas encore d’éléments : ajoutez d’abord des éléments à une section de texte.',
		save: 'Enregistrer'
	},
	workflow: {
		heading: 'Relecture et publication',
		status: 'État',
		workingVersion: 'copie de travail, modification {version}',
		draftHint: 'Quand le rapport est prêt, soumettez-le à relecture : un ou une collègue l’approuve ou demande des modifications.',
		submit: 'Soumettre à relecture',
		reviewHint: 'Un ou une collègue a soumis ce rapport à relecture. Approuvez-le, ou demandez des modifications en précisant lesquelles.',
		ownSubmission: 'Vous avez soumis ce rapport : quelqu’un d’autre doit le relire.',
		notes: 'Note de correction',
		notesHint: 'Obligatoire à partir de la deuxième version : indiquez ce que corrige cette version. Les lecteurs la voient.',
		publish: 'Publier la version {number}',
		publishedHint: 'La version {number} est publiée. Toute modification crée un nouveau brouillon ; le publier crée une nouvelle version.',
		history: 'Historique des relectures',
		byOn: 'par {reviewer}, {date}',
		noReviews: 'Aucune relecture pour l’instant.'
	},
	decisions: { approve: 'Approuvé', 'request-changes': 'Modifications demandées' },
	versions: {
		heading: 'Versions publiées',
		none: 'Pas encore publié.',
		version: 'Version {number}',
		publishedOn: 'publiée le {date}'
	},
	done: {
		created: 'Le rapport est créé. Ajoutez ses sections.',
		saved: 'Titre et résumé enregistrés.',
		sectionAdded: 'Section ajoutée.',
		sectionSaved: 'Section enregistrée.',
		sectionDeleted: 'Section supprimée.',
		moved: 'Ordre modifié.',
		itemCreated: 'Élément ajouté.',
		itemAttached: 'Élément ajouté à la section.',
		itemDetached: 'Élément retiré de la section.',
		outcomeSaved: 'Éléments du résultat attendu enregistrés.',
		submitted: 'Soumis à relecture.',
		reviewed: 'Relecture enregistrée.',
		published: 'Publié.'
	},
	item: {
		title: 'Modifier l’élément : {name}',
		back: 'Retour au rapport',
		lede: 'Modifier un élément remet en brouillon tous les rapports qui le contiennent.',
		saved: 'Élément enregistré.',
		what: 'Type et niveau',
		headline: 'Intitulé',
		text: 'Texte',
		tags: 'Étiquettes',
		facts: 'Données factuelles',
		noChoices: 'Aucun choix disponible.',
		links: 'Liens',
		practices: 'Pratiques liées',
		practicesHint: 'Adresses de pratiques publiées, une par ligne : la fin de /practices/…, par exemple safe-mobility-offices.',
		linkedNow: 'Liées actuellement :',
		states: 'États',
		statesHint: 'Codes ISO 3166 à trois lettres séparés par des virgules, par exemple CAN, MEX.',
		organisations: 'Organisations',
		organisationsHint: 'Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.',
		save: 'Enregistrer l’élément'
	}
};

const es: typeof en = {
	nav: 'Informes',
	list: {
		title: 'Informes',
		intro:
			'Los informes de conclusiones de eventos y ciclos: sus copias de trabajo, en qué estado está cada uno y la versión que lee el público.',
		report: 'Informe',
		about: 'Evento o ciclo',
		status: 'Estado',
		published: 'Publicado',
		notPublished: 'Todavía no',
		empty: 'Todavía no hay informes.'
	},
	status: { draft: 'Borrador', 'in-review': 'En revisión', approved: 'Aprobado', published: 'Publicado' },
	create: {
		heading: 'Nuevo informe',
		hint: 'Un informe trata de un evento (con sus resultados esperados y su anexo estadístico) o de un ciclo completo. Elija uno.',
		event: 'Evento',
		noEvent: 'Ningún evento: un informe del ciclo',
		cycle: 'Ciclo (cuando el informe no trata de un evento concreto)',
		noCycle: 'El ciclo del evento',
		slug: 'Dirección',
		slugHint: 'El final de /reports/…, por ejemplo idm-2024-key-findings. Déjela en blanco para crearla a partir del título en inglés.',
		submit: 'Crear el informe'
	},
	fields: {
		title: 'Título',
		summary: 'Resumen'
	},
	sectionKinds: { text: 'Texto con elementos', outcomes: 'Resultados esperados', annex: 'Anexo estadístico' },
	itemKinds: {
		evidence: 'Dato',
		challenge: 'Desafío',
		solution: 'Solución',
		takeaway: 'Lección',
		recommendation: 'Recomendación'
	},
	levels: { local: 'Local', national: 'Nacional', regional: 'Regional', global: 'Mundial' },
	moveUp: 'Subir',
	moveDown: 'Bajar',
	cancel: 'Cancelar',
	formatHint:
		'Formato: una línea en blanco empieza un párrafo nuevo; una línea que empieza por «- » es un elemento de lista; **negrita** entre dos dobles asteriscos.',
	editor: {
		title: 'Editar el informe: {title}',
		heading: 'Editar el informe',
		back: 'Todos los informes',
		address: 'dirección /reports/{slug}',
		details: 'Título y resumen',
		save: 'Guardar el título y el resumen'
	},
	sections: {
		heading: 'Secciones',
		none: 'Todavía no hay secciones. Añada la primera abajo.',
		kindLabel: 'Tipo: {kind}',
		kind: 'Tipo de sección',
		title: 'Título de la sección',
		body: 'Texto',
		edit: 'Editar la sección',
		save: 'Guardar la sección',
		delete: 'Eliminar la sección',
		deleteConfirm: '¿Eliminar la sección «{title}»? Sus elementos no se eliminan: siguen con el diálogo y sus otros informes.',
		deleteSubmit: 'Sí, eliminar «{title}»',
		annexNote: 'El anexo se calcula al publicar a partir de las inscripciones, la asistencia y las encuestas públicas del evento.',
		add: 'Añadir una sección',
		addSubmit: 'Añadir la sección'
	},
	items: {
		heading: 'Elementos',
		none: 'Todavía no hay elementos en esta sección.',
		edit: 'Editar el elemento',
		detach: 'Quitar de la sección',
		new: 'Nuevo elemento',
		kind: 'Tipo',
		level: 'Nivel',
		noLevel: 'Ningún nivel en particular',
		moreOnItemPage: 'Añada las etiquetas y los enlaces en la página del elemento después de crearlo.',
		create: 'Añadir el elemento',
		attach: 'Añadir un elemento existente de este diálogo',
		attachSubmit: 'Añadir a la sección'
	},
	find: {
		kind: 'Tipo de elemento',
		anyKind: 'Cualquier tipo',
		words: 'Palabras del titular o del texto',
		wordsHint: 'En cualquiera de los cuatro idiomas; deben aparecer todas las palabras.',
		submit: 'Buscar elementos',
		count:
			'{count, plural, =0 {Ningún elemento de este diálogo coincide, fuera de esta sección.} one {# elemento coincide.} other {# elementos coinciden.}}',
		more: 'Se muestran los {shown} más recientes: elija un tipo o añada palabras para encontrar los demás.',
		inReport: 'ya está en este informe'
	},
	outcomes: {
		intro: 'Para cada resultado esperado del evento, marque los elementos del informe que responden a él.',
		none: 'El evento no tiene resultados esperados: añádalos en la página del evento.',
		noItems: 'El informe todavía no tiene elementos: añada primero elementos a una sección de texto.',
		save: 'Guardar'
	},
	workflow: {
		heading: 'Revisión y publicación',
		status: 'Estado',
		workingVersion: 'copia de trabajo, edición {version}',
		draftHint: 'Cuando el informe esté listo, envíelo a revisión: un colega lo aprueba o pide cambios.',
		submit: 'Enviar a revisión',
		reviewHint: 'Un colega envió este informe a revisión. Apruébelo, o pida cambios indicando cuáles.',
		ownSubmission: 'Usted envió este informe a revisión: otra persona debe revisarlo.',
		notes: 'Nota de corrección',
		notesHint: 'Obligatoria a partir de la segunda versión: indique qué corrige esta versión. Los lectores la ven.',
		publish: 'Publicar como versión {number}',
		publishedHint: 'La versión {number} está publicada. Cualquier cambio crea un nuevo borrador; publicarlo crea una nueva versión.',
		history: 'Historial de revisiones',
		byOn: 'por {reviewer}, {date}',
		noReviews: 'Todavía no hay revisiones.'
	},
	decisions: { approve: 'Aprobado', 'request-changes': 'Cambios pedidos' },
	versions: {
		heading: 'Versiones publicadas',
		none: 'Todavía no se ha publicado.',
		version: 'Versión {number}',
		publishedOn: 'publicada el {date}'
	},
	done: {
		created: 'El informe está creado. Añada sus secciones.',
		saved: 'Título y resumen guardados.',
		sectionAdded: 'Sección añadida.',
		sectionSaved: 'Sección guardada.',
		sectionDeleted: 'Sección eliminada.',
		moved: 'Orden cambiado.',
		itemCreated: 'Elemento añadido.',
		itemAttached: 'Elemento añadido a la sección.',
		itemDetached: 'Elemento quitado de la sección.',
		outcomeSaved: 'Elementos del resultado esperado guardados.',
		submitted: 'Enviado a revisión.',
		reviewed: 'Revisión registrada.',
		published: 'Publicado.'
	},
	item: {
		title: 'Editar el elemento: {name}',
		back: 'Volver al informe',
		lede: 'Cambiar un elemento devuelve a borrador todos los informes que lo incluyen.',
		saved: 'Elemento guardado.',
		what: 'Tipo y nivel',
		headline: 'Titular',
		text: 'Texto',
		tags: 'Etiquetas',
		facts: 'Datos de referencia',
		noChoices: 'No hay opciones.',
		links: 'Enlaces',
		practices: 'Prácticas enlazadas',
		practicesHint: 'Direcciones de prácticas publicadas, una por línea: el final de /practices/…, por ejemplo safe-mobility-offices.',
		linkedNow: 'Enlazadas ahora:',
		states: 'Estados',
		statesHint: 'Códigos ISO 3166 de tres letras separados por comas, por ejemplo CAN, MEX.',
		organisations: 'Organizaciones',
		organisationsHint: 'Mantenga pulsado Ctrl (o Cmd) para elegir varias.',
		save: 'Guardar el elemento'
	}
};

const ar: typeof en = {
	nav: 'التقارير',
	list: {
		title: 'التقارير',
		intro: 'تقارير الاستنتاجات الرئيسية للفعاليات والدورات: نسخ العمل منها، وحالة كل منها، والإصدار الذي يقرؤه الجمهور.',
		report: 'التقرير',
		about: 'الفعالية أو الدورة',
		status: 'الحالة',
		published: 'منشور',
		notPublished: 'ليس بعد',
		empty: 'لا توجد تقارير بعد.'
	},
	status: { draft: 'مسودة', 'in-review': 'قيد المراجعة', approved: 'معتمد', published: 'منشور' },
	create: {
		heading: 'تقرير جديد',
		hint: 'يتناول التقرير فعالية (بنتائجها المتوقعة وملحقها الإحصائي) أو دورة كاملة. اختر أحدهما.',
		event: 'الفعالية',
		noEvent: 'بلا فعالية: تقرير عن الدورة',
		cycle: 'الدورة (عندما لا يتناول التقرير فعالية بعينها)',
		noCycle: 'دورة الفعالية',
		slug: 'العنوان',
		slugHint: 'نهاية ‎/reports/…‎، مثل idm-2024-key-findings. اتركه فارغًا لإنشائه من العنوان الإنجليزي.',
		submit: 'إنشاء التقرير'
	},
	fields: {
		title: 'العنوان',
		summary: 'الملخص'
	},
	sectionKinds: { text: 'نص مع بنود', outcomes: 'النتائج المتوقعة', annex: 'الملحق الإحصائي' },
	itemKinds: {
		evidence: 'دليل',
		challenge: 'تحدٍّ',
		solution: 'حل',
		takeaway: 'خلاصة',
		recommendation: 'توصية'
	},
	levels: { local: 'محلي', national: 'وطني', regional: 'إقليمي', global: 'عالمي' },
	moveUp: 'نقل إلى الأعلى',
	moveDown: 'نقل إلى الأسفل',
	cancel: 'إلغاء',
	formatHint: 'التنسيق: سطر فارغ يبدأ فقرة جديدة؛ السطر الذي يبدأ بـ «- » بند في قائمة؛ **غامق** بين نجمتين مزدوجتين.',
	editor: {
		title: 'تحرير التقرير: {title}',
		heading: 'تحرير التقرير',
		back: 'كل التقارير',
		address: 'العنوان ‎/reports/{slug}‎',
		details: 'العنوان والملخص',
		save: 'حفظ العنوان والملخص'
	},
	sections: {
		heading: 'الأقسام',
		none: 'لا توجد أقسام بعد. أضف القسم الأول أدناه.',
		kindLabel: 'النوع: {kind}',
		kind: 'نوع القسم',
		title: 'عنوان القسم',
		body: 'النص',
		edit: 'تحرير القسم',
		save: 'حفظ القسم',
		delete: 'حذف القسم',
		deleteConfirm: 'حذف القسم «{title}»؟ لا تُحذف بنوده: تبقى مع الحوار وتقاريره الأخرى.',
		deleteSubmit: 'نعم، احذف «{title}»',
		annexNote: 'يُحسب الملحق عند النشر من تسجيلات الفعالية وحضورها واستبياناتها العامة.',
		add: 'إضافة قسم',
		addSubmit: 'إضافة القسم'
	},
	items: {
		heading: 'البنود',
		none: 'لا توجد بنود في هذا القسم بعد.',
		edit: 'تحرير البند',
		detach: 'إزالة من القسم',
		new: 'بند جديد',
		kind: 'النوع',
		level: 'المستوى',
		noLevel: 'بلا مستوى محدد',
		moreOnItemPage: 'أضف الوسوم والروابط في صفحة البند بعد إنشائه.',
		create: 'إضافة البند',
		attach: 'إضافة بند موجود من هذا الحوار',
		attachSubmit: 'إضافة إلى القسم'
	},
	find: {
		kind: 'نوع البند',
		anyKind: 'كل الأنواع',
		words: 'كلمات من العنوان الرئيسي أو النص',
		wordsHint: 'بأيٍّ من اللغات الأربع؛ يجب أن ترد كل الكلمات.',
		submit: 'البحث عن بنود',
		count:
			'{count, plural, =0 {لا يطابق البحثَ أيُّ بند من بنود هذا الحوار خارج هذا القسم.} one {يطابق البحثَ بند واحد.} two {يطابق البحثَ بندان.} few {يطابق البحثَ # بنود.} many {يطابق البحثَ # بندًا.} other {يطابق البحثَ # بند.}}',
		more: 'تُعرض أحدث البنود ({shown}): اختر نوعًا أو أضف كلمات للعثور على غيرها.',
		inReport: 'موجود بالفعل في هذا التقرير'
	},
	outcomes: {
		intro: 'لكل نتيجة متوقعة من الفعالية، حدّد بنود التقرير التي تتناولها.',
		none: 'ليست للفعالية نتائج متوقعة: أضفها في صفحة الفعالية.',
		noItems: 'ليس في التقرير بنود بعد: أضف أولًا بنودًا إلى قسم نصي.',
		save: 'حفظ'
	},
	workflow: {
		heading: 'المراجعة والنشر',
		status: 'الحالة',
		workingVersion: 'نسخة العمل، التعديل {version}',
		draftHint: 'عندما يصبح التقرير جاهزًا، أرسله للمراجعة: يعتمده زميل أو يطلب تعديلات.',
		submit: 'إرسال للمراجعة',
		reviewHint: 'أرسل زميل هذا التقرير للمراجعة. اعتمده، أو اطلب تعديلات وبيّنها.',
		ownSubmission: 'أنت من أرسل هذا التقرير للمراجعة: يجب أن يراجعه شخص آخر.',
		notes: 'ملاحظة التصحيح',
		notesHint: 'مطلوبة ابتداءً من الإصدار الثاني: بيّن ما يصححه هذا الإصدار. يراها القراء.',
		publish: 'النشر بوصفه الإصدار {number}',
		publishedHint: 'الإصدار {number} منشور. أي تعديل ينشئ مسودة جديدة، ونشرها ينشئ إصدارًا جديدًا.',
		history: 'سجل المراجعات',
		byOn: 'بواسطة {reviewer}، {date}',
		noReviews: 'لا توجد مراجعات بعد.'
	},
	decisions: { approve: 'معتمد', 'request-changes': 'طُلبت تعديلات' },
	versions: {
		heading: 'الإصدارات المنشورة',
		none: 'لم يُنشر بعد.',
		version: 'الإصدار {number}',
		publishedOn: 'نُشر في {date}'
	},
	done: {
		created: 'أُنشئ التقرير. أضف أقسامه.',
		saved: 'حُفظ العنوان والملخص.',
		sectionAdded: 'أُضيف القسم.',
		sectionSaved: 'حُفظ القسم.',
		sectionDeleted: 'حُذف القسم.',
		moved: 'تغيّر الترتيب.',
		itemCreated: 'أُضيف البند.',
		itemAttached: 'أُضيف البند إلى القسم.',
		itemDetached: 'أُزيل البند من القسم.',
		outcomeSaved: 'حُفظت بنود النتيجة المتوقعة.',
		submitted: 'أُرسل للمراجعة.',
		reviewed: 'سُجلت المراجعة.',
		published: 'نُشر.'
	},
	item: {
		title: 'تحرير البند: {name}',
		back: 'العودة إلى التقرير',
		lede: 'تعديل بند يعيد كل تقرير يتضمنه إلى حالة المسودة.',
		saved: 'حُفظ البند.',
		what: 'النوع والمستوى',
		headline: 'العنوان الرئيسي',
		text: 'النص',
		tags: 'الوسوم',
		facts: 'الحقائق المرجعية',
		noChoices: 'لا توجد خيارات.',
		links: 'الروابط',
		practices: 'الممارسات المرتبطة',
		practicesHint: 'عناوين ممارسات منشورة، عنوان في كل سطر: نهاية ‎/practices/…‎، مثل safe-mobility-offices.',
		linkedNow: 'المرتبطة حاليًا:',
		states: 'الدول',
		statesHint: 'رموز ISO 3166 من ثلاثة أحرف تفصل بينها فواصل، مثل CAN, MEX.',
		organisations: 'المنظمات',
		organisationsHint: 'اضغط مع الاستمرار على Ctrl (أو Cmd) لاختيار أكثر من واحدة.',
		save: 'حفظ البند'
	}
};

export const reportEditor = { en, fr, es, ar };
